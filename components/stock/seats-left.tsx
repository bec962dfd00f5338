import { useTranslations } from "next-intl";
import { Badge } from "../ui/badge";

/** Stock as a shopper reads it: "Sold out", "Only 3 left", or "120 available". */
export function SeatsLeft({ available, capacity }: { available: number; capacity: number }) {
  const t = useTranslations("stock");
  if (available <= 0) return <Badge variant="neutral">{t("soldOut")}</Badge>;
  const isLow = available <= Math.max(5, Math.ceil(capacity * 0.1));
  return isLow ? <Badge variant="warning">{t("onlyLeft", { count: available })}</Badge> : <Badge variant="success">{t("available", { count: available })}</Badge>;
}
