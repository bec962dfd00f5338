"use client";

import dynamic from "next/dynamic";

// The open-holds list (with a Radix confirm dialog and sonner) shows in the ticket picker only after a reserve was
// refused at the limit, and on an event page only when the shopper holds seats for it, so its code is fetched then,
// not with every event page. In server-rendered places (the resume notice) render it inside a Suspense boundary of
// its own: next/dynamic without one holds back the hydration of the page around it until the chunk arrives, and a
// quantity typed meanwhile was lost (e2e/checkout/shopper-holds.spec.ts).
export const LazyOpenHoldsList = dynamic(() => import("./open-holds-list").then((module) => module.OpenHoldsList));
