// The console's domain functions against the Stripe emulator: capacity rules, price changes, refunds,
// check-in, catalog import, product rules and ending a hold.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { applyCatalogImport } from "../catalog/apply-catalog-import";
import { changeTicketTypePrice } from "../catalog/change-ticket-type-price";
import { createCatalogProduct } from "../catalog/create-catalog-product";
import { deleteCatalogProduct } from "../catalog/delete-catalog-product";
import { planCatalogImport } from "../catalog/plan-catalog-import";
import { updateCatalogPrice } from "../catalog/update-catalog-price";
import { startCheckout } from "../checkout/start-checkout";
import { getEventBySlug } from "../events/get-event-by-slug";
import { changeCapacity, getAvailability, getHold, reserveSeats } from "../inventory";
import { checkInTicket } from "../orders/check-in-ticket";
import { getOrderByToken } from "../orders/get-order-by-token";
import { refundOrder } from "../orders/refund-order";
import { endHoldNow } from "../stock/end-hold-now";
import { buyTestTickets } from "../testing/buy-test-tickets";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";

const emulator = await startTestEmulator();
const admin = { id: "admin-1", email: "admin@example.com", name: "Admin", role: "admin" as const };
const stockOf = async (id: string) => (await getAvailability({ ticketTypeIds: [id] })).get(id)!;
const refusal = async (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a refusal"); }, (e: unknown) => { if (!isAppError(e)) throw e; return e; });

describe("changeCapacity", () => {
  it("adds seats, removes free ones, and never goes below sold + held", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    await reserveSeats({ holderId: "h1", items: [{ ticketTypeId: id!, quantity: 3 }] });
    expect(await changeCapacity({ ticketTypeId: id!, capacity: 8 })).toEqual({ before: 5, after: 8 });
    expect(await stockOf(id!)).toMatchObject({ capacity: 8, held: 3, available: 5 });
    await changeCapacity({ ticketTypeId: id!, capacity: 4 });
    expect(await stockOf(id!)).toMatchObject({ capacity: 4, held: 3, available: 1 });
    const error = await refusal(changeCapacity({ ticketTypeId: id!, capacity: 2 }));
    expect(error.message).toContain("below 3");
    expect(await stockOf(id!)).toMatchObject({ capacity: 4, held: 3, available: 1 });
    expect((await getDb().ticketType.findUniqueOrThrow({ where: { id: id! } })).capacity).toBe(4);
  });
});

describe("changeTicketTypePrice", () => {
  it("creates the new price, moves the lookup key, re-points the ticket type and archives the old price — once, even when retried", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 2500 }]);
    const old = (await getDb().ticketType.findUniqueOrThrow({ where: { id: id! }, include: { price: true } })).price!;
    const input = { ticketTypeId: id!, amount: "30.00", currency: "", currencyOptions: "jpy:5000", requestId: "retry-safe-1" };
    const first = await changeTicketTypePrice({ input, actor: admin });
    const again = await changeTicketTypePrice({ input, actor: admin });
    expect(again).toBe(first);
    const fresh = await emulator.stripe.prices.retrieve(first, { expand: ["currency_options"] });
    expect(fresh).toMatchObject({ unit_amount: 3000, currency: "eur", lookup_key: old.lookupKey, active: true });
    expect(fresh.currency_options?.jpy?.unit_amount).toBe(5000);
    expect(await emulator.stripe.prices.retrieve(old.id)).toMatchObject({ active: false, lookup_key: null });
    const tt = await getDb().ticketType.findUniqueOrThrow({ where: { id: id! }, include: { price: true } });
    expect(tt.price).toMatchObject({ id: first, unitAmount: 3000, active: true, lookupKey: old.lookupKey });
    expect((await getDb().catalogPrice.findUniqueOrThrow({ where: { id: old.id } })).active).toBe(false);
    const listed = await emulator.stripe.prices.list({ lookup_keys: [old.lookupKey!] });
    expect(listed.data.map((p) => p.id)).toEqual([first]);
    expect(await getDb().auditLog.count({ where: { action: "ticket_type.change_price", subject: id! } })).toBe(2);
  });
});

describe("refundOrder", () => {
  it("refunds one ticket at its price, returns its seat, then the rest; the shopper's page shows it", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 2000 }]);
    const order = await buyTestTickets(emulator, id!, 3);
    expect(await stockOf(id!)).toMatchObject({ sold: 3, available: 2 });
    const one = await refundOrder({ orderId: order.id, ticketIds: [order.tickets[0]!.id], actor: admin });
    expect(one).toMatchObject({ amount: 2000, ticketsRefunded: 1 });
    expect(await stockOf(id!)).toMatchObject({ sold: 2, available: 3 });
    const refund = await emulator.stripe.refunds.retrieve(one.refundId);
    expect(refund).toMatchObject({ amount: 2000, status: "succeeded" });
    const view = await getOrderByToken({ token: order.token });
    expect(view?.tickets.filter((t) => t.refundedAt)).toHaveLength(1);
    const refused = await refusal(refundOrder({ orderId: order.id, ticketIds: [order.tickets[0]!.id], actor: admin }));
    expect(refused.message).toContain("already refunded");
    const rest = await refundOrder({ orderId: order.id, actor: admin });
    expect(rest).toMatchObject({ amount: 4000, ticketsRefunded: 2 });
    expect(await stockOf(id!)).toMatchObject({ sold: 0, available: 5 });
    expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded", amountRefunded: 6000 });
    expect((await checkInTicket({ code: order.tickets[1]!.code, staff: admin })).outcome).toBe("refunded");
    // The freed seats sell again.
    const again = await buyTestTickets(emulator, id!, 5);
    expect(again.tickets).toHaveLength(5);
  });
});

describe("checkInTicket", () => {
  it("admits once, then says when it was used; refuses another event's ticket and unknown codes", async () => {
    const { eventId, ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 3, amount: 1000 }]);
    const other = await createPricedTestEvent([{ capacity: 1, amount: 1000 }]);
    const order = await buyTestTickets(emulator, id!, 1);
    const code = order.tickets[0]!.code;
    expect((await checkInTicket({ code: code.toLowerCase(), eventId: other.eventId, staff: admin })).outcome).toBe("wrong_event");
    expect(await checkInTicket({ code, eventId, staff: admin })).toMatchObject({ outcome: "admitted" });
    const second = await checkInTicket({ code, eventId, staff: admin });
    expect(second.outcome).toBe("already_used");
    expect((await checkInTicket({ code: "ZZZZ-ZZZZ-ZZ", staff: admin })).outcome).toBe("unknown");
  });
});

describe("catalog", () => {
  it("imports a CSV: the dry run shows per-row changes and errors and writes nothing; applying twice changes nothing more", async () => {
    const key = `imp_${crypto.randomUUID().slice(0, 8)}`;
    const csv = [
      "lookup_key,product,description,currency,amount,currency_options,interval,nickname,active",
      `${key}_a,Import Hall A,Front,eur,25.00,jpy:4000,,,true`,
      `${key}_b,Import Hall B,,usd,0.005,,month,Per seat,true`,
      `${key}_bad,Import Bad,,euro,12,,,,true`,
    ].join("\n");
    const plan = await planCatalogImport({ csv });
    expect(plan.counts).toMatchObject({ create: 2, error: 1 });
    expect(plan.items.find((i) => i.kind === "error")).toMatchObject({ line: 4 });
    expect((await emulator.stripe.prices.list({ lookup_keys: [`${key}_a`] })).data).toHaveLength(0);
    await applyCatalogImport({ csv, actor: admin });
    const [a] = (await emulator.stripe.prices.list({ lookup_keys: [`${key}_a`], expand: ["data.currency_options"] })).data;
    expect(a).toMatchObject({ unit_amount: 2500, currency: "eur" });
    expect(a?.currency_options?.jpy?.unit_amount).toBe(4000);
    const [b] = (await emulator.stripe.prices.list({ lookup_keys: [`${key}_b`] })).data;
    expect(String(b?.unit_amount_decimal)).toBe("0.5");
    expect((await applyCatalogImport({ csv, actor: admin })).counts).toMatchObject({ create: 0, change: 0, unchanged: 2, error: 1 });
    const changed = csv.replace(`${key}_a,Import Hall A,Front,eur,25.00`, `${key}_a,Import Hall A,Front,eur,27.00`).replace(`${key}_b,Import Hall B,,usd,0.005,,month,Per seat,true`, `${key}_b,Import Hall B,,usd,0.005,,month,Per seat,false`);
    expect((await planCatalogImport({ csv: changed })).counts).toMatchObject({ change: 1, archive: 1 });
    await applyCatalogImport({ csv: changed, actor: admin });
    const moved = (await emulator.stripe.prices.list({ lookup_keys: [`${key}_a`] })).data;
    expect(moved.map((p) => p.unit_amount)).toEqual([2700]);
    expect((await emulator.stripe.prices.retrieve(a!.id)).active).toBe(false);
  });

  it("refuses to delete a product with prices; an archived price is not offered on the storefront", async () => {
    const { productId, priceId } = await createCatalogProduct({
      input: { name: "Refuse delete", description: "", imageUrl: "", currency: "eur", amount: "10", interval: "", currencyOptions: "", lookupKey: "", nickname: "", requestId: crypto.randomUUID() },
      actor: admin,
    });
    const error = await refusal(deleteCatalogProduct({ productId, actor: admin }));
    expect(error.message).toContain("Archive it instead");
    const { eventId, ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    const event = await getDb().event.findUniqueOrThrow({ where: { id: eventId } });
    const price = (await getDb().ticketType.findUniqueOrThrow({ where: { id: id! } })).priceId!;
    await updateCatalogPrice({ input: { priceId: price, active: "false" }, actor: admin });
    expect((await getEventBySlug({ slug: event.slug }))?.ticketTypes[0]?.price).toBeNull();
    await refusal(startCheckout({ holderId: "x", items: [{ ticketTypeId: id!, quantity: 1 }], uiMode: "hosted" }));
    expect(priceId).toMatch(/^price_/);
  });
});

describe("endHoldNow", () => {
  it("expires the Checkout Session first, then returns the seats", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 4, amount: 1000 }]);
    const { holdId } = await startCheckout({ holderId: crypto.randomUUID(), items: [{ ticketTypeId: id!, quantity: 2 }], uiMode: "hosted" });
    expect(await endHoldNow({ holdId, actor: admin })).toBe("released");
    const hold = await getHold({ holdId });
    expect(hold?.status).toBe("released");
    expect((await emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!)).status).toBe("expired");
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 4 });
    await refusal(endHoldNow({ holdId, actor: admin }));
  });
});
