import type Stripe from "stripe";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";

/**
 * The subscription as Stripe has it now, if it belongs to this account; `not_found` otherwise (the same
 * answer for "not yours" and "does not exist", so ids cannot be probed).
 */
export async function getOwnSubscription(options: { userId: string; subscriptionId: string; expand?: string[] }): Promise<Stripe.Subscription> {
  const db = getDb();
  const [mirror, member] = await Promise.all([
    db.memberSubscription.findUnique({ where: { id: options.subscriptionId } }),
    db.member.findUnique({ where: { userId: options.userId } }),
  ]);
  if (!mirror || mirror.userId !== options.userId || !member?.stripeCustomerId) throw new AppError("not_found", "Membership not found.");
  const subscription = await getStripe().subscriptions.retrieve(options.subscriptionId, { expand: options.expand });
  const customer = typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  if (customer !== member.stripeCustomerId) throw new AppError("not_found", "Membership not found.");
  return subscription;
}
