import { useTranslations } from "next-intl";
import { cn } from "../ui/cn";
import { formatRemaining } from "./format-remaining";

/**
 * "9:41" as a timer. A timer is not announced as it ticks (its live region is off); the checkout page
 * announces the last minute and the end itself, once each.
 */
export function Countdown({ remainingMs, className }: { remainingMs: number; className?: string }) {
  const t = useTranslations("countdown");
  const isUrgent = remainingMs <= 60_000;
  return (
    <div role="timer" aria-label={t("label")} className={cn("text-3xl font-bold tabular-nums", isUrgent ? "text-red-700" : "text-stone-900", className)}>
      {formatRemaining(remainingMs)}
    </div>
  );
}
