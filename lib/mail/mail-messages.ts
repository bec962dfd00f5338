// The email texts in each language, keyed like next-intl message files ({name} placeholders).
// TODO(intl): move under "email" in messages/en.json and messages/ja.json once next-intl lands on main.
const en = {
  confirmationSubject: "Your tickets for {event} — order {number}",
  confirmationPreview: "{count} tickets for {event}, {date}",
  confirmationHeading: "Your tickets for {event}",
  confirmationIntro: "Thank you for your order. Show the QR code of each ticket at the door, on your phone or printed.",
  refundSubject: "Your payment for {event} will be refunded — order {number}",
  refundHeading: "Your payment will be refunded in full",
  refundIntro:
    "Your payment arrived after your seats' hold had ended, and those seats were no longer available. You have no tickets for this order, and we refund the full amount to the card you paid with. You do not need to do anything; refunds usually appear within 5–10 working days.",
  orderNumber: "Order {number}",
  when: "When",
  where: "Where",
  total: "Total paid",
  viewTickets: "View your tickets",
  viewOrder: "View your order",
  ticket: "Ticket",
  calendarNote: "The attached calendar file (.ics) adds the event to your calendar.",
  keepPrivate: "Keep this email private: anyone with the link can see your tickets.",
  contact: "Questions? Write to {email} and quote your order number.",
  linksSubject: "Your Box Office orders",
  linksPreview: "Links to your {count} orders",
  linksHeading: "Your orders",
  linksIntro: "You asked for links to the orders made with {email}. Each link opens the order and its tickets.",
  linksIgnore: "If you did not ask for this, you can ignore this email: nothing was changed.",
  needsRefundLabel: "Refund on its way",
} as const;

export type MailMessages = Record<keyof typeof en, string>;

const ja: MailMessages = {
  confirmationSubject: "{event} のチケット（注文番号 {number}）",
  confirmationPreview: "{event}（{date}）のチケット {count} 枚",
  confirmationHeading: "{event} のチケット",
  confirmationIntro: "ご注文ありがとうございます。入場の際は、各チケットの QR コードをスマートフォンの画面または印刷してご提示ください。",
  refundSubject: "{event} のお支払いは全額返金されます（注文番号 {number}）",
  refundHeading: "お支払いは全額返金されます",
  refundIntro:
    "お支払いの完了が座席の確保期限を過ぎたため、その座席はすでにご用意できなくなっていました。このご注文のチケットは発行されず、お支払いいただいたカードに全額を返金いたします。お客様のお手続きは不要です。返金の反映には通常 5〜10 営業日かかります。",
  orderNumber: "注文番号 {number}",
  when: "日時",
  where: "会場",
  total: "お支払い金額",
  viewTickets: "チケットを表示",
  viewOrder: "ご注文を表示",
  ticket: "チケット",
  calendarNote: "添付のカレンダーファイル（.ics）で、カレンダーに予定を追加できます。",
  keepPrivate: "このメールは他の人と共有しないでください。リンクを知っている人は誰でもチケットを表示できます。",
  contact: "ご不明な点は、注文番号を添えて {email} までお問い合わせください。",
  linksSubject: "Box Office のご注文",
  linksPreview: "{count} 件のご注文へのリンク",
  linksHeading: "ご注文一覧",
  linksIntro: "{email} でのご注文へのリンクをお送りします。各リンクからご注文とチケットを表示できます。",
  linksIgnore: "お心当たりがない場合は、このメールを破棄してください。何も変更されていません。",
  needsRefundLabel: "返金手続き中",
};

export type MailLocale = "en" | "ja";

/** A translator for one language: `t("orderNumber", { number })`. Unknown languages get English. */
export function getMailTranslator(locale: string) {
  const messages: MailMessages = locale === "ja" ? ja : en;
  return (key: keyof MailMessages, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The mail language for a stored or requested locale (`ja-JP` → `ja`). */
export function toMailLocale(locale: string | null | undefined): MailLocale {
  return locale?.toLowerCase().startsWith("ja") ? "ja" : "en";
}
