import { expect, test } from "@playwright/test";
import { confirm, createEventAsAdmin, signInAsAdmin, toast } from "./support";

test("live stock follows a shopper's hold without reloading, and the organiser ends it", async ({ browser }) => {
  test.slow(); // a whole organiser flow (event, price, publish, shopper) in one test
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  const { slug, eventId } = await createEventAsAdmin(admin, { name: "Night Market", ticketType: "Entry", capacity: 6, amount: "12.00" });
  await admin.goto(`/admin/events/${eventId}/stock`);
  const row = admin.getByRole("row", { name: "Entry" });
  await expect(row.getByTestId("held")).toHaveText("0");

  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/events/${slug}`);
  await shopper.getByRole("spinbutton", { name: "Quantity of Entry" }).fill("2");
  await shopper.getByRole("button", { name: /^Reserve \d+ tickets?$/ }).click();
  await expect(shopper.getByRole("heading", { name: "Checkout" })).toBeVisible({ timeout: 30_000 }); // holding + a Stripe session; slow on a loaded machine

  // No reload: the page polls.
  await expect(row.getByTestId("held")).toHaveText("2", { timeout: 10_000 });
  await expect(row.getByTestId("available")).toHaveText("4");
  const hold = admin.getByRole("listitem", { name: /^Hold by guest/ });
  await expect(hold).toContainText("2 × Entry");
  await expect(hold).toContainText("Checkout open");
  const first = await hold.getByLabel("Time left").innerText();
  await expect(hold.getByLabel("Time left")).not.toHaveText(first, { timeout: 5_000 });

  await hold.getByRole("button", { name: "End this hold now" }).click();
  await confirm(admin, "End this hold now");
  await expect(toast(admin, /Hold ended/)).toBeVisible();
  await expect(row.getByTestId("held")).toHaveText("0", { timeout: 10_000 });
  await expect(row.getByTestId("available")).toHaveText("6");

  const csv = await admin.request.get(`/admin/events/${eventId}/attendees.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("code,ticketType,email");
});
