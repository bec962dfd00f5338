import type Stripe from "stripe";
import { publishEvent } from "../engine/publish-event";
import type { Collections } from "../engine/store";
import { StripeApiError, invalidRequest } from "../engine/stripe-error";
import type { CardFailure } from "./card-errors";
import { buildCustomer, saveCustomer } from "./customers";
import type { RequestContext } from "./context";
import { expireSession } from "./checkout-sessions";
import { findOrThrow } from "./lookup";
import {
  buildPaymentIntent,
  confirmPayment,
  paymentError,
  savePaymentIntent,
  startAsyncPayment,
  type PaymentAttempt,
} from "./payment-intents";
import { attachPaymentMethod, createCardPaymentMethod, type CardInput } from "./payment-methods";
import { buildSetupIntent, confirmSetup, saveSetupIntent, setupError } from "./setup-intents";
import { startCheckoutSubscription } from "./checkout-subscription";
import { challengeUrl } from "./three-d-secure";

/** Emulator seconds between a delayed payment's start and its outcome (or the async endpoint, at once). */
export const ASYNC_SETTLE_SECONDS = 10;

export interface CompletionInput {
  card: CardInput;
  email?: string | null;
  name?: string | null;
  /** Simulates a delayed payment method: the session completes unpaid, the outcome follows. */
  async?: "succeeded" | "failed";
}

export type CompletionResult =
  | { status: "complete"; redirect_url: string | null; session: Stripe.Checkout.Session }
  | { status: "requires_action"; challenge_url: string; session: Stripe.Checkout.Session };

/** Who is paying; kept with an intent that waits for 3-D Secure so completion can resume. */
export interface Payer {
  email: string | null;
  name: string | null;
}

/**
 * What the customer does on the Checkout page, in one function: pay (or set up) with a card. The browser
 * pages and the test endpoint both come here. Card problems are 402 errors and leave the session open
 * for another try; 3-D Secure returns a challenge URL and completion resumes when it is answered.
 */
export function completeCheckoutSession(ctx: RequestContext, id: string, input: CompletionInput): CompletionResult {
  const session = findOrThrow(ctx.engine, "checkout.session", id);
  if (session.status === "open" && session.expires_at <= ctx.engine.clock.now()) expireSession(ctx, session);
  if (session.status !== "open") {
    throw new StripeApiError(400, "invalid_request_error", "This Checkout Session is no longer active.", {
      code: "checkout_session_inactive",
    });
  }
  const customer =
    typeof session.customer === "string" ? ctx.engine.store.get("customer", session.customer) : undefined;
  const payer: Payer = {
    email: input.email ?? session.customer_email ?? customer?.email ?? null,
    name: input.name ?? null,
  };
  if (!payer.email) throw invalidRequest("Missing required param: email.", "email", "parameter_missing");
  if (input.async && session.mode !== "payment") {
    throw invalidRequest("Delayed payment outcomes are emulated in payment mode only.", "async");
  }
  const pm = createCardPaymentMethod(ctx, input.card, { email: payer.email, name: payer.name });
  if (!session.customer && session.customer_creation === "always") {
    // `customer_creation=always`: the buyer becomes a customer even for a one-off payment.
    session.customer = saveCustomer(ctx, buildCustomer(ctx, payer)).id;
    ctx.engine.store.put("checkout.session", session);
  }
  switch (session.mode) {
    case "payment":
      return payForSession(ctx, session, pm, payer, input.async);
    case "setup":
      return setUpForSession(ctx, session, pm, payer);
    default:
      return subscribeForSession(ctx, session, pm, payer);
  }
}

function attemptsOf(ctx: RequestContext, sessionId: string) {
  const attempts = ctx.engine.store.internal.checkoutAttempts;
  return (attempts[sessionId] ??= {});
}

/** Links an intent to the session it completes, for when 3-D Secure (or a delay) resolves. */
function link(ctx: RequestContext, intentId: string, session: Stripe.Checkout.Session, payer: Payer): void {
  ctx.engine.store.internal.intentCheckouts[intentId] = { session: session.id, ...payer };
  ctx.engine.store.touch();
}

/**
 * The intent for this try at the session, linked to it. A retry after a decline reuses the session's
 * intent, as Checkout does; otherwise `create` makes (and saves) a new one.
 */
function intentForAttempt<K extends "payment_intent" | "setup_intent">(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  payer: Payer,
  type: K,
  create: () => Collections[K],
): Collections[K] {
  const attempts = attemptsOf(ctx, session.id);
  const previous = attempts[type];
  let intent = previous ? ctx.engine.store.get(type, previous) : undefined;
  if (!intent || intent.status !== "requires_payment_method") {
    intent = create();
    attempts[type] = intent.id;
  }
  session[type] = intent.id;
  ctx.engine.store.put("checkout.session", session);
  link(ctx, intent.id, session, payer);
  return intent;
}

/**
 * An attempt that did not go through: the challenge URL when it waits for 3-D Secure, the intent's card
 * error (thrown) when it failed. Null when it went through and the session can finish.
 */
function challengeOrThrow(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  intent: Stripe.PaymentIntent | Stripe.SetupIntent | undefined,
  attempt: { outcome: string; failure?: CardFailure },
): CompletionResult | null {
  // An attempt that waits or failed always has an intent; only a completed one may have none.
  if (attempt.outcome === "requires_action") {
    return { status: "requires_action", challenge_url: challengeUrl(ctx, intent!.id), session };
  }
  if (attempt.outcome === "failed") {
    throw intent!.object === "payment_intent"
      ? paymentError(intent!, attempt.failure!)
      : setupError(intent!, attempt.failure!);
  }
  return null;
}

function payForSession(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  pm: Stripe.PaymentMethod,
  payer: Payer,
  async: "succeeded" | "failed" | undefined,
): CompletionResult {
  const terms = ctx.engine.store.internal.sessionTerms[session.id]?.payment_intent_data;
  const pi = intentForAttempt(ctx, session, payer, "payment_intent", () =>
    savePaymentIntent(
      ctx,
      buildPaymentIntent(ctx, {
        amount: session.amount_total ?? 0,
        currency: session.currency ?? "usd",
        customer: typeof session.customer === "string" ? session.customer : null,
        metadata: terms?.metadata ?? {},
        capture_method: terms?.capture_method,
        description: terms?.description ?? null,
        receipt_email: terms?.receipt_email ?? null,
        setup_future_usage: terms?.setup_future_usage ?? null,
      }),
    ),
  );
  if (async) {
    startAsyncPayment(ctx, pi, pm);
    ctx.engine.store.internal.asyncOutcomes[session.id] = {
      outcome: async,
      due: ctx.engine.clock.now() + ASYNC_SETTLE_SECONDS,
    };
    return finishCheckout(ctx, session, payer, { payment_status: "unpaid" });
  }
  return afterPaymentAttempt(ctx, session, pi, confirmPayment(ctx, pi, pm), payer);
}

/** Turns a payment attempt into the page's answer: done, challenge, or the card error. */
export function afterPaymentAttempt(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  pi: Stripe.PaymentIntent,
  attempt: PaymentAttempt,
  payer: Payer,
): CompletionResult {
  return (
    challengeOrThrow(ctx, session, pi, attempt) ??
    // Funds only authorized (manual capture) are not yet paid.
    finishCheckout(ctx, session, payer, { payment_status: pi.status === "succeeded" ? "paid" : "unpaid" })
  );
}

function setUpForSession(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  pm: Stripe.PaymentMethod,
  payer: Payer,
): CompletionResult {
  const terms = ctx.engine.store.internal.sessionTerms[session.id]?.setup_intent_data;
  const si = intentForAttempt(ctx, session, payer, "setup_intent", () =>
    saveSetupIntent(
      ctx,
      buildSetupIntent(ctx, {
        customer: typeof session.customer === "string" ? session.customer : null,
        metadata: terms?.metadata ?? {},
        description: terms?.description ?? null,
      }),
    ),
  );
  return (
    challengeOrThrow(ctx, session, si, confirmSetup(ctx, si, pm)) ??
    finishCheckout(ctx, session, payer, { payment_status: "no_payment_required" })
  );
}

function subscribeForSession(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  pm: Stripe.PaymentMethod,
  payer: Payer,
): CompletionResult {
  const attempts = attemptsOf(ctx, session.id);
  let customerId = typeof session.customer === "string" ? session.customer : attempts.customer;
  if (!customerId) {
    // Subscriptions need a customer; Checkout makes one from what the buyer typed.
    const customer = saveCustomer(ctx, buildCustomer(ctx, payer));
    customerId = customer.id;
    attempts.customer = customerId;
  }
  attachPaymentMethod(ctx, pm, customerId);
  const started = startCheckoutSubscription(ctx, session, customerId, pm);
  if (started.intent) link(ctx, started.intent.id, session, payer);
  return (
    challengeOrThrow(ctx, session, started.intent, started) ??
    finishCheckout(ctx, session, payer, {
      payment_status: started.paid ? "paid" : "no_payment_required",
      customer: customerId,
      subscription: started.subscription!,
    })
  );
}

/**
 * The session is done: record who paid and what was made, and send `checkout.session.completed`.
 * `payment_status` may be `unpaid` (delayed methods); the async outcome events follow later.
 */
export function finishCheckout(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  payer: Payer,
  result: {
    payment_status: Stripe.Checkout.Session.PaymentStatus;
    customer?: string;
    subscription?: Stripe.Subscription;
  },
): CompletionResult {
  session.status = "complete";
  session.payment_status = result.payment_status;
  session.customer_details = {
    address: null,
    business_name: null,
    email: payer.email,
    individual_name: null,
    name: payer.name,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
  if (result.customer) session.customer = result.customer;
  if (result.subscription) {
    session.subscription = result.subscription.id;
    session.invoice =
      typeof result.subscription.latest_invoice === "string" ? result.subscription.latest_invoice : null;
  }
  const internal = ctx.engine.store.internal;
  for (const [intent, link] of Object.entries(internal.intentCheckouts)) {
    if (link.session === session.id && !internal.asyncOutcomes[session.id]) delete internal.intentCheckouts[intent];
  }
  delete internal.checkoutAttempts[session.id];
  ctx.engine.store.put("checkout.session", session);
  publishEvent(ctx.engine, "checkout.session.completed", session, ctx.request);
  return { status: "complete", redirect_url: redirectUrl(session), session };
}

/** Where the buyer goes next, with `{CHECKOUT_SESSION_ID}` filled in (Stripe keeps the template on the object). */
export function redirectUrl(session: Stripe.Checkout.Session): string | null {
  const template = session.ui_mode === "embedded_page" ? (session.return_url ?? null) : session.success_url;
  if (!template || session.redirect_on_completion === "never") return null;
  return template.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}
