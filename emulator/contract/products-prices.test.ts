import Stripe from "stripe";
import { expect, it } from "vitest";
import { contractSuite, stripeError, unique } from "./targets";

contractSuite("products and prices", (target) => {
  it("creates a product with a default price, expandable", async () => {
    const product = await target.stripe.products.create({
      name: "Concert ticket",
      default_price_data: { currency: "usd", unit_amount: 2500 },
      expand: ["default_price"],
    });
    expect(product.id).toMatch(/^prod_/);
    const price = product.default_price as Stripe.Price;
    expect(price.id).toMatch(/^price_/);
    expect(price.unit_amount).toBe(2500);
    expect(String(price.unit_amount_decimal)).toBe("2500");
    expect(price.product).toBe(product.id);
    expect(price.type).toBe("one_time");
    const plain = await target.stripe.products.retrieve(product.id);
    expect(plain.default_price).toBe(price.id);
  });

  it("archives with active=false and refuses to delete a product that has prices", async () => {
    const product = await target.stripe.products.create({
      name: "Archived",
      default_price_data: { currency: "usd", unit_amount: 100 },
    });
    const archived = await target.stripe.products.update(product.id, { active: false });
    expect(archived.active).toBe(false);
    const error = await stripeError(target.stripe.products.del(product.id));
    expect(error.statusCode).toBe(400);
    expect(error.type).toBe("StripeInvalidRequestError");
    const bare = await target.stripe.products.create({ name: "No prices" });
    const deleted = await target.stripe.products.del(bare.id);
    expect(deleted).toMatchObject({ id: bare.id, deleted: true });
  });

  it("keeps fractional amounts exact in unit_amount_decimal", async () => {
    const product = await target.stripe.products.create({ name: "Fractional" });
    const price = await target.stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount_decimal: Stripe.Decimal.from("0.05"),
    });
    expect(price.unit_amount).toBeNull();
    expect(String(price.unit_amount_decimal)).toBe("0.05");
    const tooPrecise = await stripeError(
      target.stripe.prices.create({
        product: product.id,
        currency: "usd",
        unit_amount_decimal: Stripe.Decimal.from("0.0000000000001"),
      }),
    );
    expect(tooPrecise.statusCode).toBe(400);
    expect(tooPrecise.param).toBe("unit_amount_decimal");
  });

  it("creates recurring prices and prices with product_data", async () => {
    const price = await target.stripe.prices.create({
      currency: "eur",
      unit_amount: 900,
      recurring: { interval: "month" },
      product_data: { name: "Season pass" },
    });
    expect(price.type).toBe("recurring");
    expect(price.recurring).toMatchObject({ interval: "month", interval_count: 1 });
    expect(price.product).toMatch(/^prod_/);
  });

  it("allows only the documented fields on price update", async () => {
    const price = await target.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "Fixed" },
    });
    const error = await stripeError(
      target.stripe.prices.update(price.id, { unit_amount: 600 } as Stripe.PriceUpdateParams),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe("Received unknown parameter: unit_amount");
    expect(error.param).toBe("unit_amount");
    const updated = await target.stripe.prices.update(price.id, {
      nickname: "Early bird",
      metadata: { tier: "a" },
      active: false,
    });
    expect(updated).toMatchObject({ nickname: "Early bird", metadata: { tier: "a" }, active: false, unit_amount: 500 });
  });

  it("keeps lookup keys unique unless transferred", async () => {
    const key = unique("lookup");
    const product = await target.stripe.products.create({ name: "Lookup" });
    const first = await target.stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 100,
      lookup_key: key,
    });
    const taken = await stripeError(
      target.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 200, lookup_key: key }),
    );
    expect(taken.statusCode).toBe(400);
    expect(taken.param).toBe("lookup_key");
    const second = await target.stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 200,
      lookup_key: key,
      transfer_lookup_key: true,
    });
    expect(second.lookup_key).toBe(key);
    expect((await target.stripe.prices.retrieve(first.id)).lookup_key).toBeNull();
    const found = await target.stripe.prices.list({ lookup_keys: [key] });
    expect(found.data.map((p) => p.id)).toEqual([second.id]);
  });

  it("shows currency_options only when expanded", async () => {
    const price = await target.stripe.prices.create({
      product_data: { name: "Multi-currency" },
      currency: "usd",
      unit_amount: 1000,
      currency_options: { eur: { unit_amount: 900 }, jpy: { unit_amount: 1500 } },
    });
    expect(price.currency_options).toBeUndefined();
    const expanded = await target.stripe.prices.retrieve(price.id, { expand: ["currency_options"] });
    expect(expanded.currency_options?.eur?.unit_amount).toBe(900);
    expect(expanded.currency_options?.jpy?.unit_amount).toBe(1500);
    expect(expanded.currency_options?.usd?.unit_amount).toBe(1000);
    const listed = await target.stripe.prices.list({
      product: price.product as string,
      expand: ["data.currency_options"],
    });
    expect(listed.data[0]?.currency_options?.eur?.unit_amount).toBe(900);
  });

  it("filters price lists", async () => {
    const product = await target.stripe.products.create({ name: "Filters" });
    const monthly = await target.stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 100,
      recurring: { interval: "month" },
    });
    const once = await target.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 100 });
    const recurring = await target.stripe.prices.list({ product: product.id, type: "recurring" });
    expect(recurring.data.map((p) => p.id)).toEqual([monthly.id]);
    const oneTime = await target.stripe.prices.list({ product: product.id, type: "one_time" });
    expect(oneTime.data.map((p) => p.id)).toEqual([once.id]);
    const byInterval = await target.stripe.prices.list({ product: product.id, recurring: { interval: "month" } });
    expect(byInterval.data.map((p) => p.id)).toEqual([monthly.id]);
  });

  it("answers a missing price with 404 resource_missing", async () => {
    const error = await stripeError(target.stripe.prices.retrieve("price_doesnotexist"));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe("resource_missing");
  });
});
