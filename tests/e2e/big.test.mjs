// Big input in the built app: a 5 MB paste (our fixture articles, repeated, separated by ---)
// is analysed by the Web Worker with a progress bar, and the page answers clicks meanwhile.
// What is asserted holds on any machine, however busy: the text goes to the worker, progress
// arrives in order and ends at 100%, the result arrives after it. How long it took is only
// measured: the figures go to tests/e2e/output/timings.json.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as h from "./helpers.mjs";
import { cards, here, recordTimings } from "./helpers.mjs";

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

/**
 * A page that records, from its first moment, every long task (over 50 ms) and every message
 * between the page and its Web Workers: what it posted (the text's length) and what came back
 * (the kind, and the value of a progress message).
 */
async function observedPage() {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  await context.addInitScript(() => {
    window.__longTasks = [];
    window.__workerLog = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url, options) {
        super(url, options);
        const worker = String(url);
        this.__url = worker;
        this.addEventListener("message", (e) => {
          const [kind, value] = Array.isArray(e.data) ? e.data : [String(e.data)];
          window.__workerLog.push({ worker, dir: "in", kind, value: kind === "progress" ? value : null });
        });
      }
      postMessage(data, ...rest) {
        const text = Array.isArray(data) && typeof data[0] === "string" ? data[0] : "";
        window.__workerLog.push({ worker: String(this.__url ?? ""), dir: "out", length: text.length });
        return super.postMessage(data, ...rest);
      }
    };
  });
  return h.openApp(app.browser, app.url, log, { context });
}

/** The messages of the analysis worker's last job: the text it was sent, then what came back. */
function lastJob(messages) {
  const sent = messages.map((m, i) => [m, i]).filter(([m]) => m.dir === "out" && m.length > 0);
  assert.ok(sent.length > 0, "the page sent no text to a worker");
  const [job, at] = sent[sent.length - 1];
  return { job, replies: messages.slice(at + 1).filter((m) => m.dir === "in") };
}

describe("big input", () => {
  test("5 MB is analysed in the worker with progress in order, and the page answers a click meanwhile", async () => {
    const { context, page } = await observedPage();
    const bytes = Buffer.byteLength(FIVE_MB);
    assert.ok(bytes >= 5 * 1024 * 1024, `${bytes} bytes`);
    const pasteStart = await page.evaluate(() => performance.now());
    await h.pasteBig(page, FIVE_MB);
    const pasted = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="progress"]').waitFor({ timeout: h.WAIT });
    // A click while the worker works is answered: the language switch flips. Whether the
    // analysis was still running when the page answered depends on the machine's speed, so it
    // is reported, not asserted.
    const toggle = page.locator('[data-testid="lang-toggle"]');
    const langBefore = await toggle.getAttribute("data-lang");
    await toggle.click();
    await page.locator(`[data-testid="lang-toggle"]:not([data-lang="${langBefore}"])`).waitFor({ timeout: h.WAIT });
    const clickAnsweredWhileAnalysing = (await page.locator(".app").getAttribute("data-status")) === "working";
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator(`[data-testid="lang-toggle"][data-lang="${langBefore}"]`).waitFor({ timeout: h.WAIT });
    await page.locator('.app[data-status="ready"]').waitFor({ timeout: h.WAIT_LONG });
    const done = await page.evaluate(() => performance.now());
    await cards(page).first().waitFor();
    // Let the last render's task be reported.
    await page.waitForTimeout(300);

    // The text went to the analysis worker, whole; the page did not analyse it itself.
    const { job, replies } = lastJob(await page.evaluate(() => window.__workerLog));
    assert.equal(job.length, FIVE_MB.length, "the whole text is posted to the worker");
    assert.match(job.worker, /worker/, `posted to ${job.worker}`);
    // Progress arrives in order, ends at 100%, and the result follows it.
    const progress = replies.filter((m) => m.kind === "progress").map((m) => m.value);
    assert.ok(progress.length >= 2, `progress values: ${progress}`);
    for (let i = 1; i < progress.length; i++) {
      assert.ok(progress[i] >= progress[i - 1], `progress went back: ${progress}`);
    }
    assert.equal(progress[progress.length - 1], 1, `the last progress is 100%: ${progress}`);
    const kinds = replies.map((m) => m.kind);
    const lastProgress = kinds.lastIndexOf("progress");
    assert.ok(kinds.indexOf("events") > lastProgress, `the result comes after the progress: ${kinds.join(",")}`);
    assert.equal(kinds[kinds.length - 1], "done", `the job ends with done: ${kinds.slice(-3)}`);

    const tasks = await page.evaluate(() => window.__longTasks);
    const during = tasks.filter((t) => t.start >= pasted);
    const pasteTasks = tasks.filter((t) => t.start >= pasteStart && t.start < pasted);
    const total = Number(await page.locator('[data-testid="meeting-list"]').getAttribute("data-total"));
    recordTimings("big_input_5mb", {
      bytes,
      analysis_ms: Math.round(done - pasted),
      longest_task_during_analysis_ms: Math.round(Math.max(0, ...during.map((t) => t.duration))),
      long_tasks_during_analysis: during.length,
      paste_task_ms: Math.round(Math.max(0, ...pasteTasks.map((t) => t.duration))),
      progress_messages: progress.length,
      click_answered_while_analysing: clickAnsweredWhileAnalysing,
      meetings: total,
    });
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
    await page.locator('[data-testid="progress"]').waitFor({ timeout: h.WAIT });
    await page.locator('[data-testid="cancel"]').click();
    await page.locator('[data-testid="error"]').waitFor();
    assert.match(await page.locator('[data-testid="error"]').textContent(), /取消|cancelled/);
    assert.equal(await page.locator('[data-testid="progress"]').count(), 0);
    assert.equal((await page.locator('[data-testid="article-input"]').inputValue()).length, FIVE_MB.length);
    await page.locator('[data-testid="retry"]').click();
    await page.locator('[data-testid="progress"]').waitFor({ timeout: h.WAIT });
    await page.locator('.app[data-status="ready"]').waitFor({ timeout: h.WAIT_LONG });
    await cards(page).first().waitFor();
    await context.close();
  });
});

test("big input: no request left the origin, no console errors", () => {
  const foreign = h.foreignRequests(log, app.origin);
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.consoleErrors, []);
});
