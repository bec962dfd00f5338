// The order summary column of the Checkout page: merchant, headline amount (or trial), line items, totals.
import { h } from "./dom.js";
import { describeBilling, formatAmount, formatRecurring } from "./money.js";
import { t } from "./translate.js";

/** The session's line items whether the emulator sends a list object or a bare array. */
export function lineItemsOf(session) {
  const items = session.line_items;
  if (Array.isArray(items)) return items;
  return Array.isArray(items?.data) ? items.data : [];
}

/** Trial length in days, from the session or the subscription data it was created with. */
export function trialDaysOf(session) {
  return session.trial_period_days ?? session.subscription_data?.trial_period_days ?? null;
}

function productOf(item) {
  const product = item.price?.product;
  return typeof product === "object" && product !== null ? product : {};
}

function itemName(item) {
  return item.description || productOf(item).name || t("item");
}

function lineAmount(item) {
  return item.amount_total ?? item.amount_subtotal ?? (item.price?.unit_amount ?? 0) * (item.quantity ?? 1);
}

function thumbnail(item) {
  const name = itemName(item);
  const placeholder = h(
    "span",
    { class: "thumb thumb-placeholder", "aria-hidden": "true" },
    name.slice(0, 1).toUpperCase(),
  );
  const src = productOf(item).images?.[0];
  if (!src) return placeholder;
  const img = h("img", { class: "thumb", src, alt: "", loading: "lazy" });
  // Offline, product images on other hosts fail to load: fall back to the initial rather than a broken icon.
  img.addEventListener("error", () => img.replaceWith(placeholder));
  return img;
}

function lineItemRow(item, currency, locale, trialDays) {
  const recurring = item.price?.recurring ?? null;
  const quantity = item.quantity ?? 1;
  // The session may be in one of the price's currency_options: the unit amount in the session's currency is
  // the line's subtotal over its quantity, not the price's base unit_amount.
  const unit = currency === item.price?.currency ? item.price?.unit_amount : item.amount_subtotal / quantity;
  const details = [];
  if (quantity > 1) details.push(h("span", {}, t("quantity", { count: quantity })));
  if (recurring) details.push(h("span", {}, describeBilling(recurring)));
  const amount = lineAmount(item);
  // During a trial a recurring line costs nothing today; say so, and what it costs afterwards.
  const trial = recurring && trialDays ? trialText(trialDays) : null;
  let amountText = formatAmount(amount, currency, locale);
  let unitText =
    quantity > 1 && typeof unit === "number" ? t("unitEach", { amount: formatAmount(unit, currency, locale) }) : null;
  if (recurring) amountText = trial ?? formatRecurring(amount, currency, recurring, locale);
  if (trial) unitText = t("unitAfterTrial", { amount: formatRecurring(amount, currency, recurring, locale) });
  return h(
    "li",
    { class: "line-item" },
    thumbnail(item),
    h(
      "div",
      { class: "line-item-text" },
      h("p", { class: "line-item-name" }, itemName(item)),
      details.length
        ? h("p", { class: "line-item-details" }, ...details.flatMap((d, i) => (i ? [" · ", d] : [d])))
        : null,
    ),
    h(
      "div",
      { class: "line-item-amounts" },
      h("p", { class: "line-item-amount" }, amountText),
      unitText ? h("p", { class: "line-item-unit" }, unitText) : null,
    ),
  );
}

function trialText(days) {
  return t(days === 1 ? "trialDayFree" : "trialDaysFree", { count: days });
}

function totalRow(label, value, strong) {
  return h(
    "div",
    { class: strong ? "total-row total-row-strong" : "total-row" },
    h("dt", {}, label),
    h("dd", {}, value),
  );
}

/**
 * What the summary says, computed once so the headline, the totals and the Pay button agree.
 * @returns {{ label: string, headline: string, then: string | null, dueToday: number, recurringText: string | null }}
 */
export function describeOrder(session, businessName, locale) {
  const currency = session.currency ?? "usd";
  const items = lineItemsOf(session);
  const recurringItems = items.filter((item) => item.price?.recurring);
  const oneTime = items.filter((item) => !item.price?.recurring).reduce((sum, item) => sum + lineAmount(item), 0);
  const recurringTotal = recurringItems.reduce((sum, item) => sum + lineAmount(item), 0);
  const terms = recurringItems[0]?.price?.recurring ?? null;
  const recurringText = terms ? formatRecurring(recurringTotal, currency, terms, locale) : null;
  const trialDays = trialDaysOf(session);
  const plan = recurringItems.length === 1 ? itemName(recurringItems[0]) : businessName;

  if (session.mode === "setup") {
    return {
      label: t("labelSetup", { business: businessName }),
      headline: "",
      then: null,
      dueToday: 0,
      recurringText: null,
    };
  }
  if (session.mode === "subscription" && trialDays) {
    // Counted from the session's creation on the emulator's clock, which tests may have moved on.
    const start = new Date((session.created ? session.created * 1000 : Date.now()) + trialDays * 86_400_000);
    const startText = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(start);
    return {
      label: t("labelTrial", { plan }),
      headline: trialText(trialDays),
      then: t("thenStarting", { recurring: recurringText ?? "", date: startText }),
      dueToday: oneTime,
      recurringText,
    };
  }
  const total = session.amount_total ?? oneTime + recurringTotal;
  if (session.mode === "subscription") {
    return {
      label: t("labelSubscribe", { plan }),
      headline:
        oneTime > 0 ? formatAmount(total, currency, locale) : (recurringText ?? formatAmount(total, currency, locale)),
      then: oneTime > 0 && recurringText ? t("then", { recurring: recurringText }) : null,
      dueToday: total,
      recurringText,
    };
  }
  return {
    label: t("labelPay", { business: businessName }),
    headline: formatAmount(total, currency, locale),
    then: null,
    dueToday: total,
    recurringText: null,
  };
}

/**
 * The merchant line at the top of the summary; a back arrow to `cancel_url` when there is one. On the hosted page it
 * is the page's `header` (banner landmark); framed in the merchant's page (`isFramed`), which has its own banner, a
 * second one would make two banner landmarks for screen readers (axe: landmark-unique), so it is a plain `div`.
 */
export function merchantHeader(businessName, cancelUrl, isFramed = false) {
  const tag = isFramed ? "div" : "header";
  const name = h(
    "span",
    { class: "merchant-name" },
    h("span", { class: "merchant-avatar", "aria-hidden": "true" }, businessName.slice(0, 1).toUpperCase()),
    businessName,
  );
  const badge = h("span", { class: "test-badge" }, t("testMode"));
  if (!cancelUrl) return h(tag, { class: "merchant" }, name, badge);
  const back = h(
    "a",
    { class: "merchant-back", href: cancelUrl, "aria-label": t("backTo", { business: businessName }) },
    h("span", { class: "back-arrow", "aria-hidden": "true" }, "←"),
    name,
  );
  return h(tag, { class: "merchant" }, back, badge);
}

/**
 * The summary column: headline, line items and totals. Its label is the hosted page's `h1`; framed in the
 * merchant's page (which has its own `h1`) it is an `h2`.
 */
export function orderSummary(session, order, locale, headingTag = "h1") {
  const currency = session.currency ?? "usd";
  const totals = h("dl", { class: "totals" });
  const trialDays = session.mode === "subscription" ? trialDaysOf(session) : null;
  if (session.mode !== "setup") {
    // With a trial, today's subtotal leaves out the recurring lines: they start when the trial ends.
    const subtotal = trialDays ? order.dueToday : (session.amount_subtotal ?? order.dueToday);
    totals.append(totalRow(t("subtotal"), formatAmount(subtotal, currency, locale)));
    if (trialDays && order.recurringText) totals.append(totalRow(t("totalAfterTrial"), order.recurringText));
    totals.append(totalRow(t("totalDueToday"), formatAmount(order.dueToday, currency, locale), true));
  }
  return h(
    "section",
    { class: "summary", "aria-label": t("orderSummary") },
    h(headingTag, { class: "summary-label" }, order.label),
    order.headline ? h("p", { class: "summary-headline" }, order.headline) : null,
    order.then ? h("p", { class: "summary-then" }, order.then) : null,
    h(
      "ul",
      { class: "line-items" },
      ...lineItemsOf(session).map((item) => lineItemRow(item, currency, locale, trialDays)),
    ),
    session.mode === "setup" ? null : totals,
  );
}
