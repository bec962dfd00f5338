/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the emulator's own
   endpoints answer plain JSON (not SDK types); assertions read it by path. */
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { contractSuite, stripeError, useEmulator, type Target } from "./targets";

async function oneTimePrice(target: Target, amount = 2000, currency = "usd") {
  return target.stripe.prices.create({ currency, unit_amount: amount, product_data: { name: "General admission" } });
}

async function monthlyPrice(target: Target, amount: number, name: string) {
  return target.stripe.prices.create({
    currency: "usd",
    unit_amount: amount,
    recurring: { interval: "month" },
    product_data: { name },
  });
}

const SUCCESS_URL = "https://example.com/done?session={CHECKOUT_SESSION_ID}";

contractSuite("checkout sessions", (target) => {
  it("creates a hosted payment session with a url and the line items on request", async () => {
    const price = await oneTimePrice(target);
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 2 }],
      success_url: SUCCESS_URL,
      cancel_url: "https://example.com/cancel",
      client_reference_id: "order_42",
      metadata: { order: "42" },
      expand: ["line_items"],
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_subtotal: 4000,
      amount_total: 4000,
      currency: "usd",
      client_reference_id: "order_42",
      metadata: { order: "42" },
      client_secret: null,
      payment_intent: null,
      success_url: SUCCESS_URL,
    });
    expect(session.url).toMatch(/^https?:\/\//);
    expect(session.line_items?.data).toHaveLength(1);
    const plain = await target.stripe.checkout.sessions.retrieve(session.id);
    expect(plain.line_items).toBeUndefined();
  });

  it("lists line items as item objects with the full price", async () => {
    const price = await oneTimePrice(target, 1250);
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 3 }],
      success_url: SUCCESS_URL,
    });
    const items = await target.stripe.checkout.sessions.listLineItems(session.id);
    expect(items.object).toBe("list");
    const [item] = items.data;
    expect(item?.id).toMatch(/^li_/);
    expect(item).toMatchObject({
      object: "item",
      quantity: 3,
      amount_subtotal: 3750,
      amount_total: 3750,
      currency: "usd",
      description: "General admission",
    });
    expect(item?.price).toMatchObject({ id: price.id, object: "price" });
    const expanded = await target.stripe.checkout.sessions.listLineItems(session.id, {
      expand: ["data.price.product"],
    });
    expect((expanded.data[0]?.price?.product as Stripe.Product).name).toBe("General admission");
  });

  it("rounds unit_amount_decimal × quantity half-up per line", async () => {
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [
        {
          price_data: {
            currency: "usd",
            unit_amount_decimal: Stripe.Decimal.from("0.05"),
            product_data: { name: "Fee" },
          },
          quantity: 30,
        },
        { price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "Seat" } }, quantity: 1 },
      ],
      success_url: SUCCESS_URL,
    });
    expect(session.amount_total).toBe(1002);
  });

  it("treats zero-decimal currencies as whole units", async () => {
    const price = await oneTimePrice(target, 12000, "jpy");
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
    });
    expect(session).toMatchObject({ currency: "jpy", amount_total: 12000 });
  });

  it("forces a currency option with `currency`", async () => {
    const price = await target.stripe.prices.create({
      currency: "usd",
      unit_amount: 1000,
      currency_options: { eur: { unit_amount: 950 } },
      product_data: { name: "Multi" },
    });
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      currency: "eur",
      line_items: [{ price: price.id, quantity: 2 }],
      success_url: SUCCESS_URL,
    });
    expect(session).toMatchObject({ currency: "eur", amount_total: 1900 });
  });

  it("creates an embedded session with a client secret and no url", async () => {
    const price = await oneTimePrice(target);
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      ui_mode: "embedded_page",
      line_items: [{ price: price.id, quantity: 1 }],
      return_url: "https://example.com/return?session={CHECKOUT_SESSION_ID}",
    });
    expect(session.url).toBeNull();
    expect(session.client_secret).toMatch(/^cs_test_.+_secret_/);
    expect(session.ui_mode).toBe("embedded_page");
  });

  it("enforces the URL rules of each ui_mode", async () => {
    const price = await oneTimePrice(target);
    const line_items = [{ price: price.id, quantity: 1 }];
    const embeddedWithSuccess = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "payment",
        ui_mode: "embedded_page",
        line_items,
        return_url: "https://example.com/r",
        success_url: SUCCESS_URL,
      }),
    );
    expect(embeddedWithSuccess.statusCode).toBe(400);
    expect(embeddedWithSuccess.param).toBe("success_url");
    const embeddedWithoutReturn = await stripeError(
      target.stripe.checkout.sessions.create({ mode: "payment", ui_mode: "embedded_page", line_items }),
    );
    expect(embeddedWithoutReturn.statusCode).toBe(400);
    expect(embeddedWithoutReturn.param).toBe("return_url");
  });

  it("takes a locale Checkout speaks and rejects one it does not", async () => {
    const price = await oneTimePrice(target);
    const create = (locale: string) =>
      target.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: price.id, quantity: 1 }],
        success_url: SUCCESS_URL,
        locale,
      });
    expect((await create("ja")).locale).toBe("ja");
    const error = await stripeError(create("jp"));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe("locale");
  });

  it("rejects expires_at outside 30 minutes to 24 hours", async () => {
    const price = await oneTimePrice(target);
    const tenMinutes = Math.floor(Date.now() / 1000) + 10 * 60;
    const error = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: price.id, quantity: 1 }],
        success_url: SUCCESS_URL,
        expires_at: tenMinutes,
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe("expires_at");
    const inAnHour = Math.floor(Date.now() / 1000) + 60 * 60;
    const ok = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
      expires_at: inAnHour,
    });
    expect(ok.expires_at).toBe(inAnHour);
  });

  it("requires a recurring price in subscription mode and refuses one in payment mode", async () => {
    const oneTime = await oneTimePrice(target);
    const monthly = await monthlyPrice(target, 500, "Club");
    const sub = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "subscription",
        line_items: [{ price: oneTime.id, quantity: 1 }],
        success_url: SUCCESS_URL,
      }),
    );
    expect(sub.statusCode).toBe(400);
    const pay = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: monthly.id, quantity: 1 }],
        success_url: SUCCESS_URL,
      }),
    );
    expect(pay.statusCode).toBe(400);
    const ok = await target.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: monthly.id, quantity: 1 }],
      success_url: SUCCESS_URL,
      subscription_data: { trial_period_days: 7, metadata: { plan: "club" } },
    });
    expect(ok.mode).toBe("subscription");
  });

  it("totals only the setup fee today when a subscription session has a trial", async () => {
    const monthly = await monthlyPrice(target, 1200, "Membership");
    const fee = await target.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "Setup fee" },
    });
    const session = await target.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [
        { price: monthly.id, quantity: 1 },
        { price: fee.id, quantity: 1 },
      ],
      success_url: SUCCESS_URL,
      subscription_data: { trial_period_days: 14 },
    });
    expect(session).toMatchObject({ mode: "subscription", amount_total: 500, amount_subtotal: 500 });
    const items = await target.stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data.map((li) => li.price?.id).sort()).toEqual([monthly.id, fee.id].sort());
  });

  it("rejects the legacy inline line item fields", async () => {
    const error = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [
          {
            name: "Ticket",
            amount: 1000,
            currency: "usd",
            quantity: 1,
          } as Stripe.Checkout.SessionCreateParams.LineItem,
        ],
        success_url: SUCCESS_URL,
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.param).toMatch(/^line_items\[0\]\[(name|amount|currency)\]$/);
  });

  it("answers a missing price with resource_missing naming the parameter", async () => {
    const error = await stripeError(
      target.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: "price_missing", quantity: 1 }],
        success_url: SUCCESS_URL,
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe("resource_missing");
    expect(error.param).toBe("line_items[0][price]");
  });

  it("expires an open session once, then refuses", async () => {
    const price = await oneTimePrice(target);
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
    });
    const expired = await target.stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    const again = await stripeError(target.stripe.checkout.sessions.expire(session.id));
    expect(again.statusCode).toBe(400);
    const events = await target.stripe.events.list({ type: "checkout.session.expired", limit: 5 });
    expect(events.data.some((e) => (e.data.object as Stripe.Checkout.Session).id === session.id)).toBe(true);
  });

  it("lists sessions with filters", async () => {
    const price = await oneTimePrice(target);
    const customer = await target.stripe.customers.create({ email: "filter@example.com" });
    const session = await target.stripe.checkout.sessions.create({
      mode: "payment",
      customer: customer.id,
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
    });
    const byCustomer = await target.stripe.checkout.sessions.list({ customer: customer.id });
    expect(byCustomer.data.map((s) => s.id)).toEqual([session.id]);
    const open = await target.stripe.checkout.sessions.list({ status: "open", limit: 100 });
    expect(open.data.every((s) => s.status === "open")).toBe(true);
  });
});

/** Completion, expiry by time and delayed payments: emulator controls, so emulator only. */
describe("checkout completion [emulator only]", () => {
  const emulator = useEmulator();

  async function paymentSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
    const price = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 3000,
      product_data: { name: "Ticket" },
    });
    return emulator.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
      ...extra,
    });
  }

  const complete = (id: string, body: Record<string, unknown> = {}) =>
    emulator.call("POST", `/_emulator/checkout/sessions/${id}/complete`, { email: "buyer@example.com", ...body });

  it("completes a payment session: paid, with a succeeded PaymentIntent and events", async () => {
    const session = await paymentSession({ payment_intent_data: { metadata: { order: "7" } } });
    const result = await complete(session.id, { card: "4242424242424242", name: "Ada" });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe("complete");
    expect(result.body.redirect_url).toBe(`https://example.com/done?session=${session.id}`);
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(done).toMatchObject({
      status: "complete",
      payment_status: "paid",
      customer_details: { email: "buyer@example.com", name: "Ada" },
    });
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi.id).toMatch(/^pi_/);
    expect(pi).toMatchObject({ status: "succeeded", amount: 3000, amount_received: 3000, metadata: { order: "7" } });
    const types = (await emulator.stripe.events.list({ limit: 20 })).data.map((e) => e.type);
    expect(types).toContain("payment_intent.succeeded");
    expect(types).toContain("checkout.session.completed");
    const expireCompleted = await stripeError(emulator.stripe.checkout.sessions.expire(session.id));
    expect(expireCompleted.statusCode).toBe(400);
    const listed = await emulator.stripe.checkout.sessions.list({ payment_intent: pi.id });
    expect(listed.data.map((s) => s.id)).toEqual([session.id]);
  });

  it("answers declines with Stripe's card errors and leaves the session open", async () => {
    const session = await paymentSession();
    const declined = await complete(session.id, { card: "4000000000000002" });
    expect(declined.status).toBe(402);
    expect(declined.body.error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    });
    const funds = await complete(session.id, { card: "4000000000009995" });
    expect(funds.body.error).toMatchObject({
      decline_code: "insufficient_funds",
      message: "Your card has insufficient funds.",
    });
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    const retry = await complete(session.id, { card: "4242424242424242" });
    expect(retry.body.status).toBe("complete");
  });

  it("asks for 3-D Secure and completes once the challenge passes", async () => {
    const session = await paymentSession();
    const first = await complete(session.id, { card: "4000002760003184" });
    expect(first.body.status).toBe("requires_action");
    const intentId = String(first.body.challenge_url).split("/").pop()!;
    const pi = await emulator.stripe.paymentIntents.retrieve(intentId);
    expect(pi.status).toBe("requires_action");
    expect(pi.next_action?.type).toBe("use_stripe_sdk");
    const resolved = await emulator.call("POST", `/_emulator/3ds/${intentId}/complete`);
    expect(resolved.body.checkout_session).toMatchObject({ id: session.id, status: "complete" });
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("paid");
  });

  it("returns to requires_payment_method when the challenge fails", async () => {
    const session = await paymentSession();
    const first = await complete(session.id, { card: "4000000000003220" });
    const intentId = String(first.body.challenge_url).split("/").pop()!;
    const failed = await emulator.call("POST", `/_emulator/3ds/${intentId}/fail`);
    expect(failed.body.error.code).toBe("payment_intent_authentication_failure");
    const pi = await emulator.stripe.paymentIntents.retrieve(intentId);
    expect(pi.status).toBe("requires_payment_method");
    expect(pi.last_payment_error?.code).toBe("payment_intent_authentication_failure");
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("declines after authentication for 4000 0082 6000 3178", async () => {
    const session = await paymentSession();
    const first = await complete(session.id, { card: "4000008260003178" });
    const intentId = String(first.body.challenge_url).split("/").pop()!;
    const resolved = await emulator.call("POST", `/_emulator/3ds/${intentId}/complete`);
    expect(resolved.body.error).toMatchObject({ code: "card_declined", decline_code: "insufficient_funds" });
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("refuses to complete an expired session", async () => {
    const session = await paymentSession();
    await emulator.stripe.checkout.sessions.expire(session.id);
    const result = await complete(session.id);
    expect(result.status).toBe(400);
    expect(result.body.error.message).toBe("This Checkout Session is no longer active.");
  });

  it("expires sessions when expires_at passes on the emulator clock", async () => {
    const session = await paymentSession({ expires_at: Math.floor(Date.now() / 1000) + 31 * 60 });
    await emulator.advanceClock(32 * 60);
    const expired = await emulator.stripe.checkout.sessions.retrieve(session.id);
    expect(expired.status).toBe("expired");
    const events = await emulator.stripe.events.list({ type: "checkout.session.expired" });
    expect(events.data.some((e) => (e.data.object as Stripe.Checkout.Session).id === session.id)).toBe(true);
  });

  it("completes unpaid with a delayed method, then settles on the clock or on demand", async () => {
    const later = await paymentSession();
    const completed = await complete(later.id, { async: "succeeded" });
    expect(completed.body.session).toMatchObject({ status: "complete", payment_status: "unpaid" });
    await emulator.advanceClock(60);
    expect((await emulator.stripe.checkout.sessions.retrieve(later.id)).payment_status).toBe("paid");

    const failing = await paymentSession();
    await complete(failing.id, { async: "succeeded" });
    const settled = await emulator.call("POST", `/_emulator/checkout/sessions/${failing.id}/async/failed`);
    expect(settled.body.payment_status).toBe("unpaid");
    const types = (await emulator.stripe.events.list({ limit: 50 })).data.map((e) => e.type);
    expect(types).toContain("checkout.session.async_payment_succeeded");
    expect(types).toContain("checkout.session.async_payment_failed");
  });

  it("sets up a card in setup mode", async () => {
    const customer = await emulator.stripe.customers.create({ email: "setup@example.com" });
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "setup",
      customer: customer.id,
      currency: "usd",
      success_url: SUCCESS_URL,
    });
    const result = await complete(session.id);
    expect(result.body.status).toBe("complete");
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, { expand: ["setup_intent"] });
    expect(done.payment_status).toBe("no_payment_required");
    expect((done.setup_intent as Stripe.SetupIntent).status).toBe("succeeded");
    const methods = await emulator.stripe.customers.listPaymentMethods(customer.id);
    expect(methods.data).toHaveLength(1);
  });

  it("starts a trialing subscription in subscription mode", async () => {
    const price = await monthlyPrice(emulator, 900, "Club");
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
      subscription_data: { trial_period_days: 14, metadata: { plan: "club" } },
    });
    const result = await complete(session.id);
    expect(result.body.status).toBe("complete");
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(done.payment_status).toBe("no_payment_required");
    expect(done.customer).toMatch(/^cus_/);
    const sub = done.subscription as Stripe.Subscription;
    expect(sub).toMatchObject({ status: "trialing", metadata: { plan: "club" } });
    expect(sub.latest_invoice).toMatch(/^in_/);
    const types = (await emulator.stripe.events.list({ limit: 30 })).data.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(["customer.subscription.created", "invoice.paid", "checkout.session.completed"]),
    );
  });

  it("charges the first invoice in subscription mode without a trial", async () => {
    const price = await monthlyPrice(emulator, 1500, "Pro");
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: price.id, quantity: 2 }],
      success_url: SUCCESS_URL,
    });
    const threeDS = await complete(session.id, { card: "4000002500003155" });
    expect(threeDS.body.status).toBe("requires_action");
    const intentId = String(threeDS.body.challenge_url).split("/").pop()!;
    await emulator.call("POST", `/_emulator/3ds/${intentId}/complete`);
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, {
      expand: ["subscription.latest_invoice"],
    });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid" });
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("active");
    expect((sub.latest_invoice as Stripe.Invoice).status).toBe("paid");
    expect((sub.latest_invoice as Stripe.Invoice).amount_paid).toBe(3000);
  });

  /** A plan with a trial plus a one-time setup fee, as a subscription-mode session. */
  async function setupFeeSession() {
    const plan = await monthlyPrice(emulator, 1200, "Membership");
    const fee = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "Setup fee" },
    });
    return emulator.stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [
        { price: plan.id, quantity: 1 },
        { price: fee.id, quantity: 1 },
      ],
      success_url: SUCCESS_URL,
      subscription_data: { trial_period_days: 14 },
    });
  }

  it("charges the setup fee now and the plan at 0 during the trial, on one first invoice", async () => {
    const session = await setupFeeSession();
    const result = await complete(session.id);
    expect(result.body.status).toBe("complete");
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, {
      expand: ["subscription.latest_invoice"],
    });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", amount_total: 500 });
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("trialing");
    expect(sub.pending_setup_intent).toBeNull();
    expect(sub.default_payment_method).toMatch(/^pm_/);
    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({
      billing_reason: "subscription_create",
      status: "paid",
      amount_due: 500,
      amount_paid: 500,
    });
    expect(invoice.lines.data.map((line) => [line.description, line.amount])).toEqual([
      ["Trial period for Membership", 0],
      ["1 × Setup fee", 500],
    ]);
    expect(done.invoice).toBe(invoice.id);
  });

  it("authenticates the setup fee with 3-D Secure and recovers from a decline on the same subscription", async () => {
    const session = await setupFeeSession();
    const declined = await complete(session.id, { card: "4000000000000002" });
    expect(declined.status).toBe(402);
    const challenged = await complete(session.id, { card: "4000002500003155" });
    expect(challenged.body.status).toBe("requires_action");
    const intentId = String(challenged.body.challenge_url).split("/").pop()!;
    await emulator.call("POST", `/_emulator/3ds/${intentId}/complete`);
    const done = await emulator.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid" });
    const sub = done.subscription as Stripe.Subscription;
    expect(sub.status).toBe("trialing");
    const all = await emulator.stripe.subscriptions.list({ customer: sub.customer as string, status: "all" });
    expect(all.data.map((s) => s.id)).toEqual([sub.id]);
  });

  it("serves the page data the browser needs", async () => {
    const session = await paymentSession();
    const page = await emulator.call("GET", `/_emulator/pages/${session.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id: session.id, business_name: "Box Office", mode: "payment", status: "open" });
    expect(page.body.line_items.data[0].price.product.name).toBe("Ticket");
    const confirm = await emulator.call("POST", `/_emulator/pages/${session.id}/confirm`, {
      email: "page@example.com",
      card: { number: "4242 4242 4242 4242", exp_month: 12, exp_year: 2040, cvc: "123" },
    });
    expect(confirm.body).toEqual({
      status: "complete",
      redirect_url: `https://example.com/done?session=${session.id}`,
    });
  });
});
