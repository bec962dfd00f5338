// Choosing tickets on an event page: steppers, a running subtotal, one stock note, a reserve bar that stays on a
// phone's screen, honest wording when the last seats are only held, and a fresh count after Back.
import { expect, test, type Page } from "@playwright/test";
import { servers } from "../../playwright.config";
import { releaseSeats } from "../fixtures/shop";

async function availableOf(page: Page, ticketType: string): Promise<number> {
  const text = await page.getByRole("listitem", { name: ticketType }).innerText();
  return Number(/(\d+) available/.exec(text)?.[1] ?? NaN);
}

test("−/+ steppers beside the quantity, big enough to tap, with a running subtotal", async ({ page }) => {
  await page.goto("/events/midnight-orchestra");
  const row = page.getByRole("listitem", { name: "Balcony" });
  const add = row.getByRole("button", { name: "Add one Balcony ticket" });
  const remove = row.getByRole("button", { name: "Remove one Balcony ticket" });
  const quantity = row.getByRole("spinbutton", { name: "Quantity of Balcony" });
  for (const control of [add, remove]) {
    const box = (await control.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await expect(remove).toBeDisabled();
  await expect(page.getByTestId("subtotal")).toHaveText("€0.00");

  await add.click();
  await add.click();
  await expect(quantity).toHaveValue("2");
  await expect(page.getByTestId("subtotal")).toHaveText("€118.00");
  // Standing (€39, hundreds of seats): other specs race for the VIP seats at the same time.
  await page.getByRole("button", { name: "Add one Standing ticket" }).click();
  await expect(page.getByTestId("subtotal")).toHaveText("€157.00");
  await expect(page.getByRole("button", { name: "Reserve 3 tickets" })).toBeEnabled();

  await remove.click();
  await expect(quantity).toHaveValue("1");
  await expect(page.getByTestId("subtotal")).toHaveText("€98.00");
  // Typing works too, and the steppers follow it.
  await quantity.fill("4");
  await expect(page.getByTestId("subtotal")).toHaveText("€275.00");
});

test("the last seats of a kind: one 'only N left', and + stops there", async ({ page }) => {
  await page.goto("/events/spring-folk-festival");
  const row = page.getByRole("listitem", { name: "Weekend pass" });
  const badge = /Only (\d+) left/;
  const left = Number(badge.exec(await row.innerText())![1]);
  const add = row.getByRole("button", { name: "Add one Weekend pass ticket" });
  for (let i = 0; i < left; i++) await add.click();
  await expect(add).toBeDisabled();
  await expect(row.getByRole("spinbutton")).toHaveValue(String(left));
  await expect(row.getByRole("status")).toHaveText("That is every seat left of this kind.");
  expect((await row.innerText()).match(/only \d+ left/gi)).toHaveLength(1);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("tabbing through the quantities, the focused control is never under the reserve bar", async ({ page }) => {
    await page.goto("/events/midnight-orchestra");
    const first = page.getByRole("button", { name: "Add one Standing ticket" });
    await first.click();
    await first.focus();
    const bar = page.getByTestId("reserve-bar");
    // Forward through every stepper and quantity of the list, as a keyboard user would; each scrolls into view.
    let checked = 0;
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      if (!(await focused.evaluate((el) => !!el.closest("li")))) break;
      checked++;
      const [control, barBox] = [(await focused.boundingBox())!, (await bar.boundingBox())!];
      const name = await focused.evaluate((el) => el.getAttribute("aria-label") ?? el.closest("li")?.getAttribute("aria-label"));
      // The focus ring (2 px outside the box) shows whole above the bar.
      expect(control.y + control.height + 2, `${name} is hidden under the reserve bar`).toBeLessThanOrEqual(barBox.y);
    }
    // The loop must not have left the list at once (how many controls follow depends on what other specs hold).
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  test("the subtotal and reserve button stay on screen while the ticket list scrolls", async ({ page }) => {
    await page.goto("/events/spring-folk-festival");
    const list = page.getByRole("listitem", { name: "Day pass" }).locator("..");
    // On a phone the artwork, title and description come first: the list runs past the bottom of the screen.
    const listBox = (await list.boundingBox())!;
    expect(listBox.y + listBox.height).toBeGreaterThan(844);
    const reserve = page.getByRole("button", { name: "Reserve tickets" });
    await expect(reserve).toBeInViewport({ ratio: 1 });
    let bar = (await page.getByTestId("reserve-bar").boundingBox())!;
    expect(Math.round(bar.y + bar.height)).toBe(844); // pinned to the bottom edge
    // Choose from the row at the top of the screen; the subtotal under the thumb follows.
    await page.getByRole("listitem", { name: "Day pass" }).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.getByRole("button", { name: "Add one Day pass ticket" }).click();
    await expect(page.getByTestId("subtotal")).toHaveText("€45.00");
    await expect(page.getByTestId("subtotal")).toBeInViewport({ ratio: 1 });
    // On a laptop the bar is an ordinary row under the list.
    await page.setViewportSize({ width: 1280, height: 800 });
    bar = (await page.getByTestId("reserve-bar").boundingBox())!;
    const lastRow = (await page.getByRole("listitem", { name: "Camping add-on" }).boundingBox())!;
    expect(bar.y).toBeGreaterThan(lastRow.y + lastRow.height);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "Reserve 1 ticket" }).click();
    await expect(page).toHaveURL(/\/checkout\//);
    // Given back at once, not in ten minutes: other specs count this ticket type's stock.
    await releaseSeats(page, page.getByRole("button", { name: "Cancel and release seats" }));
  });
});

test("after Back from checkout the page shows the stock as it is now", async ({ page }) => {
  await page.goto("/events/spring-folk-festival");
  const before = await availableOf(page, "Camping add-on");
  const add = page.getByRole("button", { name: "Add one Camping add-on ticket" });
  await add.click();
  await add.click();
  await page.getByRole("button", { name: "Reserve 2 tickets" }).click();
  await expect(page).toHaveURL(/\/checkout\//, { timeout: 20_000 });
  await page.goBack();
  await expect(page).toHaveURL(/\/events\/spring-folk-festival/);
  // Well under the page's 5-second poll: the count is refreshed because the page came back, not by the timer.
  await expect(page.getByRole("listitem", { name: "Camping add-on" })).toContainText(`${before - 2} available`, { timeout: 3_000 });
});

test.describe("seats held by other shoppers", () => {
  // Holds on this server last 15 s, so the seats come back during the test.
  test.use({ baseURL: `http://localhost:${servers.shortHold.port}` });

  test("read as in checkouts, not sold out, and come back when the holds end", async ({ browser }) => {
    const holder = await browser.newPage();
    await holder.goto("/events/spring-folk-festival");
    const row = holder.getByRole("listitem", { name: "Weekend pass" });
    const left = Number(/Only (\d+) left/.exec(await row.innerText())![1]);
    await row.getByRole("spinbutton", { name: "Quantity of Weekend pass" }).fill(String(left));
    await holder.getByRole("button", { name: `Reserve ${left} tickets` }).click();
    await expect(holder).toHaveURL(/\/checkout\//, { timeout: 20_000 });

    const shopper = await browser.newPage();
    await shopper.goto("/events/spring-folk-festival");
    const seen = shopper.getByRole("listitem", { name: "Weekend pass" });
    await expect(seen).toContainText("All remaining seats are in checkouts — check back in a few minutes");
    await expect(seen).not.toContainText("Sold out");
    await expect(seen.getByRole("spinbutton")).toHaveCount(0);
    await shopper.goto("/");
    await expect(shopper.getByRole("article").filter({ hasText: "Spring Folk Festival" })).not.toContainText("Sold out");

    await shopper.goto("/events/spring-folk-festival");
    await expect(seen).toContainText(`Only ${left} left`, { timeout: 40_000 });
    await Promise.all([holder.context().close(), shopper.context().close()]);
  });
});
