/** Stock as a shopper reads it: "Sold out", "Only 3 left", or "120 available". */
export function SeatsLeft({ available, capacity }: { available: number; capacity: number }) {
  if (available <= 0) {
    return <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-medium text-stone-600">Sold out</span>;
  }
  const isLow = available <= Math.max(5, Math.ceil(capacity * 0.1));
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${isLow ? "bg-amber-100 text-amber-800" : "bg-emerald-100 text-emerald-800"}`}
    >
      {isLow ? `Only ${available} left` : `${available} available`}
    </span>
  );
}
