// Test harness: a fresh Stripe emulator in this process, with the app's configuration pointed at it. Call it
// with top-level await in a test file, before anything reads the configuration.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";

export const TEST_WEBHOOK_SECRET = "whsec_box_office_tests";

export async function startTestEmulator() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "box-office-emulator-"));
  const emulator = await startEmulator({ port: 0, dataDir, retrySchedule: [1] });
  process.env.STRIPE_EMULATOR_URL = emulator.url;
  process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  delete process.env.STRIPE_SECRET_KEY;
  afterAll(async () => {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const stripe = new Stripe("sk_test_harness", {
    host: new URL(emulator.url).hostname,
    port: new URL(emulator.url).port,
    protocol: "http",
    maxNetworkRetries: 0,
  });

  async function post(pathname: string, body: unknown = {}) {
    const response = await fetch(`${emulator.url}${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${pathname}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  return {
    url: emulator.url,
    stripe,
    /** Pays a session as a shopper would on the Checkout page. */
    completeSession: (id: string, body: { card?: string; async?: "succeeded" | "failed"; email?: string } = {}) =>
      post(`/_emulator/checkout/sessions/${id}/complete`, { email: "shopper@example.com", ...body }),
    settleAsync: (id: string, outcome: "succeeded" | "failed") => post(`/_emulator/checkout/sessions/${id}/async/${outcome}`),
    addFault: (rule: Record<string, unknown>) => post("/_emulator/faults", rule),
    clearFaults: () => fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" }),
    /** The emulator's own event of this type about this object, as Stripe would deliver it. */
    async findEvent(type: string, objectId: string): Promise<Stripe.Event> {
      const events = await stripe.events.list({ type, limit: 100 });
      const event = events.data.find((e) => (e.data.object as { id?: string }).id === objectId);
      if (!event) throw new Error(`no ${type} event for ${objectId}`);
      return event;
    },
    /** A delivery of `event`: its raw body and a Stripe-Signature header signed with the app's secret. */
    sign(event: Stripe.Event, options: { secret?: string; timestamp?: number } = {}) {
      const payload = JSON.stringify(event);
      const header = stripe.webhooks.generateTestHeaderString({
        payload,
        secret: options.secret ?? TEST_WEBHOOK_SECRET,
        timestamp: options.timestamp,
      });
      return { payload, header };
    },
  };
}
