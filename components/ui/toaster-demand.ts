import { createStore } from "./create-store";

// Whether any code that can raise a toast has loaded. The toast module says so when it is evaluated, and the root
// layout's LazyToaster mounts sonner's Toaster only then (sonner shows toasts raised before its Toaster mounted).
// Pages whose code never raises a toast — most shop pages — never load or hydrate sonner.
export const toasterWanted = createStore(false);

export function wantToaster() {
  toasterWanted.set(true);
}
