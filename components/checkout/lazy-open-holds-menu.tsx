"use client";

import dynamic from "next/dynamic";

// The header's open-holds button (a Radix dialog, the holds list, sonner for its "released" toast) shows only while
// the shopper holds seats, yet sat in the chunks of every shop page. Fetched when rendered (OpenHoldsLoader,
// in its own Suspense boundary, so the rest of the page hydrates without waiting for the chunk).
export const LazyOpenHoldsMenu = dynamic(() => import("./open-holds-menu").then((module) => module.OpenHoldsMenu));
