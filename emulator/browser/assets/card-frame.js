// The card Element iframe (GET /_emulator/elements/card). It is served from the emulator's origin, so the app's
// scripts cannot read what is typed here. Card data leaves only to the emulator (POST /v1/payment_methods with the
// publishable key); the parent page, running the Stripe.js stand-in, receives the resulting PaymentMethod
// (id, brand, last4, expiry — never the number or CVC) and events shaped like Stripe's Element events.
import { attachCardInputs, readCard } from "./card-input.js";

const params = new URLSearchParams(location.search);
const elementId = params.get("id") ?? "";
const elementType = params.get("type") === "payment" ? "payment" : "card";
const publishableKey = params.get("key") ?? "";
const parentOrigin = params.get("origin") ?? "";

const inputs = {
  number: /** @type {HTMLInputElement} */ (document.getElementById("card-number")),
  expiry: /** @type {HTMLInputElement} */ (document.getElementById("card-expiry")),
  cvc: /** @type {HTMLInputElement} */ (document.getElementById("card-cvc")),
};
const errorLine = document.getElementById("card-error");

function post(message) {
  // Only the page that created this Element may hear from it: the origin comes from the stand-in that built our URL.
  if (parentOrigin && window.parent !== window)
    window.parent.postMessage({ ...message, element: elementId }, parentOrigin);
}

function applyStyle(style) {
  const base = style?.base ?? {};
  const root = document.documentElement.style;
  if (base.color) root.setProperty("--text", String(base.color));
  if (base.fontSize) root.setProperty("--font-size", String(base.fontSize));
  if (base.fontFamily) root.setProperty("--font", String(base.fontFamily));
  if (base["::placeholder"]?.color) root.setProperty("--placeholder", String(base["::placeholder"].color));
  if (style?.invalid?.color) root.setProperty("--invalid", String(style.invalid.color));
}

function setDisabled(disabled) {
  for (const input of Object.values(inputs)) input.disabled = Boolean(disabled);
}

function emitChange(final) {
  const state = readCard(inputs, final);
  if (errorLine) errorLine.textContent = elementType === "payment" ? (state.error?.message ?? "") : "";
  document.body.classList.toggle("is-invalid", Boolean(state.error));
  const event = { elementType, empty: state.empty, complete: state.complete, error: state.error ?? undefined };
  post({
    type: "emulator-element-event",
    event: "change",
    payload:
      elementType === "card"
        ? { ...event, brand: state.brand, value: { postalCode: "" } }
        : { ...event, collapsed: false, value: { type: "card" } },
  });
  return state;
}

function encodeForm(params, prefix = "", out = new URLSearchParams()) {
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const name = prefix ? `${prefix}[${key}]` : key;
    if (typeof value === "object") encodeForm(value, name, out);
    else out.append(name, String(value));
  }
  return out;
}

async function callEmulator(path, params) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { Authorization: `Bearer ${publishableKey}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: encodeForm(params),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok)
      return {
        error: body?.error ?? { type: "api_error", message: `The Stripe emulator answered HTTP ${response.status}.` },
      };
    return { data: body };
  } catch {
    return { error: { type: "api_connection_error", message: "Could not reach the Stripe emulator." } };
  }
}

async function tokenize(command, payload) {
  const state = emitChange(true);
  if (state.error) return { error: state.error };
  const card = {
    number: state.card.number,
    exp_month: state.card.exp_month,
    exp_year: state.card.exp_year,
    cvc: state.card.cvc,
  };
  if (command === "create-token") {
    const result = await callEmulator("/v1/tokens", { card: { ...card, name: payload?.name } });
    return result.error ? { error: result.error } : { token: result.data };
  }
  const result = await callEmulator("/v1/payment_methods", {
    type: "card",
    card,
    billing_details: payload?.billing_details,
    metadata: payload?.metadata,
  });
  return result.error ? { error: result.error } : { paymentMethod: result.data };
}

async function onCommand(data) {
  switch (data.command) {
    case "create-payment-method":
    case "create-token":
      post({
        type: "emulator-element-result",
        requestId: data.requestId,
        result: await tokenize(data.command, data.payload),
      });
      break;
    case "validate":
      post({
        type: "emulator-element-result",
        requestId: data.requestId,
        result: { error: emitChange(true).error ?? undefined },
      });
      break;
    case "clear":
      for (const input of Object.values(inputs)) input.value = "";
      emitChange(false);
      break;
    case "focus":
      inputs.number.focus();
      break;
    case "blur":
      /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
      break;
    case "update":
      if (data.payload?.style) applyStyle(data.payload.style);
      if ("disabled" in (data.payload ?? {})) setDisabled(data.payload.disabled);
      break;
  }
}

window.addEventListener("message", (event) => {
  if (event.origin !== parentOrigin || event.source !== window.parent) return;
  const data = event.data;
  if (data?.type === "emulator-element-command" && data.element === elementId) void onCommand(data);
});

attachCardInputs(inputs, () => emitChange(false));

// Stripe's Elements emit focus when the shopper enters the element and blur when they leave it, not per input.
let focused = false;
document.addEventListener("focusin", () => {
  if (!focused) post({ type: "emulator-element-event", event: "focus", payload: { elementType } });
  focused = true;
});
document.addEventListener("focusout", (event) => {
  if (event.relatedTarget) return;
  focused = false;
  // Leaving a half-filled element is when Stripe starts calling incomplete fields errors.
  const state = readCard(inputs, false);
  if (!state.empty && !state.complete) emitChange(true);
  post({ type: "emulator-element-event", event: "blur", payload: { elementType } });
});

new ResizeObserver(() => {
  post({ type: "emulator-element-event", event: "resize", payload: { height: document.body.offsetHeight } });
}).observe(document.body);

try {
  applyStyle(JSON.parse(params.get("style") ?? "{}"));
} catch {
  // A malformed style only loses the app's styling; the fields still work.
}
setDisabled(params.get("disabled") === "true");
post({ type: "emulator-element-event", event: "ready", payload: { elementType } });
