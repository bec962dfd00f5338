import { render } from "@react-email/render";
import QRCode from "qrcode";
import type { ReactElement } from "react";
import { getDb } from "../db";
import { formats } from "../../i18n/formats";
import { getEnv } from "../env";
import { formatMoney } from "../money";
import { createOrderCalendar } from "../orders/create-order-calendar";
import { formatOrderNumber } from "../orders/format-order-number";
import { getOrderDetails, type OrderDetails } from "../orders/get-order-details";
import { siteInfo } from "../site-info";
import { getMailTranslator } from "./get-mail-translator";
import { toMailLocale } from "./to-mail-locale";
import { OrderConfirmationEmail } from "./templates/order-confirmation-email";
import { OrderLinksEmail } from "./templates/order-links-email";

export type OutboxMail = { kind: string; toAddress: string; locale: string; orderId: string | null };

export type RenderedMail = {
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: Buffer | string; contentType: string; cid?: string }[];
};

/**
 * Renders an outbox row into the email to send, from the data as it is now (an order that became `needs_refund`
 * is announced as a refund). Null when there is nothing to say (no orders for an address, a deleted order).
 */
export async function renderOutboxMail(mail: OutboxMail): Promise<RenderedMail | null> {
  if (mail.kind === "order_confirmation" && mail.orderId) {
    const order = await getOrderDetails({ id: mail.orderId });
    return order ? renderOrderConfirmation(order, mail.locale) : null;
  }
  if (mail.kind === "order_links") return renderOrderLinks(mail.toAddress, mail.locale);
  throw new Error(`unknown mail kind ${mail.kind}`);
}

// The venue's wall-clock time with its zone's label, in the very words the event and order pages use
// ("Sat, Dec 12, 2026, 20:00 GMT+1" / "2026年12月12日(土) 20:00 GMT+1"): one format, so mail and page never disagree.
function formatDate(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(toMailLocale(locale), { ...formats.dateTime.event, timeZone }).format(date);
}

function orderUrl(token: string): string {
  return new URL(`/orders/${token}`, getEnv().APP_URL).toString();
}

async function toParts(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(element),
    // Text marked `data-html-only` repeats, for HTML, what the plain-text part already says (a link's address).
    // Headings keep their case: the converter's default capitals shouted the Latin half of a Japanese heading
    // ("MIDNIGHT ORCHESTRA のチケット").
    render(element, {
      plainText: true,
      htmlToTextOptions: {
        selectors: [
          { selector: "[data-html-only]", format: "skip" },
          { selector: "h1", options: { uppercase: false } },
          { selector: "h2", options: { uppercase: false } },
        ],
      },
    }),
  ]);
  return { html, text };
}

async function renderOrderConfirmation(order: OrderDetails, locale: string): Promise<RenderedMail> {
  const t = getMailTranslator(locale);
  const lang = toMailLocale(locale);
  const isRefund = order.status === "needs_refund";
  const eventName = order.event?.name ?? "Box Office";
  const number = formatOrderNumber(order.id);
  const date = order.event ? formatDate(order.event.startsAt, locale, order.event.timeZone) : "";
  const url = orderUrl(order.token);
  const tickets = order.tickets.map((ticket) => ({
    ...ticket,
    qrCid: `ticket-${ticket.code}@box-office`,
    qrAlt: t("qrAlt", { code: ticket.code }),
  }));
  const calendar = isRefund ? null : createOrderCalendar(order, url);
  const footer = [...(isRefund ? [] : [t("keepPrivate")]), t("contact", { email: siteInfo.contactEmail })];
  const { html, text } = await toParts(
    <OrderConfirmationEmail
      lang={lang}
      orderUrl={url}
      tickets={tickets}
      texts={{
        preview: isRefund
          ? t("refundHeading")
          : t("confirmationPreview", { count: tickets.length, event: eventName, date }),
        heading: isRefund ? t("refundHeading") : t("confirmationHeading", { event: eventName }),
        intro: isRefund ? t("refundIntro") : t("confirmationIntro"),
        orderNumber: t("orderNumber", { number }),
        when: t("when"),
        where: t("where"),
        date,
        venue: order.event?.venue ?? "",
        totalLabel: t("total"),
        total: formatMoney(order.amountTotal, order.currency, lang),
        button: isRefund ? t("viewOrder") : t("viewTickets"),
        calendarNote: calendar ? t("calendarNote") : null,
        ticketLabel: t("ticket"),
        footer,
      }}
    />,
  );
  const qrImages = await Promise.all(
    tickets.map(async (ticket) => ({
      filename: `ticket-${ticket.code}.png`,
      content: await QRCode.toBuffer(ticket.code, { type: "png", width: 320, margin: 1, errorCorrectionLevel: "M" }),
      contentType: "image/png",
      cid: ticket.qrCid,
    })),
  );
  return {
    subject: isRefund
      ? t("refundSubject", { event: eventName, number })
      : t("confirmationSubject", { event: eventName, number }),
    html,
    text,
    attachments: [
      ...qrImages,
      ...(calendar
        ? [{ filename: "event.ics", content: calendar, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }]
        : []),
    ],
  };
}

async function renderOrderLinks(address: string, locale: string): Promise<RenderedMail | null> {
  const ids = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM "order" WHERE lower(email) = lower(${address}) ORDER BY created_at DESC LIMIT 50`;
  if (ids.length === 0) return null;
  const orders = (await Promise.all(ids.map(({ id }) => getOrderDetails({ id })))).filter(
    (o): o is OrderDetails => o !== null,
  );
  const t = getMailTranslator(locale);
  const { html, text } = await toParts(
    <OrderLinksEmail
      lang={toMailLocale(locale)}
      texts={{
        preview: t("linksPreview", { count: orders.length }),
        heading: t("linksHeading"),
        intro: t("linksIntro", { email: address }),
        footer: [t("linksIgnore"), t("contact", { email: siteInfo.contactEmail })],
      }}
      orders={orders.map((order) => ({
        url: orderUrl(order.token),
        title: order.event?.name ?? t("orderNumber", { number: formatOrderNumber(order.id) }),
        detail: [
          t("orderNumber", { number: formatOrderNumber(order.id) }),
          order.event ? formatDate(order.event.startsAt, locale, order.event.timeZone) : null,
          order.status === "needs_refund" ? t("needsRefundLabel") : null,
        ]
          .filter(Boolean)
          .join(" · "),
      }))}
    />,
  );
  return { subject: t("linksSubject"), html, text, attachments: [] };
}
