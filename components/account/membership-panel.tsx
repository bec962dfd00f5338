"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { SetupCardForm } from "@/components/membership/setup-card-form";
import { toStatusKey } from "@/components/membership/status-key";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ActionState } from "@/lib/action";
import type { Membership } from "@/lib/memberships/get-membership";
import type { MemberInvoice } from "@/lib/memberships/list-member-invoices";
import { formatMoney } from "@/lib/money";

const STATUS_VARIANT = { trialing: "info", active: "success", past_due: "danger", unpaid: "danger" } as const;

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
  const t = useTranslations("membership");
  const format = useFormatter();
  const locale = useLocale();
  const [cancelState, cancelAction] = useActionState(cancel, {});
  const [resumeState, resumeAction, resuming] = useActionState(resume, {});
  const [cardChange, setCardChange] = useState<{ clientSecret?: string; error?: string; opening?: boolean }>({});
  const isOver = membership.status === "canceled" || membership.status === "incomplete_expired";
  const error = cancelState.error ?? resumeState.error ?? cardChange.error;
  const day = (date: Date | null) => (date ? format.dateTime(new Date(date), "date") : "");
  const statusKey = toStatusKey(membership.status);
  const planKey = membership.planLookupKey === "membership_yearly" ? "membership_yearly" : "membership_monthly";

  return (
    <Card className="space-y-4 p-4">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">{t("panel.plan")}</dt>
        <dd>{t(`plans.${planKey}`)}</dd>
        <dt className="text-stone-600">{t("panel.status")}</dt>
        <dd>
          <Badge data-testid="membership-status" data-status={membership.status} variant={STATUS_VARIANT[membership.status as keyof typeof STATUS_VARIANT] ?? "neutral"}>
            {t(`status.${statusKey}`)}
          </Badge>
        </dd>
        {membership.status === "trialing" && membership.trialEnd && (
          <>
            <dt className="text-stone-600">{t("panel.trialEnds")}</dt>
            <dd>{day(membership.trialEnd)}</dd>
          </>
        )}
        {!isOver && membership.currentPeriodEnd && (
          <>
            <dt className="text-stone-600">{membership.cancelAtPeriodEnd ? t("panel.endsOn") : t("panel.renewsOn")}</dt>
            <dd>{day(membership.currentPeriodEnd)}</dd>
          </>
        )}
        {membership.card && (
          <>
            <dt className="text-stone-600">{t("panel.card")}</dt>
            <dd data-testid="membership-card">{t("panel.cardValue", { brand: membership.card.brand, last4: membership.card.last4 })}</dd>
          </>
        )}
        <dt className="text-stone-600">{t("panel.presaleAccess")}</dt>
        <dd>{membership.hasBenefits ? t("panel.yes") : t("panel.no")}</dd>
      </dl>

      {membership.hasPendingSetup && !isOver && (
        <Alert role="status" variant="warning">
          {t("panel.pendingSetup")}{" "}
          <Link href={`/membership/confirm?subscription=${membership.subscriptionId}`} className="font-medium underline">
            {t("panel.finishSetup")}
          </Link>
        </Alert>
      )}
      {membership.cancelAtPeriodEnd && !isOver && <p className="text-stone-700">{t("panel.canceledNote", { date: day(membership.currentPeriodEnd) })}</p>}
      {error && (
        <Alert role="alert" variant="danger">
          {error}
        </Alert>
      )}

      {!isOver && (
        <div className="flex flex-wrap gap-3">
          {membership.cancelAtPeriodEnd ? (
            <form action={resumeAction}>
              <input type="hidden" name="subscriptionId" value={membership.subscriptionId} />
              <Button type="submit" disabled={resuming}>
                {t("panel.resume")}
              </Button>
            </form>
          ) : (
            <ConfirmDialog
              trigger={<Button variant="secondary">{t("panel.cancel")}</Button>}
              title={t("panel.cancelTitle")}
              description={t("panel.cancelDescription")}
              confirmLabel={t("panel.cancelConfirm")}
              cancelLabel={t("panel.keep")}
              pendingLabel={t("panel.canceling")}
              onConfirm={() => {
                const form = new FormData();
                form.set("subscriptionId", membership.subscriptionId);
                cancelAction(form);
              }}
            />
          )}
          {!cardChange.clientSecret && !membership.hasPendingSetup && (
            <Button
              variant="secondary"
              disabled={cardChange.opening}
              onClick={async () => {
                setCardChange({ opening: true });
                setCardChange(await startCardChange(membership.subscriptionId));
              }}
            >
              {t("panel.changeCard")}
            </Button>
          )}
        </div>
      )}
      {cardChange.clientSecret && (
        <SetupCardForm
          publishableKey={publishableKey}
          subscriptionId={membership.subscriptionId}
          clientSecret={cardChange.clientSecret}
          initialState="requires_payment_method"
          lastErrorCode={null}
          lastErrorMessage={null}
          finish={finishCardChange}
          purpose="change"
        />
      )}

      <section aria-labelledby="invoices-heading" className="space-y-2">
        <h3 id="invoices-heading" className="font-semibold">
          {t("panel.invoices")}
        </h3>
        {invoices.length === 0 ? (
          <p className="text-sm text-stone-600">{t("panel.noInvoices")}</p>
        ) : (
          <Table aria-labelledby="invoices-heading">
            <TableHeader>
              <TableRow>
                <TableHead>{t("panel.date")}</TableHead>
                <TableHead>{t("panel.items")}</TableHead>
                <TableHead>{t("panel.invoiceStatus")}</TableHead>
                <TableHead className="text-right">{t("panel.amount")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.map((invoice) => (
                <TableRow key={invoice.id} className="align-top">
                  <TableCell>{day(invoice.created)}</TableCell>
                  <TableCell>
                    {invoice.lines.map((line, index) => (
                      <span key={index} className="block">
                        {line.description ?? "—"} ({formatMoney(line.amount, invoice.currency, locale)})
                      </span>
                    ))}
                  </TableCell>
                  <TableCell>{invoice.status}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(invoice.total, invoice.currency, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </Card>
  );
}
