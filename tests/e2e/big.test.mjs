// Big input in the built app: a 5 MB paste (our fixture articles, repeated, separated by ---)
// is analysed by the Web Worker with a progress bar, while a PerformanceObserver records the
// page's long tasks: none may pass 100 ms. Cancel stops it and keeps the text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, cards, here } from "./helpers.mjs";

const FIXTURES = `${here}../fixtures/`;
const ARTICLES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(FIXTURES + f, "utf8").trimEnd());

/** About `bytes` of articles separated by lines `---` (each keeps its own dateline). */
function articles(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = ARTICLES[i % ARTICLES.length];
    parts.push(a);
    size += Buffer.byteLength(a) + 5;
  }
  return parts.join("\n---\n");
}

const FIVE_MB = articles(5 * 1024 * 1024);

const app = h.useApp();
const { log } = app;

/** A page that records every long task (over 50 ms) from its first moment. */
async function observedPage() {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  return h.openApp(app.browser, app.url, log, { context });
}

describe("big input", () => {
  test("5 MB is analysed in the worker with progress; no page task passes 100 ms", async () => {
    const { context, page } = await observedPage();
    const bytes = Buffer.byteLength(FIVE_MB);
    assert.ok(bytes >= 5 * 1024 * 1024, `${bytes} bytes`);
    const pasteStart = await page.evaluate(() => performance.now());
    await h.pasteBig(page, FIVE_MB);
    const pasted = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="progress"]').waitFor({ timeout: 10_000 });
    // The bar moves while the worker works.
    const seen = new Set();
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      const status = await page.locator(".app").getAttribute("data-status");
      if (status !== "working") break;
      // The bar goes when the work ends: a short timeout, or Playwright's default 30 s wait for
      // the vanished bar would count as analysis time.
      const value = await page
        .locator('[data-testid="progress"]')
        .getAttribute("value", { timeout: 200 })
        .catch(() => null);
      if (value !== null) seen.add(Number(value));
      await page.waitForTimeout(100);
    }
    await page.locator('.app[data-status="ready"]').waitFor({ timeout: 120_000 });
    const done = await page.evaluate(() => performance.now());
    await cards(page).first().waitFor();
    // Let the last render's task be reported.
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.__longTasks);
    const during = tasks.filter((t) => t.start >= pasted);
    const pasteTasks = tasks.filter((t) => t.start >= pasteStart && t.start < pasted);
    const longest = Math.max(0, ...during.map((t) => t.duration));
    const total = Number(await page.locator('[data-testid="meeting-list"]').getAttribute("data-total"));
    const figures = {
      bytes,
      analysis_ms: Math.round(done - pasted),
      longest_task_during_analysis_ms: Math.round(longest),
      long_tasks_during_analysis: during.length,
      paste_task_ms: Math.round(Math.max(0, ...pasteTasks.map((t) => t.duration))),
      progress_values_seen: [...seen].sort((a, b) => a - b),
      meetings: total,
    };
    writeFileSync(`${OUTPUT}/big-input.json`, JSON.stringify(figures, null, 2));
    console.log(`big input: ${JSON.stringify(figures)}`);
    assert.ok(seen.size >= 2, `progress values seen: ${[...seen]}`);
    assert.ok(longest < 100, `a main-thread task took ${longest} ms: ${JSON.stringify(during)}`);
    assert.ok(total > 100, `${total} meetings`);
    // Long results are drawn a page at a time, the text a window at a time.
    assert.equal(await cards(page).count(), 25);
    await page.locator('[data-testid="more-cards"]').click();
    assert.equal(await cards(page).count(), 50);
    await page.locator('[data-testid="text-window"]').waitFor();
    assert.equal((await page.locator('[data-testid="article-input"]').inputValue()).length, FIVE_MB.length);
    // The megabytes are folded away from the input box, and shown again on request.
    assert.match(await page.locator('[data-testid="folded-text"]').textContent(), /MB/);
    assert.equal(await page.locator('[data-testid="article-input"]').isVisible(), false);
    await page.locator('[data-testid="show-text"]').click();
    assert.equal(await page.locator('[data-testid="article-input"]').isVisible(), true);
    await context.close();
  });

  test("cancel stops the worker and keeps the text; analyse again finishes", async () => {
    const { context, page } = await observedPage();
    await h.pasteBig(page, FIVE_MB);
    await page.locator('[data-testid="progress"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="cancel"]').click();
    await page.locator('[data-testid="error"]').waitFor();
    assert.match(await page.locator('[data-testid="error"]').textContent(), /取消|cancelled/);
    assert.equal(await page.locator('[data-testid="progress"]').count(), 0);
    assert.equal((await page.locator('[data-testid="article-input"]').inputValue()).length, FIVE_MB.length);
    await page.locator('[data-testid="retry"]').click();
    await page.locator('[data-testid="progress"]').waitFor({ timeout: 10_000 });
    await page.locator('.app[data-status="ready"]').waitFor({ timeout: 120_000 });
    await cards(page).first().waitFor();
    await context.close();
  });
});

test("big input: no request left the origin, no console errors", () => {
  const foreign = h.foreignRequests(log, app.origin);
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.consoleErrors, []);
});
