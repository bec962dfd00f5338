"use client";

/** Prints the tickets page (its print styles leave the tickets alone, one per block). */
export function PrintButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}
