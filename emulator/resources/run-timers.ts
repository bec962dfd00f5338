import type { Engine } from "../engine/engine";
import { AUTOMATIC } from "../engine/publish-event";
import { expireSession } from "./checkout-sessions";
import type { RequestContext } from "./context";
import { settleAsyncCheckout } from "./settle-async-checkout";
import { runAdvancingClocks } from "./advance-test-clock";
import { testClockOf } from "./clock-time";
import { advanceSubscription } from "./subscription-timeline";

/**
 * Everything that happens because time passed, by the emulator clock: sessions expire, delayed payments
 * settle, trials end, subscriptions renew or expire, test clocks finish advancing. Run every second and
 * after each clock advance.
 */
export function runTimers(engine: Engine): void {
  const ctx: RequestContext = { engine, keyType: "secret", request: AUTOMATIC, path: "" };
  const now = engine.clock.now();
  for (const session of engine.store.all("checkout.session")) {
    if (session.status === "open" && session.expires_at <= now) expireSession(ctx, session);
  }
  for (const [sessionId, pending] of Object.entries(engine.store.internal.asyncOutcomes)) {
    if (pending.due <= now) settleAsyncCheckout(ctx, sessionId);
  }
  // Subscriptions of customers on a test clock follow that clock only.
  for (const sub of engine.store.all("subscription")) {
    if (!testClockOf(engine, sub.customer)) advanceSubscription(ctx, sub, now);
  }
  runAdvancingClocks(engine);
}
