import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import { ADMIN_CLIENT_NAMESPACES, CLIENT_NAMESPACES, pickClientMessages } from "./pick-client-messages";

const root = path.join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

/** The top-level message groups a file reads through the `useTranslations` hook (the one that runs in browsers). */
function groupsReadBy(source: string): string[] {
  const named = [...source.matchAll(/useTranslations\("([A-Za-z]+)/g)].map((m) => m[1]!);
  // useTranslations() without a namespace: the groups are the first part of each key.
  const keyed = /useTranslations\(\)/.test(source) ? [...source.matchAll(/\bt\("([A-Za-z]+)\./g)].map((m) => m[1]!) : [];
  return [...named, ...keyed];
}

describe("messages handed to client components", () => {
  it("include every group a component reads with useTranslations (admin pages add the console's)", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
      const isAdmin = /\(admin\)|components[\\/]admin/.test(file);
      const given: readonly string[] = isAdmin ? ADMIN_CLIENT_NAMESPACES : CLIENT_NAMESPACES;
      for (const group of groupsReadBy(readFileSync(path.join(root, file), "utf8"))) {
        if (!given.includes(group)) missing.push(`${file}: ${group}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leave server-only texts out", () => {
    const picked = pickClientMessages(en, CLIENT_NAMESPACES);
    expect(Object.keys(picked)).not.toContain("email");
    expect(Object.keys(picked)).not.toContain("admin");
    expect(picked.ticketPicker).toEqual(en.ticketPicker);
  });
});
