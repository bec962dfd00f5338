"use client";

import { changeTicketTypePriceAction, saveTicketTypeAction } from "@/app/(admin)/admin/events/actions";
import { AdminForm, Field } from "./admin-form";

export function TicketTypeForm({ eventId, ticketType }: { eventId: string; ticketType?: { id: string; name: string; description: string; capacity: number; sortOrder: number; minimum: number } }) {
  return (
    <AdminForm action={saveTicketTypeAction} submitLabel={ticketType ? "Save ticket type" : "Add ticket type"} name={ticketType ? `Edit ${ticketType.name}` : "New ticket type"} className="grid gap-2 sm:grid-cols-4">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="ticketTypeId" value={ticketType?.id ?? ""} />
      <Field label="Name" name="name" defaultValue={ticketType?.name} required />
      <Field label="Capacity" name="capacity" type="number" defaultValue={String(ticketType?.capacity ?? 100)} hint={ticketType ? `At least ${ticketType.minimum} (sold + held)` : "Seats for sale"} required />
      <Field label="Order" name="sortOrder" type="number" defaultValue={String(ticketType?.sortOrder ?? 0)} />
      <Field label="Description" name="description" defaultValue={ticketType?.description} />
    </AdminForm>
  );
}

export function ChangePriceForm({ ticketTypeId, name, currency }: { ticketTypeId: string; name: string; currency?: string }) {
  return (
    <AdminForm action={changeTicketTypePriceAction} submitLabel={currency ? "Change price" : "Set price"} name={`Price of ${name}`} className="grid gap-2 sm:grid-cols-4">
      <input type="hidden" name="ticketTypeId" value={ticketTypeId} />
      <Field label={`New amount${currency ? ` (${currency.toUpperCase()})` : ""}`} name="amount" placeholder="25.00" required />
      {currency ? <input type="hidden" name="currency" value="" /> : <Field label="Currency" name="currency" placeholder="eur" required />}
      <Field label="Other currencies" name="currencyOptions" placeholder="jpy:4000, usd:27" hint="currency:amount, comma-separated" />
    </AdminForm>
  );
}
