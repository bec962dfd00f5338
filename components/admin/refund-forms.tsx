"use client";

import { refundOrderAction } from "@/app/(admin)/admin/orders/actions";
import { AdminForm } from "./admin-form";

export function RefundAllForm({ orderId, label }: { orderId: string; label: string }) {
  return (
    <AdminForm action={refundOrderAction} submitLabel={label} variant="danger" confirm="Refund everything left on this order through Stripe? Its tickets stop admitting and their seats go back on sale." name={`Refund order ${orderId}`}>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="scope" value="all" />
    </AdminForm>
  );
}

export function RefundTicketsForm({ orderId, tickets }: { orderId: string; tickets: { id: string; code: string; ticketTypeName: string }[] }) {
  return (
    <AdminForm action={refundOrderAction} submitLabel="Refund selected tickets" variant="danger" confirm="Refund the selected tickets through Stripe? Their seats go back on sale." name="Refund tickets">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="scope" value="tickets" />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Tickets to refund</legend>
        {tickets.map((t) => (
          <label key={t.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="ticketIds" value={t.id} /> {t.code} · {t.ticketTypeName}
          </label>
        ))}
      </fieldset>
    </AdminForm>
  );
}
