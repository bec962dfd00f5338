// The languages the emulator's pages speak, and the one lookup the server-rendered shells use. The browser
// scripts get the same tables as /_emulator/assets/messages.js (see serve-browser.ts) and look up the same way.
import { en, type MessageKey } from "./en";
import { ja } from "./ja";

export const PAGE_MESSAGES = { en, ja } as const;
export type PageLanguage = keyof typeof PAGE_MESSAGES;

/** "ja" for a Japanese language tag ("ja", "ja-JP"); English for everything else. */
export function languageOf(tag: string): PageLanguage {
  return tag.toLowerCase().split("-")[0] === "ja" ? "ja" : "en";
}

/** The message in the tag's language with `{name}` placeholders filled; unknown placeholders stay as written. */
export function translate(tag: string, key: MessageKey, values: Record<string, string | number> = {}): string {
  return PAGE_MESSAGES[languageOf(tag)][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
