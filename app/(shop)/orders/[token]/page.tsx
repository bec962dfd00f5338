import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/orders/print-button";
import { formatEventDate } from "@/components/ui/format-date";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/format-order-number";
import { getOrderByToken, type OrderView } from "@/lib/orders/get-order-by-token";
import { siteInfo } from "@/lib/site-info";

export const metadata: Metadata = { title: "Your tickets", robots: { index: false }, referrer: "no-referrer" };

export default async function OrderPage({ params }: { params: Promise<{ token: string }> }) {
  const order = await getOrderByToken({ token: (await params).token });
  if (!order) notFound();
  return order.status === "needs_refund" ? <RefundNotice order={order} /> : <TicketWallet order={order} />;
}

function ConfirmationNote({ order }: { order: OrderView }) {
  if (!order.email || order.confirmation === "none") return null;
  return (
    <p className="text-sm text-stone-600 print:hidden">
      {order.confirmation === "sent"
        ? `We emailed a confirmation to ${order.email}.`
        : `A confirmation email is on its way to ${order.email}.`}
    </p>
  );
}

function TicketWallet({ order }: { order: OrderView }) {
  const number = formatOrderNumber(order.id);
  const event = order.event;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Your tickets</h1>
        <p className="text-stone-700">
          Order {number} · {order.tickets.length} {order.tickets.length === 1 ? "ticket" : "tickets"} ·{" "}
          {formatMoney(order.amountTotal, order.currency)} paid
        </p>
        <ConfirmationNote order={order} />
        <div className="flex flex-wrap gap-3 print:hidden">
          {event && (
            <a href={`/orders/${order.token}/calendar`} download className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100">
              Add to calendar (.ics)
            </a>
          )}
          <PrintButton />
        </div>
      </header>
      <ul className="grid gap-6 md:grid-cols-2 print:block">
        {order.tickets.map((ticket, index) => (
          <li
            key={ticket.code}
            aria-label={`Ticket ${ticket.code}`}
            className="overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm print:mb-6 print:break-inside-avoid print:shadow-none"
          >
            <div className="bg-brand-700 px-5 py-4 text-white print:bg-white print:text-black">
              <p className="text-xs font-semibold uppercase tracking-widest opacity-80">
                Ticket {index + 1} of {order.tickets.length}
              </p>
              <p className="text-lg font-bold">{event?.name ?? "Box Office"}</p>
            </div>
            <div className="space-y-4 p-5">
              <dl className="grid grid-cols-2 gap-3 text-sm">
                {event && (
                  <>
                    <div>
                      <dt className="text-stone-500">Date</dt>
                      <dd className="font-medium">{formatEventDate(event.startsAt)}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-500">Venue</dt>
                      <dd className="font-medium">{event.venue}</dd>
                    </div>
                  </>
                )}
                <div>
                  <dt className="text-stone-500">Ticket</dt>
                  <dd className="font-medium">{ticket.ticketTypeName}</dd>
                </div>
                <div>
                  <dt className="text-stone-500">Order</dt>
                  <dd className="font-medium">{number}</dd>
                </div>
              </dl>
              <div
                className="mx-auto aspect-square w-full max-w-64 [&>svg]:h-full [&>svg]:w-full"
                role="img"
                aria-label={`QR code for ${ticket.code}`}
                dangerouslySetInnerHTML={{ __html: ticket.qrSvg }}
              />
              <p className="text-center font-mono text-xl tracking-[0.2em]">{ticket.code}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-600 print:hidden">
        Show each QR code at the door, on your phone or printed. Keep this page&apos;s link private: anyone with it can see these
        tickets. Lost it later? <Link href="/orders/lost" className="underline">Find your tickets</Link> by email.
      </p>
    </div>
  );
}

function RefundNotice({ order }: { order: OrderView }) {
  const number = formatOrderNumber(order.id);
  return (
    <div className="max-w-2xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Your payment will be refunded in full</h1>
        <p className="text-stone-700">
          Order {number}
          {order.event ? ` · ${order.event.name}` : ""} · {formatMoney(order.amountTotal, order.currency)} paid
        </p>
      </header>
      <section role="status" aria-label="What happens now" className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
        <p>
          Your payment arrived after your seats&apos; hold had ended, and by then those seats were no longer available. We
          could not issue tickets for this order, so you have none to use.
        </p>
        <p>
          <strong>You do not need to do anything.</strong> We refund the full {formatMoney(order.amountTotal, order.currency)} to
          the card you paid with; refunds usually appear on your statement within 5–10 working days.
        </p>
        <p>
          Questions? Write to{" "}
          <a href={`mailto:${siteInfo.contactEmail}?subject=${encodeURIComponent(`Refund for order ${number}`)}`} className="font-medium underline">
            {siteInfo.contactEmail}
          </a>{" "}
          and quote order {number}; we reply within {siteInfo.replyDays} working days.
        </p>
      </section>
      <ConfirmationNote order={order} />
      {order.eventSlug && (
        <Link href={`/events/${order.eventSlug}`} className="inline-block text-brand-700 underline">
          See if other seats are still available
        </Link>
      )}
    </div>
  );
}
