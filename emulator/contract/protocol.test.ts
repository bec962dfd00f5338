import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { contractSuite, sdkFor, stripeError, useEmulator } from "./targets";

contractSuite("protocol", (target) => {
  it("rejects unknown parameters by name", async () => {
    const error = await stripeError(
      target.stripe.customers.create({ email: "a@example.com", colour: "red" } as Stripe.CustomerCreateParams),
    );
    expect(error.statusCode).toBe(400);
    expect(error.type).toBe("StripeInvalidRequestError");
    expect(error.message).toBe("Received unknown parameter: colour");
    expect(error.param).toBe("colour");
  });

  it("names missing required parameters", async () => {
    const error = await stripeError(
      target.stripe.prices.create({ unit_amount: 100, product_data: { name: "x" } } as Stripe.PriceCreateParams),
    );
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe("parameter_missing");
    expect(error.param).toBe("currency");
  });

  it("replays an idempotent request and refuses the key with other parameters", async () => {
    const key = `contract-${Date.now()}-${Math.random()}`;
    const first = await target.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: key });
    const replay = await target.stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: key });
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const conflict = await stripeError(
      target.stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: key }),
    );
    expect(conflict.statusCode).toBe(400);
    expect(conflict.type).toBe("StripeIdempotencyError");
  });

  it("does not save requests that failed validation under their key", async () => {
    const key = `contract-invalid-${Date.now()}-${Math.random()}`;
    const invalid = await stripeError(
      target.stripe.customers.create({ email: "x@example.com", bogus: 1 } as Stripe.CustomerCreateParams, {
        idempotencyKey: key,
      }),
    );
    expect(invalid.statusCode).toBe(400);
    const valid = await target.stripe.customers.create({ email: "x@example.com" }, { idempotencyKey: key });
    expect(valid.id).toMatch(/^cus_/);
  });

  it("pages lists with limit, starting_after and ending_before", async () => {
    const email = `page-${Date.now()}@example.com`;
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await target.stripe.customers.create({ email })).id);
    const newestFirst = [...created].reverse();
    const first = await target.stripe.customers.list({ email, limit: 2 });
    expect(first).toMatchObject({ object: "list", has_more: true, url: "/v1/customers" });
    expect(first.data.map((c) => c.id)).toEqual(newestFirst.slice(0, 2));
    const second = await target.stripe.customers.list({ email, limit: 2, starting_after: first.data[1]!.id });
    expect(second.data.map((c) => c.id)).toEqual(newestFirst.slice(2, 4));
    const last = await target.stripe.customers.list({ email, limit: 2, starting_after: second.data[1]!.id });
    expect(last.data.map((c) => c.id)).toEqual(newestFirst.slice(4));
    expect(last.has_more).toBe(false);
    const back = await target.stripe.customers.list({ email, limit: 2, ending_before: last.data[0]!.id });
    expect(back.data.map((c) => c.id)).toEqual(newestFirst.slice(2, 4));
    const all: string[] = [];
    for await (const customer of target.stripe.customers.list({ email, limit: 2 })) all.push(customer.id);
    expect(all).toEqual(newestFirst);
    const tooMany = await stripeError(target.stripe.customers.list({ limit: 101 }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.param).toBe("limit");
  });

  it("expands nested references", async () => {
    const product = await target.stripe.products.create({
      name: "Expand",
      default_price_data: { currency: "usd", unit_amount: 700 },
    });
    const price = await target.stripe.prices.retrieve(product.default_price as string, {
      expand: ["product.default_price"],
    });
    const expandedProduct = price.product as Stripe.Product;
    expect(expandedProduct.id).toBe(product.id);
    expect((expandedProduct.default_price as Stripe.Price).id).toBe(price.id);
    const notExpandable = await stripeError(target.stripe.prices.retrieve(price.id, { expand: ["currency"] }));
    expect(notExpandable.statusCode).toBe(400);
  });

  it("answers resource_missing for a missing customer and on a create that references one", async () => {
    const get = await stripeError(target.stripe.customers.retrieve("cus_missing"));
    expect(get.statusCode).toBe(404);
    expect(get.code).toBe("resource_missing");
    const create = await stripeError(
      target.stripe.paymentIntents.create({ amount: 100, currency: "usd", customer: "cus_missing" }),
    );
    expect(create.statusCode).toBe(400);
    expect(create.code).toBe("resource_missing");
    expect(create.param).toBe("customer");
  });
});

describe("authentication [emulator only]", () => {
  const emulator = useEmulator();

  it("accepts secret keys as Bearer or basic auth and refuses anything else with 401", async () => {
    const ok = await fetch(`${emulator.url}/v1/customers`, {
      headers: { Authorization: `Basic ${Buffer.from("sk_test_abc:").toString("base64")}` },
    });
    expect(ok.status).toBe(200);
    const none = await fetch(`${emulator.url}/v1/customers`);
    expect(none.status).toBe(401);
    const bad = await stripeError(sdkFor(emulator.url, "sk_live_nope").customers.list());
    expect(bad.statusCode).toBe(401);
  });

  it("takes publishable keys only on the routes Stripe.js uses", async () => {
    const pk = sdkFor(emulator.url, "pk_test_emulator");
    const refused = await stripeError(pk.customers.list());
    expect(refused.statusCode).toBe(401);
    const pm = await fetch(`${emulator.url}/v1/payment_methods`, {
      method: "POST",
      headers: { Authorization: "Bearer pk_test_emulator", "Content-Type": "application/x-www-form-urlencoded" },
      body: "type=card&card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2040&card[cvc]=123",
    });
    expect(pm.status).toBe(200);
    expect(((await pm.json()) as Stripe.PaymentMethod).card?.last4).toBe("4242");
    const raw = await stripeError(
      emulator.stripe.paymentMethods.create({
        type: "card",
        card: { number: "4242424242424242", exp_month: 12, exp_year: 2040, cvc: "123" },
      }),
    );
    expect(raw.statusCode).toBe(400);
  });

  it("makes card tokens for Stripe.js and turns them into payment methods once", async () => {
    const form = "card[number]=4000000000000002&card[exp_month]=12&card[exp_year]=2040&card[cvc]=123&card[name]=Ada";
    const res = await fetch(`${emulator.url}/v1/tokens`, {
      method: "POST",
      headers: { Authorization: "Bearer pk_test_x", "Content-Type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const token = (await res.json()) as Stripe.Token;
    expect(token.id).toMatch(/^tok_/);
    expect(token.card).toMatchObject({ last4: "0002", name: "Ada" });
    const pm = await emulator.stripe.paymentMethods.create({ type: "card", card: { token: token.id } });
    expect(pm.card?.last4).toBe("0002");
    const customer = await emulator.stripe.customers.create({ email: "token@example.com" });
    const declined = await stripeError(emulator.stripe.paymentMethods.attach(pm.id, { customer: customer.id }));
    expect(declined.code).toBe("card_declined");
    const reused = await stripeError(
      emulator.stripe.paymentMethods.create({ type: "card", card: { token: token.id } }),
    );
    expect(reused.statusCode).toBe(400);
  });

  it("lets a publishable key read and confirm an intent only with its client secret", async () => {
    const si = await emulator.stripe.setupIntents.create({ usage: "off_session" });
    const withoutSecret = await fetch(`${emulator.url}/v1/setup_intents/${si.id}`, {
      headers: { Authorization: "Bearer pk_test_x" },
    });
    expect(withoutSecret.status).toBe(400);
    const withSecret = await fetch(`${emulator.url}/v1/setup_intents/${si.id}?client_secret=${si.client_secret}`, {
      headers: { Authorization: "Bearer pk_test_x" },
    });
    expect(withSecret.status).toBe(200);
    const confirm = await fetch(`${emulator.url}/v1/setup_intents/${si.id}/confirm`, {
      method: "POST",
      headers: { Authorization: "Bearer pk_test_x", "Content-Type": "application/x-www-form-urlencoded" },
      body: `client_secret=${si.client_secret}&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2040&payment_method_data[card][cvc]=123`,
    });
    expect(confirm.status).toBe(200);
    expect(((await confirm.json()) as Stripe.SetupIntent).status).toBe("succeeded");
  });
});
