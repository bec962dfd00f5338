"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's h1, focused when the page is reached: after a client-side navigation (the reserve form's redirect)
 * focus would otherwise stay on a button that no longer exists, and a screen reader would not say where it is.
 */
export function FocusOnArrivalHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
