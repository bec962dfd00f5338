// Membership plans are Stripe prices found by lookup key (never by id: ids differ per account and change
// when a price changes). The seed creates them; catalog sync mirrors them.
export const PLAN_LOOKUP_KEYS = ["membership_monthly", "membership_yearly"] as const;
export const SETUP_FEE_LOOKUP_KEY = "membership_setup_fee";
export type PlanLookupKey = (typeof PLAN_LOOKUP_KEYS)[number];

/** Subscription states that carry member benefits. past_due, unpaid, canceled, incomplete… do not. */
export const BENEFIT_STATUSES = ["trialing", "active"] as const;
/** States in which an account already has a membership and may not start another. */
export const LIVE_STATUSES = ["trialing", "active", "past_due", "unpaid", "incomplete", "paused"] as const;
