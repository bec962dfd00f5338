import { useTranslations } from "next-intl";
import { Badge } from "../ui/badge";

/**
 * Stock as a shopper reads it: "Only 3 left", "120 available", "Sold out" — or, when nothing is free but other
 * shoppers hold seats that may come back, that they are in checkouts (not sold out). `isShort` words that for
 * a card; the ticket list says it in full.
 */
export function SeatsLeft({ available, capacity, held = 0, isShort = false }: { available: number; capacity: number; held?: number; isShort?: boolean }) {
  const t = useTranslations("stock");
  if (available <= 0 && held > 0) {
    return (
      <Badge variant="info" className="whitespace-normal">
        {isShort ? t("inCheckoutsShort") : t("inCheckouts")}
      </Badge>
    );
  }
  if (available <= 0) return <Badge variant="neutral">{t("soldOut")}</Badge>;
  const isLow = available <= Math.max(5, Math.ceil(capacity * 0.1));
  return isLow ? <Badge variant="warning">{t("onlyLeft", { count: available })}</Badge> : <Badge variant="success">{t("available", { count: available })}</Badge>;
}
