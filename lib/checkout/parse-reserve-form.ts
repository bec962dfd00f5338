import { z } from "zod";
import { isUuid } from "../is-uuid";

export type ReserveForm = {
  items: { ticketTypeId: string; quantity: number }[];
  currency?: string;
  uiMode?: "hosted" | "embedded";
};

/** What is wrong with a form, as a message key of the `ticketPicker` messages (the UI words it per language). */
export type ReserveFormProblem = {
  key: "errorQuantity" | "errorTooManyKinds" | "errorTicketType" | "errorDuplicate" | "errorCurrency" | "errorCheckoutOption" | "errorUnreadable" | "errorNoneChosen";
  values?: Record<string, number>;
  /** Ticket types whose field the message belongs to. */
  fields?: string[];
};

// Digits only: no signs, spaces, exponents, hex or decimals ("0x3", " 2 ", "1e1", "2.0" are all refused).
const QUANTITY = /^(0|[1-9][0-9]{0,2})$/;
export const MAX_TICKET_TYPES = 20;
const currencySchema = z.string().regex(/^[a-z]{3}$/);

/**
 * Reads the event page's form (`quantity.<ticketTypeId>` fields, `currency`, `uiMode`) strictly, naming each
 * problem so the shopper gets a message they can act on (never a validator's own wording). Quantities of zero
 * are dropped.
 */
export function parseReserveForm(formData: FormData): { data: ReserveForm } | { problem: ReserveFormProblem } {
  // Server actions are public endpoints: the "form" may be anything a client chose to encode.
  if (!(formData instanceof FormData)) return { problem: { key: "errorUnreadable" } };
  const entries = [...formData.entries()].filter(([key]) => key.startsWith("quantity."));
  if (entries.length > MAX_TICKET_TYPES) return { problem: { key: "errorTooManyKinds", values: { max: MAX_TICKET_TYPES } } };
  const items: ReserveForm["items"] = [];
  const badFields: string[] = [];
  for (const [key, value] of entries) {
    const ticketTypeId = key.slice("quantity.".length);
    if (!isUuid(ticketTypeId)) return { problem: { key: "errorTicketType" } };
    if (items.some((item) => item.ticketTypeId === ticketTypeId)) return { problem: { key: "errorDuplicate" } };
    if (typeof value !== "string" || !QUANTITY.test(value) || Number(value) > 100) badFields.push(ticketTypeId);
    else items.push({ ticketTypeId, quantity: Number(value) });
  }
  if (badFields.length > 0) return { problem: { key: "errorQuantity", fields: badFields } };
  const currency = formData.get("currency") || undefined;
  if (currency !== undefined && !currencySchema.safeParse(currency).success) return { problem: { key: "errorCurrency" } };
  const uiMode = formData.get("uiMode") || undefined;
  if (uiMode !== undefined && uiMode !== "hosted" && uiMode !== "embedded") return { problem: { key: "errorCheckoutOption" } };
  const chosen = items.filter((item) => item.quantity > 0);
  if (chosen.length === 0) return { problem: { key: "errorNoneChosen" } };
  return { data: { items: chosen, currency: currency as string | undefined, uiMode } };
}
