import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { timeZoneSchema } from "./time-zone";

const optionalDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    // datetime-local has no zone: the console works in UTC, as the storefront prints.
    const date = new Date(/(?:[zZ]|[+-]\d\d:\d\d)$/.test(v) ? v : `${v}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Not a valid date and time." });
      return z.NEVER;
    }
    return date;
  });

export const saveEventSchema = z
  .object({
    eventId: z.uuid().optional().or(z.literal("")),
    name: z.string().trim().min(1, "Name is required.").max(200),
    slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes, like spring-gala.").max(100),
    venue: z.string().trim().min(1, "Venue is required.").max(200),
    // The venue's IANA zone; a form without the field leaves it as it is (new events: UTC).
    timeZone: z.union([z.literal("").transform(() => undefined), timeZoneSchema]).optional(),
    startsAt: optionalDate.refine((d) => d !== null, "Start time is required."),
    description: z.string().trim().max(10_000).optional().default(""),
    imageUrl: z.string().trim().max(2000).refine((v) => v === "" || v.startsWith("/") || /^https?:\/\//.test(v), "Image must be a URL or a /path.").optional().default(""),
    presaleStartsAt: optionalDate,
    generalSaleAt: optionalDate,
  })
  .refine((e) => !e.presaleStartsAt || !e.generalSaleAt || e.presaleStartsAt < e.generalSaleAt, {
    message: "The presale must open before general sale.",
    path: ["presaleStartsAt"],
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
