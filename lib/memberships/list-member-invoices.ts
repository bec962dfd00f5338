import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";

export type MemberInvoice = {
  id: string;
  number: string | null;
  status: string | null;
  total: number;
  amountPaid: number;
  currency: string;
  created: Date;
  lines: { description: string | null; amount: number }[];
  hostedUrl: string | null;
};

/** The account's invoices, newest first, read from Stripe (the customer's, so only this account's). */
export async function listMemberInvoices(options: { userId: string; limit?: number }): Promise<MemberInvoice[]> {
  const member = await getDb().member.findUnique({ where: { userId: options.userId } });
  if (!member?.stripeCustomerId) return [];
  const invoices = await getStripe().invoices.list({ customer: member.stripeCustomerId, limit: options.limit ?? 24 });
  return invoices.data.map((invoice) => ({
    id: invoice.id ?? "",
    number: invoice.number ?? null,
    status: invoice.status ?? null,
    total: invoice.total,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    created: new Date(invoice.created * 1000),
    lines: invoice.lines.data.map((line) => ({ description: line.description, amount: line.amount })),
    hostedUrl: invoice.hosted_invoice_url ?? null,
  }));
}
