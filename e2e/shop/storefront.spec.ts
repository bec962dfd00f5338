import { expect, test } from "@playwright/test";

test.describe("storefront", () => {
  test("home lists the upcoming events with seats left", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
    for (const name of ["Midnight Orchestra — Live at the Harbour", "Future of Web Talks 2027", "Spring Folk Festival"]) {
      await expect(page.getByRole("link", { name })).toBeVisible();
    }
    await expect(page.getByText("342 available")).toBeVisible();
  });

  test("an event page shows its ticket types with prices and availability", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Midnight Orchestra — Live at the Harbour" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Midnight Orchestra — Live at the Harbour" })).toBeVisible();
    const vip = page.getByRole("listitem", { name: "VIP" });
    await expect(vip).toContainText("€129.00");
    await expect(vip).toContainText("Only 2 left");
    await expect(page.getByRole("listitem", { name: "Standing" })).toContainText("280 available");
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
