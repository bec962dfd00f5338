"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { endHoldAction } from "@/app/(admin)/admin/events/[eventId]/stock/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
  const t = useTranslations("admin.stock");
  const format = useFormatter();
  const [data, setData] = useState(initial);
  const [offset, setOffset] = useState(() => new Date(initial.serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [isStale, setIsStale] = useState(false);
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
        setIsStale(false);
      } catch {
        if (!stopped) setIsStale(true);
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
  const status = (s: Payload["holds"][number]["sessionStatus"]) => (s === "open" ? t("session.open") : s === "processing" ? t("session.processing") : t("session.none"));
  return (
    <div className="space-y-6">
      {isStale && (
        <Alert role="alert" variant="warning">
          {t("stale")}
        </Alert>
      )}
      <Table>
        <TableCaption className="sr-only">{t("tableCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.ticketType")}</TableHead>
            <TableHead>{t("columns.capacity")}</TableHead>
            <TableHead>{t("columns.sold")}</TableHead>
            <TableHead>{t("columns.held")}</TableHead>
            <TableHead>{t("columns.available")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.ticketTypes.map((type) => (
            <TableRow key={type.id} aria-label={type.name}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {type.name}
              </th>
              <TableCell>{type.capacity}</TableCell>
              <TableCell data-testid="sold">{type.sold}</TableCell>
              <TableCell data-testid="held">{type.held}</TableCell>
              <TableCell data-testid="available">{type.available}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="holds-heading" className="space-y-2">
        <h2 id="holds-heading" className="text-lg font-semibold">
          {t("holdsHeading", { count: data.holds.length })}
        </h2>
        {data.holds.length === 0 && <p className="text-sm text-stone-600">{t("noHolds")}</p>}
        <ul className="space-y-2">
          {data.holds.map((hold) => {
            const left = Math.max(0, Math.round((new Date(hold.expiresAt).getTime() - serverNow) / 1000));
            const holder = hold.isGuest ? t("guest", { id: hold.holder }) : hold.holder;
            return (
              <li key={hold.id} aria-label={t("holdBy", { holder })} className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm">
                <span className="font-medium">{holder}</span>
                <span>{hold.lines.map((l) => t("line", { quantity: l.quantity, name: l.name })).join(", ")}</span>
                <span aria-label={t("timeLeft")} className="font-mono">
                  {Math.floor(left / 60)}:{String(left % 60).padStart(2, "0")}
                </span>
                <Badge variant={hold.sessionStatus === "processing" ? "warning" : "info"}>{status(hold.sessionStatus)}</Badge>
                <div className="ml-auto">
                  <AdminForm
                    action={endHoldAction}
                    submitLabel={t("endHold")}
                    variant="destructive"
                    confirm={{ title: t("confirmEndTitle"), description: t("confirmEnd", { holder }) }}
                    name={t("endHoldForm", { holder })}
                    className="flex items-center gap-2"
                  >
                    <input type="hidden" name="holdId" value={hold.id} />
                  </AdminForm>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="sales-heading" className="space-y-2">
        <h2 id="sales-heading" className="text-lg font-semibold">
          {t("salesHeading")}
        </h2>
        {data.sales.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noSales")}</p>
        ) : (
          <div className="h-64 rounded-lg bg-white p-2" role="img" aria-label={t("chartLabel", { count: data.sales.at(-1)?.cumulative ?? 0 })}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data.sales.map((p) => ({ ...p, label: format.dateTime(new Date(p.at), { month: "numeric", day: "numeric", hour: "numeric", timeZone: "UTC" }) }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" fontSize={12} />
                <YAxis allowDecimals={false} fontSize={12} />
                <Tooltip />
                <Line type="monotone" dataKey="cumulative" name={t("totalSold")} stroke="#4f46e5" strokeWidth={2} isAnimationActive={false} />
                <Line type="monotone" dataKey="tickets" name={t("soldThatHour")} stroke="#a8a29e" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </section>
    </div>
  );
}
