import { getEnv } from "./env";

/** Development pages and helpers (/dev/*): on in development, and in a production build only with DEV_TOOLS=1. */
export function isDevToolsEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || getEnv().DEV_TOOLS === "1";
}
