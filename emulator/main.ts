import { DEFAULT_RETRY_SCHEDULE, startEmulator } from "./start-emulator";

/** `npm run emulator`: configuration from the environment (see emulator/README.md). */
const listen = new URL(process.env.STRIPE_EMULATOR_URL ?? "http://127.0.0.1:12111");
const schedule = process.env.EMULATOR_WEBHOOK_RETRY_SCHEDULE;

const emulator = await startEmulator({
  host: listen.hostname.replace(/^\[|\]$/g, ""),
  port: Number(listen.port || 80),
  dataDir: process.env.EMULATOR_DATA_DIR ?? ".data/emulator",
  retrySchedule: schedule ? schedule.split(",").map((s) => Number(s.trim())) : DEFAULT_RETRY_SCHEDULE,
  businessName: process.env.EMULATOR_BUSINESS_NAME ?? "Box Office",
  publicUrl: listen.origin,
});
console.log(`Stripe emulator listening on ${emulator.url} (dashboard: ${emulator.url}/)`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
