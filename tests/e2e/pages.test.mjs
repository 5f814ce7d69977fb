// Pages of other kinds (issue 17, items 9 and 10): files in GBK, Big5 and UTF-16, HTML source
// pasted into the box, the page on a phone, and the printout.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, analysed, cards, here, paste } from "./helpers.mjs";

// Our own sentences (names from the news, wording ours).
const SENTENCE = "12月12日，陕西省委书记赵一德在北京与教育部党组书记、部长怀进鹏举行工作会谈。";
const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>陕西与教育部会谈</title>' +
  "<style>p { color: red }</style></head><body><h1>陕西与教育部会谈</h1>" +
  `<p>${SENTENCE}</p><p>双方就教育合作交换意见。</p></body></html>`;
// An article as a reader copies it from a site: title, source line, address.
const ARTICLE =
  "陕西与教育部举行工作会谈\n来源：陕西日报\nhttps://example.org/news/2024/1213.html\n" +
  `${SENTENCE}\n12月13日，四川省委书记王晓晖在成都会见国家能源投资集团有限责任公司董事长刘国跃。\n`;

const app = h.useApp();
const { log } = app;
const open = (options = {}) => h.openApp(app.browser, app.url, log, options);
const input = (page) => page.locator('[data-testid="article-input"]');
const openFile = (page, file) => page.locator('[data-testid="file-input"]').setInputFiles(file);

/** Pastes as the clipboard would: a paste event carrying these types, then what the box does. */
async function clipboardPaste(page, types) {
  await input(page).focus();
  await page.evaluate((types) => {
    const area = document.querySelector('[data-testid="article-input"]');
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(types)) data.setData(type, value);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    // Without the app's handling, the browser would insert the plain text: do as it would.
    if (area.dispatchEvent(event)) {
      area.setRangeText(types["text/plain"] ?? "", area.selectionStart, area.selectionEnd, "end");
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }
  }, types);
  await analysed(page);
}

describe("files in other encodings", () => {
  for (const [file, encoding, name] of [
    ["gbk.txt", "GBK", "赵一德"],
    ["big5.txt", "Big5", "趙一德"],
    ["utf16.txt", "UTF-16LE", "赵一德"],
  ]) {
    test(`a ${encoding} file is read, with its cards, and the encoding is said`, async () => {
      const { context, page } = await open();
      await openFile(page, `${here}fixtures/${file}`);
      await cards(page).first().waitFor();
      await analysed(page);
      const value = await input(page).inputValue();
      assert.ok(value.includes(name), value);
      assert.ok(!value.includes("\uFFFD"), "no replacement characters");
      assert.ok((await cards(page).first().getAttribute("data-parties")).includes("教育部"));
      const said = page.locator('[data-testid="file-encoding"]');
      assert.equal(await said.textContent(), `${file} 以 ${encoding} 编码读取。`);
      await context.close();
    });
  }

  test("a UTF-8 file says nothing of its encoding; binary and empty files are refused in a sentence", async () => {
    const { context, page } = await open();
    await openFile(page, { name: "plain.txt", mimeType: "text/plain", buffer: Buffer.from(SENTENCE) });
    await cards(page).first().waitFor();
    assert.equal(await page.locator('[data-testid="file-encoding"]').count(), 0);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await openFile(page, { name: "picture.txt", mimeType: "text/plain", buffer: png });
    const error = page.locator('[data-testid="file-error"]');
    await error.waitFor();
    assert.equal(await error.textContent(), "picture.txt 这不是文本文件（其中是二进制数据）。");
    assert.equal(await input(page).inputValue(), SENTENCE, "the text stays");
    await openFile(page, { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => document.querySelector('[data-testid="file-error"]')?.textContent.includes("empty.txt"));
    assert.equal(await error.textContent(), "empty.txt 文件是空的。");
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

describe("HTML source pasted into the box", () => {
  test("is read as the page's text; the markup as pasted can be brought back", async () => {
    const { context, page } = await open();
    await clipboardPaste(page, { "text/plain": PAGE });
    await cards(page).first().waitFor();
    const value = await input(page).inputValue();
    assert.ok(value.includes(SENTENCE), value);
    assert.ok(!value.includes("<") && !value.includes("</title>") && !value.includes("color: red"), value);
    const kept = page.locator('[data-testid="previous-kept"]');
    assert.equal(await kept.getAttribute("data-why"), "html");
    assert.match(await kept.textContent(), /HTML/);
    await page.locator('[data-testid="restore-previous"]').click();
    await analysed(page);
    assert.equal(await input(page).inputValue(), PAGE, "the paste exactly as it was");
    await context.close();
  });

  test("a clipboard with HTML only is read as text, at the caret of the text already there", async () => {
    const { context, page } = await open();
    await paste(page, "前言。\n");
    await clipboardPaste(page, { "text/html": `<div><p>${SENTENCE}</p></div>`, "text/plain": "" });
    await cards(page).first().waitFor();
    assert.equal(await input(page).inputValue(), `前言。\n${SENTENCE}`);
    // Plain article text pastes as it always did.
    await clipboardPaste(page, { "text/plain": "\n文中提到“<p>”标签。" });
    assert.ok((await input(page).inputValue()).endsWith("文中提到“<p>”标签。"));
    await context.close();
  });
});

describe("phone and print", () => {
  test("on a phone the results come first after a paste, and a tapped card stays in view", async () => {
    const { context, page } = await open({ viewport: { width: 390, height: 844 } });
    await paste(page, ARTICLE);
    const results = page.locator(".results");
    // The page scrolls (smoothly) until the results are at the top of the screen.
    await page.waitForFunction(() => Math.abs(document.querySelector(".results").getBoundingClientRect().top) < 2);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: `${OUTPUT}/phone-results.png` });
    assert.ok(await results.isVisible());
    const card = cards(page).first();
    await card.scrollIntoViewIfNeeded();
    await card.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="meeting-card"][data-active="true"]'));
    const inView = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    assert.ok(inView, "the card stays where the reader tapped it");
    assert.ok(await card.locator(".evidence-quote").isVisible(), "its sentence is on the card");
    await page.screenshot({ path: `${OUTPUT}/phone-card.png` });
    await context.close();
  });

  test("the printout has the title, source, address, day of the analysis and the map", async () => {
    const { context, page } = await open();
    await paste(page, ARTICLE);
    await cards(page).first().waitFor();
    await page.locator('[data-testid="province-map"]').waitFor();
    const header = page.locator('[data-testid="print-header"]');
    assert.equal(await header.getAttribute("data-title"), "陕西与教育部举行工作会谈");
    assert.equal(await header.getAttribute("data-source"), "陕西日报");
    assert.equal(await header.getAttribute("data-url"), "https://example.org/news/2024/1213.html");
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    assert.equal(await header.getAttribute("data-date"), today);
    assert.equal(await header.isVisible(), false, "the screen has no print header");
    await page.emulateMedia({ media: "print" });
    assert.ok(await header.isVisible());
    const printed = await header.evaluate((el) => getComputedStyle(el, "::after").content);
    assert.match(printed, /来源：.*陕西日报|陕西日报/);
    assert.ok(await page.locator('[data-testid="province-map"]').isVisible(), "the map is printed");
    assert.equal(await input(page).isVisible(), false);
    await page.screenshot({ path: `${OUTPUT}/print.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(`${OUTPUT}/print.pdf`, pdf);
    assert.ok(pdf.subarray(0, 5).toString() === "%PDF-");
    await context.close();
  });
});
