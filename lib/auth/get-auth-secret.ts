import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";

const DEV_SECRET_FILE = ".data/auth-secret";

/**
 * The key that signs session cookies. Production must configure BETTER_AUTH_SECRET (a shared, stable key:
 * every instance must verify every other's cookies). Elsewhere a random key is generated once and kept in
 * .data/ (never a constant in the source, which anyone could use to forge sessions).
 */
export function getAuthSecret(): string {
  const configured = getEnv().BETTER_AUTH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") {
    throw new Error("Box Office cannot start: BETTER_AUTH_SECRET is required in production (openssl rand -base64 32)");
  }
  const file = path.resolve(DEV_SECRET_FILE);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx": if another process wrote it first, use theirs.
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
