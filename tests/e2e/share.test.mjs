// Share links, export and import, and several articles at once, in the built app.
//
// A shared link is opened in a fresh browser context (empty storage, as on another machine),
// and must give back exactly the same text and view.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, cards, paste } from "./helpers.mjs";

// Our own sentences (facts from the news, wording ours), in traditional characters with emoji.
const TRADITIONAL =
  "江西與中國電信深化合作 🤝📡\n\n4月2日，江西省委書記尹弘在南昌會見中國電信集團有限公司董事長柯瑞文。雙方簽署戰略合作協議。👍\n";
const SIMPLIFIED =
  "12月12日，陕西省委书记赵一德、省长赵刚在北京与教育部党组书记、部长怀进鹏举行工作会谈并签署战略合作协议。";

const app = h.useApp();
const { log } = app;

const open = (url = app.url, options = {}) => h.openApp(app.browser, url, log, options);
const input = (page) => page.locator('[data-testid="article-input"]');

/** What the page shows: the text, the language, and each card's parties and date. */
async function view(page) {
  const shown = await cards(page).evaluateAll((els) =>
    els.map((e) => `${e.dataset.parties}@${e.dataset.date}`),
  );
  return {
    text: await input(page).inputValue(),
    lang: await page.locator(".app").getAttribute("data-lang"),
    cards: shown,
  };
}

/** Clicks share and returns the link from the read-only field. */
async function share(page) {
  await page.locator('[data-testid="share"]').click();
  const field = page.locator('[data-testid="share-url"]');
  await field.waitFor();
  assert.ok(await field.evaluate((e) => e.readOnly), "the link field is read-only");
  return field.inputValue();
}

/**
 * About `bytes` of text: our sentences among varied filler (a fixed pseudo-random sequence of
 * characters), so that it does not compress to almost nothing.
 */
function variedText(bytes) {
  let text = "";
  let seed = 11;
  const filler = () => {
    let line = "";
    for (let k = 0; k < 60; k++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      line += String.fromCodePoint(0x4e00 + (seed % 0x5000));
    }
    return `${line}。\n`;
  };
  while (Buffer.byteLength(text) < bytes) text += `${filler()}${SIMPLIFIED}\n${filler()}${TRADITIONAL}`;
  return text;
}

/** Pastes `text` in a fresh page, shares it, and returns the link. */
async function shareText(text) {
  const { context, page } = await open();
  await h.pasteBig(page, text);
  await h.analysed(page);
  assert.equal(await input(page).inputValue(), text);
  const link = await share(page);
  await context.close();
  return link;
}

/** Opens `url` in a fresh context and waits for the analysis. */
async function openShared(url) {
  const { context, page } = await open(url);
  await h.analysed(page);
  return { context, page };
}

describe("share links", () => {
  test("round trip: traditional characters, emoji, language and filters", async () => {
    const { context, page } = await open();
    await paste(page, TRADITIONAL);
    await cards(page).first().waitFor();
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="en"]').waitFor();
    const before = await view(page);
    const link = await share(page);
    assert.ok(link.startsWith(app.url), link);
    assert.match(link, /#.*t=/);
    await context.close();

    const fresh = await openShared(link);
    const after = await view(fresh.page);
    assert.deepEqual(after, before);
    assert.equal(after.text, TRADITIONAL);
    // The text has left the address (a reload shows the saved text, edits included).
    assert.doesNotMatch(fresh.page.url(), /t=/);
    await fresh.page.reload();
    await h.analysed(fresh.page);
    assert.equal(await input(fresh.page).inputValue(), TRADITIONAL);
    await fresh.context.close();
  });

  test("a 100 KB text round-trips exactly", async () => {
    const big = variedText(100 * 1024);
    const link = await shareText(big);
    assert.ok(link.length > 20 * 1024, `link of ${link.length} characters`);
    const fresh = await openShared(link);
    assert.equal(await input(fresh.page).inputValue(), big);
    await cards(fresh.page).first().waitFor();
    await fresh.context.close();
  });

  test("a link over 32 KB gets a warning, and still gives back the same text", async () => {
    const big = variedText(250 * 1024);
    const { context, page } = await open();
    await h.pasteBig(page, big);
    const link = await share(page);
    assert.ok(link.length > 32 * 1024, `link of ${link.length} characters`);
    await page.locator('[data-testid="share-warning"]').waitFor();
    assert.match(await page.locator('[data-testid="share-warning"]').textContent(), /32 KB/);
    assert.equal(await input(page).inputValue(), big, "the text is never lost");
    await context.close();
    const fresh = await openShared(link);
    assert.equal(await input(fresh.page).inputValue(), big);
    await fresh.context.close();
  });

  test("the view without the text carries filters and language only", async () => {
    const { context, page } = await open();
    await paste(page, SIMPLIFIED);
    await cards(page).first().waitFor();
    await page.goto(`${app.url}#province=CN-SN`);
    await page.locator('[data-testid="share-include-text"]').uncheck();
    const link = await share(page);
    assert.doesNotMatch(link, /t=/);
    assert.match(link, /province=CN-SN/);
    await context.close();

    const fresh = await openShared(link);
    assert.equal(await input(fresh.page).inputValue(), "");
    assert.match(fresh.page.url(), /province=CN-SN/);
    await fresh.context.close();
  });

  test("a link opened over one's own text keeps that text, to bring back", async () => {
    const { context, page } = await open();
    await paste(page, SIMPLIFIED);
    const link = await share(page);
    await input(page).fill("我自己的文字。");
    await h.analysed(page);
    // Pasted into the address bar of the open page (a hash change), then again after a reload.
    await page.goto(link);
    await page.locator('[data-testid="restore-previous"]').waitFor();
    await h.analysed(page);
    assert.equal(await input(page).inputValue(), SIMPLIFIED);
    assert.doesNotMatch(page.url(), /t=/);
    await page.locator('[data-testid="restore-previous"]').click();
    await h.analysed(page);
    assert.equal(await input(page).inputValue(), "我自己的文字。");
    await context.close();
  });

  test("a damaged link says so and loses nothing", async () => {
    const { context, page } = await open();
    await paste(page, SIMPLIFIED);
    await page.goto(`${app.url}#lang=zh&t=%%%not-lz-string`);
    await page.locator('[data-testid="notice"]').waitFor();
    assert.equal(await input(page).inputValue(), SIMPLIFIED);
    await page.reload();
    await page.locator('[data-testid="notice"]').waitFor();
    assert.match(await page.locator('[data-testid="notice"]').textContent(), /损坏|damaged/);
    assert.equal(await input(page).inputValue(), SIMPLIFIED);
    await context.close();
  });
});

describe("export and import", () => {
  test("JSON export (GUIDE section 5) imports back to the same view; CSV has one row per link", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="reference-date"]').fill("2023-12-15");
    await paste(page, `${SIMPLIFIED}\n${TRADITIONAL}`);
    await cards(page).first().waitFor();
    const before = await view(page);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    assert.equal(json.suggestedFilename(), "huitan.json");
    const jsonPath = `${OUTPUT}/export.json`;
    await json.saveAs(jsonPath);
    const doc = JSON.parse(readFileSync(jsonPath, "utf8"));
    assert.ok(Array.isArray(doc.events) && Array.isArray(doc.people) && Array.isArray(doc.mentions));
    assert.deepEqual(
      doc.events.map((e) => `${e.parties.map((p) => p.id).join(" ")}@${e.date.start}`).sort(),
      [...before.cards].sort(),
    );
    assert.equal(doc.source.text, before.text);
    assert.equal(doc.source.reference_date, "2023-12-15");

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    const csvPath = `${OUTPUT}/export.csv`;
    await csv.saveAs(csvPath);
    const rows = readFileSync(csvPath, "utf8").trimEnd().split("\n");
    assert.ok(rows[0].startsWith("\uFEFFdate,end_date,kind,party_a"), rows[0]);
    assert.equal(rows.length - 1, doc.events.length, "two parties per event here: one row each");
    assert.match(rows[1], /^2023-12-12,2023-12-12,talks,CN-SN,/);
    // Every meeting names the rules that read it, in the JSON and in the CSV's last column.
    assert.ok(doc.events.every((e) => Array.isArray(e.rules) && e.rules.length > 0), JSON.stringify(doc.events.map((e) => e.rules)));
    assert.ok(rows[0].trimEnd().endsWith(",rules"), rows[0]);
    assert.ok(rows[1].includes(doc.events[0].rules[0]), rows[1]);
    await context.close();

    const fresh = await open();
    await fresh.page.locator('[data-testid="import-json"]').setInputFiles(jsonPath);
    await cards(fresh.page).first().waitFor();
    assert.deepEqual((await view(fresh.page)).cards, before.cards);
    assert.equal(await input(fresh.page).inputValue(), before.text);
    // A JSON without the text (the extract tool's) is refused with a sentence; nothing changes.
    const bare = `${OUTPUT}/bare.json`;
    writeFileSync(bare, JSON.stringify({ events: [], people: [], mentions: [] }));
    await fresh.page.locator('[data-testid="import-json"]').setInputFiles(bare);
    await fresh.page.locator('[data-testid="import-error"]').waitFor();
    assert.equal(await input(fresh.page).inputValue(), before.text);
    await fresh.context.close();
  });
});

describe("several articles", () => {
  test("two dropped files are two articles; a meeting both report is one card listing both", async () => {
    const { context, page } = await open();
    const first = `四川新闻一\n2024年3月16日\n3月15日，四川省省长黄强在北京拜会国家能源局局长章建华。\n`;
    const second = `四川新闻二\n2024年3月18日\n3月15日，四川省省长黄强与国家能源局局长章建华在京举行会谈，双方就能源保供交换意见。\n`;
    await page.evaluate(([a, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([a], "one.txt", { type: "text/plain" }));
      dt.items.add(new File([b], "two.txt", { type: "text/plain" }));
      const area = document.querySelector('[data-testid="article-input"]');
      area.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [first, second]);
    await cards(page).first().waitFor();
    assert.equal(await input(page).inputValue(), `${first.trimEnd()}\n---\n${second.trimEnd()}`);
    assert.equal(await cards(page).count(), 1);
    const card = cards(page).first();
    assert.equal(await card.getAttribute("data-articles"), "0 1");
    assert.equal(await card.getAttribute("data-date"), "2024-03-15");
    const text = await card.textContent();
    assert.ok(text.includes("四川新闻一") && text.includes("四川新闻二"), text);
    await context.close();
  });
});

test("share tests: no request left the origin, no console errors", () => {
  const foreign = h.foreignRequests(log, app.origin);
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.consoleErrors, []);
});
