// Presale is enforced in the reserve path (startCheckout), not only on the page; members pay the member price.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ensureCatalogPrice } from "../catalog/ensure-catalog-price";
import { startCheckout } from "../checkout/start-checkout";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { getHold } from "../inventory";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";

const emulator = await startTestEmulator();

async function presaleEvent() {
  const { eventId, ticketTypeIds } = await createPricedTestEvent([{ capacity: 10, amount: 4500 }]);
  const lookupKey = `member_${randomUUID()}`;
  await ensureCatalogPrice({ lookupKey, product: { name: "Member ticket" }, currency: "eur", unitAmount: 3600 });
  await getDb().ticketType.update({ where: { id: ticketTypeIds[0] }, data: { memberPriceLookupKey: lookupKey } });
  await getDb().event.update({
    where: { id: eventId },
    data: { presaleStartsAt: new Date(Date.now() - 3600_000), generalSaleAt: new Date(Date.now() + 86_400_000) },
  });
  return ticketTypeIds[0]!;
}

async function userWithSubscription(status: string | null) {
  const userId = randomUUID();
  await getDb().user.create({ data: { id: userId, name: "U", email: `${userId}@example.com` } });
  const customer = `cus_${randomUUID().replaceAll("-", "")}`;
  await getDb().member.create({ data: { userId, holderId: randomUUID(), stripeCustomerId: customer } });
  if (status) {
    await getDb().memberSubscription.create({
      data: { id: `sub_${randomUUID().replaceAll("-", "")}`, userId, stripeCustomerId: customer, status, stripeCreatedAt: new Date(), syncedAt: new Date() },
    });
  }
  return userId;
}

const reserve = (ticketTypeId: string, userId?: string) =>
  startCheckout({ holderId: randomUUID(), items: [{ ticketTypeId, quantity: 1 }], uiMode: "hosted", userId });

describe("presale in the reserve path", () => {
  it.each([
    ["anonymous shoppers", null, false],
    ["accounts without a membership", "none", true],
    ["canceled members", "canceled", true],
    ["unpaid members", "unpaid", true],
    ["past_due members", "past_due", true],
  ])("refuses %s and holds no seat", async (_label, status, hasAccount) => {
    const ticketTypeId = await presaleEvent();
    const userId = hasAccount ? await userWithSubscription(status === "none" ? null : status) : undefined;
    const error = await reserve(ticketTypeId, userId).catch((e: unknown) => e);
    expect(isAppError(error, "forbidden")).toBe(true);
    expect(await getDb().seat.count({ where: { ticketTypeId, status: { not: "available" } } })).toBe(0);
  });

  it("lets a trialing or active member buy, at the member price", async () => {
    for (const status of ["trialing", "active"]) {
      const ticketTypeId = await presaleEvent();
      const { holdId } = await reserve(ticketTypeId, await userWithSubscription(status));
      const hold = await getHold({ holdId });
      const session = await emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!, { expand: ["line_items"] });
      expect(session.line_items?.data[0]?.price?.unit_amount).toBe(3600);
    }
  });

  it("sells to everyone at the normal price once general sale opens", async () => {
    const ticketTypeId = await presaleEvent();
    const { eventId } = await getDb().ticketType.findUniqueOrThrow({ where: { id: ticketTypeId } });
    await getDb().event.update({ where: { id: eventId }, data: { generalSaleAt: new Date(Date.now() - 1000) } });
    const { holdId } = await reserve(ticketTypeId);
    const hold = await getHold({ holdId });
    const session = await emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!, { expand: ["line_items"] });
    expect(session.line_items?.data[0]?.price?.unit_amount).toBe(4500);
  });
});
