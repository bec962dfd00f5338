import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { endCheckout, type EndCheckoutResult } from "../checkout/end-checkout";
import { AppError } from "../errors";
import { getHold } from "../inventory";

/**
 * An organiser ends a shopper's hold now. Goes through `endCheckout`, so the seats return only after Stripe
 * confirms the session can no longer be paid — a session paid meanwhile is fulfilled instead.
 */
export async function endHoldNow({ holdId, actor }: { holdId: string; actor: CurrentUser }): Promise<EndCheckoutResult> {
  const hold = await getHold({ holdId });
  if (!hold) throw new AppError("not_found", "No such hold.");
  if (hold.status !== "active") throw new AppError("conflict", "This hold has already ended.", { kind: "hold_ended" });
  const result = await endCheckout({ holdId: hold.id, checkoutSessionId: hold.checkoutSessionId }, "ended_by_admin");
  await recordAudit({ actor, action: "hold.end", subject: hold.id, before: { status: hold.status, lines: hold.lines }, after: { result } });
  return result;
}
