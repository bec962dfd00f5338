import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** An order's status as a badge in the admin's language; partly refunded orders say so. */
export async function OrderStatusBadge({ status, amountRefunded }: { status: string; amountRefunded: number }) {
  const t = await getTranslations("admin.orders.status");
  if (status === "needs_refund") return <Badge variant="danger">{t("needsRefund")}</Badge>;
  if (status === "refunded") return <Badge>{t("refunded")}</Badge>;
  if (amountRefunded > 0) return <Badge variant="warning">{t("partlyRefunded")}</Badge>;
  return <Badge variant="success">{t("paid")}</Badge>;
}
