"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { SetupCardForm } from "@/components/membership/setup-card-form";
import type { ActionState } from "@/lib/action";
import type { Membership } from "@/lib/memberships/get-membership";
import type { MemberInvoice } from "@/lib/memberships/list-member-invoices";
import { formatMoney } from "@/lib/money";

const STATUS_LABEL: Record<string, string> = {
  trialing: "Free trial",
  active: "Active",
  past_due: "Payment failed — update your card",
  unpaid: "Unpaid",
  canceled: "Canceled",
  incomplete: "Incomplete",
  incomplete_expired: "Expired",
  paused: "Paused",
};

const PLAN_LABEL: Record<string, string> = { membership_monthly: "Monthly", membership_yearly: "Yearly" };

const day = (date: Date | string | null) =>
  date ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(date)) : "";

type Props = {
  membership: Membership;
  invoices: MemberInvoice[];
  publishableKey: string;
  cancel: (state: ActionState, formData: FormData) => Promise<ActionState>;
  resume: (state: ActionState, formData: FormData) => Promise<ActionState>;
  startCardChange: (subscriptionId: string) => Promise<ActionState & { clientSecret?: string }>;
  finishCardChange: (input: { subscriptionId: string; setupIntentId: string }) => Promise<ActionState>;
};

/** Status, dates, card, cancel/resume, change card and invoices of the account's membership. */
export function MembershipPanel({ membership, invoices, publishableKey, cancel, resume, startCardChange, finishCardChange }: Props) {
  const [cancelState, cancelAction, canceling] = useActionState(cancel, {});
  const [resumeState, resumeAction, resuming] = useActionState(resume, {});
  const [cardChange, setCardChange] = useState<{ clientSecret?: string; error?: string; opening?: boolean }>({});
  const isOver = membership.status === "canceled" || membership.status === "incomplete_expired";
  const error = cancelState.error ?? resumeState.error ?? cardChange.error;

  return (
    <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">Plan</dt>
        <dd>{PLAN_LABEL[membership.planLookupKey ?? ""] ?? membership.planLookupKey ?? "Membership"}</dd>
        <dt className="text-stone-600">Status</dt>
        <dd data-testid="membership-status" data-status={membership.status} className="font-semibold">
          {STATUS_LABEL[membership.status] ?? membership.status}
        </dd>
        {membership.status === "trialing" && membership.trialEnd && (
          <>
            <dt className="text-stone-600">Trial ends</dt>
            <dd>{day(membership.trialEnd)}</dd>
          </>
        )}
        {!isOver && membership.currentPeriodEnd && (
          <>
            <dt className="text-stone-600">{membership.cancelAtPeriodEnd ? "Ends on" : "Renews on"}</dt>
            <dd>{day(membership.currentPeriodEnd)}</dd>
          </>
        )}
        {membership.card && (
          <>
            <dt className="text-stone-600">Card</dt>
            <dd data-testid="membership-card">
              {membership.card.brand} ending in {membership.card.last4}
            </dd>
          </>
        )}
        <dt className="text-stone-600">Presale access</dt>
        <dd>{membership.hasBenefits ? "Yes" : "No"}</dd>
      </dl>

      {membership.hasPendingSetup && !isOver && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          Your card still needs confirming.{" "}
          <Link href={`/membership/confirm?subscription=${membership.subscriptionId}`} className="font-medium underline">
            Finish setting up your membership
          </Link>
        </p>
      )}
      {membership.cancelAtPeriodEnd && !isOver && <p className="text-stone-700">Your membership is canceled and ends on {day(membership.currentPeriodEnd)}.</p>}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}

      {!isOver && (
        <div className="flex flex-wrap gap-3">
          {membership.cancelAtPeriodEnd ? (
            <form action={resumeAction}>
              <input type="hidden" name="subscriptionId" value={membership.subscriptionId} />
              <button disabled={resuming} className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
                Resume membership
              </button>
            </form>
          ) : (
            <form
              action={cancelAction}
              onSubmit={(event) => {
                if (!window.confirm("Cancel your membership at the end of the current period?")) event.preventDefault();
              }}
            >
              <input type="hidden" name="subscriptionId" value={membership.subscriptionId} />
              <button disabled={canceling} className="rounded-md border border-stone-900 px-4 py-2 font-medium disabled:opacity-60">
                Cancel membership
              </button>
            </form>
          )}
          {!cardChange.clientSecret && !membership.hasPendingSetup && (
            <button
              type="button"
              disabled={cardChange.opening}
              className="rounded-md border border-stone-300 px-4 py-2 font-medium disabled:opacity-60"
              onClick={async () => {
                setCardChange({ opening: true });
                setCardChange(await startCardChange(membership.subscriptionId));
              }}
            >
              Change card
            </button>
          )}
        </div>
      )}
      {cardChange.clientSecret && (
        <SetupCardForm
          publishableKey={publishableKey}
          subscriptionId={membership.subscriptionId}
          clientSecret={cardChange.clientSecret}
          initialState="requires_payment_method"
          lastError={null}
          finish={finishCardChange}
          purpose="change"
        />
      )}

      <section aria-labelledby="invoices-heading" className="space-y-2">
        <h3 id="invoices-heading" className="font-semibold">
          Invoices
        </h3>
        {invoices.length === 0 ? (
          <p className="text-sm text-stone-600">No invoices yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-stone-600">
                <th className="py-1 font-medium">Date</th>
                <th className="py-1 font-medium">Items</th>
                <th className="py-1 font-medium">Status</th>
                <th className="py-1 text-right font-medium">Amount</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id} className="border-b border-stone-100 align-top">
                  <td className="py-1">{day(invoice.created)}</td>
                  <td className="py-1">
                    {invoice.lines.map((line, index) => (
                      <span key={index} className="block">
                        {line.description ?? "—"} ({formatMoney(line.amount, invoice.currency)})
                      </span>
                    ))}
                  </td>
                  <td className="py-1">{invoice.status}</td>
                  <td className="py-1 text-right tabular-nums">{formatMoney(invoice.total, invoice.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
