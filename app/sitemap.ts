import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";
import { listUpcomingEvents } from "@/lib/events/list-upcoming-events";

// Built per request from the events in the database (new events appear without a rebuild).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, getEnv().APP_URL).toString();
  const events = await listUpcomingEvents();
  return [
    { url: url("/"), changeFrequency: "hourly", priority: 1 },
    ...events.map((event) => ({ url: url(`/events/${event.slug}`), changeFrequency: "hourly" as const, priority: 0.8 })),
    ...["/contact", "/terms", "/refunds"].map((path) => ({ url: url(path), changeFrequency: "yearly" as const, priority: 0.2 })),
  ];
}
