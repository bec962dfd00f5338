import { startCheckout } from "../checkout/start-checkout";
import { getDb } from "../db";
import { getHold } from "../inventory";
import { fulfillOrder } from "../orders/fulfill-order";

type Emulator = { completeSession(id: string, body?: { email?: string }): Promise<unknown> };

/** Test helper: a shopper holds, pays on the emulator and is fulfilled; returns the order with its tickets. */
export async function buyTestTickets(emulator: Emulator, ticketTypeId: string, quantity: number, email = "buyer@example.com") {
  const { holdId } = await startCheckout({ holderId: crypto.randomUUID(), items: [{ ticketTypeId, quantity }], uiMode: "hosted" });
  const hold = await getHold({ holdId });
  await emulator.completeSession(hold!.checkoutSessionId!, { email });
  await fulfillOrder({ checkoutSessionId: hold!.checkoutSessionId! });
  return getDb().order.findUniqueOrThrow({ where: { checkoutSessionId: hold!.checkoutSessionId! }, include: { tickets: { orderBy: { code: "asc" } } } });
}
