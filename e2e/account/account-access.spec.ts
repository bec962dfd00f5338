// Account pages need a session, come back after signing in, and never show one account's data to another.
import { expect, test } from "@playwright/test";
import { alertOf, becomeMember, newEmail, PASSWORD, signUp } from "../fixtures/account";

test.describe("account access", () => {
  test.describe.configure({ timeout: 120_000 });
  test("a signed-out visitor is sent to sign in and brought back", async ({ page }) => {
    const email = await signUp(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password!");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alertOf(page)).toHaveText("That email and password do not match an account.");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible({ timeout: 30_000 });
  });

  test("a sign-in link cannot send you to another site", async ({ page }) => {
    const email = await signUp(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    // Signed out for sure before the link is followed: still signed in, /sign-in would send us to /account itself.
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/sign-in?next=https%3A%2F%2Fevil.example%2F");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });

  test("password rules are explained", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(newEmail());
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(alertOf(page)).toHaveText("Your password must be at least 10 characters.");
  });

  test("another account cannot see a member's membership pages", async ({ browser }) => {
    test.setTimeout(120_000);
    const alice = await browser.newPage();
    const { subscriptionId } = await becomeMember(alice);
    const mallory = await browser.newPage();
    await signUp(mallory);
    const response = await mallory.goto(`/membership/confirm?subscription=${subscriptionId}`);
    expect(response?.status()).toBe(404);
    await mallory.goto("/account");
    await expect(mallory.getByText("You are not a member yet.")).toBeVisible();
    await alice.close();
    await mallory.close();
  });
});
