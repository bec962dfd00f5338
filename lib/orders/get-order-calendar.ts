import { getEnv } from "../env";
import { createOrderCalendar } from "./create-order-calendar";
import { getOrderDetails } from "./get-order-details";

/** The .ics file for the order behind a link, with a file name; null for an unknown link or a refunded order. */
export async function getOrderCalendar({ token }: { token: string }): Promise<{ fileName: string; body: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const order = await getOrderDetails({ token });
  if (!order?.event || order.status !== "paid") return null;
  const body = createOrderCalendar(order, new URL(`/orders/${order.token}`, getEnv().APP_URL).toString());
  return body ? { fileName: `${order.event.slug}.ics`, body } : null;
}
