"use client";

import { useTranslations } from "next-intl";
import { changeTicketTypePriceAction, saveTicketTypeAction } from "@/app/(admin)/admin/events/actions";
import { toMajorUnitsText } from "@/lib/money";
import { AdminForm, Field } from "./admin-form";

export function TicketTypeForm({ eventId, ticketType }: { eventId: string; ticketType?: { id: string; name: string; description: string; capacity: number; sortOrder: number; minimum: number } }) {
  const t = useTranslations("admin.ticketTypes");
  return (
    <AdminForm
      action={saveTicketTypeAction}
      submitLabel={ticketType ? t("save") : t("add")}
      name={ticketType ? t("editForm", { name: ticketType.name }) : t("newForm")}
      className="grid gap-3 sm:grid-cols-4"
      resetOnSuccess={!ticketType}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="ticketTypeId" value={ticketType?.id ?? ""} />
      <Field label={t("fields.name")} name="name" defaultValue={ticketType?.name} required />
      <Field
        label={t("fields.capacity")}
        name="capacity"
        type="number"
        defaultValue={String(ticketType?.capacity ?? 100)}
        hint={ticketType ? t("hints.capacityMinimum", { minimum: ticketType.minimum }) : t("hints.capacity")}
        required
      />
      <Field label={t("fields.sortOrder")} name="sortOrder" type="number" defaultValue={String(ticketType?.sortOrder ?? 0)} />
      <Field label={t("fields.description")} name="description" defaultValue={ticketType?.description} />
    </AdminForm>
  );
}

/**
 * Sets or changes a ticket type's price. The other currencies start filled in with the current price's, so
 * changing the main amount does not silently drop them (a new price is a new Stripe object).
 */
export function ChangePriceForm({ ticketTypeId, name, currency, currencyOptions }: { ticketTypeId: string; name: string; currency?: string; currencyOptions?: Record<string, number> }) {
  const t = useTranslations("admin.ticketTypes");
  const others = Object.entries(currencyOptions ?? {})
    .map(([c, amount]) => `${c}:${toMajorUnitsText(String(amount), c)}`)
    .join(", ");
  return (
    <AdminForm action={changeTicketTypePriceAction} submitLabel={currency ? t("changePrice") : t("setPrice")} name={t("priceForm", { name })} className="grid gap-3 sm:grid-cols-4">
      <input type="hidden" name="ticketTypeId" value={ticketTypeId} />
      <Field label={currency ? t("fields.newAmountIn", { currency: currency.toUpperCase() }) : t("fields.newAmount")} name="amount" placeholder="25.00" required inputMode="decimal" />
      {currency ? <input type="hidden" name="currency" value="" /> : <Field label={t("fields.currency")} name="currency" placeholder="eur" required />}
      <Field label={t("fields.currencyOptions")} name="currencyOptions" defaultValue={others} placeholder="jpy:4000, usd:27" hint={t("hints.currencyOptions")} />
    </AdminForm>
  );
}
