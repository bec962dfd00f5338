// Every admin server action and route handler checks the role itself: an anonymous caller and a member are
// refused and nothing changes — not in the database, not in Stripe. A positive control shows an admin's
// call through the same harness does change things (so the test can fail).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "../auth/get-current-user";

let caller: CurrentUser | undefined;
vi.mock("../auth/get-current-user", () => ({ getCurrentUser: () => Promise.resolve(caller) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", async () => (await import("../testing/english-next-intl")).englishNextIntl());

const { getDb } = await import("../db");
const { startTestEmulator } = await import("../testing/start-test-emulator");
const { createPricedTestEvent } = await import("../testing/create-priced-test-event");
const { buyTestTickets } = await import("../testing/buy-test-tickets");
const { startCheckout } = await import("../checkout/start-checkout");
const events = await import("../../app/(admin)/admin/events/actions");
const stock = await import("../../app/(admin)/admin/events/[eventId]/stock/actions");
const catalog = await import("../../app/(admin)/admin/catalog/actions");
const orders = await import("../../app/(admin)/admin/orders/actions");
const webhooks = await import("../../app/(admin)/admin/webhooks/actions");
const checkIn = await import("../../app/(admin)/admin/check-in/actions");
const stockRoute = await import("../../app/(admin)/admin/events/[eventId]/stock/data/route");
const attendeesRoute = await import("../../app/(admin)/admin/events/[eventId]/attendees.csv/route");
const exportRoute = await import("../../app/(admin)/admin/catalog/export.csv/route");

const emulator = await startTestEmulator();
const member: CurrentUser = { id: "m1", email: "member@example.com", name: "Member", role: "member" };
const admin: CurrentUser = { id: "a1", email: "admin@example.com", name: "Admin", role: "admin" };

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) data.append(k, x);
  return data;
};

let ids: { eventId: string; ticketTypeId: string; holdId: string; orderId: string; ticketId: string; code: string; productId: string; priceId: string; webhookId: string };

beforeAll(async () => {
  const { eventId, ticketTypeIds: [ticketTypeId] } = await createPricedTestEvent([{ capacity: 10, amount: 1500 }]);
  const order = await buyTestTickets(emulator, ticketTypeId!, 2);
  const { holdId } = await startCheckout({ holderId: crypto.randomUUID(), items: [{ ticketTypeId: ticketTypeId!, quantity: 1 }], uiMode: "hosted" });
  const tt = await getDb().ticketType.findUniqueOrThrow({ where: { id: ticketTypeId! }, include: { price: true } });
  const evt = (await emulator.stripe.events.list({ limit: 1 })).data[0]!;
  await getDb().webhookEvent.create({ data: { id: evt.id, type: evt.type, attempts: 1, lastError: "boom" } });
  ids = { eventId, ticketTypeId: ticketTypeId!, holdId, orderId: order.id, ticketId: order.tickets[0]!.id, code: order.tickets[0]!.code, productId: tt.price!.productId, priceId: tt.price!.id, webhookId: evt.id };
});

/** Everything an admin action could change, in the database and in Stripe. */
async function fingerprint() {
  const db = getDb();
  const [audit, eventsRows, types, seats, holds, ordersRows, tickets, products, prices, inbox] = await Promise.all([
    db.auditLog.count(),
    db.event.findMany({ orderBy: { id: "asc" } }),
    db.ticketType.findMany({ orderBy: { id: "asc" } }),
    db.seat.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } }),
    db.hold.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.order.findMany({ select: { id: true, status: true, amountRefunded: true }, orderBy: { id: "asc" } }),
    db.ticket.findMany({ select: { id: true, checkedInAt: true, refundedAt: true }, orderBy: { id: "asc" } }),
    db.catalogProduct.findMany({ orderBy: { id: "asc" } }),
    db.catalogPrice.findMany({ select: { id: true, active: true, lookupKey: true, nickname: true }, orderBy: { id: "asc" } }),
    db.webhookEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  const stripe = {
    products: (await emulator.stripe.products.list({ limit: 100 })).data.map((p) => [p.id, p.active, p.name]),
    prices: (await emulator.stripe.prices.list({ limit: 100 })).data.map((p) => [p.id, p.active, p.lookup_key, p.nickname]),
    refunds: (await emulator.stripe.refunds.list({ limit: 100 })).data.length,
    session: (await emulator.stripe.checkout.sessions.list({ limit: 100 })).data.map((s) => [s.id, s.status]),
  };
  return JSON.stringify({ audit, eventsRows, types, seats, holds, ordersRows, tickets, products, prices, inbox, stripe });
}

type Call = { name: string; run: () => Promise<{ ok?: boolean; error?: string } | Response> };
const calls = (): Call[] => [
  { name: "saveEventAction (create)", run: () => events.saveEventAction(undefined, form({ name: "X", slug: "role-x", venue: "V", startsAt: "2030-01-01T20:00", requestId: "r-123456789" })) },
  { name: "saveEventAction (edit)", run: () => events.saveEventAction(undefined, form({ eventId: ids.eventId, name: "Renamed", slug: "renamed-x", venue: "V", startsAt: "2030-01-01T20:00" })) },
  { name: "setEventPublishedAction", run: () => events.setEventPublishedAction(undefined, form({ eventId: ids.eventId, published: "false" })) },
  { name: "saveTicketTypeAction", run: () => events.saveTicketTypeAction(undefined, form({ eventId: ids.eventId, ticketTypeId: ids.ticketTypeId, name: "Type 0", capacity: "50" })) },
  { name: "changeTicketTypePriceAction", run: () => events.changeTicketTypePriceAction(undefined, form({ ticketTypeId: ids.ticketTypeId, amount: "99", requestId: "r-123456789" })) },
  { name: "endHoldAction", run: () => stock.endHoldAction(undefined, form({ holdId: ids.holdId })) },
  { name: "createProductAction", run: () => catalog.createProductAction(undefined, form({ name: "P", currency: "eur", amount: "5", requestId: "r-123456789" })) },
  { name: "updateProductAction", run: () => catalog.updateProductAction(undefined, form({ productId: ids.productId, active: "false" })) },
  { name: "deleteProductAction", run: () => catalog.deleteProductAction(undefined, form({ productId: ids.productId })) },
  { name: "createPriceAction", run: () => catalog.createPriceAction(undefined, form({ productId: ids.productId, currency: "eur", amount: "5", requestId: "r-123456789" })) },
  { name: "updatePriceAction", run: () => catalog.updatePriceAction(undefined, form({ priceId: ids.priceId, nickname: "hacked", active: "false" })) },
  { name: "syncCatalogAction", run: () => catalog.syncCatalogAction(undefined, form({})) },
  { name: "applyCatalogImportAction", run: () => catalog.applyCatalogImportAction(undefined, form({ csv: "lookup_key,product,currency,amount\nrole_k,Role,eur,5" })) },
  { name: "previewCatalogImportAction", run: () => catalog.previewCatalogImportAction(undefined, form({ csv: "lookup_key,product,currency,amount\nrole_k,Role,eur,5" })) },
  { name: "refundOrderAction (all)", run: () => orders.refundOrderAction(undefined, form({ orderId: ids.orderId, scope: "all" })) },
  { name: "refundOrderAction (tickets)", run: () => orders.refundOrderAction(undefined, form({ orderId: ids.orderId, scope: "tickets", ticketIds: [ids.ticketId] })) },
  { name: "replayWebhookAction", run: () => webhooks.replayWebhookAction(undefined, form({ eventId: ids.webhookId })) },
  { name: "checkInAction", run: () => checkIn.checkInAction(undefined, form({ code: ids.code, eventId: ids.eventId })) },
  { name: "GET stock data", run: () => stockRoute.GET(new Request("http://x"), { params: Promise.resolve({ eventId: ids.eventId }) }) },
  { name: "GET attendees.csv", run: () => attendeesRoute.GET(new Request("http://x"), { params: Promise.resolve({ eventId: ids.eventId }) }) },
  { name: "GET catalog export.csv", run: () => exportRoute.GET(new Request("http://x"), undefined) },
];

describe.each([
  ["anonymous", undefined, 401],
  ["member", member, 403],
] as const)("as %s", (_label, who, status) => {
  it.each(calls().map((c) => [c.name, c] as const))("%s is refused and changes nothing", async (_name, call) => {
    caller = who;
    const before = await fingerprint();
    const result = await call.run();
    if (result instanceof Response) {
      expect(result.status).toBe(status);
    } else {
      expect(result.ok).toBeFalsy();
      expect(result.error).toMatch(status === 401 ? /sign in/i : /admins only/i);
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("as admin (positive control)", () => {
  it("the same harness lets an admin change things", async () => {
    caller = admin;
    const before = await fingerprint();
    const result = await events.setEventPublishedAction(undefined, form({ eventId: ids.eventId, published: "false" }));
    expect(result.ok).toBe(true);
    expect(await fingerprint()).not.toBe(before);
    const checked = await checkIn.checkInAction(undefined, form({ code: ids.code, eventId: ids.eventId }));
    expect(checked.result?.outcome).toBe("admitted");
    const response = await stockRoute.GET(new Request("http://x"), { params: Promise.resolve({ eventId: ids.eventId }) });
    expect(response.status).toBe(200);
  });
});
