// Runs once when a Next.js server starts: fail fast on bad configuration, then start the hold sweeper.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  if (env.SWEEP_INTERVAL_SECONDS > 0) {
    const { startSweeper } = await import("./lib/checkout/start-sweeper");
    startSweeper({ intervalSeconds: env.SWEEP_INTERVAL_SECONDS });
  }
}
