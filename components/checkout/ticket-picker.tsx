"use client";

import { Minus, Plus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { formatMoney } from "@/i18n/format-money";
import type { ActionState } from "@/lib/action";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { MembersPay } from "../membership/members-pay";
import { SeatsLeft } from "../stock/seats-left";
import { useLiveStock } from "../stock/use-live-stock";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { useIsHydrated } from "../ui/use-is-hydrated";
import { LazyOpenHoldsList } from "./lazy-open-holds";

/**
 * The reserve action's answer: where the new hold's checkout is (the picker goes there), or the refusal; at the
 * active-hold limit it lists the shopper's checkouts in progress.
 */
export type ReserveState = ActionState & { checkoutPath?: string; holds?: OpenHold[]; serverNow?: number };

export type PickableTicketType = {
  id: string;
  name: string;
  description: string;
  priceLabel: string | null;
  /** What this shopper pays for one, in minor units of the picker's currency (null: not offered). */
  unitAmount: number | null;
  available: number;
  /** Seats other shoppers hold in checkouts right now (they come back if those end unpaid). */
  held: number;
  capacity: number;
  /** What members pay, shown to shoppers who are not members. */
  memberPriceLabel?: string;
};

type Props = {
  /** With an event id, the stock shown follows the event's live feed instead of the render's figures. */
  eventId?: string;
  ticketTypes: PickableTicketType[];
  maxPerOrder: number;
  /** The currency every amount here is in; sent with the form so checkout charges the same. */
  currency: string;
  uiMode?: "hosted" | "embedded";
  action: (state: ReserveState, formData: FormData) => Promise<ReserveState>;
};

/**
 * Quantities per ticket type (−/+ steppers beside a number field), bounded by what is left and the per-order
 * limit, a running subtotal and one button; on phones the subtotal and button stay in view at the bottom.
 */
export function TicketPicker({ eventId, ticketTypes: rendered, maxPerOrder, currency, uiMode, action }: Props) {
  const t = useTranslations("ticketPicker");
  const format = useFormatter();
  const [state, formAction, isPending] = useActionState(action, {});
  // A hold answers with its checkout's address: go there (the button stays busy until the page shows).
  const router = useRouter();
  useEffect(() => {
    if (state.checkoutPath) router.push(state.checkoutPath);
  }, [state.checkoutPath, router]);
  const isBusy = isPending || !!state.checkoutPath;
  const live = useLiveStock(eventId);
  const ticketTypes = live ? rendered.map((type) => ({ ...type, available: live[type.id]?.available ?? type.available, held: live[type.id]?.held ?? type.held })) : rendered;
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const isHydrated = useIsHydrated();
  const total = Object.values(quantities).reduce((sum, n) => sum + n, 0);
  const subtotal = ticketTypes.reduce((sum, type) => sum + (quantities[type.id] ?? 0) * (type.unitAmount ?? 0), 0);
  const isAnyOnSale = ticketTypes.some((type) => type.available > 0 && type.priceLabel);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="currency" value={currency} />
      {uiMode && <input type="hidden" name="uiMode" value={uiMode} />}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {ticketTypes.map((ticketType) => {
          const quantity = quantities[ticketType.id] ?? 0;
          const max = Math.max(0, Math.min(ticketType.available, maxPerOrder - (total - quantity)));
          const isOffered = ticketType.available > 0 && !!ticketType.priceLabel;
          const fieldError = state.fieldErrors?.[ticketType.id];
          // At the ceiling, say which one it is. The stock badge already says "Only N left": never a second count.
          const note = quantity > 0 && quantity >= max ? (max === ticketType.available ? t("noteAllLeft") : t("noteLimit", { limit: maxPerOrder })) : "";
          const choose = (requested: number) => setQuantities({ ...quantities, [ticketType.id]: clamp(requested, 0, max) });
          return (
            <li key={ticketType.id} aria-label={ticketType.name} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3 p-4">
              <div className="min-w-48 flex-1 space-y-1">
                <h3 className="font-medium">{ticketType.name}</h3>
                {ticketType.description && <p className="text-sm text-stone-600">{ticketType.description}</p>}
                {ticketType.memberPriceLabel && <MembersPay price={ticketType.memberPriceLabel} />}
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  {ticketType.priceLabel && <span className="font-medium">{ticketType.priceLabel}</span>}
                  <SeatsLeft available={ticketType.available} capacity={ticketType.capacity} held={ticketType.held} />
                </div>
                <p role="status" className="text-sm font-medium text-amber-800 empty:hidden">
                  {!fieldError ? note : ""}
                </p>
                {fieldError && (
                  <p role="alert" className="text-sm font-medium text-red-700">
                    {fieldError}
                  </p>
                )}
              </div>
              {isOffered ? (
                <div className="flex items-center gap-1">
                  <Button
                    variant="secondary"
                    size="icon"
                    className="size-11"
                    aria-label={t("decrease", { name: ticketType.name })}
                    disabled={!isHydrated || quantity <= 0}
                    onClick={() => choose(quantity - 1)}
                  >
                    <Minus aria-hidden />
                  </Button>
                  <label>
                    <span className="sr-only">{t("quantityOf", { name: ticketType.name })}</span>
                    <Input
                      type="number"
                      inputMode="numeric"
                      name={`quantity.${ticketType.id}`}
                      min={0}
                      max={max}
                      value={quantity}
                      disabled={!isHydrated}
                      onChange={(e) => choose(Number(e.target.value))}
                      onFocus={(e) => e.target.select()}
                      aria-invalid={fieldError ? true : undefined}
                      className="h-11 w-16 px-2 text-center text-base"
                    />
                  </label>
                  <Button
                    variant="secondary"
                    size="icon"
                    className="size-11"
                    aria-label={t("increase", { name: ticketType.name })}
                    disabled={!isHydrated || quantity >= max}
                    onClick={() => choose(quantity + 1)}
                  >
                    <Plus aria-hidden />
                  </Button>
                </div>
              ) : (
                <span className="text-sm text-stone-500">
                  <span aria-hidden>—</span>
                  <span className="sr-only">{t("notOffered")}</span>
                </span>
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
      {state.holds && state.serverNow !== undefined && state.holds.length > 0 && <LazyOpenHoldsList holds={state.holds} serverNow={state.serverNow} />}
      <p className="text-sm text-stone-600">{t("footer", { limit: maxPerOrder })}</p>
      {isAnyOnSale && (
        // The reserve bar: sticks to the bottom of a phone's screen while the list scrolls under it.
        <div
          data-testid="reserve-bar"
          data-pinned-reserve-bar
          className="sticky bottom-0 z-10 -mx-4 flex items-center justify-between gap-3 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none"
        >
          <p role="status" className="flex flex-col leading-tight">
            <span className="text-sm text-stone-600">{t("subtotal")}</span>
            <span className="text-lg font-semibold" data-testid="subtotal">
              {formatMoney(format, subtotal, currency)}
            </span>
          </p>
          <Button type="submit" size="lg" disabled={total === 0 || isBusy}>
            {isBusy ? t("holding") : total > 0 ? t("reserveCount", { count: total }) : t("reserve")}
          </Button>
        </div>
      )}
    </form>
  );
}

function clamp(value: number, min: number, max: number) {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
