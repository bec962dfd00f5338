import { z } from "zod";
import type { ActionState } from "../action";
import { isUuid } from "../is-uuid";

export type ReserveForm = {
  items: { ticketTypeId: string; quantity: number }[];
  currency?: string;
  uiMode?: "hosted" | "embedded";
};

// Digits only: no signs, spaces, exponents, hex or decimals ("0x3", " 2 ", "1e1", "2.0" are all refused).
const QUANTITY = /^(0|[1-9][0-9]{0,2})$/;
const MAX_TICKET_TYPES = 20;
const currencySchema = z.string().regex(/^[a-z]{3}$/);

/**
 * Reads the event page's form (`quantity.<ticketTypeId>` fields, `currency`, `uiMode`) strictly, with a message a
 * shopper can act on for each problem (never a validator's own wording). Quantities of zero are dropped.
 */
export function parseReserveForm(formData: FormData): { data: ReserveForm } | { state: ActionState } {
  // Server actions are public endpoints: the "form" may be anything a client chose to encode.
  if (!(formData instanceof FormData)) return { state: { error: "We could not read your order. Please choose your tickets again." } };
  const entries = [...formData.entries()].filter(([key]) => key.startsWith("quantity."));
  if (entries.length > MAX_TICKET_TYPES) return { state: { error: `Choose at most ${MAX_TICKET_TYPES} kinds of ticket in one order.` } };
  const items: ReserveForm["items"] = [];
  const fieldErrors: Record<string, string> = {};
  for (const [key, value] of entries) {
    const ticketTypeId = key.slice("quantity.".length);
    if (!isUuid(ticketTypeId)) return { state: { error: "That ticket type does not exist. Please reload the page." } };
    if (items.some((item) => item.ticketTypeId === ticketTypeId)) return { state: { error: "Each ticket type can appear once in an order." } };
    if (typeof value !== "string" || !QUANTITY.test(value) || Number(value) > 100) {
      fieldErrors[ticketTypeId] = "Enter a whole number of tickets, like 2.";
      continue;
    }
    items.push({ ticketTypeId, quantity: Number(value) });
  }
  if (Object.keys(fieldErrors).length > 0) return { state: { error: "Enter a whole number of tickets, like 2.", fieldErrors } };
  const currency = formData.get("currency") || undefined;
  if (currency !== undefined && !currencySchema.safeParse(currency).success) {
    return { state: { error: "That currency is not offered. Please choose one from the list." } };
  }
  const uiMode = formData.get("uiMode") || undefined;
  if (uiMode !== undefined && uiMode !== "hosted" && uiMode !== "embedded") return { state: { error: "That checkout option does not exist." } };
  const chosen = items.filter((item) => item.quantity > 0);
  if (chosen.length === 0) return { state: { error: "Choose at least one ticket." } };
  return { data: { items: chosen, currency: currency as string | undefined, uiMode } };
}
