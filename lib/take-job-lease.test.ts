import { describe, expect, it } from "vitest";
import { getDb } from "./db";
import { takeJobLease } from "./take-job-lease";

describe("takeJobLease", () => {
  it("gives a job to exactly one of many callers, and again once the lease has run out", async () => {
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => takeJobLease({ name: "reconcile-test", seconds: 60 })));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await takeJobLease({ name: "reconcile-test", seconds: 60 })).toBe(false);
    await getDb().jobLease.update({ where: { name: "reconcile-test" }, data: { leasedTill: new Date(Date.now() - 1000) } });
    expect(await takeJobLease({ name: "reconcile-test", seconds: 60 })).toBe(true);
  });
});
