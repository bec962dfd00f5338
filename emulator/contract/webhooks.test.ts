/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the emulator's own
   endpoints answer plain JSON (not SDK types); assertions read it by path. */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractSuite, useEmulator } from "./targets";

/** A tiny webhook receiver that verifies signatures as the app does, answering with a chosen status. */
function useReceiver() {
  const received: Array<{ event: Stripe.Event; raw: string; signature: string }> = [];
  let server: Server;
  const state = { status: 200, secret: "", url: "" };
  const verifier = new Stripe("sk_test_verifier");
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const signature = String(req.headers["stripe-signature"]);
        try {
          const event = verifier.webhooks.constructEvent(raw, signature, state.secret);
          received.push({ event, raw, signature });
          res.writeHead(state.status).end(state.status === 200 ? "ok" : "receiver says no");
        } catch (error) {
          res.writeHead(400).end(`bad signature: ${(error as Error).message}`);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { received, state, verifier };
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error("Timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

contractSuite("webhook endpoints", (target) => {
  it("returns the signing secret on create only, and supports list, retrieve, update, delete", async () => {
    const endpoint = await target.stripe.webhookEndpoints.create({
      url: "https://example.com/hooks/stripe",
      enabled_events: ["checkout.session.completed", "checkout.session.expired"],
      description: "contract",
    });
    expect(endpoint.id).toMatch(/^we_/);
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint.status).toBe("enabled");
    const fetched = await target.stripe.webhookEndpoints.retrieve(endpoint.id);
    expect(fetched.secret).toBeUndefined();
    const listed = await target.stripe.webhookEndpoints.list({ limit: 100 });
    expect(listed.data.find((e) => e.id === endpoint.id)?.secret).toBeUndefined();
    const updated = await target.stripe.webhookEndpoints.update(endpoint.id, { enabled_events: ["*"], disabled: true });
    expect(updated).toMatchObject({ enabled_events: ["*"], status: "disabled" });
    const deleted = await target.stripe.webhookEndpoints.del(endpoint.id);
    expect(deleted).toMatchObject({ id: endpoint.id, deleted: true });
  });
});

describe("webhook delivery [emulator only]", () => {
  const emulator = useEmulator();
  const receiver = useReceiver();
  let endpoint: Stripe.WebhookEndpoint;

  beforeAll(async () => {
    endpoint = await emulator.stripe.webhookEndpoints.create({ url: receiver.state.url, enabled_events: ["*"] });
    receiver.state.secret = endpoint.secret!;
  });

  const deliveries = async (eventId: string) =>
    (await emulator.call("GET", `/_emulator/deliveries?event=${eventId}`)).body.data as Array<{
      state: string;
      fault: string | null;
      attempts: Array<{ status: number | null; response_excerpt: string; duration_ms: number; at: number }>;
    }>;

  it("delivers signed events that constructEvent accepts", async () => {
    const product = await emulator.stripe.products.create(
      { name: "Webhook product" },
      { idempotencyKey: "webhook-product-1" },
    );
    const got = await waitFor(() =>
      receiver.received.find((r) => r.event.type === "product.created" && r.event.data.object.id === product.id),
    );
    expect(got.event).toMatchObject({ object: "event", api_version: "2026-10-28.endive", livemode: false });
    expect(got.event.id).toMatch(/^evt_/);
    expect(got.event.request).toMatchObject({ idempotency_key: "webhook-product-1" });
    expect(got.event.request?.id).toMatch(/^req_/);
    expect(got.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it("carries previous_attributes on updates", async () => {
    const product = await emulator.stripe.products.create({ name: "Before" });
    await emulator.stripe.products.update(product.id, { name: "After" });
    const got = await waitFor(() =>
      receiver.received.find((r) => r.event.type === "product.updated" && r.event.data.object.id === product.id),
    );
    expect(got.event.data.previous_attributes).toMatchObject({ name: "Before" });
  });

  it("signatures fail for a tampered body or a stale timestamp", () => {
    const got = receiver.received[0]!;
    const tampered = got.raw.replace('"livemode": false', '"livemode": true');
    expect(() => receiver.verifier.webhooks.constructEvent(tampered, got.signature, endpoint.secret!)).toThrow();
    const staleTime = Math.floor(Date.now() / 1000) - 600;
    const stale = receiver.verifier.webhooks.generateTestHeaderString({
      payload: got.raw,
      secret: endpoint.secret!,
      timestamp: staleTime,
    });
    expect(() => receiver.verifier.webhooks.constructEvent(got.raw, stale, endpoint.secret!)).toThrow(/tolerance/i);
    const fresh = receiver.verifier.webhooks.generateTestHeaderString({ payload: got.raw, secret: endpoint.secret! });
    expect(receiver.verifier.webhooks.constructEvent(got.raw, fresh, endpoint.secret!).id).toBe(got.event.id);
  });

  it("retries a failing receiver with backoff and records every attempt", async () => {
    receiver.state.status = 500;
    const product = await emulator.stripe.products.create({ name: "Retry me" });
    const event = (await emulator.stripe.events.list({ type: "product.created", limit: 1 })).data[0]!;
    expect((event.data.object as Stripe.Product).id).toBe(product.id);
    const failed = await waitFor(async () => {
      const [d] = await deliveries(event.id);
      return d?.state === "failed" ? d : undefined;
    });
    expect(failed.attempts).toHaveLength(4);
    expect(failed.attempts.every((a) => a.status === 500 && a.response_excerpt === "receiver says no")).toBe(true);
    expect(failed.attempts[3]!.at - failed.attempts[0]!.at).toBeGreaterThanOrEqual(300);
    receiver.state.status = 200;
  });

  it("settles pending_webhooks once delivered", async () => {
    const product = await emulator.stripe.products.create({ name: "Pending" });
    await waitFor(() => receiver.received.find((r) => (r.event.data.object as Stripe.Product).id === product.id));
    const event = (await emulator.stripe.events.list({ type: "product.created", limit: 1 })).data[0]!;
    await waitFor(async () =>
      (await emulator.stripe.events.retrieve(event.id)).pending_webhooks === 0 ? true : undefined,
    );
  });

  it("duplicates, drops, delays and reorders events on demand", async () => {
    await emulator.call("POST", "/_emulator/faults", {
      kind: "webhook",
      event_type: "customer.created",
      fault: "duplicate",
      count: 1,
    });
    const dup = await emulator.stripe.customers.create({ email: "dup@example.com" });
    await waitFor(
      () =>
        receiver.received.filter((r) => (r.event.data.object as Stripe.Customer).id === dup.id).length === 2 ||
        undefined,
    );

    await emulator.call("POST", "/_emulator/faults", {
      kind: "webhook",
      event_type: "customer.created",
      fault: "drop",
      count: 1,
    });
    const dropped = await emulator.stripe.customers.create({ email: "drop@example.com" });
    const droppedEvent = (await emulator.stripe.events.list({ type: "customer.created", limit: 1 })).data[0]!;
    expect((await deliveries(droppedEvent.id))[0]?.state).toBe("dropped");

    await emulator.call("POST", "/_emulator/faults", {
      kind: "webhook",
      event_type: "customer.created",
      fault: "out_of_order",
      count: 1,
    });
    const held = await emulator.stripe.customers.create({ email: "held@example.com" });
    const next = await emulator.stripe.customers.create({ email: "next@example.com" });
    await waitFor(
      () => receiver.received.some((r) => (r.event.data.object as Stripe.Customer).id === held.id) || undefined,
    );
    const order = receiver.received
      .map((r) => (r.event.data.object as Stripe.Customer).id)
      .filter((id) => id === held.id || id === next.id);
    expect(order).toEqual([next.id, held.id]);

    await emulator.call("POST", "/_emulator/faults", {
      kind: "webhook",
      event_type: "customer.created",
      fault: "delay",
      delay_seconds: 0.3,
      count: 1,
    });
    const late = await emulator.stripe.customers.create({ email: "late@example.com" });
    const started = Date.now();
    await waitFor(
      () => receiver.received.some((r) => (r.event.data.object as Stripe.Customer).id === late.id) || undefined,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(receiver.received.some((r) => (r.event.data.object as Stripe.Customer).id === dropped.id)).toBe(false);
  });

  it("lists events by type, types[] and created", async () => {
    const product = await emulator.stripe.products.create({ name: "Event filters" });
    const byTypes = await emulator.stripe.events.list({ types: ["product.created", "price.created"], limit: 100 });
    expect(byTypes.data.every((e) => e.type === "product.created" || e.type === "price.created")).toBe(true);
    const event = byTypes.data.find((e) => (e.data.object as Stripe.Product).id === product.id)!;
    const byCreated = await emulator.stripe.events.list({ created: { gte: event.created }, type: "product.created" });
    expect(byCreated.data.map((e) => e.id)).toContain(event.id);
    const retrieved = await emulator.stripe.events.retrieve(event.id);
    expect(retrieved.id).toBe(event.id);
  });
});
