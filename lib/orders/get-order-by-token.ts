import QRCode from "qrcode";
import { getOrderDetails, type OrderDetails } from "./get-order-details";

export type OrderView = Omit<OrderDetails, "tickets"> & {
  eventName: string | null;
  eventSlug: string | null;
  tickets: { code: string; ticketTypeName: string; qrSvg: string; refundedAt: Date | null; checkedInAt: Date | null }[];
};

/** The order behind an unguessable link, with each ticket's QR code (SVG), or null. */
export async function getOrderByToken({ token }: { token: string }): Promise<OrderView | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const order = await getOrderDetails({ token });
  if (!order) return null;
  return {
    ...order,
    eventName: order.event?.name ?? null,
    eventSlug: order.event?.slug ?? null,
    tickets: await Promise.all(
      order.tickets.map(async (ticket) => ({
        ...ticket,
        qrSvg: await QRCode.toString(ticket.code, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
      })),
    ),
  };
}
