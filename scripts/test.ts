// npm test — everything, in the order a failure is cheapest to find: typecheck and lint (side by side: each uses
// one core), unit and contract tests (Vitest), a production build, then the browser tests (Playwright). Every step
// runs even when an earlier one fails, so one run shows all failures; the last line sums up the runners' results.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reportDir = path.join(".data", "test-reports");
fs.mkdirSync(reportDir, { recursive: true });
const vitestReport = path.join(reportDir, "vitest.json");
const playwrightReport = path.join(reportDir, "playwright.json");
fs.rmSync(vitestReport, { force: true });
fs.rmSync(playwrightReport, { force: true });

type Step = { name: string; command: string[]; env?: Record<string, string> };

// Steps in one group run at the same time: the first prints as it goes, the others' output is kept and printed
// whole when the group ends, so the log reads one step at a time.
const groups: Step[][] = [
  [
    { name: "lint", command: ["npx", "eslint", "."] },
    { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  ],
  [{ name: "unit", command: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`] }],
  [{ name: "build", command: ["npx", "next", "build"] }],
  [{ name: "e2e", command: ["npx", "playwright", "test"], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } }],
];

function runStep(step: Step, live: boolean): Promise<{ step: Step; ok: boolean; seconds: string; output: string }> {
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}${live ? "" : " (alongside; its output follows when it ends)"}`);
  const started = Date.now();
  const child = spawn(step.command[0]!, step.command.slice(1), { stdio: live ? "inherit" : ["ignore", "pipe", "pipe"], env: { ...process.env, ...step.env } });
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => resolve({ step, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1), output: Buffer.concat(chunks).toString() }));
  });
}

const failedSteps: string[] = [];
for (const group of groups) {
  const results = await Promise.all(group.map((step, index) => runStep(step, index === 0)));
  for (const [index, result] of results.entries()) {
    if (index > 0) process.stdout.write(`\n▶ ${result.step.name} output:\n${result.output}`);
    if (!result.ok) failedSteps.push(result.step.name);
    console.log(`${result.ok ? "✔" : "✘"} ${result.step.name} (${result.seconds}s)`);
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (fs.existsSync(vitestReport)) {
  const report = JSON.parse(fs.readFileSync(vitestReport, "utf8")) as Record<string, number>;
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (fs.existsSync(playwrightReport)) {
  const stats = (JSON.parse(fs.readFileSync(playwrightReport, "utf8")) as { stats: Record<string, number> }).stats;
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
  // Passed only on their retry: counted as passed, but named so nobody mistakes a flake for a pass.
  if (stats.flaky) console.log(`\nflaky (passed on retry): ${stats.flaky} — see the e2e list above`);
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);
