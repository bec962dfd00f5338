"use client";

import { useEffect, useState } from "react";
import { getClockOffset } from "./server-clock";

/**
 * Milliseconds left until a server deadline. The browser's clock may be off: the server's "now" at render
 * time gives the offset (taken when the browser's code first sees that reading), so every shopper sees the server's
 * deadline whatever their clock says.
 */
export function useCountdown(deadlineIso: string, serverNow: number): number {
  const [offset] = useState(() => getClockOffset(serverNow));
  const deadline = new Date(deadlineIso).getTime();
  const [remaining, setRemaining] = useState(() => Math.max(0, deadline - (Date.now() + offset)));
  useEffect(() => {
    const tick = () => setRemaining(Math.max(0, deadline - (Date.now() + offset)));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadline, offset]);
  return remaining;
}
