// GET /api/events/<eventId>/availability/stream — an event's stock as server-sent events: the figures at once,
// then each change (within a second). Every watcher in this process shares one database listener and one query
// per change; a watcher costs an open connection and a write per change.
import { watchEventStock } from "@/lib/events/watch-event-stock";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  let stop: (() => void) | null = null;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: Uint8Array) => {
        try {
          controller.enqueue(chunk);
        } catch {
          stop?.();
        }
      };
      // Ask browsers to wait 2 s before reconnecting after a drop.
      send(new TextEncoder().encode("retry: 2000\n\n"));
      stop = await watchEventStock({ eventId }, send);
      if (!stop) {
        controller.enqueue(new TextEncoder().encode("event: not_found\ndata: {}\n\n"));
        controller.close();
        return;
      }
      if (request.signal.aborted) stop();
      request.signal.addEventListener("abort", () => stop?.());
    },
    cancel() {
      stop?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
