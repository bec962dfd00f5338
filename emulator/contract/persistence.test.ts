/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the emulator's own
   endpoints answer plain JSON (not SDK types); assertions read it by path. */
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { useEmulator } from "./targets";

describe("persistence [emulator only]", () => {
  const emulator = useEmulator();

  it("keeps objects, events, endpoints and the clock across a restart", async () => {
    const product = await emulator.stripe.products.create({
      name: "Survivor",
      default_price_data: { currency: "usd", unit_amount: 100 },
    });
    const price = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "Kept" },
    });
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 2 }],
      success_url: "https://example.com/ok",
    });
    const endpoint = await emulator.stripe.webhookEndpoints.create({
      url: "http://127.0.0.1:9/hooks",
      enabled_events: ["product.updated"],
    });
    const clock = await emulator.advanceClock(120);
    await emulator.stripe.customers.create({ email: "keep@example.com" }, { idempotencyKey: "persist-key" });

    await emulator.restart();

    expect((await emulator.stripe.products.retrieve(product.id)).name).toBe("Survivor");
    const items = await emulator.stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data[0]?.amount_total).toBe(1000);
    expect((await emulator.stripe.webhookEndpoints.retrieve(endpoint.id)).url).toBe("http://127.0.0.1:9/hooks");
    expect((await emulator.call("GET", "/_emulator/clock")).body.now).toBeGreaterThanOrEqual(clock);
    const events = await emulator.stripe.events.list({ type: "product.created" });
    expect(events.data.some((e) => (e.data.object as Stripe.Product).id === product.id)).toBe(true);
    const replay = await emulator.stripe.customers.create(
      { email: "keep@example.com" },
      { idempotencyKey: "persist-key" },
    );
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true");
  });

  it("finishes a test clock advance interrupted by a restart", async () => {
    const clock = await emulator.stripe.testHelpers.testClocks.create({ frozen_time: 1_767_225_600 });
    const customer = await emulator.stripe.customers.create({ test_clock: clock.id });
    const pm = await emulator.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    const price = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 600,
      recurring: { interval: "month" },
      product_data: { name: "Kept plan" },
    });
    const sub = await emulator.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      default_payment_method: pm.id,
      trial_period_days: 1,
    });
    const target = 1_767_225_600 + 24 * 60 * 60 + 2 * 60 * 60;
    await emulator.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: target });
    await emulator.restart();
    await expect
      .poll(async () => (await emulator.stripe.testHelpers.testClocks.retrieve(clock.id)).status, { timeout: 5000 })
      .toBe("ready");
    expect((await emulator.stripe.testHelpers.testClocks.retrieve(clock.id)).frozen_time).toBe(target);
    const active = await emulator.stripe.subscriptions.retrieve(sub.id, { expand: ["latest_invoice"] });
    expect(active.status).toBe("active");
    expect((active.latest_invoice as Stripe.Invoice).status).toBe("paid");
  });
});
