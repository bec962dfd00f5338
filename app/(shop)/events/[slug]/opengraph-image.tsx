import { ImageResponse } from "next/og";
import { formatEventDate } from "@/components/ui/format-date";
import { getEventBySlug } from "@/lib/events/get-event-by-slug";
import { readEventArtwork } from "@/lib/events/read-event-artwork";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Event artwork with its name, date and venue";

// The picture shared links show: the event's artwork with its name, date and venue over it.
export default async function EventOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const event = await getEventBySlug({ slug: (await params).slug });
  const artwork = readEventArtwork(event?.imageUrl ?? null);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", position: "relative", background: "#1e1b4b" }}>
        {artwork && <img src={artwork} width={1200} height={630} alt="" style={{ position: "absolute", inset: 0, objectFit: "cover" }} />}
        <div
          style={{
            position: "absolute",
            left: 0,
            right: 0,
            bottom: 0,
            display: "flex",
            flexDirection: "column",
            padding: "48px 64px",
            background: "linear-gradient(transparent, rgba(0,0,0,0.75))",
            color: "white",
          }}
        >
          <div style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.1 }}>{event?.name ?? "Box Office"}</div>
          {event && <div style={{ fontSize: 32, marginTop: 16, opacity: 0.9 }}>{`${formatEventDate(event.startsAt, "en", event.timeZone)} · ${event.venue}`}</div>}
          <div style={{ fontSize: 26, marginTop: 24, opacity: 0.8 }}>Box Office</div>
        </div>
      </div>
    ),
    size,
  );
}
