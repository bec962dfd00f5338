// A simulated shopper's requests, as the browser sends them: the event page (to read the form's Next-Action id),
// then the ticket picker's server-action POST — React's own `encodeReply` of (previous state, form data) with
// unused arguments left out exactly as Next.js's client does — with the shopper's holder cookie and address.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(`${process.cwd()}/package.json`);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};
const { computeCacheBustingSearchParam } = require("next/dist/shared/lib/router/utils/cache-busting-search-param.js") as {
  computeCacheBustingSearchParam: (prefetch: string | undefined, segment: string | undefined, stateTree: string | undefined, nextUrl: string | undefined) => Promise<string>;
};
const { extractInfoFromServerReferenceId, omitUnusedArgs } = require("next/dist/shared/lib/server-reference-info.js") as {
  extractInfoFromServerReferenceId: (id: string) => unknown;
  omitUnusedArgs: (args: unknown[], info: unknown) => unknown[];
};

export type ReserveForm = { actionId: string; routerStateTree: string; path: string };

/** Reads the ticket picker's action id from the event page's HTML (the form's `$ACTION_…:0` field). */
export async function readReserveForm(appUrl: string, slug: string): Promise<ReserveForm> {
  const path = `/events/${slug}`;
  const html = await (await fetch(`${appUrl}${path}`)).text();
  const field = /name="\$ACTION_\d+:0" value="([^"]+)"/.exec(html);
  const json = field?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const actionId = json ? (JSON.parse(json) as { id?: string }).id : undefined;
  if (!actionId) throw new Error(`no server action found in ${path}: is the event on sale?`);
  // The router state a browser on this page sends (Next strips client-only data; the page segment is last).
  const tree = ["", { children: ["(shop)", { children: ["events", { children: [["slug", slug, "d", null], { children: ["__PAGE__", {}, null, null] }, null, null] }, null, null] }, null, null] }, null, null];
  return { actionId, routerStateTree: encodeURIComponent(JSON.stringify(tree)), path };
}

export type Shopper = { holderId: string; address: string };

/** A shopper with their own holder cookie and their own client address (10.x.y.z). */
export function makeShopper(index: number): Shopper {
  return { holderId: randomUUID(), address: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` };
}

export type ReserveOutcome = {
  kind: "hold" | "refusal" | "error";
  detail: string;
  ms: number;
  finishedAt: number;
  /** Bytes of the answer's body. */
  bytes: number;
  /** When the action answered with the hold instead of rendering its page: where the browser goes next. */
  checkoutPath?: string;
  shopper: Shopper;
};

/** One click on "Reserve 1 ticket": the POST a browser sends, read to its end. */
export async function postReserve(appUrl: string, form: ReserveForm, shopper: Shopper, ticketTypeId: string, quantity = 1): Promise<ReserveOutcome> {
  const formData = new FormData();
  formData.append(`quantity.${ticketTypeId}`, String(quantity));
  const args = omitUnusedArgs([{}, formData], extractInfoFromServerReferenceId(form.actionId));
  const body = await encodeReply(args);
  const started = performance.now();
  try {
    const response = await fetch(`${appUrl}${form.path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        accept: "text/x-component",
        "next-action": form.actionId,
        "next-router-state-tree": form.routerStateTree,
        origin: appUrl,
        referer: `${appUrl}${form.path}`,
        cookie: `bo_holder=${shopper.holderId}`,
        // The app trusts one proxy (TRUST_PROXY_HEADERS=1): this is the address that proxy would report.
        "x-forwarded-for": shopper.address,
      },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const finishedAt = performance.now();
    const answer = { ms, finishedAt, bytes: Buffer.byteLength(text), shopper };
    // The page rendered in the action's own answer (a redirect), or the hold's page named for the browser to open.
    const redirect = response.headers.get("x-action-redirect") ?? "";
    if (redirect.startsWith("/checkout/")) return { kind: "hold", detail: "hold", ...answer };
    const checkoutPath = /"checkoutPath":"(\/checkout\/[0-9a-f-]{36})"/.exec(text)?.[1];
    if (response.status === 200 && checkoutPath) return { kind: "hold", detail: "hold", checkoutPath, ...answer };
    if (response.status !== 200 && response.status !== 303) return { kind: "error", detail: `http ${response.status}`, ...answer };
    if (text.includes("Sold out")) return { kind: "refusal", detail: "sold out", ...answer };
    const message = /"error":"([^"]{0,60})/.exec(text)?.[1];
    return { kind: "error", detail: message ? `refused: ${message}` : `unreadable answer (${response.status})`, ...answer };
  } catch (error) {
    const ms = performance.now() - started;
    return { kind: "error", detail: `network: ${(error as Error).name}`, ms, finishedAt: performance.now(), bytes: 0, shopper };
  }
}

/**
 * The browser's next request after a hold answered with its page's address: the client router's navigation to
 * it (an RSC request from the event page, with the router state and the cache-busting `_rsc` it computes).
 * `ok` when the answer carries the checkout's payment form (its client secret).
 */
export async function fetchCheckoutPage(appUrl: string, form: ReserveForm, hold: ReserveOutcome): Promise<{ ms: number; bytes: number; ok: boolean }> {
  const page = await navigateFromEventPage(appUrl, form, hold.checkoutPath!, hold.shopper);
  return { ms: page.ms, bytes: page.bytes, ok: page.status === 200 && page.text.includes("clientSecret") };
}

/** The client router's navigation from the event page (`form.path`) to `path`, as `shopper`'s browser sends it. */
export async function navigateFromEventPage(appUrl: string, form: ReserveForm, path: string, shopper: Shopper): Promise<{ ms: number; bytes: number; status: number; text: string }> {
  const url = new URL(path, appUrl);
  url.searchParams.set("_rsc", await computeCacheBustingSearchParam(undefined, undefined, form.routerStateTree, undefined));
  const started = performance.now();
  const response = await fetch(url, {
    headers: {
      rsc: "1",
      "next-router-state-tree": form.routerStateTree,
      referer: `${appUrl}${form.path}`,
      cookie: `bo_holder=${shopper.holderId}`,
      "x-forwarded-for": shopper.address,
    },
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { ms: performance.now() - started, bytes: Buffer.byteLength(text), status: response.status, text };
}
