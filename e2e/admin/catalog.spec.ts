import { expect, test } from "@playwright/test";
import { confirm, createEventAsAdmin, signInAsAdmin, toast } from "./support";

test("changing a ticket type's price moves the storefront and Stripe to the new price; archiving takes it off sale", async ({
  browser,
}) => {
  test.slow(); // a whole organiser flow (event, price, publish, shopper) in one test
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  // A name of this try's own: a retry (or a second run on the same server) finds its own product in the catalog.
  const name = `Glass Quartet ${Date.now().toString(36)}`;
  const { slug } = await createEventAsAdmin(admin, {
    name,
    ticketType: "Seat",
    capacity: 10,
    amount: "20.00",
    yen: "3200",
  });
  const price = admin.getByRole("form", { name: "Price of Seat" });
  await price.getByLabel("New amount (EUR)").fill("24.50");
  await price.getByRole("button", { name: "Change price" }).click();
  // Not the "Price changed" toast: setting the first price raised the same one a moment ago, and it may still show.
  // The change is done when the console itself shows the new amount.
  await expect(admin.getByRole("article", { name: "Ticket type Seat" })).toContainText("€24.50");

  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/events/${slug}`);
  await expect(shopper.getByRole("listitem", { name: "Seat" })).toContainText("€24.50");
  // The other currency was carried over to the new price, not dropped.
  await admin.reload();
  await expect(admin.getByRole("article", { name: "Ticket type Seat" })).toContainText("¥3,200");

  // Stripe follows: the catalog (mirrored from Stripe) shows the old price archived and the new one active.
  await admin.goto("/admin/catalog");
  await admin.getByRole("link", { name: `${name} — Seat` }).click();
  await expect(admin.getByRole("article", { name: /^Price / }).filter({ hasText: "€20.00" })).toContainText("Archived");
  const live = admin.getByRole("article", { name: /^Price / }).filter({ hasText: "€24.50" });
  await expect(live).toContainText("Active");
  await live.getByRole("button", { name: "Archive price" }).click();
  await confirm(admin, "Archive price");
  await expect(toast(admin, "Price archived.")).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByRole("listitem", { name: "Seat" })).not.toContainText("€24.50");
});

test("catalog CSV: the dry run shows each row's change and the bad row's error; applying twice changes nothing more", async ({
  page,
}) => {
  await signInAsAdmin(page);
  const key = `e2e_${Date.now().toString(36)}`;
  const csv = [
    "lookup_key,product,description,currency,amount,currency_options,interval,nickname,active",
    `${key}_pass,E2E Pass ${key},,eur,15.00,jpy:2400,,,true`,
    `${key}_club,E2E Club,,eur,9.00,,month,Monthly,true`,
    `${key}_bad,E2E Bad,,eur,twelve,,,,true`,
  ].join("\n");
  await page.goto("/admin/catalog/import");
  await page.getByLabel("…or paste it").fill(csv);
  await page.getByRole("button", { name: "Dry run" }).click();
  const plan = page.getByRole("table", { name: "Import plan" });
  await expect(plan.getByRole("row").filter({ hasText: `${key}_pass` })).toContainText("Create");
  await expect(plan.getByRole("row").filter({ hasText: "not an amount" })).toContainText("Error");
  await page.getByRole("button", { name: "Apply import" }).click();
  await confirm(page, "Apply import");
  await expect(toast(page, /2 created/)).toBeVisible();
  // The pasted CSV is still there: a second dry run of the same text finds nothing left to do.
  await expect(page.getByLabel("…or paste it")).toHaveValue(csv);
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(plan.getByRole("row").filter({ hasText: `${key}_pass` })).toContainText("No change");
  await page.goto("/admin/catalog");
  await expect(page.getByRole("link", { name: `E2E Pass ${key}` })).toBeVisible();
});
