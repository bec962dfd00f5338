"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useCountdown } from "@/components/countdown/use-countdown";

/** "2d 03:14:07" until a sale opens or a presale ends, by the server's clock; reloads the page at zero. */
export function SaleCountdown({ deadline, serverNow, label }: { deadline: string; serverNow: number; label: string }) {
  const remaining = useCountdown(deadline, serverNow);
  const router = useRouter();
  useEffect(() => {
    if (remaining === 0) router.refresh();
  }, [remaining, router]);
  const total = Math.ceil(remaining / 1000);
  const days = Math.floor(total / 86_400);
  const hms = [Math.floor((total % 86_400) / 3600), Math.floor((total % 3600) / 60), total % 60].map((n) => String(n).padStart(2, "0")).join(":");
  return (
    <span role="timer" aria-label={label} className="font-semibold tabular-nums">
      {days > 0 ? `${days}d ` : ""}
      {hms}
    </span>
  );
}
