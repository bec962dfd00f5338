import { Clock } from "./clock";
import { Faults } from "./faults";
import { Store } from "./store";
import { WebhookDispatcher, type DeliveryOptions } from "./webhook-delivery";

/** The API version pinned by stripe@23, stamped on events and endpoints. */
export const API_VERSION = "2026-10-28.endive";

export interface EngineConfig extends DeliveryOptions {
  dataDir: string;
  /** Public base URL of the emulator (hosted pages, challenge URLs). */
  baseUrl: string;
  businessName: string;
}

/** Everything resources work with: state, time, faults and webhook delivery. */
export interface Engine {
  store: Store;
  clock: Clock;
  faults: Faults;
  webhooks: WebhookDispatcher;
  config: EngineConfig;
  /** Work scheduled to run shortly (a test clock advance); cleared on close so none outlives the engine. */
  pending: Set<NodeJS.Timeout>;
}

export function createEngine(config: EngineConfig): Engine {
  const store = new Store(config.dataDir);
  const clock = new Clock(store.internal.clockOffsetMs);
  const faults = new Faults();
  const webhooks = new WebhookDispatcher(store, faults, config);
  return { store, clock, faults, webhooks, config, pending: new Set() };
}

/** Runs `work` after `ms` unless the engine closes first. */
export function runSoon(engine: Engine, ms: number, work: () => void): void {
  const timer = setTimeout(() => {
    engine.pending.delete(timer);
    try {
      work();
    } catch (error) {
      console.error("[emulator] scheduled work failed", error);
    }
  }, ms);
  timer.unref();
  engine.pending.add(timer);
}

/** Cancels scheduled work (on close; anything cancelled is picked up again by the timers after a restart). */
export function cancelPending(engine: Engine): void {
  for (const timer of engine.pending) clearTimeout(timer);
  engine.pending.clear();
}

export function advanceClock(engine: Engine, seconds: number): void {
  engine.clock.advance(seconds);
  engine.store.internal.clockOffsetMs = engine.clock.offset;
  engine.store.touch();
}

/** Puts the global clock back on wall time (an advanced clock persists and would skew every later timestamp). */
export function resetClock(engine: Engine): void {
  engine.clock.reset();
  engine.store.internal.clockOffsetMs = engine.clock.offset;
  engine.store.touch();
}
