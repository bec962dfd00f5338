import { expect, test } from "@playwright/test";
import { signUpMember } from "./support";

test.describe("admin access", () => {
  test("an anonymous visitor is sent to sign in, and the console's data endpoints refuse them", async ({ page }) => {
    await page.goto("/admin/orders");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
    const response = await page.request.get("/admin/catalog/export.csv");
    expect(response.status()).toBe(401);
  });

  test("a member gets a 403 page and 403 answers", async ({ page }) => {
    await signUpMember(page);
    const visit = await page.goto("/admin");
    expect(visit?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const response = await page.request.get("/admin/catalog/export.csv");
    expect(response.status()).toBe(403);
  });
});
