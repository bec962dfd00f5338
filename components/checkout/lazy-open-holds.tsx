"use client";

import dynamic from "next/dynamic";

// The open-holds list and menu carry a Radix dialog each. Shop pages name them statically (header, event page,
// ticket picker) but render them only while the shopper has a checkout open: loaded this way, their code is
// fetched only when they are rendered, not with every page. Server-rendered all the same.

export const LazyOpenHoldsMenu = dynamic(() => import("./open-holds-menu").then((module) => module.OpenHoldsMenu));

export const LazyOpenHoldsList = dynamic(() => import("./open-holds-list").then((module) => module.OpenHoldsList));
