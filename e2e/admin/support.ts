// Signing in as the e2e admin (made by createAdmin in scripts/e2e-server.ts) or as a fresh member, and
// helpers the admin specs share.
import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import { CARDS, fillCheckoutForm } from "../fixtures/checkout-form";

function adminCredentials(): { email: string; password: string } {
  return JSON.parse(fs.readFileSync(".data/e2e-main/admin.json", "utf8")) as { email: string; password: string };
}

const BASE = `http://localhost:${3100 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;

/** Signs the page's browser context in through Better Auth's own endpoint (origin-checked, as a form would be). */
async function signIn(page: Page, path: "sign-in" | "sign-up", body: Record<string, string>) {
  const response = await page.request.post(`${BASE}/api/auth/${path}/email`, { data: body, headers: { origin: BASE } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

export async function signInAsAdmin(page: Page) {
  const { email, password } = adminCredentials();
  await signIn(page, "sign-in", { email, password });
}

export async function signUpMember(page: Page) {
  const email = `member-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  await signIn(page, "sign-up", { email, password: "correct horse battery", name: "Member" });
  return email;
}

/** A console success message: a toast in the notifications region (it outlives the form that sent it). */
export function toast(page: Page, text: string | RegExp) {
  return page.getByRole("region", { name: /^Notifications/ }).getByText(text).first();
}

/** Confirms a destructive action in its ConfirmDialog (an alertdialog), by the button that says what it does. */
export async function confirm(page: Page, action: string) {
  await page.getByRole("alertdialog").getByRole("button", { name: action }).click();
}

/** Admin creates a published event with one ticket type priced in EUR (and JPY); returns its slug and URL. */
export async function createEventAsAdmin(page: Page, options: { name: string; ticketType: string; capacity: number; amount: string; yen?: string; timeZone?: string }) {
  const slug = `${options.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now().toString(36)}`;
  await page.goto("/admin/events/new");
  await page.getByLabel("Name", { exact: true }).fill(options.name);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Venue", { exact: true }).fill("Test Hall");
  if (options.timeZone) await page.getByLabel("Venue time zone").fill(options.timeZone);
  await page.getByLabel("Starts (venue time)").fill("2031-06-01T19:30");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: options.name })).toBeVisible();
  const eventUrl = page.url();
  const add = page.getByRole("form", { name: "New ticket type" });
  await add.getByLabel("Name").fill(options.ticketType);
  await add.getByLabel("Capacity").fill(String(options.capacity));
  await add.getByRole("button", { name: "Add ticket type" }).click();
  await expect(toast(page, "Ticket type added.")).toBeVisible();
  await page.reload();
  const price = page.getByRole("form", { name: `Price of ${options.ticketType}` });
  await price.getByLabel("New amount").fill(options.amount);
  await price.getByLabel("Currency").fill("eur");
  if (options.yen) await price.getByLabel("Other currencies").fill(`jpy:${options.yen}`);
  await price.getByRole("button", { name: "Set price" }).click();
  await expect(toast(page, /Price changed/)).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(toast(page, /Published/)).toBeVisible();
  return { slug, eventUrl, eventId: eventUrl.split("/").pop()! };
}

/** A shopper buys tickets on the storefront through the hosted Checkout page; returns the order page URL. */
export async function buyOnStorefront(page: Page, slug: string, ticketType: string, quantity: number, email = "shopper@example.com") {
  await page.goto(`/events/${slug}?checkout=hosted`);
  await page.getByRole("spinbutton", { name: `Quantity of ${ticketType}` }).fill(String(quantity));
  await page.getByRole("button", { name: /^Reserve \d+ tickets?$/ }).click();
  await page.getByRole("link", { name: "Continue to payment" }).click();
  await fillCheckoutForm(page, CARDS.succeeds, email);
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByRole("heading", { name: "Your tickets" })).toBeVisible({ timeout: 20_000 });
  return page.url();
}
