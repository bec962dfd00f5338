import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/orders/print-button";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/format-order-number";
import { getOrderByToken, type OrderView } from "@/lib/orders/get-order-by-token";
import { siteInfo } from "@/lib/site-info";

type Props = { params: Promise<{ token: string }> };

// One read per request for the title and the page.
const loadOrder = cache((token: string) => getOrderByToken({ token }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const order = await loadOrder((await params).token);
  return { title: await titleOf(order), robots: { index: false }, referrer: "no-referrer" };
}

// The tab says what the page's heading says; an unknown link's says so, not "Your tickets".
async function titleOf(order: OrderView | null): Promise<string> {
  if (!order) return (await getTranslations("notFoundPages"))("orderTitle");
  const t = await getTranslations("wallet");
  if (order.status === "needs_refund") return t("refundTitle");
  return order.status === "refunded" ? t("refundedTitle") : t("title");
}

export default async function OrderPage({ params }: Props) {
  const order = await loadOrder((await params).token);
  if (!order) notFound();
  return order.status === "needs_refund" ? <RefundNotice order={order} /> : <TicketWallet order={order} />;
}

async function ConfirmationNote({ order }: { order: OrderView }) {
  if (!order.email || order.confirmation === "none") return null;
  const t = await getTranslations("wallet");
  return (
    <p className="text-sm text-stone-600 print:hidden">
      {order.confirmation === "sent" ? t("emailed", { email: order.email }) : t("emailPending", { email: order.email })}
    </p>
  );
}

const buttonClass = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100";

async function TicketWallet({ order }: { order: OrderView }) {
  const [t, format] = [await getTranslations("wallet"), await getFormatter()];
  const number = formatOrderNumber(order.id);
  const event = order.event;
  const count = order.tickets.length;
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{order.status === "refunded" ? t("refundedTitle") : t("title")}</h1>
        <p className="text-stone-700">{t("summary", { number, count, amount: formatMoney(order.amountTotal, order.currency, locale) })}</p>
        {order.amountRefunded > 0 && (
          <p className="font-medium text-red-700">{t("refundedAmount", { amount: formatMoney(order.amountRefunded, order.currency, locale) })}</p>
        )}
        <ConfirmationNote order={order} />
        <div className="flex flex-wrap gap-3 print:hidden">
          {event && (
            <a href={`/orders/${order.token}/calendar`} download className={buttonClass}>
              {t("addToCalendar")}
            </a>
          )}
          <PrintButton label={t("print")} className={buttonClass} />
        </div>
      </header>
      <ul className="grid gap-6 md:grid-cols-2 print:block">
        {order.tickets.map((ticket, index) => (
          <li
            key={ticket.code}
            aria-label={t("ticketLabel", { code: ticket.code })}
            className="overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm print:mb-6 print:break-inside-avoid print:shadow-none"
          >
            <div className="bg-brand-700 px-5 py-4 text-white print:bg-white print:text-black">
              <p className="text-xs font-semibold tracking-widest uppercase opacity-80">{t("ticketOf", { index: index + 1, count })}</p>
              <p className="text-lg font-bold">{event?.name ?? siteInfo.name}</p>
            </div>
            <div className="space-y-4 p-5">
              <dl className="grid grid-cols-2 gap-3 text-sm">
                {event && (
                  <>
                    <div>
                      <dt className="text-stone-500">{t("date")}</dt>
                      <dd className="font-medium">{format.dateTime(event.startsAt, "event", { timeZone: event.timeZone })}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-500">{t("venue")}</dt>
                      <dd className="font-medium">{event.venue}</dd>
                    </div>
                  </>
                )}
                <div>
                  <dt className="text-stone-500">{t("ticket")}</dt>
                  <dd className="font-medium">{ticket.ticketTypeName}</dd>
                </div>
                <div>
                  <dt className="text-stone-500">{t("order")}</dt>
                  <dd className="font-medium">{number}</dd>
                </div>
              </dl>
              {ticket.refundedAt ? (
                <div className="mx-auto flex aspect-square w-full max-w-64 flex-col items-center justify-center gap-2 rounded-xl bg-stone-100 p-4 text-center">
                  <p className="text-lg font-semibold text-stone-700">{t("refundedBadge")}</p>
                  <p className="text-sm font-semibold text-red-700">{t("refundedNote")}</p>
                </div>
              ) : (
                <div
                  className="mx-auto aspect-square w-full max-w-64 [&>svg]:h-full [&>svg]:w-full"
                  role="img"
                  aria-label={t("qrLabel", { code: ticket.code })}
                  dangerouslySetInnerHTML={{ __html: ticket.qrSvg }}
                />
              )}
              <p className={`text-center font-mono text-xl tracking-[0.2em]${ticket.refundedAt ? " text-stone-400 line-through" : ""}`}>{ticket.code}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-600 print:hidden">
        {t.rich("footnote", {
          link: (chunks) => (
            <Link href="/orders/lost" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}

async function RefundNotice({ order }: { order: OrderView }) {
  const t = await getTranslations("wallet");
  const number = formatOrderNumber(order.id);
  const amount = formatMoney(order.amountTotal, order.currency, await getLocale());
  return (
    <div className="max-w-2xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("refundTitle")}</h1>
        <p className="text-stone-700">{t("refundSummary", { number, event: order.event?.name ?? siteInfo.name, amount })}</p>
      </header>
      <section role="status" aria-label={t("refundNoticeLabel")} className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
        <p>{t("refundWhy")}</p>
        <p>{t.rich("refundAction", { amount, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p>
          {t.rich("refundContact", {
            number,
            email: siteInfo.contactEmail,
            days: siteInfo.replyDays,
            mail: (chunks) => (
              <a href={`mailto:${siteInfo.contactEmail}?subject=${encodeURIComponent(t("refundMailSubject", { number }))}`} className="font-medium underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
      <ConfirmationNote order={order} />
      {order.eventSlug && (
        <Link href={`/events/${order.eventSlug}`} className="inline-block text-brand-700 underline">
          {t("otherSeats")}
        </Link>
      )}
    </div>
  );
}
