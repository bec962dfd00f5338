import { z } from "zod";

/** True for a time zone name the runtime knows (IANA, e.g. "Asia/Tokyo"; "UTC" too). */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone names this runtime knows, for the admin form to offer (UTC first: new events start there). */
export function listTimeZones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

/** A venue's time zone as a form or import sends it; refuses offsets like "+09:00" and unknown names. */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isIanaTimeZone, "Use a time zone name such as Europe/Amsterdam or Asia/Tokyo.");

/**
 * The instant at which a wall clock in `timeZone` reads the given local date and time
 * (e.g. 20:00 in Europe/Amsterdam on a summer day → 18:00 UTC). Used by the seed and the admin form.
 */
export function zonedWallTimeToDate(
  local: { year: number; month: number; day: number; hour: number; minute?: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute ?? 0);
  // Two passes settle the offset across a DST change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute);
  return Math.round((wall - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

/**
 * A form's `datetime-local` text ("2031-06-01T19:30"), read as the venue's wall clock, as an instant; text with
 * its own offset or Z is taken as written. Null when it is not a real date and time (e.g. 2031-02-30).
 */
export function parseWallTime(text: string, timeZone: string): Date | null {
  if (/(?:[zZ]|[+-]\d\d:\d\d)$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const match = WALL_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return zonedWallTimeToDate({ year, month, day, hour, minute }, timeZone);
}

/** An instant as the venue's wall clock in `datetime-local` form ("2031-06-01T19:30"): what the admin form shows. */
export function toWallTimeInput(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
