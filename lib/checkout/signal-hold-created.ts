// The in-process link between "a hold was made" and this process's sweeper, so it can wake at that hold's end
// instead of polling. Other processes learn of the hold at their next planned wake (see start-sweeper).
type Listener = (expiresAt: Date) => void;
const globalForSignal = globalThis as unknown as { boxOfficeHoldListeners?: Set<Listener> };
const listeners = (globalForSignal.boxOfficeHoldListeners ??= new Set());

/** Tells this process's sweeper a hold ends at `expiresAt`. */
export function signalHoldCreated(expiresAt: Date): void {
  for (const listener of listeners) listener(expiresAt);
}

/** Registers a listener for new holds in this process; returns the unregister function. */
export function onHoldCreated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
