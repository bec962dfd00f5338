import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action";
import { isAppError, type AppError } from "@/lib/errors";
import type messages from "../messages/en.json";
import { describeAppError } from "./describe-app-error";

type AdminMessages = (typeof messages)["admin"];
type ValidationKey = keyof AdminMessages["validation"];
type AdminErrorKey = keyof AdminMessages["errors"];

// Fields a person types into: each has one message saying what it needs. Any other field is hidden (an id, a
// request id, a flag set by the button), so a bad value there means the page is out of date.
const fieldMessage: Partial<Record<string, ValidationKey>> = {
  name: "name",
  slug: "slug",
  venue: "venue",
  timeZone: "timeZone",
  startsAt: "startsAt",
  presaleStartsAt: "presaleStartsAt",
  generalSaleAt: "generalSaleAt",
  imageUrl: "imageUrl",
  description: "description",
  capacity: "capacity",
  sortOrder: "sortOrder",
  currency: "currency",
  amount: "amount",
  currencyOptions: "currencyOptions",
  interval: "interval",
  lookupKey: "lookupKey",
  nickname: "nickname",
  metadata: "metadata",
  csv: "csv",
  ticketIds: "ticketIds",
};

// Refusals from lib/ whose `details.kind` names what went wrong in the console's terms.
const kindMessage: Partial<Record<string, AdminErrorKey>> = {
  slug_taken: "slugTaken",
  ticket_type_name_taken: "ticketTypeNameTaken",
  amount_format: "amountFormat",
  currency_options_format: "currencyOptionsFormat",
  currency_option_is_main: "currencyOptionIsMain",
  metadata_format: "metadataFormat",
  lookup_key_taken: "lookupKeyTaken",
  stripe_refused: "stripeRefused",
  currency_required: "currencyRequired",
  product_has_prices: "productHasPrices",
  already_refunded: "alreadyRefunded",
  tickets_not_refundable: "ticketsNotRefundable",
  no_payment: "noPayment",
  refund_refused: "refundRefused",
  hold_ended: "holdEnded",
  replay_failed: "replayFailed",
  csv_too_large: "csvTooLarge",
  csv_missing: "csvMissing",
};

/** Form state for a zod refusal: each typed field gets its own message; a bad hidden field says "reload". */
export async function describeInvalidFields(fields: string[]): Promise<ActionState> {
  const t = await getTranslations("admin");
  const fieldErrors: Record<string, string> = {};
  let isStale = false;
  for (const field of fields) {
    const key = fieldMessage[field];
    if (key) fieldErrors[field] ??= t(`validation.${key}`);
    else isStale = true;
  }
  return { error: isStale ? t("errors.formOutdated") : t("errors.fixFields"), fieldErrors };
}

/**
 * A console refusal in the admin's language, with the field it belongs to (inline next to it). lib/ speaks
 * English for logs; this maps codes and `details.kind` to messages, never showing `error.message`.
 */
export async function toAdminActionState(error: unknown): Promise<ActionState> {
  const t = await getTranslations("admin");
  if (!isAppError(error)) {
    console.error("admin action failed", error);
    return { error: (await getTranslations("errors"))("internal") };
  }
  const message = await describeAdminError(error);
  const field = typeof error.details.field === "string" ? error.details.field : undefined;
  if (error.code === "invalid_input" && field && !error.details.kind && fieldMessage[field]) {
    const fieldText = t(`validation.${fieldMessage[field]}`);
    return { error: t("errors.fixFields"), fieldErrors: { [field]: fieldText } };
  }
  return field ? { error: message, fieldErrors: { [field]: message } } : { error: message };
}

/** The message alone (for places that show one line, like the door screen or the import preview). */
export async function describeAdminError(error: AppError): Promise<string> {
  const t = await getTranslations("admin");
  const { details } = error;
  const kindKey = typeof details.kind === "string" ? kindMessage[details.kind] : undefined;
  if (kindKey) return t(`errors.${kindKey}`, { currency: typeof details.currency === "string" ? details.currency : "" });
  if (error.code === "conflict" && typeof details.minimum === "number") return t("errors.capacityBelowTaken", { minimum: details.minimum });
  if (error.code === "forbidden") return t("errors.forbidden");
  if (error.code === "not_found") return t("errors.notFound");
  return describeAppError(await getTranslations("errors"), error);
}
