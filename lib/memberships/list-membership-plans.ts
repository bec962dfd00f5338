import { getDb } from "../db";
import { getEnv } from "../env";
import { amountIn, pickCurrency } from "./pick-currency";
import { PLAN_LOOKUP_KEYS, SETUP_FEE_LOOKUP_KEY, type PlanLookupKey } from "./plan-keys";

export type MembershipPlan = { lookupKey: PlanLookupKey; name: string; interval: string; amount: number; currency: string };
export type MembershipOffer = {
  plans: MembershipPlan[];
  setupFee: { amount: number; currency: string } | null;
  currency: string;
  currencies: string[];
  trialDays: number;
};

/**
 * The membership plans on sale, read from the catalog mirror by lookup key, priced in the shopper's currency
 * where every plan offers it (`currency_options`).
 */
export async function listMembershipPlans(options: { currency?: string; acceptLanguage?: string | null } = {}): Promise<MembershipOffer> {
  const prices = await getDb().catalogPrice.findMany({
    where: { lookupKey: { in: [...PLAN_LOOKUP_KEYS, SETUP_FEE_LOOKUP_KEY] }, active: true },
    include: { product: true },
  });
  const plansFound = PLAN_LOOKUP_KEYS.flatMap((key) => prices.filter((p) => p.lookupKey === key && p.recurringInterval));
  const fee = prices.find((p) => p.lookupKey === SETUP_FEE_LOOKUP_KEY);
  const first = plansFound[0];
  const trialDays = getEnv().MEMBERSHIP_TRIAL_DAYS;
  if (!first) return { plans: [], setupFee: null, currency: "eur", currencies: [], trialDays };
  const candidates = [first.currency, ...Object.keys((first.currencyOptions ?? {}) as object)];
  const currencies = candidates.filter((c) => plansFound.every((p) => amountIn(p, c) !== undefined));
  const currency = pickCurrency({ requested: options.currency, acceptLanguage: options.acceptLanguage, offered: currencies, base: first.currency });
  const feeAmount = fee ? amountIn(fee, currency) : undefined;
  return {
    plans: plansFound.map((p) => ({
      lookupKey: p.lookupKey as PlanLookupKey,
      name: p.nickname ?? p.product.name,
      interval: p.recurringInterval ?? "month",
      amount: amountIn(p, currency) ?? 0,
      currency,
    })),
    setupFee: feeAmount !== undefined ? { amount: feeAmount, currency } : null,
    currency,
    currencies,
    trialDays,
  };
}
