// The server the browser tests run against: a fresh Stripe emulator (in this process, on E2E_EMULATOR_PORT)
// with the app's webhook endpoint, a fresh embedded database with the demo data, and the production build of
// the app (`next build` must have run; `npm test` does it).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { startEmulator } from "../emulator/start-emulator";
import { migrateAndSeed } from "./migrate-and-seed";
import { registerWebhookEndpoint } from "./register-webhook-endpoint";
import { runForever } from "./run-command";

const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
fs.rmSync(dataDir, { recursive: true, force: true });
const port = process.env.E2E_PORT ?? "3100";
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const emulator = await startEmulator({
  port: Number(process.env.E2E_EMULATOR_PORT ?? 12301),
  dataDir: `${dataDir}/emulator`,
  retrySchedule: [1, 1, 2, 4],
});
Object.assign(process.env, { PGLITE_DATA_DIR: `${dataDir}/pglite`, STRIPE_EMULATOR_URL: emulator.url, APP_URL: appUrl });
delete process.env.DATABASE_URL;
// `next start` is production: sessions need a secret (a fresh one per test run), and the specs sign in often.
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.AUTH_SIGN_IN_PER_MINUTE ??= "200";
delete process.env.STRIPE_SECRET_KEY;
process.env.STRIPE_WEBHOOK_SECRET = await registerWebhookEndpoint(`${appUrl}/api/webhooks/stripe`);

await migrateAndSeed();
runForever("npx", ["next", "start", "--port", port]);
