import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { contractSuite, stripeError, useEmulator, type Target } from "./targets";

const DAY = 24 * 60 * 60;

async function monthlyPrice(target: Target, amount: number) {
  return target.stripe.prices.create({
    currency: "usd",
    unit_amount: amount,
    recurring: { interval: "month" },
    product_data: { name: "Membership" },
  });
}

/** A customer whose default card (invoice settings) is `pm`. */
async function customerWithDefault(target: Target, pm = "pm_card_visa") {
  const customer = await target.stripe.customers.create({ email: "manage@example.com" });
  const method = await target.stripe.paymentMethods.attach(pm, { customer: customer.id });
  const updated = await target.stripe.customers.update(customer.id, {
    invoice_settings: { default_payment_method: method.id },
  });
  return { customer: updated, method };
}

contractSuite("subscription management", (target) => {
  it("starts a trial as the deferred-payment guide does, per card", async () => {
    const price = await monthlyPrice(target, 1000);
    const trial = async (pm: string) => {
      const { customer } = await customerWithDefault(target, pm);
      return target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        trial_period_days: 14,
        payment_settings: { save_default_payment_method: "on_subscription" },
        expand: ["pending_setup_intent"],
      });
    };
    const plain = await trial("pm_card_visa");
    expect(plain.status).toBe("trialing");
    expect(plain.pending_setup_intent).toBeNull();

    const threeDS = await trial("pm_card_authenticationRequiredOnSetup");
    expect(threeDS.status).toBe("trialing");
    const si = threeDS.pending_setup_intent as Stripe.SetupIntent;
    expect(si).toMatchObject({ status: "requires_action", usage: "off_session" });
    expect(si.client_secret).toMatch(/^seti_.+_secret_/);
  });

  it("sets the customer's and the subscription's default card", async () => {
    const price = await monthlyPrice(target, 800);
    const { customer, method } = await customerWithDefault(target);
    expect(customer.invoice_settings.default_payment_method).toBe(method.id);
    const sub = await target.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
    expect(sub.status).toBe("active");
    const second = await target.stripe.paymentMethods.attach("pm_card_mastercard", { customer: customer.id });
    const updated = await target.stripe.subscriptions.update(sub.id, { default_payment_method: second.id });
    expect(updated.default_payment_method).toBe(second.id);
    const other = await target.stripe.customers.create({ email: "other@example.com" });
    const stranger = await target.stripe.paymentMethods.attach("pm_card_visa", { customer: other.id });
    const refused = await stripeError(
      target.stripe.subscriptions.update(sub.id, { default_payment_method: stranger.id }),
    );
    expect(refused.statusCode).toBe(400);
    const customerNow = await target.stripe.customers.update(customer.id, {
      invoice_settings: { default_payment_method: second.id },
    });
    expect(customerNow.invoice_settings.default_payment_method).toBe(second.id);
  });

  it("changes a card through a SetupIntent, and cancels one no longer needed", async () => {
    const { customer } = await customerWithDefault(target);
    const change = await target.stripe.setupIntents.create({
      customer: customer.id,
      usage: "off_session",
      allowed_payment_method_types: ["card"],
    });
    expect(change).toMatchObject({ status: "requires_payment_method", usage: "off_session", customer: customer.id });
    const confirmed = await target.stripe.setupIntents.confirm(change.id, { payment_method: "pm_card_mastercard" });
    expect(confirmed.status).toBe("succeeded");
    const cards = await target.stripe.customers.listPaymentMethods(customer.id);
    expect(cards.data.map((pm) => pm.id)).toContain(confirmed.payment_method);

    const abandoned = await target.stripe.setupIntents.create({ customer: customer.id, usage: "off_session" });
    const canceled = await target.stripe.setupIntents.cancel(abandoned.id);
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: null });
    const again = await stripeError(target.stripe.setupIntents.cancel(abandoned.id));
    expect(again.statusCode).toBe(400);
    expect(again.code).toBe("setup_intent_unexpected_state");
  });

  it("cancels now with DELETE and lists the subscription's invoices with their lines", async () => {
    const price = await monthlyPrice(target, 2500);
    const { customer } = await customerWithDefault(target);
    const sub = await target.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
    const invoices = await target.stripe.invoices.list({ customer: customer.id, subscription: sub.id });
    expect(invoices.data).toHaveLength(1);
    const [invoice] = invoices.data;
    expect(invoice).toMatchObject({
      status: "paid",
      amount_due: 2500,
      amount_paid: 2500,
      total: 2500,
      currency: "usd",
      billing_reason: "subscription_create",
    });
    expect(invoice!.lines.data).toHaveLength(1);
    expect(invoice!.lines.data[0]).toMatchObject({ amount: 2500, quantity: 1 });
    expect((await target.stripe.invoices.retrieve(invoice!.id)).id).toBe(invoice!.id);

    const canceled = await target.stripe.subscriptions.cancel(sub.id);
    expect(canceled.status).toBe("canceled");
    expect(canceled.canceled_at).not.toBeNull();
    const events = await target.stripe.events.list({ type: "customer.subscription.deleted", limit: 10 });
    expect(events.data.some((e) => (e.data.object as Stripe.Subscription).id === sub.id)).toBe(true);
  });

  it("ends a trial now through the API and charges the first period at once", async () => {
    const price = await monthlyPrice(target, 1100);
    const { customer } = await customerWithDefault(target);
    const sub = await target.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 30,
    });
    const ended = await target.stripe.subscriptions.update(sub.id, {
      trial_end: "now",
      expand: ["latest_invoice"],
    });
    expect(ended.status).toBe("active");
    expect(ended.latest_invoice as Stripe.Invoice).toMatchObject({ status: "paid", amount_paid: 1100 });
  });
});

describe("subscriptions on the customer's clock [emulator only]", () => {
  const emulator = useEmulator();

  it("keeps a clocked subscription off the global clock, and the global one off the test clock", async () => {
    const start = Math.floor(Date.now() / 1000);
    const clock = await emulator.stripe.testHelpers.testClocks.create({ frozen_time: start - 10 * DAY });
    const price = await monthlyPrice(emulator, 700);
    const clocked = await emulator.stripe.customers.create({ test_clock: clock.id });
    const pm = await emulator.stripe.paymentMethods.attach("pm_card_visa", { customer: clocked.id });
    const onClock = await emulator.stripe.subscriptions.create({
      customer: clocked.id,
      items: [{ price: price.id }],
      default_payment_method: pm.id,
      trial_period_days: 2,
    });
    // Stamped with the clock's time, ten days before the global clock.
    expect(onClock.trial_end).toBe(start - 8 * DAY);
    expect(onClock.status).toBe("trialing");

    const { customer } = await customerWithDefault(emulator);
    const global = await emulator.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 2,
    });
    await emulator.advanceClock(3 * DAY);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await emulator.stripe.subscriptions.retrieve(onClock.id)).status).toBe("trialing");
    expect((await emulator.stripe.subscriptions.retrieve(global.id)).status).toBe("active");

    await emulator.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start - 8 * DAY + 2 * 60 * 60 });
    for (let i = 0; i < 50; i++) {
      if ((await emulator.stripe.testHelpers.testClocks.retrieve(clock.id)).status === "ready") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const active = await emulator.stripe.subscriptions.retrieve(onClock.id, { expand: ["latest_invoice"] });
    expect(active.status).toBe("active");
    expect((active.latest_invoice as Stripe.Invoice).status_transitions.paid_at).toBe(start - 8 * DAY + 60 * 60);
    const refused = await emulator.stripe.testHelpers.testClocks
      .advance(clock.id, { frozen_time: start + 365 * DAY })
      .catch((error: unknown) => error as { statusCode: number });
    expect(refused).toMatchObject({ statusCode: 400 });
  });

  it("allows three customers per clock, and deleting the clock ends their subscriptions", async () => {
    const clock = await emulator.stripe.testHelpers.testClocks.create({ frozen_time: 1_767_225_600 });
    const customers = [];
    for (let i = 0; i < 3; i++) customers.push(await emulator.stripe.customers.create({ test_clock: clock.id }));
    const fourth = await stripeError(emulator.stripe.customers.create({ test_clock: clock.id }));
    expect(fourth.statusCode).toBe(400);
    const price = await monthlyPrice(emulator, 300);
    const sub = await emulator.stripe.subscriptions.create({
      customer: customers[0]!.id,
      items: [{ price: price.id }],
      trial_period_days: 5,
    });
    await emulator.stripe.testHelpers.testClocks.del(clock.id);
    expect((await emulator.stripe.subscriptions.retrieve(sub.id)).status).toBe("canceled");
    const types = (await emulator.stripe.events.list({ limit: 10 })).data.map((e) => e.type);
    expect(types.slice(0, 5)).toEqual([
      "test_helpers.test_clock.deleted",
      "customer.deleted",
      "customer.deleted",
      "customer.deleted",
      "customer.subscription.deleted",
    ]);
  });
});
