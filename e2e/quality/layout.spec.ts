// What a shopper would notice on a phone (390 px) and a laptop (1280 px): no sideways scrolling, controls big
// enough to tap, nothing cut off or lying on top of something else. Screenshots go to .data/screenshots for a
// person to look at (not compared to baselines: fonts differ between machines, layout rules do not).
import { test, expect, type Page } from "@playwright/test";
import { openShopperPages, staticPages, visit, type QualityPage } from "./pages";

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

/** Names of the static pages checked here (the shopper pages — checkout and tickets — always are). */
const layoutPages = ["home", "event"];

type Problem = string;

/** Runs in the page: every layout problem a shopper would notice, as text. */
async function findLayoutProblems(page: Page, minTarget: number): Promise<Problem[]> {
  return page.evaluate((minTarget) => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const name = (el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${name}"`;
    };
    const isShown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0;
    };

    if (document.documentElement.scrollWidth > viewport + 1) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${viewport}px window`);
    }

    const controls = [
      ...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, iframe"),
    ].filter(isShown);
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > viewport + 1)
        problems.push(`${describe(el)} sticks out of the window (${Math.round(box.left)}–${Math.round(box.right)}px)`);
      // WCAG 2.5.5 target size; links inside running text are exempt, as WCAG exempts them.
      const inline = el.tagName === "A" && getComputedStyle(el).display === "inline";
      if (!inline && el.tagName !== "IFRAME" && (box.width < minTarget || box.height < minTarget)) {
        problems.push(
          `${describe(el)} is ${Math.round(box.width)}×${Math.round(box.height)}px, under ${minTarget}px to tap`,
        );
      }
    }
    // Two controls sharing pixels: one hides part of the other, or a tap lands on the wrong one. A sticky or
    // fixed bar (a reserve bar, a countdown) covers the content scrolling under it by design: that is not a clash,
    // as long as the bar itself stays whole (the bar's own controls are still checked against each other).
    const barOf = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        if (["sticky", "fixed"].includes(getComputedStyle(node).position)) return node;
      }
      return null;
    };
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.contains(b) || b.contains(a)) continue;
        if (barOf(a) !== barOf(b)) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`${describe(a)} overlaps ${describe(b)}`);
      }
    }
    // Text cut off: a heading or control whose content is wider than its box and hidden, not wrapped.
    for (const el of document.querySelectorAll("h1, h2, h3, button, a, label, p, dd, dt, td, th")) {
      if (!isShown(el)) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} is cut off`);
    }
    // Images cropped on a phone lose what they show; object-fit: cover on artwork with baked-in text is the usual cause.
    for (const img of document.querySelectorAll("img")) {
      if (!isShown(img) || !img.naturalWidth) continue;
      const box = img.getBoundingClientRect();
      if (box.right > viewport + 1) problems.push(`image ${img.alt || img.src} is wider than the window`);
    }
    return problems;
  }, minTarget);
}

/** Sticky and fixed bars must stay on screen once the shopper has scrolled to the end (e.g. the countdown). */
async function findStickyProblems(page: Page): Promise<Problem[]> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const problems = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => ["sticky", "fixed"].includes(getComputedStyle(el).position))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && (box.bottom <= 0 || box.top >= window.innerHeight);
      })
      .map(
        (el) =>
          `sticky <${el.tagName.toLowerCase()}> "${(el as HTMLElement).innerText.slice(0, 40)}" scrolled out of view`,
      ),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  return problems;
}

async function saveScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `.data/screenshots/${name}.png`, fullPage: true });
}

function fileName(target: QualityPage, viewport: string) {
  return `${target.name
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/-+$/, "")
    .toLowerCase()}-${viewport}`;
}

for (const viewport of VIEWPORTS) {
  test.describe(`layout at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const target of staticPages.filter((p) => layoutPages.includes(p.name))) {
      test(`${target.name}`, async ({ context, page }) => {
        await visit(context, page, target, "en");
        await saveScreenshot(page, fileName(target, viewport.name));
        expect(await findLayoutProblems(page, 44)).toEqual([]);
      });
    }

    test("checkout (hosted and embedded) and tickets", async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const shopper = await openShopperPages(browser, baseURL!);
      const page = await shopper.context.newPage();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const problems: string[] = [];
      for (const target of shopper.pages) {
        await visit(shopper.context, page, target, "en");
        await saveScreenshot(page, fileName(target, viewport.name));
        problems.push(...(await findLayoutProblems(page, 44)).map((p) => `${target.name}: ${p}`));
        // The countdown is what a shopper watches while paying: on screen when the page opens.
        if (target.name.startsWith("checkout")) await expect(page.getByRole("timer")).toBeInViewport();
        problems.push(...(await findStickyProblems(page)).map((p) => `${target.name}: ${p}`));
      }
      await shopper.context.close();
      expect(problems).toEqual([]);
    });
  });
}
