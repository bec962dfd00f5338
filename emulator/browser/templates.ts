// HTML shells of the emulator's browser pages. Each page is static markup plus one script from ./assets;
// the only data interpolated here are ids and names, always through `escapeHtml`. Checkout pages and the challenge
// take a language tag (see resolve-page-locale.ts): it is the page's `lang`, which their scripts read to choose
// their words and number formats.
import { translate } from "./messages/page-messages";

const ASSETS = "/_emulator/assets";

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(options: {
  lang: string;
  title: string;
  bodyClass: string;
  data: Record<string, string>;
  script: string;
  body: string;
}): string {
  const data = Object.entries(options.data)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join("");
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${ASSETS}/emulator.css">
<script type="module" src="${ASSETS}/${options.script}"></script>
</head>
<body class="${options.bodyClass}"${data}>
${options.body}
</body>
</html>
`;
}

// The hosted page is a whole page, so its content is its `main`. The embedded form sits inside the app's page,
// which has its own `main`: a second one from the iframe would give screen readers two main landmarks.
function loading(embedded: boolean, lang: string): string {
  const tag = embedded ? "div" : "main";
  const text = escapeHtml(translate(lang, "loadingCheckout"));
  return `<${tag} id="checkout" class="checkout" aria-busy="true"><p class="loading">${text}</p></${tag}>`;
}

/** GET /c/pay/:cs_id — the hosted Checkout page. */
export function hostedCheckoutPage(sessionId: string, businessName: string, lang: string): string {
  return page({
    lang,
    title: businessName,
    bodyClass: "page-hosted",
    data: { session: sessionId, business: businessName, embedded: "false" },
    script: "checkout-page.js",
    body: loading(false, lang),
  });
}

/** GET /_emulator/embedded/:cs_id — the Embedded Checkout form, framed by the app through the Stripe.js stand-in. */
export function embeddedCheckoutPage(
  sessionId: string,
  businessName: string,
  parentOrigin: string,
  lang: string,
): string {
  return page({
    lang,
    title: businessName,
    bodyClass: "page-embedded",
    data: { session: sessionId, business: businessName, embedded: "true", "parent-origin": parentOrigin },
    script: "checkout-page.js",
    body: loading(true, lang),
  });
}

const CARD_ELEMENT_FIELDS = `<div class="card-element">
<span class="card-brand" aria-hidden="true"></span>
<input id="card-number" class="ce-input ce-number" aria-label="Card number" placeholder="Card number" inputmode="numeric" autocomplete="cc-number">
<input id="card-expiry" class="ce-input ce-expiry" aria-label="Expiration date" placeholder="MM / YY" inputmode="numeric" autocomplete="cc-exp">
<input id="card-cvc" class="ce-input ce-cvc" aria-label="CVC" placeholder="CVC" inputmode="numeric" autocomplete="cc-csc" maxlength="3">
</div>`;

const PAYMENT_ELEMENT_FIELDS = `<div class="payment-element">
<p class="pe-tab"><span class="pe-card-icon" aria-hidden="true"></span>Card</p>
<label class="pe-label" for="card-number">Card number</label>
<input id="card-number" class="input" placeholder="1234 1234 1234 1234" inputmode="numeric" autocomplete="cc-number">
<div class="pe-row">
<div><label class="pe-label" for="card-expiry">Expiration date</label>
<input id="card-expiry" class="input" placeholder="MM / YY" inputmode="numeric" autocomplete="cc-exp"></div>
<div><label class="pe-label" for="card-cvc">Security code</label>
<input id="card-cvc" class="input" placeholder="CVC" inputmode="numeric" autocomplete="cc-csc" maxlength="3"></div>
</div>
<p id="card-error" class="field-error" role="alert"></p>
</div>`;

/**
 * GET /_emulator/elements/card?type=card|payment&… — the iframe behind a card or Payment Element. English only:
 * the stand-in does not implement Elements' own `locale` option.
 */
export function cardElementPage(type: "card" | "payment"): string {
  return page({
    lang: "en",
    title: type === "card" ? "Card input" : "Payment input",
    bodyClass: `page-element page-element-${type}`,
    data: {},
    script: "card-frame.js",
    body: type === "card" ? CARD_ELEMENT_FIELDS : PAYMENT_ELEMENT_FIELDS,
  });
}

/**
 * GET /_emulator/3ds/:intent_id — the 3-D Secure test challenge shown in Stripe.js's modal. It is only ever framed
 * inside that modal (a labelled dialog on the merchant's page), so it has no landmarks of its own: a `main` or
 * `header` here would be a second main or banner of the page it opens over. It speaks the language of the
 * Checkout page that opened it (`?locale=`), English otherwise.
 */
export function challengePage(intentId: string, businessName: string, lang: string): string {
  const say = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    escapeHtml(translate(lang, key, values));
  // The intent id is shown as code inside the sentence, wherever the language puts it.
  const [beforeId = "", afterId = ""] = translate(lang, "challengeReference").split("{intent}");
  return page({
    lang,
    title: translate(lang, "challengeTitle"),
    bodyClass: "page-challenge",
    data: { intent: intentId },
    script: "challenge.js",
    body: `<div class="challenge">
<div class="challenge-header"><span class="challenge-bank" aria-hidden="true">▣</span><span>${say("challengeIssuer")}</span><span class="test-badge">${say("testMode")}</span></div>
<h1 class="challenge-title">${say("challengeTitle")}</h1>
<p class="challenge-text">${say("challengeText", { business: businessName })}</p>
<p class="challenge-ref">${escapeHtml(beforeId)}<code>${escapeHtml(intentId)}</code>${escapeHtml(afterId)}</p>
<div class="challenge-actions">
<button type="button" class="button-primary" data-outcome="complete">${say("challengeComplete")}</button>
<button type="button" class="button-secondary" data-outcome="fail">${say("challengeFail")}</button>
</div>
<p id="status" class="status" role="status" aria-live="polite"></p>
</div>`,
  });
}
