import { useTranslations } from "next-intl";
import { cn } from "../ui/cn";

/** "9:41" with a live-region label that screen readers announce sparingly. */
export function Countdown({ remainingMs }: { remainingMs: number }) {
  const t = useTranslations("countdown");
  const total = Math.ceil(remainingMs / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, "0");
  const isUrgent = total <= 60;
  return (
    <div role="timer" aria-label={t("label")} className={cn("text-3xl font-bold tabular-nums", isUrgent ? "text-red-700" : "text-stone-900")}>
      {minutes}:{seconds}
    </div>
  );
}
