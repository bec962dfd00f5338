// The catalog mirror follows Stripe: price.* webhooks and `npm run catalog:sync` (syncCatalog) bring over
// amounts, currencies, lookup keys, active, and metadata.
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { startTestEmulator } from "../testing/start-test-emulator";
import { dispatchEvent } from "../webhooks/dispatch-event";
import { syncCatalog } from "./sync-catalog";

const emulator = await startTestEmulator();
const event = (type: Stripe.Event["type"], object: unknown) => ({ id: `evt_${type}`, object: "event", type, data: { object } }) as unknown as Stripe.Event;

describe("price mirror", () => {
  it("mirrors a price's metadata and fractional amount from price.* webhooks, and catalog sync repairs a stale mirror", async () => {
    const product = await emulator.stripe.products.create({ name: "Mirror Hall" });
    const price = await emulator.stripe.prices.create({ product: product.id, currency: "usd", unit_amount_decimal: Stripe.Decimal.from("250.5"), metadata: { section: "balcony" }, lookup_key: "mirror_hall_balcony" });
    await dispatchEvent(event("price.created", price));
    expect(await getDb().catalogPrice.findUniqueOrThrow({ where: { id: price.id } })).toMatchObject({
      metadata: { section: "balcony" },
      unitAmount: null,
      unitAmountDecimal: "250.5",
      lookupKey: "mirror_hall_balcony",
      active: true,
    });

    const updated = await emulator.stripe.prices.update(price.id, { metadata: { section: "stalls", row: "F" }, active: false });
    // An out-of-date event body: the handler re-reads Stripe, so the mirror still ends as Stripe is now.
    await dispatchEvent(event("price.updated", price));
    expect(await getDb().catalogPrice.findUniqueOrThrow({ where: { id: price.id } })).toMatchObject({ metadata: { section: "stalls", row: "F" }, active: false });
    expect(updated.metadata).toEqual({ section: "stalls", row: "F" });

    // Changed in Stripe with no webhook delivered: the sync brings it over.
    await emulator.stripe.prices.update(price.id, { metadata: { section: "" }, active: true });
    await syncCatalog();
    expect(await getDb().catalogPrice.findUniqueOrThrow({ where: { id: price.id } })).toMatchObject({ metadata: { row: "F" }, active: true });
  });
});
