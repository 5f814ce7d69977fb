// Hard input in the built app: nothing crashes, every case gets a clear state, the text stays,
// and pasted markup stays text under the Content-Security-Policy.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./helpers.mjs";
import { cards } from "./helpers.mjs";

const SENTENCE =
  "12月12日，陕西省委书记赵一德、省长赵刚在北京与教育部党组书记、部长怀进鹏举行工作会谈并签署战略合作协议。";

const app = h.useApp();
const { log } = app;

const open = () => h.openApp(app.browser, app.url, log);
const value = (page) => page.locator('[data-testid="article-input"]').inputValue();
const status = (page) => page.locator(".app").getAttribute("data-status");

/** Pastes `text` at once and waits for the page to settle on a state. */
async function pasteAndSettle(page, text) {
  await h.pasteBig(page, text);
  await h.analysed(page, 60_000);
}

describe("hard input", () => {
  test("empty and whitespace-only text give the empty state", async () => {
    const { context, page } = await open();
    await pasteAndSettle(page, SENTENCE);
    await pasteAndSettle(page, "");
    assert.equal(await status(page), "empty");
    await pasteAndSettle(page, "  \n\t\u3000 \r\n ");
    assert.equal(await status(page), "empty");
    await page.locator('[data-testid="empty-state"]').waitFor();
    assert.equal(await value(page), "  \n\t\u3000 \n ");
    await context.close();
  });

  test("10 MB is kept, not analysed, with a sentence saying why", async () => {
    const { context, page } = await open();
    const huge = SENTENCE.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(SENTENCE)));
    await pasteAndSettle(page, huge);
    assert.equal(await status(page), "error");
    assert.match(await page.locator('[data-testid="error"]').textContent(), /太长|too long/);
    assert.equal((await value(page)).length, huge.length);
    assert.equal(await cards(page).count(), 0);
    await context.close();
  });

  test("binary garbage and control characters: no crash, text kept", async () => {
    const { context, page } = await open();
    let junk = "";
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      junk += String.fromCharCode(seed % 0x3000);
    }
    const text = `${junk}\u0000\u0001\u007f${SENTENCE}\uFEFF\uFFFF`;
    await pasteAndSettle(page, text);
    assert.ok(["ready", "empty"].includes(await status(page)), await status(page));
    assert.equal(await value(page), text.replace(/\r\n?/g, "\n"));
    await context.close();
  });

  test("bidirectional controls and unpaired surrogates from the clipboard", async () => {
    const { context, page } = await open();
    const bidi = `\u202E${SENTENCE}\u202C\u2066لا\u2069\u200F`;
    await pasteAndSettle(page, bidi);
    assert.equal(await status(page), "ready");
    assert.equal(await cards(page).count(), 1);
    assert.equal(await value(page), bidi);
    // A lone surrogate is not text: the page reads it as U+FFFD and keeps everything else.
    await pasteAndSettle(page, `\uD800${SENTENCE}\uDC00`);
    assert.equal(await status(page), "ready");
    assert.equal(await cards(page).count(), 1);
    assert.ok((await value(page)).includes(SENTENCE));
    await context.close();
  });

  test("pasted scripts, handlers and javascript: links stay text", async () => {
    const { context, page } = await open();
    const hostile =
      `<script>document.title="pwned"</script><img src=x onerror="document.title='pwned'">` +
      `<a href="javascript:document.title='pwned'">链接</a>${SENTENCE}<svg onload="document.title='pwned'"></svg>`;
    await pasteAndSettle(page, hostile);
    await cards(page).first().waitFor();
    assert.equal(await value(page), hostile);
    const view = page.locator('[data-testid="text-view"]');
    assert.equal(await view.locator("script, img, a, svg").count(), 0);
    assert.ok((await view.textContent()).includes("<script>"));
    await page.locator('[data-testid="text-view"]').click();
    await page.waitForTimeout(200);
    assert.equal(await page.title(), "会谈 Huitan");
    await context.close();
  });

  test("the Content-Security-Policy blocks inline and foreign scripts", async () => {
    const { context, page } = await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.append(s);
      return window.__injected === true;
    });
    assert.equal(ran, false);
    await context.close();
  });
});

test("hard input: no request left the origin, no page errors", () => {
  const foreign = h.foreignRequests(log, app.origin);
  assert.deepEqual(foreign, []);
  // The CSP test's refused inline script is the only expected console error.
  const errors = log.consoleErrors.filter((e) => !/Content Security Policy/i.test(e));
  assert.deepEqual(errors, []);
});
