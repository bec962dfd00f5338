// npm run bench:web — Lighthouse (mobile) on the production build: home and one event page, printing the
// performance, accessibility, best-practices and SEO scores. Targets: performance ≥ 95, the rest 100.
// Needs `next build` first. Starts the same server as the browser tests (fresh emulator and embedded database,
// `next start`) on port 3200 + E2E_PORT_OFFSET, or measures BENCH_URL if given. BENCH_STRICT=1 exits 1 below
// target. BENCH_REPORT_DIR=<dir> also writes each page's full Lighthouse report there as JSON (to see which
// scripts, long tasks and requests cost the points). Scores depend on the machine's load: run it on a quiet machine
// before reading much into performance.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findChromium } from "../e2e/fixtures/find-chromium";
import { waitForUrl } from "../scripts/run-command";

const PAGES = ["/", "/events/midnight-orchestra"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

function startServer(): { url: string; server: ChildProcess } {
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const port = 3200 + offset;
  const url = `http://localhost:${port}`;
  const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/e2e-server.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so the emulator and `next start` under it stop with it
    env: {
      ...process.env,
      E2E_PORT: String(port),
      E2E_EMULATOR_PORT: String(12400 + offset),
      E2E_DATA_DIR: ".data/bench-web",
      APP_URL: url,
      NODE_ENV: "production",
    },
  });
  return { url, server };
}

const given = process.env.BENCH_URL;
const started = given ? null : startServer();
const baseUrl = given ?? started!.url;
const stopServer = () => {
  if (started?.server.pid) process.kill(-started.server.pid, "SIGTERM");
};
process.on("SIGINT", () => {
  stopServer();
  process.exit(130);
});

let belowTarget = false;
try {
  await waitForUrl(`${baseUrl}/api/health`, 240_000);
  const executablePath = findChromium() ?? "/usr/bin/chromium";
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  try {
    console.log(`Lighthouse (mobile) on ${baseUrl}\n`);
    console.log(["page".padEnd(32), ...CATEGORIES.map((c) => c.padStart(15))].join(""));
    for (const path of PAGES) {
      // A first visit warms Next's caches, as a real shopper's visit would find them warm.
      await fetch(`${baseUrl}${path}`);
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        formFactor: "mobile",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const reportDir = process.env.BENCH_REPORT_DIR;
      if (reportDir) {
        mkdirSync(reportDir, { recursive: true });
        const name = path === "/" ? "home" : path.replaceAll("/", "-").replace(/^-/, "");
        writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(result.lhr, null, 1));
      }
      const { categories, audits } = result.lhr;
      const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
      CATEGORIES.forEach((c, i) => {
        if (scores[i]! < TARGETS[c]) belowTarget = true;
      });
      console.log(
        [
          path.padEnd(32),
          ...scores.map((s, i) => `${s}${s < TARGETS[CATEGORIES[i]!] ? " ✘" : " ✓"}`.padStart(15)),
        ].join(""),
      );
      // What cost points, so the numbers lead somewhere.
      const failing = Object.values(audits).filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual",
      );
      for (const audit of failing)
        console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    }
  } finally {
    chrome.kill();
  }
} finally {
  stopServer();
}
console.log(`\nTargets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO 100.`);
if (belowTarget) console.log("Some scores are below target (✘).");
process.exit(belowTarget && process.env.BENCH_STRICT === "1" ? 1 : 0);
