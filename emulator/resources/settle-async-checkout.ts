import type Stripe from "stripe";
import { publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext } from "./context";
import { findOrThrow, idOf } from "./lookup";
import { settleAsyncPayment } from "./payment-intents";

/**
 * The delayed payment behind a completed-but-unpaid session resolves: the PaymentIntent succeeds or
 * fails and the session sends `checkout.session.async_payment_succeeded|failed`. `outcome` overrides
 * the one chosen at completion (the test endpoint picks it).
 */
export function settleAsyncCheckout(
  ctx: RequestContext,
  sessionId: string,
  outcome?: "succeeded" | "failed",
): Stripe.Checkout.Session {
  const session = findOrThrow(ctx.engine, "checkout.session", sessionId);
  const internal = ctx.engine.store.internal;
  const pending = internal.asyncOutcomes[sessionId];
  if (!pending) throw invalidRequest("This Checkout Session has no delayed payment waiting for an outcome.");
  delete internal.asyncOutcomes[sessionId];
  const piId = idOf(session.payment_intent);
  delete internal.intentCheckouts[piId];
  ctx.engine.store.touch();
  const result = outcome ?? pending.outcome;
  settleAsyncPayment(ctx, findOrThrow(ctx.engine, "payment_intent", piId), result);
  if (result === "succeeded") {
    session.payment_status = "paid";
    ctx.engine.store.put("checkout.session", session);
    publishEvent(ctx.engine, "checkout.session.async_payment_succeeded", session, ctx.request);
  } else {
    publishEvent(ctx.engine, "checkout.session.async_payment_failed", session, ctx.request);
  }
  return session;
}
