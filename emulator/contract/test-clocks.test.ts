import type Stripe from "stripe";
import { expect, it } from "vitest";
import { contractSuite, stripeError, unique, type Target } from "./targets";

const DAY = 24 * 60 * 60;
/** Real Stripe takes seconds to advance a clock; the emulator a tenth of one. */
const SLOW = 120_000;

/** Polls until the clock has finished advancing, as an integration must. */
async function waitUntilReady(target: Target, id: string): Promise<Stripe.TestHelpers.TestClock> {
  const pause = target.kind === "stripe" ? 2000 : 50;
  for (let i = 0; i < 100; i++) {
    const clock = await target.stripe.testHelpers.testClocks.retrieve(id);
    if (clock.status === "ready") return clock;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  throw new Error(`test clock ${id} never became ready`);
}

async function advance(target: Target, id: string, frozenTime: number) {
  const answer = await target.stripe.testHelpers.testClocks.advance(id, { frozen_time: frozenTime });
  expect(answer.status).toBe("advancing");
  const ready = await waitUntilReady(target, id);
  expect(ready.frozen_time).toBe(frozenTime);
  return ready;
}

/** A clock frozen at a whole minute, a customer on it and their card (the customer's default). */
async function clockWithCustomer(target: Target, pm = "pm_card_visa") {
  const start = Math.floor(Date.now() / 1000 / 60) * 60;
  const clock = await target.stripe.testHelpers.testClocks.create({ frozen_time: start, name: unique("clock") });
  const customer = await target.stripe.customers.create({ email: "clocked@example.com", test_clock: clock.id });
  const method = await target.stripe.paymentMethods.attach(pm, { customer: customer.id });
  await target.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: method.id } });
  return { clock, customer, method, start };
}

async function monthlyPrice(target: Target, amount: number) {
  return target.stripe.prices.create({
    currency: "usd",
    unit_amount: amount,
    recurring: { interval: "month" },
    product_data: { name: "Membership" },
  });
}

/** Event types about the given objects, oldest first (both targets list newest first). */
async function eventTrail(target: Target, ids: string[], since: number): Promise<string[]> {
  const trail: string[] = [];
  for await (const event of target.stripe.events.list({ created: { gte: since - 5 }, limit: 100 })) {
    const object = event.data.object as { id?: string };
    if (object.id && ids.includes(object.id)) trail.push(event.type);
  }
  return trail.reverse();
}

contractSuite("test clocks", (target) => {
  it("creates, retrieves, lists and deletes a clock", async () => {
    const name = unique("clock");
    const clock = await target.stripe.testHelpers.testClocks.create({ frozen_time: 1_767_225_600, name });
    expect(clock).toMatchObject({
      object: "test_helpers.test_clock",
      frozen_time: 1_767_225_600,
      name,
      status: "ready",
      livemode: false,
    });
    expect(clock.id).toMatch(/^clock_/);
    expect(clock.deletes_after).toBeGreaterThan(clock.created);
    expect((await target.stripe.testHelpers.testClocks.retrieve(clock.id)).name).toBe(name);
    const listed = await target.stripe.testHelpers.testClocks.list({ limit: 100 });
    expect(listed.data.map((c) => c.id)).toContain(clock.id);
    const deleted = await target.stripe.testHelpers.testClocks.del(clock.id);
    expect(deleted).toMatchObject({ id: clock.id, object: "test_helpers.test_clock", deleted: true });
    expect((await stripeError(target.stripe.testHelpers.testClocks.retrieve(clock.id))).statusCode).toBe(404);
  });

  it(
    "advances asynchronously to the target and refuses to go back",
    async () => {
      const clock = await target.stripe.testHelpers.testClocks.create({ frozen_time: 1_767_225_600 });
      const answer = await target.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: 1_767_225_600 + DAY });
      expect(answer.status).toBe("advancing");
      expect(answer.status_details.advancing?.target_frozen_time).toBe(1_767_225_600 + DAY);
      const ready = await waitUntilReady(target, clock.id);
      expect(ready).toMatchObject({ frozen_time: 1_767_225_600 + DAY, status: "ready" });
      const back = await stripeError(
        target.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: 1_767_225_600 }),
      );
      expect(back.statusCode).toBe(400);
      expect(back.param).toBe("frozen_time");
      await target.stripe.testHelpers.testClocks.del(clock.id);
    },
    SLOW,
  );

  it("puts a customer on the clock, living in its time", async () => {
    const { clock, customer } = await clockWithCustomer(target);
    expect(customer.test_clock).toBe(clock.id);
    expect(customer.created).toBe(clock.frozen_time);
    const missing = await stripeError(target.stripe.customers.create({ test_clock: "clock_missing" }));
    expect(missing.statusCode).toBe(400);
    expect(missing.param).toBe("test_clock");
    await target.stripe.testHelpers.testClocks.del(clock.id);
  });

  it(
    "ends a trial on the clock: warning, new period, draft invoice, then paid an hour later",
    async () => {
      const { clock, customer, start } = await clockWithCustomer(target);
      const price = await monthlyPrice(target, 1500);
      const sub = await target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        trial_period_days: 7,
        payment_settings: { save_default_payment_method: "on_subscription" },
        expand: ["pending_setup_intent"],
      });
      expect(sub).toMatchObject({ status: "trialing", trial_end: start + 7 * DAY, test_clock: clock.id });
      expect(sub.pending_setup_intent).toBeNull();
      expect(sub.payment_settings?.save_default_payment_method).toBe("on_subscription");

      await advance(target, clock.id, start + 7 * DAY + 60);
      const started = await target.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
      expect(started.status).toBe("active");
      expect(started.items.data[0]!.current_period_start).toBe(start + 7 * DAY);
      const draft = started.latest_invoice as Stripe.Invoice;
      expect(draft).toMatchObject({ status: "draft", billing_reason: "subscription_cycle", amount_due: 1500 });

      await advance(target, clock.id, start + 7 * DAY + 2 * 60 * 60);
      const paid = await target.stripe.invoices.retrieve(draft.id);
      expect(paid).toMatchObject({ status: "paid", amount_paid: 1500, amount_remaining: 0 });
      expect(paid.lines.data[0]).toMatchObject({ amount: 1500 });
      const invoices = await target.stripe.invoices.list({ customer: customer.id, subscription: sub.id });
      expect(invoices.data.map((i) => [i.billing_reason, i.amount_paid])).toEqual([
        ["subscription_cycle", 1500],
        ["subscription_create", 0],
      ]);

      const trail = await eventTrail(target, [sub.id, draft.id], start);
      const order = ["customer.subscription.trial_will_end", "invoice.created", "invoice.finalized", "invoice.paid"];
      const positions = order.map((type) => trail.indexOf(type));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      await target.stripe.testHelpers.testClocks.del(clock.id);
    },
    SLOW,
  );

  it(
    "goes past_due when the card fails at the end of the trial",
    async () => {
      const { clock, customer, start } = await clockWithCustomer(target, "pm_card_chargeCustomerFail");
      const price = await monthlyPrice(target, 900);
      const sub = await target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        trial_period_days: 3,
      });
      await advance(target, clock.id, start + 3 * DAY + 2 * 60 * 60);
      const overdue = await target.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
      expect(overdue.status).toBe("past_due");
      const invoice = overdue.latest_invoice as Stripe.Invoice;
      expect(invoice).toMatchObject({ status: "open", amount_paid: 0, amount_remaining: 900, attempted: true });
      const trail = await eventTrail(target, [sub.id, invoice.id], start);
      expect(trail).toContain("invoice.payment_failed");
      expect(trail.indexOf("invoice.payment_failed")).toBeLessThan(trail.lastIndexOf("customer.subscription.updated"));

      // The member fixes their card; the app makes it the default and pays the open invoice.
      const declined = await stripeError(target.stripe.invoices.pay(invoice.id));
      expect(declined.statusCode).toBe(402);
      const fixed = await target.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
      await target.stripe.subscriptions.update(sub.id, { default_payment_method: fixed.id });
      const paid = await target.stripe.invoices.pay(invoice.id);
      expect(paid).toMatchObject({ status: "paid", amount_paid: 900 });
      expect((await target.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");
      const onClock = await target.stripe.subscriptions.list({ test_clock: clock.id });
      expect(onClock.data.map((s) => s.id)).toEqual([sub.id]);
      await target.stripe.testHelpers.testClocks.del(clock.id);
    },
    SLOW,
  );

  it(
    "fails the trial-end charge of a 3155 card whose pending SetupIntent was never authenticated",
    async () => {
      const { clock, customer, start } = await clockWithCustomer(target, "pm_card_authenticationRequiredOnSetup");
      const price = await monthlyPrice(target, 1300);
      const sub = await target.stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: price.id }],
        trial_period_days: 3,
        expand: ["pending_setup_intent"],
      });
      expect((sub.pending_setup_intent as Stripe.SetupIntent).status).toBe("requires_action");
      await advance(target, clock.id, start + 3 * DAY + 2 * 60 * 60);
      const overdue = await target.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
      expect(overdue.status).toBe("past_due");
      expect((overdue.latest_invoice as Stripe.Invoice).status).toBe("open");
      await target.stripe.testHelpers.testClocks.del(clock.id);
    },
    SLOW,
  );

  it(
    "cancels at period end, resumes, then ends at the period end on the clock",
    async () => {
      const { clock, customer, start } = await clockWithCustomer(target);
      const price = await monthlyPrice(target, 1000);
      const sub = await target.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
      expect(sub.status).toBe("active");
      const periodEnd = sub.items.data[0]!.current_period_end;
      const scheduled = await target.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
      expect(scheduled).toMatchObject({ cancel_at_period_end: true, cancel_at: periodEnd });
      const resumed = await target.stripe.subscriptions.update(sub.id, { cancel_at_period_end: false });
      expect(resumed).toMatchObject({ cancel_at_period_end: false, cancel_at: null, status: "active" });
      await target.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
      await advance(target, clock.id, periodEnd + 60);
      const ended = await target.stripe.subscriptions.retrieve(sub.id);
      expect(ended.status).toBe("canceled");
      expect(ended.ended_at).toBe(periodEnd);
      const trail = await eventTrail(target, [sub.id], start);
      expect(trail.at(-1)).toBe("customer.subscription.deleted");
      await target.stripe.testHelpers.testClocks.del(clock.id);
    },
    SLOW,
  );

  it("deleting the clock deletes its customers", async () => {
    const { clock, customer } = await clockWithCustomer(target);
    await target.stripe.testHelpers.testClocks.del(clock.id);
    const gone = await target.stripe.customers.retrieve(customer.id);
    expect(gone).toMatchObject({ id: customer.id, deleted: true });
  });
});
