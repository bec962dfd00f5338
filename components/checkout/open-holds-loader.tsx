"use client";

import { Suspense, useEffect } from "react";
import { getClockOffset } from "../countdown/server-clock";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { useOpenHoldsWithAnnounced } from "./announced-holds";
import { LazyOpenHoldsMenu } from "./lazy-open-holds-menu";

/**
 * The header's holds as listed by the server plus those a checkout page announced since; the menu's code (a Radix
 * dialog, the holds list, sonner) is fetched only once there is one, in its own Suspense boundary so the rest of
 * the page hydrates without waiting for it.
 */
export function OpenHoldsLoader({ holds: listed, serverNow }: { holds: OpenHold[]; serverNow: number }) {
  // The header's clock reading is taken as it hydrates: the menu's countdowns mount later, when it is opened.
  useEffect(() => void getClockOffset(serverNow), [serverNow]);
  const holds = useOpenHoldsWithAnnounced(listed, serverNow);
  if (holds.length === 0) return null;
  return (
    <Suspense>
      <LazyOpenHoldsMenu holds={holds} serverNow={serverNow} />
    </Suspense>
  );
}
