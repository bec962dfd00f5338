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
    let source: EventSource | undefined;
    const open = () => {
      source = new EventSource(`/api/events/${eventId}/availability/stream`);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          setStock((JSON.parse(message.data) as { ticketTypes: LiveStock }).ticketTypes);
        } catch {
          // a malformed message changes nothing on the page
        }
      };
      source.addEventListener("not_found", () => source?.close());
    };
    // The page arrives with the stock of its render; the feed (whose first message re-renders the picker) opens
    // once the page has loaded and the main thread is idle, so it never competes with the first paint and hydration.
    // Its first message is the stock at that moment, so nothing that changed meanwhile is missed.
    const cancelOpen = whenLoadedAndIdle(open);
    // Leaving the page closes the stream, so the browser may keep the page in its back/forward cache (the
    // pageshow handler above opens a new one on return).
    const onPageHide = () => source?.close();
    window.addEventListener("pagehide", onPageHide);
    return () => {
      cancelOpen();
      window.removeEventListener("pagehide", onPageHide);
      source?.close();
    };
  }, [eventId, connection]);
  return stock;
}

/** Runs `run` after the window's load event and then the next idle moment (a timeout where idle callbacks are missing). */
function whenLoadedAndIdle(run: () => void): () => void {
  let isCancelled = false;
  let idleHandle: number | undefined;
  const afterLoad = () => {
    if (isCancelled) return;
    idleHandle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 0);
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
  return () => {
    isCancelled = true;
    window.removeEventListener("load", afterLoad);
    if (idleHandle === undefined) return;
    if (typeof cancelIdleCallback === "function") cancelIdleCallback(idleHandle);
    else window.clearTimeout(idleHandle);
  };
}
