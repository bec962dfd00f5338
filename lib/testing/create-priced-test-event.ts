import { randomUUID } from "node:crypto";
import { ensureCatalogPrice } from "../catalog/ensure-catalog-price";
import { getDb } from "../db";
import { createTestEvent } from "./create-test-event";

/** Test factory: an event whose ticket types sell through real (emulated) Stripe prices, in EUR with a JPY option. */
export async function createPricedTestEvent(types: { capacity: number; amount: number }[]) {
  const { eventId, ticketTypeIds } = await createTestEvent(types.map((t) => t.capacity));
  for (const [index, type] of types.entries()) {
    const price = await ensureCatalogPrice({
      lookupKey: `test_${randomUUID()}`,
      product: { name: `Test ticket ${index}` },
      currency: "eur",
      unitAmount: type.amount,
      currencyOptions: { jpy: Math.round(type.amount * 1.6) },
    });
    await getDb().ticketType.update({ where: { id: ticketTypeIds[index] }, data: { priceId: price.id } });
  }
  return { eventId, ticketTypeIds };
}
