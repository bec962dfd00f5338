"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// False until a stock page has been shown once in this tab: the first one comes fresh from the server.
let hasShownStockPage = false;

/**
 * Keeps stock live without a socket: re-renders the server page every few seconds, and at once when the page
 * comes back from a cache — the router's (Back/Forward inside the app remounts this from its cached payload)
 * or the browser's back/forward cache (`pageshow` with `persisted`) — so Back never shows a stale count.
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    if (hasShownStockPage) router.refresh();
    hasShownStockPage = true;
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [router, seconds]);
  return null;
}
