/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the emulator's own
   endpoints answer plain JSON (not SDK types); assertions read it by path. */
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { stripeError, useEmulator } from "./targets";

describe("faults and clock [emulator only]", () => {
  const emulator = useEmulator();
  /** A client of its own: `retries` network retries and, when given, a client-side timeout in ms. */
  const sdk = (retries: number, timeout?: number) => {
    const u = new URL(emulator.url);
    return new Stripe("sk_test_faults", {
      host: u.hostname,
      port: Number(u.port),
      protocol: "http",
      maxNetworkRetries: retries,
      ...(timeout === undefined ? {} : { timeout }),
    });
  };
  /** Adds an API fault rule (the body of POST /_emulator/faults without `kind`). */
  const addFault = (rule: Record<string, unknown>): Promise<{ status: number }> =>
    emulator.call("POST", "/_emulator/faults", { kind: "api", ...rule });
  /** The next POST to `path` fails with a 500 (or as `rule` says). */
  const failNextPost = (path: string, rule: Record<string, unknown> = {}) =>
    addFault({ method: "POST", path, fault: "error", count: 1, ...rule });

  it("reports and advances the emulator clock, stamping new objects with it", async () => {
    const before = (await emulator.call("GET", "/_emulator/clock")).body.now as number;
    const after = await emulator.advanceClock(3600);
    expect(after - before).toBeGreaterThanOrEqual(3600);
    const customer = await emulator.stripe.customers.create({ email: "clock@example.com" });
    expect(customer.created).toBeGreaterThanOrEqual(after);
  });

  it("fails matching requests with 500 for `count` times", async () => {
    await failNextPost("/v1/customers");
    const error = await stripeError(emulator.stripe.customers.create({ email: "fault@example.com" }));
    expect(error.statusCode).toBe(500);
    expect(error.type).toBe("StripeAPIError");
    const ok = await emulator.stripe.customers.create({ email: "fault@example.com" });
    expect(ok.id).toMatch(/^cus_/);
  });

  it("rate-limits with 429 and Stripe-Should-Retry, which the SDK retries", async () => {
    await addFault({
      path: "/v1/products*",
      fault: "rate_limit",
      count: 1,
    });
    const error = await stripeError(emulator.stripe.products.list());
    expect(error.statusCode).toBe(429);
    expect(error.type).toBe("StripeRateLimitError");
    await addFault({
      path: "/v1/products*",
      fault: "rate_limit",
      count: 1,
    });
    const retried = await sdk(2).products.list();
    expect(retried.object).toBe("list");
  });

  it("loses a response after the work is done; the SDK's retry gets the idempotent replay", async () => {
    await failNextPost("/v1/customers", { phase: "after" });
    const customer = await sdk(2).customers.create({ email: "once@example.com" });
    const all = await emulator.stripe.customers.list({ email: "once@example.com" });
    expect(all.data.map((c) => c.id)).toEqual([customer.id]);
  });

  it("an after-fault without a count loses the replays too: the work runs once and no retry is heard", async () => {
    await addFault({
      method: "POST",
      path: "/v1/customers",
      fault: "error",
      phase: "after",
    });
    const email = `every-retry-lost-${Date.now()}@example.com`;
    const lost = await stripeError(sdk(2).customers.create({ email }));
    expect(lost.statusCode).toBe(500);
    await emulator.call("DELETE", "/_emulator/faults");
    const made = await emulator.stripe.customers.list({ email });
    expect(made.data).toHaveLength(1);
  });

  it("runs the work of an after-fault, then loses the answer: the product exists, the session is expired", async () => {
    await failNextPost("/v1/products", { phase: "after" });
    const name = `Lost answer ${Date.now()}`;
    const lost = await stripeError(sdk(0).products.create({ name }));
    expect(lost.statusCode).toBe(500);
    const made = (await emulator.stripe.products.list({ limit: 100 })).data.filter((p) => p.name === name);
    expect(made).toHaveLength(1);
    const created = await emulator.stripe.events.list({ type: "product.created", limit: 5 });
    expect(created.data.some((e) => (e.data.object as Stripe.Product).id === made[0]!.id)).toBe(true);

    const price = await emulator.stripe.prices.create({ currency: "usd", unit_amount: 1000, product: made[0]!.id });
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: "https://example.com/done",
    });
    await failNextPost("/v1/checkout/sessions/*/expire", { status: 503, phase: "after" });
    const unheard = await stripeError(sdk(0).checkout.sessions.expire(session.id));
    expect(unheard.statusCode).toBe(503);
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired");
  });

  it("runs the work of an after-timeout, then never answers", async () => {
    await failNextPost("/v1/customers", { fault: "timeout", phase: "after" });
    const impatient = sdk(0, 300);
    const email = `hung-${Date.now()}@example.com`;
    const error = await stripeError(impatient.customers.create({ email }));
    expect(error.type).toBe("StripeConnectionError");
    expect((await emulator.stripe.customers.list({ email })).data).toHaveLength(1);
  });

  it("a before-fault runs nothing", async () => {
    await failNextPost("/v1/products");
    const name = `Never made ${Date.now()}`;
    expect((await stripeError(sdk(0).products.create({ name }))).statusCode).toBe(500);
    expect((await emulator.stripe.products.list({ limit: 100 })).data.some((p) => p.name === name)).toBe(false);
  });

  it("resets the global clock to wall time, so new expiries are computed from now again", async () => {
    await emulator.advanceClock(3 * 24 * 60 * 60);
    const now = await emulator.resetClock();
    const wall = Math.floor(Date.now() / 1000);
    expect(Math.abs(now - wall)).toBeLessThanOrEqual(2);
    expect(Math.abs(((await emulator.call("GET", "/_emulator/clock")).body.now as number) - wall)).toBeLessThanOrEqual(
      2,
    );
    const price = await emulator.stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      product_data: { name: "After reset" },
    });
    const session = await emulator.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: "https://example.com/done",
      expires_at: wall + 31 * 60,
    });
    expect(session.status).toBe("open");
    expect(Math.abs(session.created - wall)).toBeLessThanOrEqual(2);
  });

  it("hangs a request until the client times out, and adds latency", async () => {
    await addFault({ path: "/v1/prices", fault: "timeout", count: 1 });
    const impatient = sdk(0, 200);
    const error = await stripeError(impatient.prices.list());
    expect(error.type).toBe("StripeConnectionError");
    await addFault({
      path: "/v1/prices",
      fault: "latency",
      latency_ms: 150,
      count: 1,
    });
    const started = Date.now();
    await emulator.stripe.prices.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("lists and clears rules", async () => {
    await addFault({
      path: "/v1/events",
      fault: "error",
      probability: 0,
    });
    const listed = await emulator.call("GET", "/_emulator/faults");
    expect(listed.body.data).toHaveLength(1);
    await emulator.call("DELETE", "/_emulator/faults");
    expect((await emulator.call("GET", "/_emulator/faults")).body.data).toHaveLength(0);
    const invalid = await addFault({ fault: "explode" });
    expect(invalid.status).toBe(400);
  });

  it("renders the dashboard with escaped values", async () => {
    await emulator.stripe.products.create({ name: "<script>alert(1)</script>" });
    const html = await (await fetch(`${emulator.url}/?type=product`)).text();
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("Webhook deliveries");
  });
});
