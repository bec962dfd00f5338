import { expect, test } from "@playwright/test";
import { servers } from "../../playwright.config";

// This server holds seats for 15 seconds.
test.use({ baseURL: `http://localhost:${servers.shortHold.port}` });

test("when the countdown reaches zero the form is removed and the seats are back on sale", async ({ page }) => {
  await page.goto("/events/midnight-orchestra");
  const standing = page.getByRole("listitem", { name: "Standing" });
  await expect(standing).toContainText("280 available");
  await page.getByRole("spinbutton", { name: "Quantity of Standing" }).fill("5");
  await page.getByRole("button", { name: "Reserve 5 tickets" }).click();
  await expect(page.locator("#checkout iframe")).toBeVisible();

  await expect(page.getByRole("heading", { name: "Your hold has ended" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Time ran out, so your seats went back on sale.")).toBeVisible();
  await expect(page.locator("#checkout iframe")).toHaveCount(0);

  await page.goto("/events/midnight-orchestra");
  await expect(standing).toContainText("280 available");
});

test("after a hold ends, one click holds the same seats again", async ({ page }) => {
  await page.goto("/events/comedy-cellar-night");
  await page.getByRole("spinbutton", { name: "Quantity of Bar stool" }).fill("2");
  await page.getByRole("button", { name: "Reserve 2 tickets" }).click();
  await expect(page.getByRole("heading", { name: "Your hold has ended" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Hold the same seats again" }).click();
  await expect(page.getByRole("timer", { name: "Time left to pay" })).toBeVisible();
  await expect(page.getByText("2 × Bar stool")).toBeVisible();
});
