/** "Sat, 12 Dec 2026, 20:00" in the venue-neutral UTC; events carry their own local time in the description. */
export function formatEventDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(date);
}
