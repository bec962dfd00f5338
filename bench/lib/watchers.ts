// Shoppers watching an event page: each keeps one connection to the availability feed (server-sent events) and
// remembers the last stock it was told, so a benchmark can time how long a change takes to reach all of them.
import http from "node:http";

type Stock = Record<string, { available: number; capacity: number }>;

export type Watcher = { last: Stock | null; received: number; close(): void; onMessage?: (stock: Stock) => void };

/** Opens `count` feed connections spread over `appUrls`; resolves once every one has its first message. */
export async function connectWatchers(appUrls: string[], eventId: string, count: number, timeoutMs = 60_000): Promise<Watcher[]> {
  const watchers: Watcher[] = [];
  const firsts: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const url = new URL(`/api/events/${eventId}/availability/stream`, appUrls[i % appUrls.length]);
    const watcher: Watcher = { last: null, received: 0, close: () => undefined };
    firsts.push(
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`watcher ${i}: no first message within ${timeoutMs / 1000}s`)), timeoutMs);
        let attempts = 0;
        let isClosed = false;
        const connect = (): void => {
          attempts++;
          const request = http.get(url, { agent: false, headers: { accept: "text/event-stream" } }, (response) => {
            if (response.statusCode !== 200) {
              clearTimeout(timer);
              reject(new Error(`watcher ${i}: feed answered ${response.statusCode}`));
              response.resume();
              return;
            }
            response.setEncoding("utf8");
            let buffer = "";
            response.on("data", (chunk: string) => {
              buffer += chunk;
              for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
                const message = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = message
                  .split("\n")
                  .filter((line) => line.startsWith("data:"))
                  .map((line) => line.slice(5).trim())
                  .join("\n");
                if (!data) continue;
                const stock = (JSON.parse(data) as { ticketTypes: Stock }).ticketTypes;
                watcher.last = stock;
                watcher.received++;
                watcher.onMessage?.(stock);
                clearTimeout(timer);
                resolve();
              }
            });
            response.on("error", () => undefined);
          });
          request.on("error", (error) => {
            // Refused or reset before an answer (a full listen queue while 2,000 connect): a browser's EventSource
            // tries again, and so does this watcher, a few times.
            if (watcher.received === 0 && attempts < 5 && !isClosed) {
              setTimeout(connect, 250 * attempts);
              return;
            }
            clearTimeout(timer);
            reject(error);
          });
          watcher.close = () => {
            isClosed = true;
            request.destroy();
          };
        };
        connect();
      }),
    );
    watchers.push(watcher);
    // Connect in small batches: a page full of shoppers does not all open at the same instant either.
    if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(firsts);
  return watchers;
}

/**
 * Milliseconds from `startedAt` until each watcher has seen `ticketTypeId` at `available` (Infinity for those
 * that have not within `timeoutMs`).
 */
export function timeToSee(watchers: Watcher[], ticketTypeId: string, available: number, startedAt: number, timeoutMs = 10_000): Promise<number[]> {
  return new Promise((resolve) => {
    const times = watchers.map((w) => (w.last?.[ticketTypeId]?.available === available ? 0 : Number.NaN));
    let pending = times.filter(Number.isNaN).length;
    const finish = () => {
      for (const w of watchers) w.onMessage = undefined;
      clearTimeout(timer);
      resolve(times.map((t) => (Number.isNaN(t) ? Infinity : t)));
    };
    const timer = setTimeout(finish, timeoutMs);
    if (pending === 0) return finish();
    watchers.forEach((w, i) => {
      w.onMessage = (stock) => {
        if (!Number.isNaN(times[i]!) || stock[ticketTypeId]?.available !== available) return;
        times[i] = performance.now() - startedAt;
        if (--pending === 0) finish();
      };
    });
  });
}
