"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import { toasterWanted } from "./toaster-demand";

const Toaster = dynamic(() => import("./toast").then((module) => module.Toaster), { ssr: false });

/**
 * The root layout's Toaster, fetched only once code that can raise a toast has loaded (an admin form, the open-holds
 * list): toasts only follow something the user did, so a page without such code never loads or hydrates sonner.
 */
export function LazyToaster() {
  const isWanted = useSyncExternalStore(toasterWanted.subscribe, toasterWanted.get, () => false);
  return isWanted ? <Toaster /> : null;
}
