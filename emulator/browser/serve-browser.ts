// Everything the browser loads from the emulator: the Stripe.js stand-in, the hosted and embedded Checkout pages,
// the card Element iframe, the 3-D Secure challenge page and their static assets. The JSON these pages call
// (/_emulator/pages/…, /_emulator/3ds/…/complete|fail, /v1/…) belongs to the server; see emulator/README.md.
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { cardElementPage, challengePage, embeddedCheckoutPage, hostedCheckoutPage } from "./templates";

/** What the browser pages need from the server. */
export interface BrowserContext {
  /** Where the emulator listens, e.g. http://127.0.0.1:12111. */
  baseUrl: string;
  /** Shown on the pages when the session does not say otherwise. */
  businessName: string;
}

const ASSET_DIR = new URL("./assets/", import.meta.url);
const JS = "text/javascript; charset=utf-8";
const ASSET_TYPES: Record<string, string> = {
  "stripe-js.js": JS,
  "checkout-page.js": JS,
  "checkout-summary.js": JS,
  "checkout-form.js": JS,
  "card-frame.js": JS,
  "card-input.js": JS,
  "challenge.js": JS,
  "challenge-modal.js": JS,
  "dom.js": JS,
  "money.js": JS,
  "emulator.css": "text/css; charset=utf-8",
};

// Pages run no inline code and load nothing from other hosts except product images named by the merchant.
const PAGE_CSP =
  "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

type Handler = (match: RegExpMatchArray, url: URL, ctx: BrowserContext, res: ServerResponse) => Promise<void> | void;

const ROUTES: Array<{ pattern: RegExp; handle: Handler }> = [
  { pattern: /^\/(?:v3|endive)(?:\/stripe\.js|\/?)$/, handle: (_m, _u, _c, res) => sendAsset(res, "stripe-js.js") },
  { pattern: /^\/_emulator\/assets\/([a-z-]+\.(?:js|css))$/, handle: (m, _u, _c, res) => sendAsset(res, m[1] ?? "") },
  {
    pattern: /^\/c\/pay\/([A-Za-z0-9_]+)$/,
    // Stripe's hosted page refuses to be framed; so does this one, so apps cannot come to rely on framing it.
    handle: (m, _u, ctx, res) => sendPage(res, hostedCheckoutPage(m[1] ?? "", ctx.businessName), "'none'"),
  },
  {
    pattern: /^\/_emulator\/embedded\/([A-Za-z0-9_]+)$/,
    handle: (m, url, ctx, res) =>
      sendPage(res, embeddedCheckoutPage(m[1] ?? "", ctx.businessName, originParam(url)), "*"),
  },
  {
    pattern: /^\/_emulator\/elements\/card$/,
    handle: (_m, url, _c, res) =>
      sendPage(res, cardElementPage(url.searchParams.get("type") === "payment" ? "payment" : "card"), "*"),
  },
  {
    pattern: /^\/_emulator\/3ds\/([A-Za-z0-9_]+)$/,
    handle: (m, _u, ctx, res) => sendPage(res, challengePage(m[1] ?? "", ctx.businessName), "*"),
  },
];

/** The embedding page's origin, the only one the embedded form reports to; "" unless it is a plain origin. */
function originParam(url: URL): string {
  const value = url.searchParams.get("origin") ?? "";
  try {
    return new URL(value).origin === value ? value : "";
  } catch {
    return "";
  }
}

async function sendAsset(res: ServerResponse, name: string): Promise<void> {
  const type = ASSET_TYPES[name];
  if (!type) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const body = await readFile(new URL(name, ASSET_DIR));
  res.writeHead(200, {
    "Content-Type": type,
    "Content-Length": body.length,
    // The stand-in, and the modal module it imports, are loaded by pages on the app's origin.
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

function sendPage(res: ServerResponse, html: string, frameAncestors: string): void {
  const body = Buffer.from(html, "utf8");
  res.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    "Content-Security-Policy": `${PAGE_CSP}; frame-ancestors ${frameAncestors}`,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

/**
 * Answers the browser-facing GET routes (HEAD too; Node drops the body) and returns true; returns false for
 * anything else so the server can route it.
 */
export async function serveBrowser(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: BrowserContext,
): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  for (const route of ROUTES) {
    const match = url.pathname.match(route.pattern);
    if (match) {
      await route.handle(match, url, ctx, res);
      return true;
    }
  }
  return false;
}
