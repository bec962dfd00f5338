import { expect, test } from "@playwright/test";
import { SEEDED_EVENT_NAMES } from "../fixtures/seeded-events";

test.describe("storefront", () => {
  test("home lists the upcoming events with seats left", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
    for (const name of ["Midnight Orchestra — Live at the Harbour", "Future of Web Talks 2027", "Spring Folk Festival"]) {
      await expect(page.getByRole("link", { name })).toBeVisible();
    }
    // Other specs buy seats meanwhile, so read counts only where nobody buys: here, that every card shows stock.
    for (const name of SEEDED_EVENT_NAMES) {
      await expect(page.getByRole("article").filter({ hasText: name })).toContainText(/\d+ available|Only \d+ left|Sold out|In checkouts/);
    }
  });

  test("an event page shows its ticket types with prices and availability", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Midnight Orchestra — Live at the Harbour" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Midnight Orchestra — Live at the Harbour" })).toBeVisible();
    const vip = page.getByRole("listitem", { name: "VIP" });
    await expect(vip).toContainText("€129.00");
    await expect(page.getByRole("listitem", { name: "Balcony" })).toContainText("60 available");
  });

  test("an almost sold-out ticket type says how many are left", async ({ page }) => {
    await page.goto("/events/spring-folk-festival");
    await expect(page.getByRole("listitem", { name: "Weekend pass" })).toContainText("Only 3 left");
  });

  test("a sold-out ticket type reads as sold out", async ({ page }) => {
    await page.goto("/events/future-web-talks");
    await expect(page.getByRole("listitem", { name: "Student" })).toContainText("Sold out");
    await expect(page.getByRole("listitem", { name: "Conference day" })).not.toContainText("Sold out");
  });

  test("an unknown event says so", async ({ page }) => {
    const response = await page.goto("/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Event not found" })).toBeVisible();
  });
});
