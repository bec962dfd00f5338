import { expect, test } from "@playwright/test";
import { createEventAsAdmin, signInAsAdmin } from "./support";

test("bad input in console forms: a clear inline error next to the field, what was typed stays, nothing changes", async ({ browser }) => {
  test.slow(); // a whole organiser flow (event, price, publish, shopper) in one test
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);

  // A new event with a bad address: the error sits under that field, the other fields keep their text.
  await admin.goto("/admin/events/new");
  await admin.getByLabel("Name", { exact: true }).fill("Typo Night");
  await admin.getByLabel("Address (slug)").fill("Typo Night!");
  await admin.getByLabel("Venue", { exact: true }).fill("Test Hall");
  await admin.getByLabel("Venue time zone").fill("Mars/Olympus");
  await admin.getByRole("button", { name: "Create event" }).click();
  await expect(admin.getByLabel("Address (slug)")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Address (slug)")).toHaveAccessibleDescription(/lowercase letters, digits and dashes/);
  await expect(admin.getByLabel("Starts (venue time)")).toHaveAccessibleDescription(/date and time the event starts/);
  await expect(admin.getByLabel("Venue time zone")).toHaveAccessibleDescription(/Enter a time zone name/);
  await expect(admin.getByLabel("Venue time zone")).toHaveValue("Mars/Olympus");
  await expect(admin.getByLabel("Name", { exact: true })).toHaveValue("Typo Night");
  await expect(admin).toHaveURL(/\/admin\/events\/new$/);

  // Capacity below what is sold + held is refused with the number, and the capacity stays.
  const { slug } = await createEventAsAdmin(admin, { name: "Small Room", ticketType: "Seat", capacity: 3, amount: "10.00" });
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/events/${slug}`);
  await shopper.getByRole("spinbutton", { name: "Quantity of Seat" }).fill("2");
  await shopper.getByRole("button", { name: /^Reserve \d+ tickets?$/ }).click();
  await expect(shopper.getByRole("heading", { name: "Checkout" })).toBeVisible({ timeout: 30_000 }); // holding + a Stripe session; slow on a loaded machine

  await admin.reload();
  const edit = admin.getByRole("form", { name: "Edit Seat" });
  await edit.getByLabel("Capacity").fill("1");
  await edit.getByRole("button", { name: "Save ticket type" }).click();
  await expect(edit.getByLabel("Capacity")).toHaveAccessibleDescription(/cannot go below 2/);
  await expect(edit.getByLabel("Capacity")).toHaveValue("1");
  await admin.reload();
  await expect(admin.getByRole("article", { name: "Ticket type Seat" })).toContainText("of 3");

  // A price that is not an amount: refused at the field; the storefront still sells at the old price.
  const price = admin.getByRole("form", { name: "Price of Seat" });
  await price.getByLabel("New amount (EUR)").fill("twelve");
  await price.getByRole("button", { name: "Change price" }).click();
  await expect(price.getByLabel("New amount (EUR)")).toHaveAttribute("aria-invalid", "true");
  await expect(price.getByRole("alert").first()).toBeVisible();
  await shopper.goto(`/events/${slug}`);
  await expect(shopper.getByRole("listitem", { name: "Seat" })).toContainText("€10.00");
});
