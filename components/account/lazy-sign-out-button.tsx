"use client";

import dynamic from "next/dynamic";

// "Sign out" (with the Button's Radix Slot, class-variance-authority and tailwind-merge) shows only to signed-in
// shoppers: its code is fetched when rendered, not with every shop page. Render it inside a Suspense boundary of
// its own so the rest of the page hydrates without waiting for the chunk.
export const LazySignOutButton = dynamic(() => import("./sign-out-button").then((module) => module.SignOutButton));
