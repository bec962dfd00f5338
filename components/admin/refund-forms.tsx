"use client";

import { useTranslations } from "next-intl";
import { useContext } from "react";
import { refundOrderAction } from "@/app/(admin)/admin/orders/actions";
import { AdminForm, FieldErrorsContext } from "./admin-form";

export function RefundAllForm({ orderId, label }: { orderId: string; label: string }) {
  const t = useTranslations("admin.orders");
  return (
    <AdminForm action={refundOrderAction} submitLabel={label} variant="destructive" confirm={{ title: t("confirmRefundAllTitle"), description: t("confirmRefundAll") }} name={t("refundOrderForm", { id: orderId })}>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="scope" value="all" />
    </AdminForm>
  );
}

export function RefundTicketsForm({ orderId, tickets }: { orderId: string; tickets: { id: string; code: string; ticketTypeName: string }[] }) {
  const t = useTranslations("admin.orders");
  return (
    <AdminForm action={refundOrderAction} submitLabel={t("refundSelected")} variant="destructive" confirm={{ title: t("confirmRefundTicketsTitle"), description: t("confirmRefundTickets") }} name={t("refundTicketsForm")}>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="scope" value="tickets" />
      <TicketChoices tickets={tickets} />
    </AdminForm>
  );
}

function TicketChoices({ tickets }: { tickets: { id: string; code: string; ticketTypeName: string }[] }) {
  const t = useTranslations("admin.orders");
  const error = useContext(FieldErrorsContext).ticketIds;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? "refund-tickets-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{t("ticketsToRefund")}</legend>
      {tickets.map((ticket) => (
        <label key={ticket.id} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="ticketIds" value={ticket.id} className="size-4 accent-brand-600" /> <span className="font-mono">{ticket.code}</span> · {ticket.ticketTypeName}
        </label>
      ))}
      {error && (
        <p id="refund-tickets-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
