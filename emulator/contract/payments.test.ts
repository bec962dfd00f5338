import { describe, expect, it } from "vitest";
import { contractSuite, stripeError, useEmulator } from "./targets";

contractSuite("payment methods and intents", (target) => {
  it("attaches and detaches test payment methods", async () => {
    const customer = await target.stripe.customers.create({ email: "wallet@example.com" });
    const pm = await target.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    expect(pm.id).toMatch(/^pm_/);
    expect(pm.customer).toBe(customer.id);
    expect(pm.card).toMatchObject({ brand: "visa", last4: "4242" });
    const listed = await target.stripe.customers.listPaymentMethods(customer.id);
    expect(listed.data.map((m) => m.id)).toEqual([pm.id]);
    const detached = await target.stripe.paymentMethods.detach(pm.id);
    expect(detached.customer).toBeNull();
  });

  it("refuses to attach a card that cannot be saved", async () => {
    const customer = await target.stripe.customers.create({ email: "declined@example.com" });
    const error = await stripeError(
      target.stripe.paymentMethods.attach("pm_card_chargeDeclined", { customer: customer.id }),
    );
    expect(error.statusCode).toBe(402);
    expect(error.type).toBe("StripeCardError");
    expect(error.code).toBe("card_declined");
  });

  it("charges a card with a confirmed PaymentIntent", async () => {
    const pi = await target.stripe.paymentIntents.create({
      amount: 4200,
      currency: "usd",
      payment_method: "pm_card_visa",
      allowed_payment_method_types: ["card"],
      confirm: true,
      metadata: { order: "1" },
    });
    expect(pi.id).toMatch(/^pi_/);
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 4200, metadata: { order: "1" } });
  });

  it("declines with Stripe's card error wording", async () => {
    const error = await stripeError(
      target.stripe.paymentIntents.create({
        amount: 1000,
        currency: "usd",
        payment_method: "pm_card_chargeDeclined",
        allowed_payment_method_types: ["card"],
        confirm: true,
      }),
    );
    expect(error.statusCode).toBe(402);
    expect(error.code).toBe("card_declined");
    expect(error.decline_code).toBe("generic_decline");
    expect(error.message).toBe("Your card was declined.");
    expect(error.payment_intent?.status).toBe("requires_payment_method");
  });

  it("asks for authentication on session", async () => {
    const pi = await target.stripe.paymentIntents.create({
      amount: 1000,
      currency: "usd",
      payment_method: "pm_card_authenticationRequired",
      allowed_payment_method_types: ["card"],
      confirm: true,
    });
    expect(pi.status).toBe("requires_action");
    expect(pi.next_action?.type).toBe("use_stripe_sdk");
    const canceled = await target.stripe.paymentIntents.cancel(pi.id);
    expect(canceled.status).toBe("canceled");
  });

  it("captures a manual PaymentIntent", async () => {
    const pi = await target.stripe.paymentIntents.create({
      amount: 1500,
      currency: "usd",
      payment_method: "pm_card_visa",
      allowed_payment_method_types: ["card"],
      capture_method: "manual",
      confirm: true,
    });
    expect(pi.status).toBe("requires_capture");
    const captured = await target.stripe.paymentIntents.capture(pi.id);
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 1500 });
  });

  it("sets up a card with a SetupIntent and cancels another", async () => {
    const customer = await target.stripe.customers.create({ email: "setup-api@example.com" });
    const si = await target.stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ["card"],
    });
    expect(si.id).toMatch(/^seti_/);
    expect(si.status).toBe("requires_payment_method");
    const confirmed = await target.stripe.setupIntents.confirm(si.id, { payment_method: "pm_card_visa" });
    expect(confirmed.status).toBe("succeeded");
    expect((await target.stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(1);
    const other = await target.stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ["card"],
    });
    const canceled = await target.stripe.setupIntents.cancel(other.id);
    expect(canceled.status).toBe("canceled");
  });
});

describe("3-D Secure on setup intents [emulator only]", () => {
  const emulator = useEmulator();

  async function setupNeedingAuth() {
    const customer = await emulator.stripe.customers.create({ email: "3ds@example.com" });
    const si = await emulator.stripe.setupIntents.create({
      customer: customer.id,
      payment_method: "pm_card_authenticationRequired",
      allowed_payment_method_types: ["card"],
      confirm: true,
    });
    return si;
  }

  it("needs the challenge, then succeeds", async () => {
    const si = await setupNeedingAuth();
    expect(si.status).toBe("requires_action");
    const action = si.next_action?.use_stripe_sdk as { type: string; stripe_js: string };
    expect(action).toMatchObject({
      type: "three_d_secure_redirect",
      stripe_js: `${emulator.url}/_emulator/3ds/${si.id}`,
    });
    await emulator.call("POST", `/_emulator/3ds/${si.id}/complete`);
    expect((await emulator.stripe.setupIntents.retrieve(si.id)).status).toBe("succeeded");
  });

  it("returns to requires_payment_method when authentication fails", async () => {
    const si = await setupNeedingAuth();
    await emulator.call("POST", `/_emulator/3ds/${si.id}/fail`);
    const failed = await emulator.stripe.setupIntents.retrieve(si.id);
    expect(failed.status).toBe("requires_payment_method");
    expect(failed.last_setup_error?.code).toBe("setup_intent_authentication_failure");
  });

  it("fails off-session payments that need authentication", async () => {
    const customer = await emulator.stripe.customers.create({ email: "offsession@example.com" });
    const pm = await emulator.stripe.paymentMethods.attach("pm_card_authenticationRequired", { customer: customer.id });
    const error = await stripeError(
      emulator.stripe.paymentIntents.create({
        amount: 500,
        currency: "usd",
        customer: customer.id,
        payment_method: pm.id,
        off_session: true,
        confirm: true,
      }),
    );
    expect(error.statusCode).toBe(402);
    expect(error.code).toBe("authentication_required");
    expect(error.payment_intent?.status).toBe("requires_payment_method");
  });
});
