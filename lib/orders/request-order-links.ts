import { z } from "zod";
import { AppError } from "../errors";
import { enqueueMail } from "../mail/enqueue-mail";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";

export const orderLinksRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the email address you paid with.").max(254, "Enter the email address you paid with.")),
  clientKey: z.string().min(1).max(100),
  locale: z.string().max(20).optional(),
});

export type OrderLinksRequest = z.input<typeof orderLinksRequestSchema>;

const HOUR = 3600;
export const ORDER_LINKS_LIMITS = { perEmail: 3, perClient: 20, windowSeconds: HOUR };

/**
 * "I lost my link": queues one email to `email` listing links to every order paid with it. The caller learns
 * nothing about whether such orders exist (the mail is written, or skipped, later by the sender), and both the
 * address and the client are rate limited in the database, counted whatever the outcome. Throws AppError
 * `invalid_input` or `limit_exceeded`.
 */
export async function requestOrderLinks(input: OrderLinksRequest): Promise<void> {
  const parsed = orderLinksRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Enter the email address you paid with.");
  const { email, clientKey, locale } = parsed.data;
  const { perEmail, perClient, windowSeconds } = ORDER_LINKS_LIMITS;
  const isClientAllowed = await hitRateLimit({ key: `order-links:client:${clientKey}`, limit: perClient, windowSeconds });
  const isEmailAllowed = await hitRateLimit({ key: `order-links:email:${email}`, limit: perEmail, windowSeconds });
  if (!isClientAllowed || !isEmailAllowed) {
    throw new AppError("limit_exceeded", "Too many requests for order links. Please try again in an hour.", { kind: "order_links" });
  }
  await enqueueMail({ kind: "order_links", toAddress: email, locale });
}
