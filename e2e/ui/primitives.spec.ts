import { expect, test } from "@playwright/test";

// The components/ui primitives on the offline-only gallery page (/dev/ui), checked the way a keyboard or
// screen-reader user meets them.
test.describe("ui primitives", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/dev/ui");
  });

  test("a form field names its control, describes it, and marks and announces an error", async ({ page }) => {
    const email = page.getByRole("textbox", { name: "Email" });
    await expect(email).toHaveAccessibleDescription("We send your tickets to this address.");
    await expect(email).not.toHaveAttribute("aria-invalid");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/We send your tickets to this address\. Enter an email address/);
    await expect(page.getByRole("alert").filter({ hasText: "Enter an email address" })).toHaveText("Enter an email address, like name@example.com.");

    await email.fill("ada@example.com");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(email).not.toHaveAttribute("aria-invalid");
    await expect(page.getByText("Saved ada@example.com.")).toBeVisible(); // a toast
  });

  test("a select opens from the keyboard and takes a choice", async ({ page }) => {
    const select = page.getByRole("combobox", { name: "Ticket type" });
    await expect(select).toHaveText("Standing");
    await select.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "VIP" }).click();
    await expect(select).toHaveText("VIP");
  });

  test("a dialog traps focus, closes with Escape and gives focus back", async ({ page }) => {
    const trigger = page.getByRole("button", { name: "Show details" });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "About holds" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription("Seats are held for ten minutes while you pay.");
    await expect(dialog.getByRole("button", { name: "Close" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("a destructive action asks first; Cancel does nothing, confirming runs it once", async ({ page }) => {
    await page.getByRole("button", { name: "Delete event" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete this event?" });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused(); // the safe choice first
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText("Event deleted.")).toHaveCount(0);

    await page.getByRole("button", { name: "Delete event" }).click();
    await confirm.getByRole("button", { name: "Delete event" }).click();
    await expect(confirm.getByRole("button", { name: "Deleting…" })).toBeDisabled();
    await expect(confirm).toBeHidden();
    await expect(page.getByText("Event deleted.")).toHaveCount(1);
  });

  test("a data table sorts by a column and pages through the rows", async ({ page }) => {
    const table = page.getByRole("table", { name: "Sample events" });
    const firstCell = table.getByRole("row").nth(1).getByRole("cell").first();
    await expect(firstCell).toHaveText("Event 1");
    await expect(table.getByRole("row")).toHaveCount(11); // header + 10

    await table.getByRole("button", { name: "Name" }).click(); // already ascending by id → ascending by name
    await table.getByRole("button", { name: "Name" }).click();
    await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
    await expect(firstCell).toHaveText("Event 23");

    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("Page 1 of 3");
    await pages.getByRole("button", { name: "Next" }).click();
    await pages.getByRole("button", { name: "Next" }).click();
    await expect(pages).toContainText("Page 3 of 3");
    await expect(table.getByRole("row")).toHaveCount(4); // header + 3
    await expect(pages.getByRole("button", { name: "Next" })).toBeDisabled();
  });
});
