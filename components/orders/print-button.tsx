"use client";

/** Prints the tickets page (its print styles leave the tickets alone, one per block). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100">
      Print tickets
    </button>
  );
}
