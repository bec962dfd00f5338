"use client";

import dynamic from "next/dynamic";

// Something unexpected failed while rendering a storefront page. The boundary is part of every shop page, so its
// content (a Button, with Radix's Slot and tailwind-merge) loads only when an error is shown.
export default dynamic(() => import("@/components/layout/shop-error").then((module) => module.ShopError));
