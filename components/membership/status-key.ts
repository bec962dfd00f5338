const KNOWN = ["trialing", "active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "paused"] as const;
export type StatusKey = (typeof KNOWN)[number] | "unknown";

/** A subscription status as a key of `membership.status.*` (a status Stripe adds later reads "unknown"). */
export function toStatusKey(status: string): StatusKey {
  return (KNOWN as readonly string[]).includes(status) ? (status as StatusKey) : "unknown";
}
