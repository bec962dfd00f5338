// The 3-D Secure modal: a centred overlay holding the emulator's challenge page in an iframe, as Stripe.js shows
// its test challenge. Used by the Checkout page and by the Stripe.js stand-in (which imports this module from the
// emulator's origin), so it styles itself through the CSSOM and needs no stylesheet on the host page.
import { translate } from "./translate.js";

const OVERLAY_STYLE = [
  "position:fixed",
  "inset:0",
  "z-index:2147483647",
  "display:flex",
  "align-items:center",
  "justify-content:center",
  "background:rgba(10,17,33,0.55)",
  "padding:16px",
].join(";");
const BOX_STYLE = [
  "width:min(500px,100%)",
  "height:min(600px,100%)",
  "background:#fff",
  "border-radius:10px",
  "overflow:hidden",
  "box-shadow:0 24px 64px rgba(0,0,0,0.35)",
].join(";");

/**
 * Opens `challengeUrl` in a modal and resolves with what the challenge page reports once the emulator has taken
 * the answer: the outcome ("error" when the emulator refused it) and the card error the intent ended with, if
 * any. Callers re-read the intent or session for the rest.
 * @param {string} challengeUrl absolute URL of the emulator's challenge page
 * @param {string} intentId the intent being authenticated; messages about other intents are ignored
 * @param {string} [locale] the opener's language: the modal and the challenge page speak it (Checkout passes its
 *   own; the Stripe.js stand-in names none, so the challenge stays Stripe's English test page)
 * @param {(box: HTMLElement) => void} [onShown] called with the challenge's box once it is on the page (the embedded
 *   form uses it to have the app's page scroll the box into sight)
 * @returns {Promise<{ outcome: "complete" | "fail" | "error", error: { message: string } | null }>}
 */
export function openChallenge(challengeUrl, intentId, locale = "en", onShown) {
  const url = new URL(challengeUrl);
  if (locale !== "en") url.searchParams.set("locale", locale);
  const overlay = document.createElement("div");
  overlay.style.cssText = OVERLAY_STYLE;
  overlay.setAttribute("role", "dialog");
  overlay.setAttribute("aria-modal", "true");
  overlay.setAttribute("aria-label", translate(locale, "challengeDialog"));
  const box = document.createElement("div");
  box.style.cssText = BOX_STYLE;
  const frame = document.createElement("iframe");
  frame.title = translate(locale, "challengeFrame");
  frame.src = url.href;
  frame.style.cssText = "width:100%;height:100%;border:0;display:block";
  // Keyboard users land in the challenge, not behind the overlay.
  frame.addEventListener("load", () => frame.focus(), { once: true });
  box.append(frame);
  overlay.append(box);

  const previousOverflow = document.documentElement.style.overflow;
  document.documentElement.style.overflow = "hidden";
  document.body.append(overlay);
  onShown?.(box);

  return new Promise((resolve) => {
    function onMessage(event) {
      const data = event.data;
      if (event.origin !== url.origin || event.source !== frame.contentWindow) return;
      if (!data || data.type !== "emulator-3ds" || data.intent !== intentId) return;
      window.removeEventListener("message", onMessage);
      overlay.remove();
      document.documentElement.style.overflow = previousOverflow;
      const outcome = data.outcome === "complete" || data.outcome === "fail" ? data.outcome : "error";
      resolve({ outcome, error: data.error ?? null });
    }
    window.addEventListener("message", onMessage);
  });
}
