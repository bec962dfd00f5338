"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { SeatsLeft } from "../stock/seats-left";
import { useLiveStock } from "../stock/use-live-stock";

export type PickableTicketType = { id: string; name: string; description: string; priceLabel: string | null; available: number; capacity: number };

type Props = {
  /** With an event id, the stock shown follows the event's live feed instead of the render's figures. */
  eventId?: string;
  ticketTypes: PickableTicketType[];
  maxPerOrder: number;
  currency?: string;
  uiMode?: "hosted" | "embedded";
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** Quantities per ticket type, bounded by what is left and the per-order limit, and one button. */
export function TicketPicker({ eventId, ticketTypes: rendered, maxPerOrder, currency, uiMode, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const live = useLiveStock(eventId);
  const ticketTypes = live ? rendered.map((t) => ({ ...t, available: live[t.id]?.available ?? t.available })) : rendered;
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const total = Object.values(quantities).reduce((sum, n) => sum + n, 0);
  const isAnyOnSale = ticketTypes.some((t) => t.available > 0 && t.priceLabel);

  return (
    <form action={formAction} className="space-y-4">
      {currency && <input type="hidden" name="currency" value={currency} />}
      {uiMode && <input type="hidden" name="uiMode" value={uiMode} />}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {ticketTypes.map((ticketType) => {
          const quantity = quantities[ticketType.id] ?? 0;
          const max = Math.max(0, Math.min(ticketType.available, maxPerOrder - (total - quantity)));
          const isSoldOut = ticketType.available <= 0;
          const fieldError = state.fieldErrors?.[ticketType.id];
          const note = notes[ticketType.id];
          const choose = (requested: number) => {
            const chosen = clamp(requested, 0, max);
            setQuantities({ ...quantities, [ticketType.id]: chosen });
            const limitNote = max === ticketType.available ? `Only ${ticketType.available} left.` : `Limit ${maxPerOrder} per order.`;
            setNotes({ ...notes, [ticketType.id]: requested > max ? limitNote : "" });
          };
          return (
            <li key={ticketType.id} aria-label={ticketType.name} className="flex flex-wrap items-center justify-between gap-4 p-4">
              <div className="min-w-48 flex-1">
                <h3 className="font-medium">{ticketType.name}</h3>
                {ticketType.description && <p className="text-sm text-stone-600">{ticketType.description}</p>}
                {note && !fieldError && (
                  <p role="status" className="mt-1 text-sm font-medium text-amber-800">
                    {note}
                  </p>
                )}
                {fieldError && (
                  <p role="alert" className="mt-1 text-sm font-medium text-red-700">
                    {fieldError}
                  </p>
                )}
              </div>
              {ticketType.priceLabel && <span className="font-medium">{ticketType.priceLabel}</span>}
              <SeatsLeft available={ticketType.available} capacity={ticketType.capacity} />
              {isSoldOut || !ticketType.priceLabel ? (
                <span className="w-24 text-right text-sm text-stone-500">—</span>
              ) : (
                <label className="flex items-center gap-2 text-sm">
                  <span className="sr-only">Quantity of {ticketType.name}</span>
                  <input
                    type="number"
                    name={`quantity.${ticketType.id}`}
                    min={0}
                    max={max}
                    value={quantity}
                    onChange={(e) => choose(Number(e.target.value))}
                    className="w-20 rounded-md border border-stone-300 px-2 py-1 text-right"
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {state.error && !state.fieldErrors && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
          {state.error}
        </p>
      )}
      <div className="flex items-center justify-between">
        <p className="text-sm text-stone-600">Limit {maxPerOrder} per order. Seats are held for you while you pay.</p>
        {isAnyOnSale && (
          <button
            type="submit"
            disabled={total === 0 || isPending}
            className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {isPending ? "Holding your seats…" : total > 0 ? `Reserve ${total} ticket${total === 1 ? "" : "s"}` : "Reserve tickets"}
          </button>
        )}
      </div>
    </form>
  );
}

function clamp(value: number, min: number, max: number) {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

