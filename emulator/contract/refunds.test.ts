import { expect, it } from "vitest";
import { contractSuite, stripeError } from "./targets";

async function paidIntent(stripe: import("stripe").default, amount: number) {
  return stripe.paymentIntents.create({
    amount,
    currency: "usd",
    payment_method: "pm_card_visa",
    allowed_payment_method_types: ["card"],
    confirm: true,
  });
}

contractSuite("refunds", (target) => {
  it("refunds part of a payment, then the rest, then refuses more", async () => {
    const pi = await paidIntent(target.stripe, 3000);
    const first = await target.stripe.refunds.create({ payment_intent: pi.id, amount: 1000, metadata: { ticket: "A" } });
    expect(first.id).toMatch(/^re_/);
    expect(first).toMatchObject({ object: "refund", amount: 1000, currency: "usd", payment_intent: pi.id, status: "succeeded", metadata: { ticket: "A" } });
    expect(first.charge).toMatch(/^ch_/);
    const tooMuch = await stripeError(target.stripe.refunds.create({ payment_intent: pi.id, amount: 2500 }));
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.param).toBe("amount");
    const rest = await target.stripe.refunds.create({ payment_intent: pi.id });
    expect(rest.amount).toBe(2000);
    const again = await stripeError(target.stripe.refunds.create({ payment_intent: pi.id }));
    expect(again.code).toBe("charge_already_refunded");
    const listed = await target.stripe.refunds.list({ payment_intent: pi.id });
    expect(listed.data.map((r) => r.amount).sort()).toEqual([1000, 2000]);
    const charge = await target.stripe.charges.retrieve(typeof first.charge === "string" ? first.charge : (first.charge?.id ?? ""));
    expect(charge).toMatchObject({ amount_refunded: 3000, refunded: true });
  });

  it("refuses a payment that has not succeeded", async () => {
    const pi = await target.stripe.paymentIntents.create({ amount: 500, currency: "usd", allowed_payment_method_types: ["card"] });
    const error = await stripeError(target.stripe.refunds.create({ payment_intent: pi.id }));
    expect(error.statusCode).toBe(400);
  });

  it("announces refund.created and charge.refunded", async () => {
    const pi = await paidIntent(target.stripe, 1200);
    const refund = await target.stripe.refunds.create({ payment_intent: pi.id, amount: 200 });
    const created = await target.stripe.events.list({ type: "refund.created", limit: 10 });
    expect(created.data.some((e) => (e.data.object as { id: string }).id === refund.id)).toBe(true);
    const refunded = await target.stripe.events.list({ type: "charge.refunded", limit: 10 });
    const event = refunded.data.find((e) => (e.data.object as { id: string }).id === refund.charge);
    expect(event?.data.object).toMatchObject({ object: "charge", amount_refunded: 200, refunded: false, payment_intent: pi.id });
  });
});
