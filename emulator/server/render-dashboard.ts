import type { Engine } from "../engine/engine";
import type { ObjectType } from "../engine/store";

const TYPES: ObjectType[] = [
  "customer",
  "product",
  "price",
  "checkout.session",
  "payment_intent",
  "payment_method",
  "setup_intent",
  "subscription",
  "invoice",
  "webhook_endpoint",
  "test_helpers.test_clock",
];
const ROWS = 50;

function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function time(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace("T", " ").slice(0, 19);
}

/** One-line summary of an object for the tables. */
function summary(obj: Record<string, unknown>): string {
  const parts = ["status", "name", "email", "amount_total", "unit_amount_decimal", "currency", "mode", "url", "type"]
    .filter((k) => obj[k] !== undefined && obj[k] !== null)
    .map((k) => `${k}=${String(obj[k])}`);
  return parts.join(" · ");
}

function details(id: string, value: unknown): string {
  return `<details><summary>${escapeHtml(id)}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
}

/**
 * Read-only dashboard: objects by type, events, webhook deliveries with their responses. Server-rendered,
 * every value escaped; `?type=` picks the object type shown.
 */
export function renderDashboard(engine: Engine, url: URL): string {
  const store = engine.store;
  const selected = (TYPES as string[]).includes(url.searchParams.get("type") ?? "")
    ? (url.searchParams.get("type") as ObjectType)
    : "checkout.session";
  const nav = TYPES.map(
    (t) =>
      `<a href="/?type=${encodeURIComponent(t)}"${t === selected ? ' class="on"' : ""}>${escapeHtml(t)} (${store.count(t)})</a>`,
  ).join(" ");
  const objects = store
    .all(selected)
    .slice(-ROWS)
    .reverse()
    .map((o) => {
      const obj = o as unknown as Record<string, unknown>;
      return `<tr><td>${time(Number(obj.created))}</td><td>${details(String(obj.id), o)}</td><td>${escapeHtml(summary(obj))}</td></tr>`;
    })
    .join("");
  const events = store
    .all("event")
    .slice(-ROWS)
    .reverse()
    .map(
      (e) =>
        `<tr><td>${time(e.created)}</td><td>${escapeHtml(e.type)}</td><td>${details(e.id, e)}</td><td>${e.pending_webhooks}</td></tr>`,
    )
    .join("");
  const deliveries = store
    .all("delivery")
    .slice(-ROWS)
    .reverse()
    .map((d) => {
      const attempts = d.attempts
        .map(
          (a) =>
            `<li>${escapeHtml(new Date(a.at).toISOString())} → ${escapeHtml(a.status ?? a.error ?? "no answer")} in ${a.duration_ms} ms` +
            (a.response_excerpt ? `<pre>${escapeHtml(a.response_excerpt)}</pre>` : "") +
            `</li>`,
        )
        .join("");
      return `<tr><td>${escapeHtml(d.event_type)}<br><small>${escapeHtml(d.event)}</small></td><td>${escapeHtml(d.url)}</td><td>${escapeHtml(d.state)}${d.fault ? ` (${escapeHtml(d.fault)})` : ""}</td><td><ol>${attempts}</ol></td></tr>`;
    })
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stripe emulator</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5rem;color:#1a1f36}
a{color:#635bff;margin-right:.6rem;text-decoration:none}a.on{font-weight:700;text-decoration:underline}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}td,th{border-bottom:1px solid #e3e8ee;padding:.35rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
pre{background:#f6f8fa;padding:.5rem;max-height:24rem;overflow:auto;font-size:12px}ol{margin:0;padding-left:1.2rem}
</style></head><body>
<h1>Stripe emulator</h1>
<p>Clock: ${escapeHtml(time(engine.clock.now()))} UTC (offset ${Math.round(engine.clock.offset / 1000)} s) · ${escapeHtml(engine.config.businessName)}</p>
<nav>${nav}</nav>
<h2>${escapeHtml(selected)}</h2>
<table><tr><th>created</th><th>object</th><th>summary</th></tr>${objects}</table>
<h2>Events</h2>
<table><tr><th>created</th><th>type</th><th>event</th><th>pending webhooks</th></tr>${events}</table>
<h2>Webhook deliveries</h2>
<table><tr><th>event</th><th>endpoint</th><th>state</th><th>attempts</th></tr>${deliveries}</table>
</body></html>`;
}
