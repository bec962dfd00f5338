import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-capped-body";

function streamOf(chunks: number, chunkBytes: number, onPull: () => void) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(97));
    },
  });
}

describe("readCappedBody", () => {
  it("refuses a declared oversized body without reading it", async () => {
    let pulls = 0;
    const request = new Request("http://x/", { method: "POST", body: streamOf(50, 1024 * 1024, () => pulls++), headers: { "content-length": String(50 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    expect(await readCappedBody(request)).toBeNull();
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared (chunked) body at the cap", async () => {
    let pulls = 0;
    const request = new Request("http://x/", { method: "POST", body: streamOf(50, 256 * 1024, () => pulls++), duplex: "half" } as RequestInit);
    expect(await readCappedBody(request)).toBeNull();
    expect(pulls).toBeLessThan(10);
  });

  it("returns a normal body whole", async () => {
    expect(await readCappedBody(new Request("http://x/", { method: "POST", body: '{"id":"evt_1"}' }))).toBe('{"id":"evt_1"}');
  });
});
