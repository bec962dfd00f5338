import fs from "node:fs";
import path from "node:path";

/** An event's artwork from public/ as a data URL (for generated images), or null when it is not a local file. */
export function readEventArtwork(imageUrl: string | null): string | null {
  if (!imageUrl || !/^\/images\/[a-z0-9-]+\.svg$/.test(imageUrl)) return null;
  const file = path.join(process.cwd(), "public", imageUrl);
  return fs.existsSync(file) ? `data:image/svg+xml;base64,${fs.readFileSync(file).toString("base64")}` : null;
}
