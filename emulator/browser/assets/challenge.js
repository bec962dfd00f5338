// The 3-D Secure challenge page: the shopper plays the card issuer and picks the outcome. The outcome is posted to
// the emulator first and only then announced to the parent window, so whoever re-reads the intent sees it resolved.
import { t } from "./translate.js";

const intentId = document.body.dataset.intent ?? "";
const buttons = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll("button[data-outcome]")]);
const statusLine = /** @type {HTMLElement} */ (document.getElementById("status"));

async function resolveChallenge(outcome) {
  for (const button of buttons) button.disabled = true;
  statusLine.textContent = t(outcome === "complete" ? "challengeCompleting" : "challengeFailing");
  statusLine.className = "status";
  let result;
  try {
    const response = await fetch(`/_emulator/3ds/${encodeURIComponent(intentId)}/${outcome}`, { method: "POST" });
    result = await response.json().catch(() => null);
    if (!response.ok) throw new Error(result?.error?.message ?? t("errorEmulatorHttp", { status: response.status }));
  } catch (error) {
    // Typically the intent is no longer waiting (answered in another tab): hand back to the page, which
    // re-reads the intent and reports what it finds.
    statusLine.textContent = error instanceof Error ? error.message : String(error);
    statusLine.className = "status error";
    tellParent("error");
    return;
  }
  statusLine.textContent = t(outcome === "complete" ? "challengeCompleted" : "challengeFailed");
  // A card can pass authentication and still be declined (4000 0082 6000 3178): pass the decline on.
  tellParent(outcome, result?.error ?? null);
}

// The message carries nothing secret (an intent id, an outcome, Stripe's error wording) and the listener checks
// our origin, so any parent may receive it: the hosted page (same origin) or the app page running the stand-in.
function tellParent(outcome, error = null) {
  if (window.parent !== window)
    window.parent.postMessage({ type: "emulator-3ds", intent: intentId, outcome, error }, "*");
}

for (const button of buttons) {
  button.addEventListener("click", () => resolveChallenge(button.dataset.outcome === "complete" ? "complete" : "fail"));
}
