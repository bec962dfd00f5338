import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { parseWallTime, timeZoneSchema } from "./time-zone";

// datetime-local has no zone: the form's times are the venue's wall clock, checked here field by field (so each
// error shows even when another field is wrong) and read in the event's zone below.
const wallTime = z.string().trim().max(40).refine((text) => parseWallTime(text, "UTC") !== null, "Not a valid date and time.");
const optionalWallTime = z.union([z.literal(""), wallTime]).optional();

export const saveEventSchema = z
  .object({
    eventId: z.uuid().optional().or(z.literal("")),
    name: z.string().trim().min(1, "Name is required.").max(200),
    slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes, like spring-gala.").max(100),
    venue: z.string().trim().min(1, "Venue is required.").max(200),
    // The venue's IANA zone. Without it (a caller that is not the form) times are UTC and an edit keeps the zone.
    timeZone: z.union([z.literal("").transform(() => undefined), timeZoneSchema]).optional(),
    startsAt: wallTime,
    description: z.string().trim().max(10_000).optional().default(""),
    imageUrl: z.string().trim().max(2000).refine((v) => v === "" || v.startsWith("/") || /^https?:\/\//.test(v), "Image must be a URL or a /path.").optional().default(""),
    presaleStartsAt: optionalWallTime,
    generalSaleAt: optionalWallTime,
  })
  .transform((input, ctx) => {
    const zone = input.timeZone ?? "UTC";
    const read = (text: string | undefined) => (text ? parseWallTime(text, zone) : null);
    const [presaleStartsAt, generalSaleAt] = [read(input.presaleStartsAt), read(input.generalSaleAt)];
    if (presaleStartsAt && generalSaleAt && presaleStartsAt >= generalSaleAt) {
      ctx.addIssue({ code: "custom", path: ["presaleStartsAt"], message: "The presale must open before general sale." });
      return z.NEVER;
    }
    return { ...input, startsAt: read(input.startsAt)!, presaleStartsAt, generalSaleAt };
  });
export type SaveEventInput = z.infer<typeof saveEventSchema>;

/** Creates an event (unpublished, so it can be set up first) or edits one. Returns its id. */
export async function saveEvent({ input, actor }: { input: SaveEventInput; actor: CurrentUser }): Promise<string> {
  const db = getDb();
  const data = {
    name: input.name,
    slug: input.slug,
    venue: input.venue,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    startsAt: input.startsAt,
    description: input.description,
    imageUrl: input.imageUrl || null,
    presaleStartsAt: input.presaleStartsAt,
    generalSaleAt: input.generalSaleAt,
  };
  const clash = await db.event.findUnique({ where: { slug: input.slug } });
  if (clash && clash.id !== input.eventId) throw new AppError("conflict", "Another event already uses this address.", { field: "slug", kind: "slug_taken" });
  if (input.eventId) {
    const before = await db.event.findUnique({ where: { id: input.eventId } });
    if (!before) throw new AppError("not_found", "No such event.");
    await db.event.update({ where: { id: input.eventId }, data });
    await recordAudit({ actor, action: "event.update", subject: input.eventId, before, after: data });
    return input.eventId;
  }
  const event = await db.event.create({ data: { ...data, published: false } });
  await recordAudit({ actor, action: "event.create", subject: event.id, after: data });
  return event.id;
}
