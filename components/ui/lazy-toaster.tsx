"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { onToasterWanted } from "./toaster-demand";

const Toaster = dynamic(() => import("./toast").then((module) => module.Toaster), { ssr: false });

/**
 * The root layout's Toaster, fetched only once code that can raise a toast has loaded (an admin form, the open-holds
 * list): toasts only follow something the user did, so a page without such code never loads or hydrates sonner.
 */
export function LazyToaster() {
  const [isWanted, setIsWanted] = useState(false);
  useEffect(() => onToasterWanted(() => setIsWanted(true)), []);
  return isWanted ? <Toaster /> : null;
}
