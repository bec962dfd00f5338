import { expect, test } from "@playwright/test";
import { buyOnStorefront, confirm, createEventAsAdmin, signInAsAdmin, toast } from "./support";

test("an organiser creates an event in two currencies, sells it, refunds a ticket (seat back on sale) and checks tickets in once", async ({ browser }) => {
  test.slow(); // a whole organiser flow (event, price, publish, shopper) in one test
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  const { slug, eventId } = await createEventAsAdmin(admin, { name: "Harbour Lights", ticketType: "Floor", capacity: 5, amount: "30.00", yen: "4800", timeZone: "Asia/Tokyo" });
  // The times typed were the venue's wall clock in its zone: the form shows them back so, and so does the storefront.
  await expect(admin.getByLabel("Starts (venue time)")).toHaveValue("2031-06-01T19:30");
  await expect(admin.getByLabel("Venue time zone")).toHaveValue("Asia/Tokyo");

  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/events/${slug}`);
  await expect(shopper.getByRole("listitem", { name: "Floor" })).toContainText("€30.00");
  await expect(shopper.locator("article header")).toContainText(/19:30 GMT\+9 · Test Hall/);
  // An address of this try's own, so the search (and the audit rows below) find this try's order, not a retry's.
  const email = `refund-me-${Date.now().toString(36)}@example.com`;
  const orderUrl = await buyOnStorefront(shopper, slug, "Floor", 2, email);

  await admin.goto(`/admin/orders?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: /\d{4}-\d\d-\d\d/ }).click();
  await expect(admin.getByRole("heading", { name: "Order · Harbour Lights" })).toBeVisible();
  const orderId = new URL(admin.url()).pathname.split("/").pop()!;
  const codes = await admin.getByRole("listitem", { name: /^Ticket / }).allInnerTexts();
  const firstCode = codes[0]!.split(" ")[0]!;
  const secondCode = codes[1]!.split(" ")[0]!;
  const refund = admin.getByRole("form", { name: "Refund tickets" });
  await refund.getByLabel(new RegExp(firstCode)).check();
  await refund.getByRole("button", { name: "Refund selected tickets" }).click();
  await confirm(admin, "Refund selected tickets");
  await expect(toast(admin, /Refunded €30\.00/)).toBeVisible();
  await expect(admin.getByRole("listitem", { name: `Ticket ${firstCode}` })).toContainText("Refunded");

  await admin.goto(`/admin/events/${eventId}/stock`);
  await expect(admin.getByRole("row", { name: "Floor" }).getByTestId("sold")).toHaveText("1");
  await expect(admin.getByRole("row", { name: "Floor" }).getByTestId("available")).toHaveText("4");
  // The chart counts what the Sold column counts: the refunded ticket's seat went back on sale.
  await expect(admin.getByRole("img", { name: "Sales chart: 1 ticket sold in total" })).toBeVisible();

  await shopper.goto(orderUrl);
  await expect(shopper.getByRole("listitem", { name: `Ticket ${firstCode}` })).toContainText("Refunded");
  await expect(shopper.getByRole("img", { name: `QR code for ${secondCode}` })).toBeVisible();

  await admin.goto("/admin/check-in");
  await admin.getByLabel("Ticket code").fill(secondCode);
  await admin.getByRole("button", { name: "Check in" }).click();
  await expect(admin.getByRole("status")).toContainText("Valid — admit");
  await admin.getByLabel("Ticket code").fill(secondCode);
  await admin.getByRole("button", { name: "Check in" }).click();
  await expect(admin.getByRole("status")).toContainText("Already used");
  await admin.getByLabel("Ticket code").fill(firstCode);
  await admin.getByRole("button", { name: "Check in" }).click();
  await expect(admin.getByRole("status")).toContainText("Refunded");

  // The audit log names this order's refund and this ticket's check-ins (searched by subject: the log is shared).
  await admin.goto(`/admin/audit?q=${orderId}`);
  await expect(admin.getByRole("cell", { name: "order.refund_tickets" })).toBeVisible();
  await admin.goto(`/admin/audit?q=${secondCode}`);
  await expect(admin.getByRole("cell", { name: "ticket.check_in" })).toHaveCount(1);
});
