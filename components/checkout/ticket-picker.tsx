"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { MembersPay } from "../membership/members-pay";
import { SeatsLeft } from "../stock/seats-left";
import { useLiveStock } from "../stock/use-live-stock";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { OpenHoldsList } from "./open-holds-list";

/** The reserve action's answer; at the active-hold limit it lists the shopper's checkouts in progress. */
export type ReserveState = ActionState & { holds?: OpenHold[]; serverNow?: number };

export type PickableTicketType = { id: string; name: string; description: string; priceLabel: string | null; available: number; capacity: number;
  /** What members pay, shown to shoppers who are not members. */
  memberPriceLabel?: string;
};

type Props = {
  /** With an event id, the stock shown follows the event's live feed instead of the render's figures. */
  eventId?: string;
  ticketTypes: PickableTicketType[];
  maxPerOrder: number;
  currency?: string;
  uiMode?: "hosted" | "embedded";
  action: (state: ReserveState, formData: FormData) => Promise<ReserveState>;
};

/** Quantities per ticket type, bounded by what is left and the per-order limit, and one button. */
export function TicketPicker({ eventId, ticketTypes: rendered, maxPerOrder, currency, uiMode, action }: Props) {
  const t = useTranslations("ticketPicker");
  const [state, formAction, isPending] = useActionState(action, {});
  const live = useLiveStock(eventId);
  const ticketTypes = live ? rendered.map((type) => ({ ...type, available: live[type.id]?.available ?? type.available })) : rendered;
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
            const limitNote = max === ticketType.available ? t("noteOnlyLeft", { count: ticketType.available }) : t("noteLimit", { limit: maxPerOrder });
            setNotes({ ...notes, [ticketType.id]: requested > max ? limitNote : "" });
          };
          return (
            <li key={ticketType.id} aria-label={ticketType.name} className="flex flex-wrap items-center justify-between gap-4 p-4">
              <div className="min-w-48 flex-1">
                <h3 className="font-medium">{ticketType.name}</h3>
                {ticketType.description && <p className="text-sm text-stone-600">{ticketType.description}</p>}
                {ticketType.memberPriceLabel && <MembersPay price={ticketType.memberPriceLabel} />}
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
                <span className="w-24 text-right text-sm text-stone-500">
                  <span aria-hidden>—</span>
                  <span className="sr-only">{t("notOffered")}</span>
                </span>
              ) : (
                <label className="flex items-center gap-2 text-sm">
                  <span className="sr-only">{t("quantityOf", { name: ticketType.name })}</span>
                  <Input
                    type="number"
                    inputMode="numeric"
                    name={`quantity.${ticketType.id}`}
                    min={0}
                    max={max}
                    value={quantity}
                    onChange={(e) => choose(Number(e.target.value))}
                    aria-invalid={fieldError ? true : undefined}
                    className="h-9 w-20 px-2 text-right"
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {state.error && !state.fieldErrors && (
        <Alert role="alert" variant="danger">
          {state.error}
        </Alert>
      )}
      {state.holds && state.serverNow !== undefined && state.holds.length > 0 && <OpenHoldsList holds={state.holds} serverNow={state.serverNow} />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-stone-600">{t("footer", { limit: maxPerOrder })}</p>
        {isAnyOnSale && (
          <Button type="submit" disabled={total === 0 || isPending}>
            {isPending ? t("holding") : total > 0 ? t("reserveCount", { count: total }) : t("reserve")}
          </Button>
        )}
      </div>
    </form>
  );
}

function clamp(value: number, min: number, max: number) {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
