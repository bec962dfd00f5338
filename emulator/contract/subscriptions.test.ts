import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { contractSuite, stripeError, useEmulator, type Target } from "./targets";

async function monthlyPrice(target: Target, amount = 1200) {
  return target.stripe.prices.create({
    currency: "usd",
    unit_amount: amount,
    recurring: { interval: "month" },
    product_data: { name: "Membership" },
  });
}

async function customerWithCard(target: Target, pm = "pm_card_visa") {
  const customer = await target.stripe.customers.create({ email: "member@example.com" });
  const method = await target.stripe.paymentMethods.attach(pm, { customer: customer.id });
  return { customer, method };
}

/** A monthly subscription paid by a newly attached card (its default payment method); `params` add to the create. */
async function subscribeWithCard(
  target: Target,
  params: Omit<Stripe.SubscriptionCreateParams, "customer" | "items" | "default_payment_method"> = {},
  card: { amount?: number; pm?: string } = {},
) {
  const price = await monthlyPrice(target, card.amount);
  const { customer, method } = await customerWithCard(target, card.pm);
  const sub = await target.stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: price.id }],
    default_payment_method: method.id,
    ...params,
  });
  return { customer, sub };
}

contractSuite("subscriptions", (target) => {
  it("charges at once with a default payment method", async () => {
    const { sub } = await subscribeWithCard(target, { expand: ["latest_invoice"] });
    expect(sub.id).toMatch(/^sub_/);
    expect(sub.status).toBe("active");
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice.id).toMatch(/^in_/);
    expect(invoice).toMatchObject({ status: "paid", amount_paid: 1200 });
    expect(invoice.confirmation_secret).toBeUndefined();
    expect(sub.pending_setup_intent).toBeNull();
  });

  it("leaves the first invoice to the front end with default_incomplete", async () => {
    const price = await monthlyPrice(target);
    const customer = await target.stripe.customers.create({ email: "incomplete@example.com" });
    const sub = await target.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      payment_behavior: "default_incomplete",
      expand: ["latest_invoice.confirmation_secret", "latest_invoice.payments"],
    });
    expect(sub.status).toBe("incomplete");
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice.status).toBe("open");
    expect(invoice.confirmation_secret?.client_secret).toMatch(/^pi_.+_secret_/);
    const piId = invoice.payments?.data[0]?.payment.payment_intent as string;
    expect(piId).toMatch(/^pi_/);
    const paid = await target.stripe.paymentIntents.confirm(piId, { payment_method: "pm_card_visa" });
    expect(paid.status).toBe("succeeded");
    expect((await target.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");
  });

  it("refuses to expand the invoice's payment_intent, gone from this API version, and creates nothing", async () => {
    const price = await monthlyPrice(target);
    const customer = await target.stripe.customers.create({ email: "legacy@example.com" });
    const error = await stripeError(
      target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        payment_behavior: "default_incomplete",
        expand: ["latest_invoice.payment_intent"],
      }),
    );
    expect(error.statusCode).toBe(400);
    expect((await target.stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(0);
  });

  it("gives a trial without a card a pending SetupIntent, kept when the subscription is canceled", async () => {
    const price = await monthlyPrice(target);
    const customer = await target.stripe.customers.create({ email: "trial@example.com" });
    const sub = await target.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 14,
      payment_behavior: "default_incomplete",
      expand: ["pending_setup_intent"],
    });
    expect(sub.status).toBe("trialing");
    const si = sub.pending_setup_intent as Stripe.SetupIntent;
    expect(si.id).toMatch(/^seti_/);
    expect(si.status).toBe("requires_payment_method");
    const canceled = await target.stripe.subscriptions.cancel(sub.id);
    expect(canceled.status).toBe("canceled");
    expect((await target.stripe.setupIntents.retrieve(si.id)).status).toBe("requires_payment_method");
  });

  it("updates metadata and cancel_at_period_end, and lists by customer", async () => {
    const { customer, sub } = await subscribeWithCard(target);
    const updated = await target.stripe.subscriptions.update(sub.id, {
      metadata: { seat: "A1" },
      cancel_at_period_end: true,
    });
    expect(updated).toMatchObject({ metadata: { seat: "A1" }, cancel_at_period_end: true });
    const listed = await target.stripe.subscriptions.list({ customer: customer.id });
    expect(listed.data.map((s) => s.id)).toEqual([sub.id]);
    await target.stripe.subscriptions.cancel(sub.id);
    expect((await target.stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await target.stripe.subscriptions.list({ customer: customer.id, status: "canceled" })).data).toHaveLength(
      1,
    );
  });

  it("refuses error_if_incomplete when the card declines", async () => {
    const price = await monthlyPrice(target);
    const customer = await target.stripe.customers.create({ email: "strict@example.com" });
    const method = await target.stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    const error = await stripeError(
      target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        default_payment_method: method.id,
        payment_behavior: "error_if_incomplete",
      }),
    );
    expect(error.statusCode).toBe(402);
    expect((await target.stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(0);
  });
});

describe("subscription lifecycle on the clock [emulator only]", () => {
  const emulator = useEmulator();
  const day = 24 * 60 * 60;

  it("warns before the trial ends, then bills and activates", async () => {
    const { sub } = await subscribeWithCard(emulator, { trial_period_days: 7 }, { amount: 2000 });
    expect(sub.status).toBe("trialing");
    await emulator.advanceClock(5 * day);
    const warned = await emulator.stripe.events.list({ type: "customer.subscription.trial_will_end" });
    expect(warned.data.some((e) => (e.data.object as Stripe.Subscription).id === sub.id)).toBe(true);
    await emulator.advanceClock(2 * day + 60);
    // The new period starts at once; its invoice stays a draft for an hour, as at Stripe.
    const started = await emulator.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect(started.status).toBe("active");
    expect(started.latest_invoice as Stripe.Invoice).toMatchObject({ status: "draft", amount_due: 2000 });
    await emulator.advanceClock(60 * 60);
    const active = await emulator.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect(active.status).toBe("active");
    expect(active.latest_invoice as Stripe.Invoice).toMatchObject({
      status: "paid",
      amount_paid: 2000,
      billing_reason: "subscription_cycle",
    });
    const updated = (await emulator.stripe.events.list({ type: "customer.subscription.updated" })).data.find(
      (e) => (e.data.object as Stripe.Subscription).id === sub.id,
    )!;
    expect(updated.data.previous_attributes).toMatchObject({ status: "trialing" });
  });

  it("collects the card of a trial through its pending SetupIntent, with 3-D Secure", async () => {
    const price = await monthlyPrice(emulator, 1500);
    const customer = await emulator.stripe.customers.create({ email: "deferred@example.com" });
    const sub = await emulator.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 3,
      payment_behavior: "default_incomplete",
    });
    const siId = sub.pending_setup_intent as string;
    const si = await emulator.stripe.setupIntents.confirm(siId, {
      payment_method: "pm_card_authenticationRequiredOnSetup",
    });
    expect(si.status).toBe("requires_action");
    await emulator.call("POST", `/_emulator/3ds/${siId}/complete`);
    const settled = await emulator.stripe.subscriptions.retrieve(sub.id);
    expect(settled.pending_setup_intent).toBeNull();
    expect(settled.default_payment_method).toMatch(/^pm_/);
    await emulator.advanceClock(3 * day + 60);
    expect((await emulator.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");
  });

  it("goes past_due when the trial ends on a card that fails off session", async () => {
    const { sub } = await subscribeWithCard(
      emulator,
      { trial_period_days: 1 },
      { amount: 2000, pm: "pm_card_chargeCustomerFail" },
    );
    await emulator.advanceClock(day + 60 * 60 + 60);
    expect((await emulator.stripe.subscriptions.retrieve(sub.id)).status).toBe("past_due");
    const failed = await emulator.stripe.events.list({ type: "invoice.payment_failed" });
    expect(failed.data.length).toBeGreaterThan(0);
  });

  it("expires an incomplete subscription after 23 hours", async () => {
    const price = await monthlyPrice(emulator);
    const customer = await emulator.stripe.customers.create({ email: "expire@example.com" });
    const sub = await emulator.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      payment_behavior: "default_incomplete",
    });
    await emulator.advanceClock(23 * 60 * 60 + 60);
    const expired = await emulator.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect(expired.status).toBe("incomplete_expired");
    expect((expired.latest_invoice as Stripe.Invoice).status).toBe("void");
  });
});
