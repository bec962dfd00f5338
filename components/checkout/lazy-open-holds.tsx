"use client";

import dynamic from "next/dynamic";

// The open-holds list (with a Radix confirm dialog) shows in the ticket picker only after a reserve was refused at
// the limit, so its code is fetched then, not with every event page. Not for server-rendered places (header,
// resume notice): next/dynamic without its own Suspense boundary holds back the hydration of the page around it
// until the chunk arrives, and a quantity typed meanwhile was lost (e2e/checkout/shopper-holds.spec.ts).
export const LazyOpenHoldsList = dynamic(() => import("./open-holds-list").then((module) => module.OpenHoldsList));
