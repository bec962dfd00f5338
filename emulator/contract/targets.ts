import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe } from "vitest";
import { startEmulator, type RunningEmulator } from "../start-emulator";

/** A `sk_test_` key here runs every contract suite against real Stripe as well. */
export const REAL_STRIPE_KEY = process.env.STRIPE_CONTRACT_KEY?.startsWith("sk_test_")
  ? process.env.STRIPE_CONTRACT_KEY
  : undefined;

/** Webhook retries in tests: fast, but still a schedule. */
export const FAST_RETRIES = [0.05, 0.1, 0.2];

export interface Target {
  kind: "emulator" | "stripe";
  /** The SDK, as the app uses it; valid inside tests (set up in `beforeAll`). */
  readonly stripe: Stripe;
}

export interface EmulatorHandle extends Target {
  kind: "emulator";
  readonly url: string;
  readonly dataDir: string;
  /** Calls an internal `/_emulator/…` endpoint with a JSON body; returns status and JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain JSON of emulator endpoints, read by path in assertions
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  advanceClock(seconds: number): Promise<number>;
  /** Puts the global clock back on wall time. */
  resetClock(): Promise<number>;
  /** Stops and starts the emulator again on the same data directory. */
  restart(): Promise<void>;
}

export function sdkFor(url: string, key = "sk_test_contract"): Stripe {
  const u = new URL(url);
  return new Stripe(key, { host: u.hostname, port: Number(u.port), protocol: "http", maxNetworkRetries: 0 });
}

/** Starts an emulator (port 0, temp data dir, fast retries) for the enclosing describe block. */
export function useEmulator(): EmulatorHandle {
  let emulator: RunningEmulator | null = null;
  let stripe: Stripe | null = null;
  const dataDir = mkdtempSync(path.join(tmpdir(), "stripe-emulator-"));
  const start = async () => {
    emulator = await startEmulator({ port: 0, dataDir, retrySchedule: FAST_RETRIES, webhookTimeoutMs: 1000 });
    stripe = sdkFor(emulator.url);
  };
  beforeAll(start);
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const handle: EmulatorHandle = {
    kind: "emulator",
    get stripe() {
      return stripe!;
    },
    get url() {
      return emulator!.url;
    },
    dataDir,
    async call(method, p, body) {
      const res = await fetch(`${emulator!.url}${p}`, {
        method,
        headers: { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    async advanceClock(seconds) {
      const answer = await handle.call("POST", "/_emulator/clock/advance", { seconds });
      return (answer.body as { now: number }).now;
    },
    async resetClock() {
      const answer = await handle.call("POST", "/_emulator/clock/reset");
      return (answer.body as { now: number }).now;
    },
    async restart() {
      await emulator!.close();
      await start();
    },
  };
  return handle;
}

function useRealStripe(): Target {
  const stripe = new Stripe(REAL_STRIPE_KEY ?? "sk_test_missing", { maxNetworkRetries: 0 });
  return { kind: "stripe", stripe };
}

/**
 * Declares a contract suite twice: against the emulator, and against real Stripe when
 * STRIPE_CONTRACT_KEY is set (reported as skipped otherwise). The body sees only the SDK.
 */
export function contractSuite(name: string, body: (target: Target) => void): void {
  describe(`${name} [emulator]`, () => body(useEmulator()));
  describe.skipIf(!REAL_STRIPE_KEY)(`${name} [real Stripe]`, () => body(useRealStripe()));
}

/** Unique suffix so runs against real Stripe never collide on lookup keys and the like. */
export function unique(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The error a rejected SDK call raised, for asserting on its Stripe fields. */
export async function stripeError(promise: Promise<unknown>): Promise<InstanceType<typeof Stripe.errors.StripeError>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail");
}
