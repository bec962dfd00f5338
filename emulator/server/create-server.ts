import { createServer, type Server } from "node:http";
import { serveBrowser } from "../browser/serve-browser";
import type { Engine } from "../engine/engine";
import { allRoutes } from "../resources/all-routes";
import { handleApi } from "./handle-api";
import { handleInternal } from "./handle-internal";
import { RouteTable } from "./match-route";
import { renderDashboard } from "./render-dashboard";
import { CORS_HEADERS, sendJson, sendText } from "./send";

/**
 * The emulator's HTTP server: browser pages first (the browser module), then `/v1` (Stripe's API),
 * `/_emulator` (test controls and page data) and the dashboard.
 */
export function createEmulatorServer(engine: Engine): Server {
  const routes = new RouteTable(allRoutes);
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://emulator.invalid");
      try {
        if (req.method === "OPTIONS") {
          res.writeHead(204, CORS_HEADERS).end();
          return;
        }
        const ctx = {
          baseUrl: engine.config.baseUrl,
          businessName: engine.config.businessName,
          checkoutLocaleOf: (id: string) => engine.store.get("checkout.session", id)?.locale ?? null,
        };
        if (await serveBrowser(req, res, url, ctx)) return;
        if (url.pathname.startsWith("/v1/")) return await handleApi(engine, routes, req, res, url);
        if (url.pathname.startsWith("/_emulator/") && (await handleInternal(engine, req, res, url))) return;
        if (req.method === "GET" && url.pathname === "/") {
          sendText(res, 200, renderDashboard(engine, url), { "Content-Type": "text/html; charset=utf-8" });
          return;
        }
        sendJson(res, 404, {
          error: {
            type: "invalid_request_error",
            message: `Unrecognized request URL (${req.method}: ${url.pathname}).`,
          },
        });
      } catch (error) {
        console.error("[emulator] request failed", error);
        sendJson(res, 500, { error: { type: "api_error", message: "An unknown error occurred in the emulator." } });
      }
    })();
  });
}
