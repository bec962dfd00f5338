import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { cancelPending, createEngine } from "./engine/engine";
import { runTimers } from "./resources/run-timers";
import { createEmulatorServer } from "./server/create-server";

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  /** Seconds between webhook delivery attempts (default 2,4,8,16,32). */
  retrySchedule?: number[];
  /** A receiver slower than this fails the attempt (default 10 s). */
  webhookTimeoutMs?: number;
  businessName?: string;
  /** Public URL when it differs from where the server listens (e.g. behind a proxy). */
  publicUrl?: string;
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_RETRY_SCHEDULE = [2, 4, 8, 16, 32];
const TIMER_INTERVAL_MS = 1000;

/** Starts the emulator in this process: for `npm run emulator`, tests and scripts. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const config = {
    dataDir: options.dataDir,
    baseUrl: options.publicUrl ?? "",
    businessName: options.businessName ?? "Box Office",
    retrySchedule: options.retrySchedule ?? DEFAULT_RETRY_SCHEDULE,
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
  };
  const engine = createEngine(config);
  const server = createEmulatorServer(engine);
  server.listen(options.port, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  config.baseUrl = options.publicUrl ?? url;

  engine.webhooks.resume();
  runTimers(engine);
  const timer = setInterval(() => {
    try {
      runTimers(engine);
    } catch (error) {
      console.error("[emulator] timer failed", error);
    }
  }, TIMER_INTERVAL_MS);
  timer.unref();

  return {
    url,
    async close() {
      clearInterval(timer);
      cancelPending(engine);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Hung requests (timeout faults) and keep-alive sockets must not hold the close open.
      server.closeAllConnections();
      await closed;
      await engine.webhooks.close();
      await engine.store.flush();
    },
  };
}
