// The Checkout page, hosted (GET /c/pay/:cs_id) and embedded (GET /_emulator/embedded/:cs_id, in the app's iframe).
// It reads the session from the emulator, shows its state or the payment form, and completes it through
// POST /_emulator/pages/:cs_id/confirm, running the 3-D Secure challenge when the card needs one.
import { h } from "./dom.js";
import { attachCardInputs, readCard } from "./card-input.js";
import { openChallenge } from "./challenge-modal.js";
import { buildForm, setBusy, setCardError, submitLabel, validate, watchFields } from "./checkout-form.js";
import { describeOrder, merchantHeader, orderSummary } from "./checkout-summary.js";
import { formatAmount } from "./money.js";
import { pageLocale, t } from "./translate.js";

const {
  session: sessionId = "",
  business: fallbackBusiness = "Box Office",
  embedded,
  parentOrigin = "",
} = document.body.dataset;
const isEmbedded = embedded === "true";
// The emulator chose the page's language from the session's `locale` (the browser's for "auto"); amounts and dates
// follow it, as Stripe's page formats them in the language it speaks.
const locale = pageLocale;
const root = /** @type {HTMLElement} */ (document.getElementById("checkout"));

async function loadSession() {
  const response = await fetch(`/_emulator/pages/${encodeURIComponent(sessionId)}`, {
    headers: { Accept: "application/json" },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(t("errorEmulatorHttp", { status: response.status }));
  return response.json();
}

function fillSessionId(url) {
  return url.replaceAll("{CHECKOUT_SESSION_ID}", sessionId);
}

function businessOf(session) {
  return session?.business_name || fallbackBusiness;
}

// The embedded form lives in the app's iframe: it tells the Stripe.js stand-in its height and its completion.
function tellParent(message) {
  if (isEmbedded && parentOrigin && window.parent !== window) window.parent.postMessage(message, parentOrigin);
}
if (isEmbedded) {
  // The body, not the document: the document is never shorter than the iframe, so it could only ever grow.
  new ResizeObserver(() =>
    tellParent({ type: "emulator-embedded-resize", session: sessionId, height: document.body.offsetHeight }),
  ).observe(document.body);
}

// The embedded form's challenge opens in the middle of the form's frame, which is taller than a phone's screen: from
// where the shopper tapped Pay, its heading could sit above the screen or under the app's sticky bar. The app's page
// (the stand-in) scrolls the challenge's box to the middle of its window.
function revealInParent(box) {
  const { top, height } = box.getBoundingClientRect();
  tellParent({ type: "emulator-embedded-reveal", session: sessionId, top, height });
}

function showState(session, { title, text, link }) {
  const business = businessOf(session);
  root.replaceChildren(
    h(
      "div",
      { class: "state" },
      isEmbedded ? null : merchantHeader(business, null),
      h(
        "div",
        { class: "state-card", role: "status" },
        h("h1", { class: "state-title" }, title),
        h("p", { class: "state-text" }, text),
        link ? h("a", { class: "state-link", href: link.href }, link.label) : null,
      ),
    ),
  );
  root.removeAttribute("aria-busy");
}

function showSessionState(session) {
  const business = businessOf(session);
  const backUrl = session.cancel_url ? fillSessionId(session.cancel_url) : null;
  if (session.status === "expired") {
    showState(session, {
      title: t("expiredTitle"),
      text: t("expiredText", { business }),
      link: backUrl && !isEmbedded ? { href: backUrl, label: t("backTo", { business }) } : null,
    });
    return;
  }
  const doneUrl = session.success_url ?? session.return_url;
  showState(session, {
    title: t(session.mode === "setup" ? "savedTitle" : "completeTitle"),
    text: t(session.mode === "setup" ? "savedText" : "completeText"),
    link: doneUrl && !isEmbedded ? { href: fillSessionId(doneUrl), label: t("continueTo", { business }) } : null,
  });
}

function successTitle(session) {
  if (session.mode === "setup") return t("successSetup");
  return t(session.mode === "subscription" ? "successSubscription" : "successPayment");
}

async function confirm(body) {
  let response;
  try {
    response = await fetch(`/_emulator/pages/${encodeURIComponent(sessionId)}/confirm`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { error: { type: "api_connection_error", message: t("errorNetwork") } };
  }
  const json = await response.json().catch(() => null);
  if (json && typeof json === "object") return json;
  return { error: { type: "api_error", message: t("errorHttp", { status: response.status }) } };
}

// After a passed challenge the session completes on the emulator's side; read it back until it has.
async function settledSession() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const session = await loadSession();
    if (!session || session.status !== "open") return session;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return loadSession();
}

function completed(session, parts, redirectUrl) {
  parts.submit.classList.add("is-done");
  setBusy(parts, true, "✓");
  parts.submit.setAttribute("aria-label", successTitle(session));
  const target = redirectUrl ?? fillSessionId(session.success_url ?? session.return_url ?? "");
  if (isEmbedded) {
    tellParent({
      type: "emulator-checkout-complete",
      session: sessionId,
      redirect_url: target,
      redirect_on_completion: session.redirect_on_completion ?? "always",
    });
    setTimeout(() => showState(session, { title: successTitle(session), text: t("thanks"), link: null }), 600);
    return;
  }
  if (target) setTimeout(() => window.location.assign(target), 400);
}

async function pay(session, parts) {
  const details = validate(parts);
  if (!details) return;
  parts.formError.textContent = "";
  setBusy(parts, true, t("processing"));
  let result = await confirm(details);

  if (result.status === "requires_action" && result.challenge_url) {
    // Same-origin path: the page's CSP frames only its own origin, whatever host name the emulator put in the URL.
    const challenge = new URL(result.challenge_url, location.href);
    const intentId = decodeURIComponent(challenge.pathname.split("/").pop() ?? "");
    const answer = await openChallenge(
      new URL(challenge.pathname, location.href).href,
      intentId,
      locale,
      revealInParent,
    );
    const fresh = answer.outcome === "complete" && !answer.error ? await settledSession() : await loadSession();
    if (fresh?.status === "complete") result = { status: "complete" };
    else if (answer.error) result = { error: { type: "card_error", ...answer.error } };
    else if (answer.outcome === "fail") {
      // Stripe names the intent the failed challenge was for: a setup-mode session authenticates a SetupIntent.
      const code =
        session.mode === "setup" ? "setup_intent_authentication_failure" : "payment_intent_authentication_failure";
      result = { error: { type: "card_error", code, message: t(`card.${code}`) } };
    } else result = { error: { message: t("errorNotCompleted") } };
  }

  if (result.status === "complete") {
    completed(session, parts, result.redirect_url);
    return;
  }
  const error = result.error ?? { message: t("errorGeneric") };
  setBusy(parts, false, submitLabel(session));
  if (error.type === "card_error" || error.type === "validation_error") {
    setCardError(parts, error);
    parts.card.number.focus();
  } else {
    parts.formError.textContent = isSessionInactive(error) ? t("errorSessionInactive") : error.message;
  }
  // A session expired while the page was open can never be paid: say so and stop offering the button.
  if (isSessionInactive(error)) parts.submit.disabled = true;
}

function isSessionInactive(error) {
  return error.type === "invalid_request_error" && error.code === "checkout_session_inactive";
}

function showCheckout(session) {
  const business = businessOf(session);
  const order = describeOrder(session, business, locale);
  const amountText =
    session.mode === "payment" ? formatAmount(order.dueToday, session.currency ?? "usd", locale) : null;
  const parts = buildForm(session, amountText);
  attachCardInputs(parts.card, () => setCardError(parts, readCard(parts.card, false).error));
  watchFields(parts);
  parts.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void pay(session, parts);
  });
  const cancelUrl = !isEmbedded && session.cancel_url ? fillSessionId(session.cancel_url) : null;
  root.replaceChildren(
    h(
      "div",
      { class: "checkout-columns" },
      h(
        "div",
        { class: "column column-summary" },
        merchantHeader(business, cancelUrl, isEmbedded),
        orderSummary(session, order, locale, isEmbedded ? "h2" : "h1"),
      ),
      h("div", { class: "column column-form" }, parts.form),
    ),
  );
  root.removeAttribute("aria-busy");
  document.title = `${business} — ${order.label}`;
}

async function start() {
  let session;
  try {
    session = await loadSession();
  } catch (error) {
    showState(null, {
      title: t("errorTitle"),
      text: error instanceof Error ? error.message : String(error),
      link: null,
    });
    return;
  }
  if (!session) {
    showState(null, {
      title: t("notFoundTitle"),
      text: t("notFoundText"),
      link: null,
    });
  } else if (session.status === "open") {
    showCheckout(session);
  } else {
    showSessionState(session);
  }
}

void start();
