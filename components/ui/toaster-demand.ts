// Whether any code that can raise a toast has loaded. The toast module says so when it is evaluated, and the root
// layout's LazyToaster mounts sonner's Toaster only then (sonner shows toasts raised before its Toaster mounted).
// Pages whose code never raises a toast — most shop pages — never load or hydrate sonner.
let isWanted = false;
const listeners = new Set<() => void>();

export function wantToaster() {
  if (isWanted) return;
  isWanted = true;
  for (const listener of listeners) listener();
}

/** Calls `listener` once the toaster is wanted (at once if it already is); returns the unsubscribe. */
export function onToasterWanted(listener: () => void): () => void {
  if (isWanted) {
    listener();
    return () => {};
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
