/**
 * Fields Stripe sends only when asked for with `expand[]` ("includable"), by object type. Stored objects
 * may carry them; everything leaving the emulator drops them unless expanded.
 */
export const INCLUDABLE_FIELDS: Record<string, readonly string[]> = {
  price: ["currency_options"],
  "checkout.session": ["line_items"],
  invoice: ["payments", "confirmation_secret"],
};

/** A deep, detached copy with includable fields removed: what an event or a plain response carries. */
export function snapshot<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        const hidden = INCLUDABLE_FIELDS[(v as { object?: string }).object ?? ""];
        if (hidden) {
          const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
          for (const field of hidden) delete copy[field];
          return copy;
        }
      }
      return v;
    }),
  ) as T;
}
