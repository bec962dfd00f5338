// The server the browser tests run against: a fresh Stripe emulator (in this process, on E2E_EMULATOR_PORT)
// with the app's webhook endpoint, a fresh embedded database with the demo data, and the production build of
// the app (`next build` must have run; `npm test` does it), and a local SMTP server whose mail /dev/mail shows.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { startEmulator } from "../emulator/start-emulator";
import { startDevSmtpServer } from "../lib/mail/dev/start-dev-smtp-server";
import { createAdmin } from "../lib/auth/create-admin";
import { closeDatabase } from "../lib/db";
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
const smtp = await startDevSmtpServer({ port: 0, dir: `${dataDir}/mail` });
Object.assign(process.env, {
  PGLITE_DATA_DIR: `${dataDir}/pglite`,
  STRIPE_EMULATOR_URL: emulator.url,
  APP_URL: appUrl,
  SMTP_URL: smtp.url,
  DEV_MAIL_DIR: `${dataDir}/mail`,
  DEV_TOOLS: "1",
});
delete process.env.DATABASE_URL;
// `next start` is production: sessions need a secret (a fresh one per test run), and the specs sign in often.
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.AUTH_SIGN_IN_PER_MINUTE ??= "200";
delete process.env.STRIPE_SECRET_KEY;
process.env.STRIPE_WEBHOOK_SECRET = await registerWebhookEndpoint(`${appUrl}/api/webhooks/stripe`);

await migrateAndSeed();
// An admin for e2e/admin, made by the same function as `npm run admin:create`; its one-time password is left
// where the specs read it.
const admin = await createAdmin({ email: "admin@e2e.test" });
if (admin.created) fs.writeFileSync(`${dataDir}/admin.json`, JSON.stringify({ email: admin.email, password: admin.password }));
await closeDatabase();
runForever("npx", ["next", "start", "--port", port]);
