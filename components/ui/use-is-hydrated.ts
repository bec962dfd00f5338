import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and during hydration, true once React owns the page. Controls that only work with
 * JavaScript (a stepper, a dialog's trigger) stay disabled until then, so an early click or keystroke is refused
 * visibly instead of being lost or leaving the field out of step with React's state.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
