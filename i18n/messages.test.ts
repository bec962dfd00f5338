import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import ja from "../messages/ja.json";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → message, for every leaf. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every argument a message takes, with its kind ("count:plural", "email:string", "link:tag"), sorted. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          found.add(`${element.value}:string`);
          break;
        case TYPE.number:
          found.add(`${element.value}:number`);
          break;
        case TYPE.date:
        case TYPE.time:
          found.add(`${element.value}:date`);
          break;
        case TYPE.plural:
          found.add(`${element.value}:plural`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select:
          found.add(`${element.value}:select`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`${element.value}:tag`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(en);
const japanese = flatten(ja);

describe("message files", () => {
  it("en.json and ja.json have exactly the same keys", () => {
    expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])("%s takes the same ICU arguments in both languages", (key) => {
    const translated = japanese.get(key);
    expect(translated, `ja.json lacks ${key}`).toBeDefined();
    expect(argumentsOf(translated!)).toEqual(argumentsOf(english.get(key)!));
  });

  it("no message is empty, and no Japanese message is left in English", () => {
    for (const [key, message] of english) expect(message.trim(), key).not.toBe("");
    // Brand names and endonyms may stay as they are; anything else must differ from the English text.
    const sameOnPurpose = new Set(["metadata.siteName", "header.home"]);
    const untranslated = [...japanese].filter(([key, message]) => !sameOnPurpose.has(key) && message === english.get(key) && /[a-z]{3}/i.test(message));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe("argumentsOf (the comparison itself)", () => {
  it("tells a missing or renamed placeholder apart", () => {
    expect(argumentsOf("Only {count} left")).toEqual(["count:string"]);
    expect(argumentsOf("{count, plural, one {# ticket} other {# tickets}} for {name}")).toEqual(["count:plural", "name:string"]);
    expect(argumentsOf("残り{count}枚")).not.toEqual(argumentsOf("残り{available}枚"));
  });
});
