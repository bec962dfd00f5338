"use client";

import { useEffect, useState } from "react";

export type LiveStock = Record<string, { available: number; held: number; capacity: number }>;

/**
 * An event's stock as the server pushes it (one small server-sent event per change, within a second), or null
 * until the first message. The page is never re-rendered for it; EventSource reconnects by itself after a drop.
 */
export function useLiveStock(eventId: string | undefined): LiveStock | null {
  const [stock, setStock] = useState<LiveStock | null>(null);
  // A page restored from the back/forward cache had its stream closed: open a new one (its first message is the
  // current stock), so Back never shows a stale count.
  const [connection, setConnection] = useState(0);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setConnection((n) => n + 1);
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  useEffect(() => {
    if (!eventId || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/events/${eventId}/availability/stream`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        setStock((JSON.parse(message.data) as { ticketTypes: LiveStock }).ticketTypes);
      } catch {
        // a malformed message changes nothing on the page
      }
    };
    source.addEventListener("not_found", () => source.close());
    // Leaving the page closes the stream, so the browser may keep the page in its back/forward cache (the
    // pageshow handler above opens a new one on return).
    const onPageHide = () => source.close();
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      source.close();
    };
  }, [eventId, connection]);
  return stock;
}
