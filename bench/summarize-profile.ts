// npx tsx bench/summarize-profile.ts <file.cpuprofile> [fromMicros toMicros] [--top N] — where a CPU profile's time
// went: self and total (inclusive) time by function, and self time by package (node_modules/<pkg>, Next's bundled
// chunks by the package they were built from, node internals, GC, idle). The optional window (CLOCK_MONOTONIC µs,
// as the benchmarks print with BENCH_APP_NODE_OPTIONS=--cpu-prof) keeps only the samples taken inside it.
import fs from "node:fs";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const topIndex = args.indexOf("--top");
const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 30;
const [file, from, to] = args;
if (!file) {
  console.error("usage: tsx bench/summarize-profile.ts <file.cpuprofile> [fromMicros toMicros] [--top N]");
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const window = from && to ? { from: Number(from), to: Number(to) } : null;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const self = new Map<string, number>();
const total = new Map<string, number>();
const packages = new Map<string, number>();
let sampled = 0;
let busy = 0;
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  time += delta;
  if (window && (time < window.from || time > window.to)) return;
  sampled += delta;
  const node = byId.get(id)!;
  const key = functionKey(node.callFrame);
  self.set(key, (self.get(key) ?? 0) + delta);
  const pkg = packageOf(node.callFrame);
  packages.set(pkg, (packages.get(pkg) ?? 0) + delta);
  if (pkg !== "(idle)") busy += delta;
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
    const k = functionKey(byId.get(current)!.callFrame);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + delta);
  }
});

const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(7);
const pct = (micros: number) => `${((micros / Math.max(busy, 1)) * 100).toFixed(1)}%`.padStart(6);
console.log(`${file}: ${ms(sampled).trim()} ms sampled${window ? " in the window" : ""}, ${ms(busy).trim()} ms busy (not idle); percentages of busy`);
printTable("self time by package", packages);
printTable("self time by function", self);
printTable("total (inclusive) time by function", total);

function printTable(title: string, map: Map<string, number>) {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].filter(([k]) => k !== "(idle)").sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms(micros)} ms ${pct(micros)}  ${key}`);
  }
}

function functionKey({ functionName, url, lineNumber }: CallFrame): string {
  if (!url) return functionName || "(anonymous)";
  return `${functionName || "(anonymous)"}  ${shortUrl(url)}:${lineNumber + 1}`;
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, "").replace(/^.*?\/(node_modules|\.next)\//, "$1/");
}

// Which package a frame belongs to. Turbopack names chunks after the modules in them (node_modules_<pkg>_…),
// so a bundled dependency is still recognisable; other app chunks count as "app (bundled)".
function packageOf({ functionName, url }: CallFrame): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const path = url.replace(/^file:\/\//, "");
  const modules = path.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const rest = path.slice(modules + "/node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const chunk = /\/\.next\/server\/.*?([^/]+)\.js$/.exec(path)?.[1];
  if (chunk) {
    const pkg = /node_modules_((?:@[^_]+_)?[^_.]+)/.exec(chunk.replace(/\[[^\]]*\]__/g, ""))?.[1];
    return pkg ? `${pkg.replace(/^@([^_]+)_/, "@$1/")} (bundled)` : `app (bundled: ${chunk.slice(0, 40)})`;
  }
  return path.includes("/.next/") ? "app (.next)" : path;
}
