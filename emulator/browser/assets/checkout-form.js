// The payment form of the Checkout page: fields, Stripe-worded validation, and the Pay button's states.
import { h } from "./dom.js";
import { readCard } from "./card-input.js";
import { trialDaysOf } from "./checkout-summary.js";
import { cardErrorMessage, t } from "./translate.js";

export function submitLabel(session) {
  if (session.mode === "setup") return t("submitSaveCard");
  if (session.mode === "subscription") return t(trialDaysOf(session) ? "submitStartTrial" : "submitSubscribe");
  return t("submitPay");
}

function field(label, input, errorId) {
  input.setAttribute("aria-describedby", errorId);
  return h(
    "div",
    { class: "field" },
    h("label", { class: "field-label", for: input.id }, label),
    input,
    h("p", { class: "field-error", id: errorId }),
  );
}

/** Builds the form; `amountText` is what the shopper will be charged, shown under the button for payments. */
export function buildForm(session, amountText) {
  const email = h("input", {
    id: "email",
    name: "email",
    type: "email",
    autocomplete: "email",
    placeholder: "email@example.com",
    class: "input",
  });
  if (session.customer_email) {
    email.setAttribute("value", session.customer_email);
    email.setAttribute("readonly", "");
  }
  const card = {
    number: h("input", {
      id: "card-number",
      "aria-label": t("cardNumber"),
      placeholder: "1234 1234 1234 1234",
      inputmode: "numeric",
      autocomplete: "cc-number",
      class: "input card-number",
      "aria-describedby": "card-error",
    }),
    expiry: h("input", {
      id: "card-expiry",
      "aria-label": t("expiration"),
      placeholder: t("expiryPlaceholder"),
      inputmode: "numeric",
      autocomplete: "cc-exp",
      class: "input card-expiry",
      "aria-describedby": "card-error",
    }),
    cvc: h("input", {
      id: "card-cvc",
      "aria-label": t("cvc"),
      placeholder: t("cvcPlaceholder"),
      inputmode: "numeric",
      autocomplete: "cc-csc",
      maxlength: "3",
      class: "input card-cvc",
      "aria-describedby": "card-error",
    }),
  };
  const name = h("input", {
    id: "cardholder-name",
    name: "name",
    autocomplete: "cc-name",
    placeholder: t("cardholderPlaceholder"),
    class: "input",
  });
  const submit = h(
    "button",
    { type: "submit", class: "pay-button" },
    h("span", { class: "pay-label" }, submitLabel(session)),
  );
  const formError = h("div", { class: "form-error", role: "alert", id: "form-error" });
  const form = h(
    "form",
    { class: "pay-form", novalidate: true, "aria-label": t(session.mode === "setup" ? "formSaveCard" : "formPayment") },
    h("h2", { class: "form-title" }, t(session.mode === "setup" ? "headingSetup" : "headingPay")),
    field(t("email"), email, "email-error"),
    h(
      "fieldset",
      { class: "field card-group" },
      h("legend", { class: "field-label" }, t("cardInformation")),
      h("div", { class: "card-box" }, card.number, h("div", { class: "card-row" }, card.expiry, card.cvc)),
      h("p", { class: "field-error", id: "card-error", role: "alert" }),
    ),
    field(t("cardholderName"), name, "name-error"),
    formError,
    submit,
    amountText ? h("p", { class: "pay-note" }, t("chargeNote", { amount: amountText })) : null,
    h("p", { class: "test-hint" }, t("testHint")),
  );
  return { form, email, card, name, submit, formError };
}

export function setError(id, message) {
  const el = /** @type {HTMLElement} */ (document.getElementById(id));
  el.textContent = message ?? "";
  const input = el.parentElement?.querySelector("input");
  if (id !== "card-error" && input) input.toggleAttribute("aria-invalid", Boolean(message));
}

function emailMessageOf(input) {
  const email = input.value.trim();
  if (email === "") return t("required");
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : t("emailInvalid");
}

function nameMessageOf(input) {
  return input.value.trim() === "" ? t("required") : null;
}

function hasError(id) {
  return Boolean(document.getElementById(id)?.textContent);
}

/**
 * Keeps the messages current between submits, as Stripe's Checkout does: a shown error clears as soon as the
 * field becomes valid (on input), and leaving a field re-validates it — an untouched empty field stays quiet.
 */
export function watchFields(parts) {
  const fields = [
    { input: parts.email, errorId: "email-error", messageOf: emailMessageOf },
    { input: parts.name, errorId: "name-error", messageOf: nameMessageOf },
  ];
  for (const { input, errorId, messageOf } of fields) {
    input.addEventListener("input", () => {
      if (hasError(errorId) && !messageOf(input)) setError(errorId, null);
    });
    input.addEventListener("blur", () => {
      if (input.value.trim() !== "" || hasError(errorId)) setError(errorId, messageOf(input));
    });
  }
  const group = /** @type {HTMLElement} */ (parts.card.number.closest("fieldset"));
  group.addEventListener("focusout", (event) => {
    // Only when focus leaves the whole card box: moving from number to expiry is still typing.
    if (group.contains(/** @type {Node | null} */ (event.relatedTarget))) return;
    const card = readCard(parts.card, true);
    if (card.error && !card.empty) setCardError(parts, card.error);
    // A decline stays until the card changes; only our own "incomplete/invalid" wording goes once it is valid.
    else if (!card.error && cardErrorType() === "validation_error") setCardError(parts, null);
  });
}

function cardErrorType() {
  return document.getElementById("card-error")?.dataset.type ?? "";
}

/**
 * The card box's message, and which of its inputs it is about (so a screen reader hears which one is wrong).
 * Worded in the page's language by the error's code (card-input.js and the API word it in English).
 * @param {{ message?: string, code?: string, decline_code?: string, type?: string } | null | undefined} error
 */
export function setCardError(parts, error) {
  setError("card-error", error?.message ? cardErrorMessage(error) : null);
  const line = /** @type {HTMLElement} */ (document.getElementById("card-error"));
  line.dataset.type = error?.message ? (error.type ?? "") : "";
  const code = error?.code ?? "";
  const culprit = !error?.message
    ? null
    : /expiry/.test(code)
      ? parts.card.expiry
      : /cvc/.test(code)
        ? parts.card.cvc
        : parts.card.number;
  for (const input of [parts.card.number, parts.card.expiry, parts.card.cvc]) {
    input.toggleAttribute("aria-invalid", input === culprit);
  }
}

/** The confirm request body, or null after marking what is missing or wrong. */
export function validate(parts) {
  let ok = true;
  const emailMessage = emailMessageOf(parts.email);
  setError("email-error", emailMessage);
  if (emailMessage) ok = false;
  const card = readCard(parts.card, true);
  setCardError(parts, card.error);
  if (card.error) ok = false;
  const nameMessage = nameMessageOf(parts.name);
  setError("name-error", nameMessage);
  if (nameMessage) ok = false;
  return ok ? { email: parts.email.value.trim(), name: parts.name.value.trim(), card: card.card } : null;
}

export function setBusy(parts, busy, label) {
  parts.submit.disabled = busy;
  parts.submit.classList.toggle("is-busy", busy);
  parts.submit.setAttribute("aria-busy", String(busy));
  /** @type {HTMLElement} */ (parts.submit.querySelector(".pay-label")).textContent = label;
}
