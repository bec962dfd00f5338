"use client";

import { useEffect, useState } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { endHoldAction } from "@/app/(admin)/admin/events/[eventId]/stock/actions";
import type { LiveStock } from "@/lib/stock/get-live-stock";
import type { SalesPoint } from "@/lib/stock/get-sales-series";
import { AdminForm } from "./admin-form";

type Payload = LiveStock & { sales: SalesPoint[] };
const POLL_MS = 2000;

/**
 * The organiser's on-sale view: polls one small JSON endpoint every two seconds (no page re-render) and
 * counts holds down every second against the server's clock.
 */
export function LiveStockView({ eventId, initial }: { eventId: string; initial: Payload }) {
  const [data, setData] = useState(initial);
  const [offset, setOffset] = useState(() => new Date(initial.serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [stale, setStale] = useState(false);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/admin/events/${eventId}/stock/data`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Payload;
        if (stopped) return;
        setData(next);
        setOffset(new Date(next.serverNow).getTime() - Date.now());
        setStale(false);
      } catch {
        if (!stopped) setStale(true);
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(clock);
    };
  }, [eventId]);
  const serverNow = now + offset;
  return (
    <div className="space-y-6">
      {stale && <p role="alert" className="text-sm text-amber-800">Connection lost — showing the last numbers received.</p>}
      <table className="w-full rounded-lg bg-white text-sm" aria-label="Stock by ticket type">
        <thead className="bg-stone-100 text-left text-xs uppercase text-stone-600">
          <tr><th scope="col" className="px-3 py-2">Ticket type</th><th scope="col" className="px-3 py-2">Capacity</th><th scope="col" className="px-3 py-2">Sold</th><th scope="col" className="px-3 py-2">Held</th><th scope="col" className="px-3 py-2">Available</th></tr>
        </thead>
        <tbody>
          {data.ticketTypes.map((t) => (
            <tr key={t.id} className="border-t border-stone-100" aria-label={t.name}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{t.name}</th>
              <td className="px-3 py-2">{t.capacity}</td>
              <td className="px-3 py-2" data-testid="sold">{t.sold}</td>
              <td className="px-3 py-2" data-testid="held">{t.held}</td>
              <td className="px-3 py-2" data-testid="available">{t.available}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="holds-heading" className="space-y-2">
        <h2 id="holds-heading" className="text-lg font-semibold">Holds right now ({data.holds.length})</h2>
        {data.holds.length === 0 && <p className="text-sm text-stone-500">No one is holding seats.</p>}
        <ul className="space-y-2">
          {data.holds.map((h) => {
            const left = Math.max(0, Math.round((new Date(h.expiresAt).getTime() - serverNow) / 1000));
            return (
              <li key={h.id} aria-label={`Hold by ${h.holder}`} className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm">
                <span className="font-medium">{h.holder}</span>
                <span>{h.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ")}</span>
                <span aria-label="Time left" className="font-mono">{Math.floor(left / 60)}:{String(left % 60).padStart(2, "0")}</span>
                <span className="rounded bg-stone-100 px-2 py-0.5 text-xs">
                  {h.sessionStatus === "open" ? "Checkout open" : h.sessionStatus === "processing" ? "Payment processing" : "No checkout yet"}
                </span>
                <div className="ml-auto">
                  <AdminForm action={endHoldAction} submitLabel="End this hold now" variant="danger" confirm={`End ${h.holder}'s hold? Their checkout stops and the seats go back on sale.`} name={`End hold ${h.id}`} className="flex items-center gap-2">
                    <input type="hidden" name="holdId" value={h.id} />
                  </AdminForm>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="sales-heading" className="space-y-2">
        <h2 id="sales-heading" className="text-lg font-semibold">Tickets sold over time</h2>
        {data.sales.length === 0 ? (
          <p className="text-sm text-stone-500">No sales yet.</p>
        ) : (
          <div className="h-64 rounded-lg bg-white p-2" role="img" aria-label={`Sales chart: ${data.sales.at(-1)?.cumulative ?? 0} tickets sold in total`}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data.sales.map((p) => ({ ...p, label: new Date(p.at).toISOString().slice(5, 13).replace("T", " ") + "h" }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" fontSize={12} />
                <YAxis allowDecimals={false} fontSize={12} />
                <Tooltip />
                <Line type="monotone" dataKey="cumulative" name="Total sold" stroke="#4f46e5" strokeWidth={2} isAnimationActive={false} />
                <Line type="monotone" dataKey="tickets" name="Sold that hour" stroke="#a8a29e" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </section>
    </div>
  );
}
