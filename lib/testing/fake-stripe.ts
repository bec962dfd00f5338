// An in-memory model of the part of Stripe Checkout the buy flow uses, for the randomized race test: fast enough
// for thousands of schedules, with Stripe's rules (a session is paid only while open; expiring a complete session is
// refused; an idempotency key returns the same session) and faults (errors, lost answers) on demand.
import { AsyncLocalStorage } from "node:async_hooks";
import type Stripe from "stripe";

/**
 * What one schedule made at Stripe: its sessions (the reconciler's "list recent sessions" sees only its own
 * schedule's) and the webhook events of those sessions not yet delivered, in the order Stripe sent them. Kept
 * per schedule so a schedule's cost does not grow with how many ran before it.
 */
export type ScheduleScope = { sessions: Set<string>; outbox: FakeEvent[] };
export const scheduleScope = new AsyncLocalStorage<ScheduleScope>();

/** The hold ids one reserve attempt asked Stripe for a session for: a failed start may still have made a hold. */
export const reserveAttempt = new AsyncLocalStorage<string[]>();

type FakeSession = {
  id: string;
  holdId: string;
  status: "open" | "complete" | "expired";
  paymentStatus: "unpaid" | "paid";
  intent: "requires_payment_method" | "processing" | "succeeded" | null;
  created: number;
  quantity: number;
  /** Where this session's events go: the outbox of the schedule that created it. */
  outbox: FakeEvent[];
};

export type FakeEvent = { type: string; sessionId: string };

export class FakeStripe {
  sessions = new Map<string, FakeSession>();
  byKey = new Map<string, string>();
  /** Each hold's sessions, so listing them does not read every session of the run. */
  private byHold = new Map<string, FakeSession[]>();
  /** One-shot faults for the next create call. */
  nextCreate: "ok" | "error" | "lost" = "ok";
  private seq = 0;

  create(holdId: string, quantity: number): FakeSession {
    const fault = this.nextCreate;
    this.nextCreate = "ok";
    reserveAttempt.getStore()?.push(holdId);
    if (fault === "error") throw new Error("Stripe 500 (fake)");
    const key = `checkout-${holdId}`;
    const scope = scheduleScope.getStore();
    const existing = this.byKey.get(key);
    const session = existing
      ? this.sessions.get(existing)!
      : { id: `cs_fake_${++this.seq}_${holdId.slice(0, 8)}`, holdId, status: "open" as const, paymentStatus: "unpaid" as const, intent: null, created: Math.floor(Date.now() / 1000), quantity, outbox: scope?.outbox ?? [] };
    if (!existing) this.byHold.set(holdId, [...(this.byHold.get(holdId) ?? []), session]);
    this.sessions.set(session.id, session);
    this.byKey.set(key, session.id);
    scope?.sessions.add(session.id);
    if (fault === "lost") throw new Error("socket hang up (fake lost answer)");
    return session;
  }

  /** The shopper pays (card) or starts a delayed payment; refused unless the session is open. */
  pay(id: string, method: "card" | "delayed"): boolean {
    const session = this.sessions.get(id);
    if (session?.status !== "open") return false;
    session.status = "complete";
    session.paymentStatus = method === "card" ? "paid" : "unpaid";
    session.intent = method === "card" ? "succeeded" : "processing";
    session.outbox.push({ type: "checkout.session.completed", sessionId: id });
    return true;
  }

  settle(id: string, outcome: "succeeded" | "failed"): boolean {
    const session = this.sessions.get(id);
    if (session?.intent !== "processing") return false;
    session.intent = outcome === "succeeded" ? "succeeded" : "requires_payment_method";
    if (outcome === "succeeded") session.paymentStatus = "paid";
    session.outbox.push({ type: `checkout.session.async_payment_${outcome}`, sessionId: id });
    return true;
  }

  expire(id: string): "expired" | "complete" | "refused" {
    const session = this.sessions.get(id);
    if (!session) return "expired";
    if (session.status === "complete") return "complete";
    if (session.status === "expired") return "refused";
    session.status = "expired";
    session.outbox.push({ type: "checkout.session.expired", sessionId: id });
    return "expired";
  }

  /** The sessions made for a hold (`listHoldCheckoutSessions`: Stripe's list filtered by the hold's metadata). */
  sessionsOfHold(holdId: string): FakeSession[] {
    return this.byHold.get(holdId) ?? [];
  }

  /** What `checkout.sessions.list` returns to the current schedule. */
  listed(): FakeSession[] {
    const mine = scheduleScope.getStore()?.sessions;
    return mine ? [...mine].map((id) => this.sessions.get(id)!) : [...this.sessions.values()];
  }

  toStripe(session: FakeSession): Stripe.Checkout.Session {
    return {
      id: session.id,
      object: "checkout.session",
      mode: "payment",
      status: session.status,
      payment_status: session.paymentStatus,
      metadata: { hold_id: session.holdId },
      payment_intent: session.intent ? ({ id: `pi_${session.id}`, status: session.intent } as Stripe.PaymentIntent) : null,
      customer_details: null,
      customer_email: null,
      amount_total: 1000 * session.quantity,
      currency: "eur",
      created: session.created,
    } as unknown as Stripe.Checkout.Session;
  }

  stripeError(code: string, statusCode: number) {
    return Object.assign(new Error(code), { code, statusCode });
  }
}
