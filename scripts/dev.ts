// npm run dev — the storefront with demo data, no keys and no database server needed. Without
// STRIPE_SECRET_KEY it starts the Stripe emulator (unless one already answers), registers the app's webhook
// endpoint there and hands the app its secret. Without SMTP_URL it starts a local SMTP server that keeps every
// mail under DEV_MAIL_DIR (shown at /dev/mail). Then it migrates and seeds the database and starts Next.js.
import { getEnv } from "../lib/env";
import { startDevSmtpServer } from "../lib/mail/dev/start-dev-smtp-server";
import { migrateAndSeed } from "./migrate-and-seed";
import { registerWebhookEndpoint } from "./register-webhook-endpoint";
import { isUp, runForever, waitForUrl } from "./run-command";

const env = getEnv();
if (!env.STRIPE_SECRET_KEY) {
  const health = new URL("/_emulator/health", env.STRIPE_EMULATOR_URL).toString();
  if (!(await isUp(health))) {
    runForever("npx", ["tsx", "emulator/main.ts"]);
    await waitForUrl(health);
  }
  process.env.STRIPE_WEBHOOK_SECRET = await registerWebhookEndpoint(new URL("/api/webhooks/stripe", env.APP_URL).toString());
  console.log(`Stripe emulator at ${env.STRIPE_EMULATOR_URL}; webhooks go to ${env.APP_URL}/api/webhooks/stripe`);
}

if (!env.SMTP_URL) {
  // Any free port: the app learns it through SMTP_URL.
  const smtp = await startDevSmtpServer({ port: 0, dir: env.DEV_MAIL_DIR });
  process.env.SMTP_URL = smtp.url;
  console.log(`Mail goes to the local SMTP server at ${smtp.url}; read it at ${env.APP_URL}/dev/mail`);
}

await migrateAndSeed();
runForever("npx", ["next", "dev", "--port", new URL(env.APP_URL).port || "3000"]);
