// End-to-end tests of the built app (dist/, from `trunk build --release`) in Debian's headless
// Chromium, served under a sub-path by tests/e2e/server.mjs. Run: node --test tests/e2e/
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, WAIT, analysed, cards, here, paste } from "./helpers.mjs";

const fixture = (name) => readFileSync(`${here}fixtures/${name}`, "utf8");
const ARTICLE = fixture("article.txt");
const SENTENCE =
  "12月12日，陕西省委书记赵一德、省长赵刚在北京与教育部党组书记、部长怀进鹏举行工作会谈并签署战略合作协议。";

/** Every URL any page asked for, and every console error, across all tests: `app.log`. */
const app = h.useApp();
const { log } = app;
const { consoleErrors } = log;

/** A new page in a new context (empty localStorage), loaded and mounted. */
async function openApp(viewport = { width: 1280, height: 900 }, { hostileContent = false } = {}) {
  return h.openApp(app.browser, app.url, log, { viewport, hostileContent });
}

describe("the analyzer page", () => {
  test("loads under a sub-path with its own files only", async () => {
    const { context, page } = await openApp();
    assert.match(new URL(page.url()).pathname, /^\/tools\/huitan\/$/);
    await assert.doesNotReject(page.locator('[data-testid="empty-state"]').waitFor());
    const footer = await page.locator("footer").textContent();
    assert.match(footer, /不会发送|never leaves/);
    await context.close();
  });

  test("a pasted article gives one card with its parties and date (no publication date)", async () => {
    const { context, page } = await openApp();
    await paste(page, ARTICLE);
    await cards(page).first().waitFor();
    assert.equal(await cards(page).count(), 1);
    const card = cards(page).first();
    const parties = (await card.getAttribute("data-parties")).split(" ");
    assert.ok(parties.includes("CN-SN"), `data-parties: ${parties}`);
    assert.ok(parties.includes("教育部"), `data-parties: ${parties}`);
    assert.equal(await card.getAttribute("data-date"), "--12-12");
    assert.match(await card.textContent(), /怀进鹏/);
    const summary = await page.locator('[data-testid="summary"]').textContent();
    assert.match(summary, /1/);

    // The mentions are marked in the text view, by kind.
    const view = page.locator('[data-testid="text-view"]');
    assert.equal((await view.textContent()).trim(), ARTICLE.trim());
    const person = view.locator('mark[data-kind="person"]', { hasText: "赵一德" });
    assert.ok((await person.count()) >= 1, "赵一德 is marked as a person");
    assert.ok((await view.locator('mark[data-kind="party"]').count()) >= 1, "a party is marked");
    assert.ok((await view.locator('mark[data-kind="date"]', { hasText: "12月12日" }).count()) >= 1);
    // Hovering a party mark shows what it resolved to.
    const party = view.locator('mark[data-kind="party"]').first();
    assert.ok((await party.getAttribute("title")).length > 0);
    await context.close();
  });

  test("the publication date completes the year", async () => {
    const { context, page } = await openApp();
    await page.locator('[data-testid="reference-date"]').fill("2023-12-15");
    await paste(page, ARTICLE);
    await cards(page).first().waitFor();
    assert.equal(await cards(page).count(), 1);
    assert.equal(await cards(page).first().getAttribute("data-date"), "2023-12-12");
    await context.close();
  });

  test("clicking a card highlights its sentence; Enter works too", async () => {
    const { context, page } = await openApp();
    await paste(page, ARTICLE);
    const card = cards(page).first();
    await card.waitFor();
    const active = page.locator('[data-testid="text-view"] [data-active="true"]');
    assert.equal(await active.count(), 0);
    await card.click();
    await active.first().waitFor();
    const highlighted = (await active.allTextContents()).join("");
    assert.ok(highlighted.includes("赵一德") && highlighted.includes("怀进鹏"), highlighted);
    assert.ok(SENTENCE.includes(highlighted) || highlighted.includes(SENTENCE), highlighted);
    assert.equal(await card.getAttribute("data-active"), "true");
    await card.click();
    assert.equal(await active.count(), 0, "a second click unselects");
    await card.focus();
    await page.keyboard.press("Enter");
    await active.first().waitFor();
    await context.close();
  });

  test("the text, the date and the language survive a reload", async () => {
    const { context, page } = await openApp();
    await page.locator('[data-testid="reference-date"]').fill("2023-12-15");
    await paste(page, ARTICLE);
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.reload();
    const input = page.locator('[data-testid="article-input"]');
    await input.waitFor();
    assert.equal(await input.inputValue(), ARTICLE);
    assert.equal(await page.locator('[data-testid="reference-date"]').inputValue(), "2023-12-15");
    assert.equal(await page.locator('[data-testid="lang-toggle"]').getAttribute("data-lang"), "en");
    await cards(page).first().waitFor();
    assert.equal(await cards(page).first().getAttribute("data-date"), "2023-12-12");
    await context.close();
  });

  test("the language switch changes labels and names", async () => {
    const { context, page } = await openApp();
    await paste(page, ARTICLE);
    await cards(page).first().waitFor();
    const toggle = page.locator('[data-testid="lang-toggle"]');
    assert.equal(await toggle.getAttribute("data-lang"), "zh");
    assert.match(await page.locator('[data-testid="summary"]').textContent(), /次会见/);
    await toggle.click();
    assert.equal(await toggle.getAttribute("data-lang"), "en");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.match(await page.locator('[data-testid="summary"]').textContent(), /meeting/);
    assert.match(await page.locator('label[for="article-input"]').textContent(), /Article text/);
    // The card shows the English kind and the English names the lexicon gives.
    const card = cards(page).first();
    assert.match(await card.textContent(), /Talks|Signing|Visit|Symposium|Conference|Inspection|Other/);
    assert.match(await card.locator(".party-en").first().textContent(), /[A-Za-z]/);
    // People's names get their pinyin, surname first (from a worker fetched for the purpose).
    await card.locator(".pinyin").first().waitFor();
    await page.locator('[data-testid="people-panel"] .pinyin').first().waitFor();
    assert.match(await card.textContent(), /Zhao Yide/);
    assert.match(await page.locator('[data-testid="people-panel"]').textContent(), /Huai Jinpeng/);
    await toggle.click();
    assert.doesNotMatch(await card.textContent(), /Zhao Yide/);
    assert.equal(await toggle.getAttribute("data-lang"), "zh");
    await context.close();
  });

  test("filters live in the URL hash and survive a reload", async () => {
    const { context, page } = await openApp();
    await page.locator('[data-testid="load-sample"]').click();
    await analysed(page);
    await cards(page).first().waitFor();
    const all = await cards(page).count();
    assert.ok(all >= 2, `the sample has several meetings (${all})`);
    const province = page.locator('[data-testid="filter-province"]');
    await province.selectOption("CN-SN");
    // The hash is written by an effect after the filtered view renders: wait for it.
    await page.waitForFunction(() => location.hash.includes("province=CN-SN"), null, { timeout: WAIT });
    assert.match(new URL(page.url()).hash, /province=CN-SN/);
    const shown = await cards(page).count();
    assert.ok(shown >= 1 && shown < all, `${shown} of ${all}`);
    for (const parties of await cards(page).evaluateAll((els) => els.map((e) => e.dataset.parties))) {
      assert.ok(parties.split(" ").includes("CN-SN"), parties);
    }
    await page.reload();
    await cards(page).first().waitFor();
    assert.equal(await page.locator('[data-testid="filter-province"]').inputValue(), "CN-SN");
    assert.equal(await cards(page).count(), shown);
    await page.locator('[data-testid="clear-filters"]').click();
    await page.waitForFunction(() => location.hash === "", null, { timeout: WAIT });
    assert.equal(await cards(page).count(), all);
    assert.equal(new URL(page.url()).hash, "");
    await context.close();
  });

  test("text without meetings says so; clear empties the input", async () => {
    const { context, page } = await openApp();
    await paste(page, fixture("no-meetings.txt"));
    await page.locator('[data-testid="no-meetings"]').waitFor();
    assert.equal(await cards(page).count(), 0);
    await page.locator('[data-testid="clear"]').click();
    assert.equal(await page.locator('[data-testid="article-input"]').inputValue(), "");
    await page.locator('[data-testid="empty-state"]').waitFor();
    await context.close();
  });

  test("typing is analysed after a pause", async () => {
    const { context, page } = await openApp();
    await page.locator('[data-testid="article-input"]').fill(SENTENCE);
    await cards(page).first().waitFor();
    assert.equal(await cards(page).count(), 1);
    await context.close();
  });

  test("an HTML file is read as text, inert", async () => {
    const { context, page } = await openApp(undefined, { hostileContent: true });
    await page.locator('[data-testid="file-input"]').setInputFiles(`${here}fixtures/article.html`);
    const input = page.locator('[data-testid="article-input"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="article-input"]').value.length > 0);
    const value = await input.inputValue();
    assert.ok(value.includes(SENTENCE), value);
    assert.ok(!value.includes("<p>") && !value.includes("color: red") && !value.includes("document.title"), value);
    assert.equal(await page.title(), "会谈 Huitan", "no script or handler of the file ran");
    await cards(page).first().waitFor();
    await context.close();
  });

  test("a dropped Markdown file replaces the text and is analysed", async () => {
    const { context, page } = await openApp();
    await paste(page, "旧的文字。");
    const markdown = `# 陕西与教育部会谈\n\n${SENTENCE}\n`;
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "article.md", { type: "text/markdown" }));
      const area = document.querySelector('[data-testid="article-input"]');
      area.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
      area.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, markdown);
    await cards(page).first().waitFor();
    assert.equal(await page.locator('[data-testid="article-input"]').inputValue(), markdown);
    assert.equal(await cards(page).count(), 1);
    await context.close();
  });

  test("a 360 px phone has no horizontal scrolling", async () => {
    const { context, page } = await openApp({ width: 360, height: 780 });
    await page.locator('[data-testid="load-sample"]').click();
    await cards(page).first().waitFor();
    await cards(page).first().click();
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 360, `scrollWidth ${width}`);
    await page.screenshot({ path: `${OUTPUT}/phone-full.png`, fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUTPUT}/phone.png` });
    await context.close();
  });

  test("desktop screenshot", async () => {
    const { context, page } = await openApp({ width: 1280, height: 900 });
    await page.locator('[data-testid="load-sample"]').click();
    await cards(page).first().waitFor();
    await cards(page).first().click();
    await page.screenshot({ path: `${OUTPUT}/desktop-full.png`, fullPage: true });
    // The cards and the marked-up text side by side, the first card selected.
    await page.waitForTimeout(600); // let the smooth scroll to the sentence finish
    await page.evaluate(() => {
      const top = document.querySelector(".results-grid").getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - 12, behavior: "instant" });
    });
    await page.screenshot({ path: `${OUTPUT}/desktop.png` });
    await context.close();
  });

  test("nothing was requested outside the page's own origin, and no errors", () => {
    assert.ok(log.requests.length > 0);
    const foreign = h.foreignRequests(log, app.origin);
    assert.deepEqual(foreign, []);
    assert.deepEqual(consoleErrors, []);
  });
});
