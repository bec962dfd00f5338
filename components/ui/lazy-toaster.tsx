"use client";

import dynamic from "next/dynamic";

/**
 * The root layout's Toaster, fetched after the page is interactive: toasts only follow something the shopper
 * did, so no page needs sonner's code to load or hydrate.
 */
export const LazyToaster = dynamic(() => import("./toast").then((module) => module.Toaster), { ssr: false });
