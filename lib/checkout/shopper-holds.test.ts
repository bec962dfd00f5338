// The shopper's own holds (issue 11, items 2 and 3): listed, resumed, cancelled and paid for only by their holder.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { getAvailability, getHold } from "../inventory";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { getStripe } from "../stripe/get-stripe";
import { startTestEmulator } from "../testing/start-test-emulator";
import { cancelCheckout } from "./cancel-checkout";
import { endCheckout } from "./end-checkout";
import { getCheckoutView } from "./get-checkout-view";
import { getHostedPaymentUrl } from "./get-hosted-payment-url";
import { listOpenHolds } from "./list-open-holds";
import { startCheckout } from "./start-checkout";

const emulator = await startTestEmulator();

async function availableOf(ticketTypeId: string) {
  return (await getAvailability({ ticketTypeIds: [ticketTypeId] })).get(ticketTypeId)!.available;
}

async function sessionStatusOf(holdId: string) {
  const hold = await getHold({ holdId });
  return (await emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!)).status;
}

async function endHoldClock(holdId: string) {
  await getDb().hold.update({ where: { id: holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

function expectNotFound(error: unknown) {
  expect(isAppError(error, "not_found")).toBe(true);
}

describe("listOpenHolds", () => {
  it("lists exactly the holds the active-hold limit counts, of this holder only", async () => {
    const { ticketTypeIds: [a, b] } = await createPricedTestEvent([{ capacity: 10, amount: 2000 }, { capacity: 10, amount: 3000 }]);
    const shopper = randomUUID();
    const other = randomUUID();
    const first = await startCheckout({ holderId: shopper, items: [{ ticketTypeId: a!, quantity: 2 }, { ticketTypeId: b!, quantity: 1 }], uiMode: "hosted" });
    const ended = await startCheckout({ holderId: shopper, items: [{ ticketTypeId: a!, quantity: 1 }], uiMode: "hosted" });
    const awaiting = await startCheckout({ holderId: shopper, items: [{ ticketTypeId: b!, quantity: 1 }], uiMode: "hosted" });
    const theirs = await startCheckout({ holderId: other, items: [{ ticketTypeId: a!, quantity: 1 }], uiMode: "hosted" });
    await endHoldClock(ended.holdId);
    await getDb().hold.update({ where: { id: awaiting.holdId }, data: { awaitingPaymentSince: new Date() } });

    const { holds, serverNow } = await listOpenHolds({ holderId: shopper });
    expect(holds.map((hold) => hold.holdId)).toEqual([first.holdId]);
    expect(holds[0]!.lines.map((line) => line.quantity).sort()).toEqual([1, 2]);
    expect(holds[0]!.lines.every((line) => line.name.length > 0)).toBe(true);
    expect(holds[0]!.eventSlug).toMatch(/\w/);
    expect(new Date(holds[0]!.expiresAt).getTime()).toBeGreaterThan(serverNow);
    expect((await listOpenHolds({ holderId: other })).holds.map((hold) => hold.holdId)).toEqual([theirs.holdId]);
    expect((await listOpenHolds({ holderId: undefined })).holds).toEqual([]);
  });
});

describe("cancelCheckout (Cancel and release seats)", () => {
  it("expires the Stripe session, then puts the seats back on sale", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 8, amount: 2500 }]);
    const shopper = randomUUID();
    const { holdId } = await startCheckout({ holderId: shopper, items: [{ ticketTypeId: id!, quantity: 3 }], uiMode: "embedded" });
    expect(await availableOf(id!)).toBe(5);

    const result = await cancelCheckout({ holdId, holderId: shopper });
    expect(result).toMatchObject({ result: "released", isReleased: true });
    expect(await sessionStatusOf(holdId)).toBe("expired");
    expect(await availableOf(id!)).toBe(8);
    expect((await listOpenHolds({ holderId: shopper })).holds).toEqual([]);
  });

  it("refuses another shopper (and a browser without a holder) as not found, and changes nothing", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 8, amount: 2500 }]);
    const owner = randomUUID();
    const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 2 }], uiMode: "hosted" });

    for (const holderId of [randomUUID(), undefined]) {
      expectNotFound(await cancelCheckout({ holdId, holderId }).catch((error: unknown) => error));
    }
    expect((await getHold({ holdId }))!.status).toBe("active");
    expect(await sessionStatusOf(holdId)).toBe("open");
    expect(await availableOf(id!)).toBe(6);
  });
});

describe("getHostedPaymentUrl (Continue to payment)", () => {
  it("sends the holder to Stripe's page while the hold is open", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const owner = randomUUID();
    const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 1 }], uiMode: "hosted" });
    const hold = await getHold({ holdId });
    const session = await emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!);
    expect(await getHostedPaymentUrl({ holdId, holderId: owner })).toBe(session.url);
    expectNotFound(await getHostedPaymentUrl({ holdId, holderId: randomUUID() }).catch((error: unknown) => error));
  });

  it("never sends anyone to a session whose hold has ended: the hold is ended now and the session expired", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const owner = randomUUID();
    const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 2 }], uiMode: "hosted" });
    await endHoldClock(holdId);

    expect(await getHostedPaymentUrl({ holdId, holderId: owner })).toBeNull();
    expect((await getHold({ holdId }))!.status).toBe("released");
    expect(await sessionStatusOf(holdId)).toBe("expired");
    expect(await availableOf(id!)).toBe(5);
  });

  it("refuses a session Stripe no longer has open, and a cancelled checkout", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const owner = randomUUID();
    const expired = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 1 }], uiMode: "hosted" });
    await emulator.stripe.checkout.sessions.expire((await getHold({ holdId: expired.holdId }))!.checkoutSessionId!);
    expect(await getHostedPaymentUrl({ holdId: expired.holdId, holderId: owner })).toBeNull();

    const cancelled = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 1 }], uiMode: "hosted" });
    await cancelCheckout({ holdId: cancelled.holdId, holderId: owner });
    expect(await getHostedPaymentUrl({ holdId: cancelled.holdId, holderId: owner })).toBeNull();
  });
});

describe("getCheckoutView (the order beside the form)", () => {
  it("shows what Stripe charges per line and in total, with the event's date and venue, to the holder only", async () => {
    const { eventId, ticketTypeIds: [a, b] } = await createPricedTestEvent([{ capacity: 10, amount: 2000 }, { capacity: 10, amount: 3500 }]);
    const owner = randomUUID();
    const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: a!, quantity: 2 }, { ticketTypeId: b!, quantity: 1 }], uiMode: "embedded" });
    const event = await getDb().event.findUniqueOrThrow({ where: { id: eventId } });

    // Issue 12: the page is rendered from what was kept with the hold, never from a Stripe call.
    const retrieve = vi.spyOn(getStripe().checkout.sessions, "retrieve");
    const view = await getCheckoutView({ holdId, holderId: owner });
    expect(retrieve).not.toHaveBeenCalled();
    retrieve.mockRestore();
    expect(view!.payment?.uiMode === "embedded" && view!.payment.clientSecret.length > 0).toBe(true);
    expect(view).toMatchObject({ currency: "eur", total: 7500, event: { venue: event.venue, startsAt: event.startsAt.toISOString(), name: event.name } });
    expect(view!.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ quantity: 2, unitAmount: 2000, amount: 4000 }),
        expect.objectContaining({ quantity: 1, unitAmount: 3500, amount: 3500 }),
      ]),
    );
    expect(await getCheckoutView({ holdId, holderId: randomUUID() })).toBeNull();
  });

  it("says why a hold ended: cancelled by its shopper, time ran out, or ended otherwise (an admin)", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const owner = randomUUID();
    const endedFor = async (reason: string) => {
      const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 1 }], uiMode: "hosted" });
      expect((await getCheckoutView({ holdId, holderId: owner }))?.endReason).toBeNull();
      await endCheckout({ holdId, checkoutSessionId: (await getHold({ holdId }))!.checkoutSessionId }, reason);
      return (await getCheckoutView({ holdId, holderId: owner }))?.endReason;
    };
    expect(await endedFor("cancelled")).toBe("cancelled");
    expect(await endedFor("expired")).toBe("timed_out");
    expect(await endedFor("ended_by_admin")).toBe("ended");
  });

  it("charges in yen when the shopper chose it", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const owner = randomUUID();
    const { holdId } = await startCheckout({ holderId: owner, items: [{ ticketTypeId: id!, quantity: 2 }], currency: "jpy", uiMode: "hosted" });
    const view = await getCheckoutView({ holdId, holderId: owner });
    expect(view).toMatchObject({ currency: "jpy", total: 8000, lines: [expect.objectContaining({ unitAmount: 4000, amount: 8000 })] });
  });
});
