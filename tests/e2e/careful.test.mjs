// What a careful user meets (issue 17): the text is never lost (sample, file, link and Clear
// keep it aside, to bring back, also after a reload); names instead of codes and slugs; dates
// without a year; what a share link carries, and a link that carries no text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, analysed, cards, paste } from "./helpers.mjs";

// Our own sentences (names from the news, wording ours).
const OWN = "我自己的笔记：12月12日，陕西省委书记赵一德在北京与教育部党组书记、部长怀进鹏举行工作会谈。";
// Several provinces; organs named by the organ alone once the province is said (省委, 省政府),
// and a city whose province no other party names.
const PROVINCES =
  "青海新闻\n3月2日，青海省委书记陈刚在西宁会见中国电信集团有限公司董事长柯瑞文。省委与中国电信签署战略合作协议。\n" +
  "3月3日，省政府与国家开发银行签署开发性金融合作协议。\n" +
  "3月4日，西安市委书记方红卫在西安会见中国建筑集团有限公司董事长郑学选，双方就城市更新交换意见。\n" +
  "3月5日，宁夏回族自治区党委书记梁言顺在银川会见国家电网有限公司董事长张智刚，双方就能源保供交换意见。\n";
// Three articles: one dated, one whose date has no year, one with a month only.
const YEARLESS =
  "四川新闻\n11月24日，四川省委书记王晓晖在成都会见国家电网有限公司董事长张智刚。\n---\n" +
  "广东新闻\n11月，广东省省长王伟中在广州会见交通运输部部长李小鹏。\n---\n" +
  "陕西新闻\n2023年12月15日\n12月12日，陕西省委书记赵一德在北京与教育部部长怀进鹏举行工作会谈。\n";
const TWO_PROVINCES =
  "12月12日，陕西省委书记赵一德在北京与教育部党组书记、部长怀进鹏举行工作会谈。\n" +
  "12月13日，四川省委书记王晓晖在成都会见国家能源投资集团有限责任公司董事长刘国跃。\n";
const CODE = /CN-[A-Z]{2}/;

const app = h.useApp();
const { log } = app;
const open = (url = app.url, options = {}) => h.openApp(app.browser, url, log, options);
const input = (page) => page.locator('[data-testid="article-input"]');
const restore = (page) => page.locator('[data-testid="restore-previous"]');

/** Every piece of text a user can see or hover: the page's text, titles, tooltips, labels. */
async function visibleWords(page) {
  return page.evaluate(() => {
    const words = [document.body.innerText];
    for (const el of document.querySelectorAll("[title], [data-tip], [aria-label]")) {
      words.push(el.getAttribute("title") ?? "", el.getAttribute("data-tip") ?? "", el.getAttribute("aria-label") ?? "");
    }
    for (const t of document.querySelectorAll("svg title")) words.push(t.textContent);
    for (const o of document.querySelectorAll("option")) words.push(o.textContent);
    return words.join("\n");
  });
}

describe("the user's text is never lost", () => {
  test("load sample over one's own text, restore it, also after a reload", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="reference-date"]').fill("2024-01-02");
    await paste(page, OWN);
    await page.locator('[data-testid="load-sample"]').click();
    await analysed(page);
    assert.match(await input(page).inputValue(), /示例文章/);
    await restore(page).waitFor();
    assert.match(await page.locator('[data-testid="notice"]').textContent(), /示例/);
    // The notice and the kept text survive a reload.
    await page.reload();
    await analysed(page);
    assert.match(await input(page).inputValue(), /示例文章/);
    await restore(page).click();
    await analysed(page);
    assert.equal(await input(page).inputValue(), OWN);
    assert.equal(await page.locator('[data-testid="reference-date"]').inputValue(), "2024-01-02");
    assert.equal(await restore(page).count(), 0, "the sample itself is not kept: one click loads it");
    await page.reload();
    await analysed(page);
    assert.equal(await input(page).inputValue(), OWN);
    assert.equal(await restore(page).count(), 0);
    await context.close();
  });

  test("clear, then restore; restoring before a reload and after it", async () => {
    const { context, page } = await open();
    await paste(page, OWN);
    await page.locator('[data-testid="clear"]').click();
    await analysed(page);
    assert.equal(await input(page).inputValue(), "");
    await restore(page).click();
    await analysed(page);
    assert.equal(await input(page).inputValue(), OWN);
    await page.locator('[data-testid="clear"]').click();
    await page.reload();
    await restore(page).click();
    await analysed(page);
    assert.equal(await input(page).inputValue(), OWN);
    await cards(page).first().waitFor();
    await context.close();
  });

  test("opening a file over one's own text keeps it aside; the kept text can be discarded", async () => {
    const { context, page } = await open();
    await paste(page, OWN);
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: "news.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(TWO_PROVINCES),
    });
    await cards(page).nth(1).waitFor();
    assert.equal(await input(page).inputValue(), TWO_PROVINCES);
    await restore(page).waitFor();
    await page.locator('[data-testid="discard-previous"]').click();
    assert.equal(await restore(page).count(), 0);
    await page.reload();
    await analysed(page);
    assert.equal(await restore(page).count(), 0, "discarded for good");
    assert.equal(await input(page).inputValue(), TWO_PROVINCES);
    await context.close();
  });

  test("the notices fit a 360 px phone", async () => {
    const { context, page } = await open(app.url, { viewport: { width: 360, height: 780 } });
    await paste(page, OWN);
    await page.locator('[data-testid="load-sample"]').click();
    await restore(page).waitFor();
    await page.goto(`${app.url}#province=CN-SN&lang=en`);
    await page.locator('[data-testid="link-without-text"]').waitFor();
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 360, `scrollWidth ${width}`);
    await page.screenshot({ path: `${OUTPUT}/phone-notices.png`, fullPage: true });
    await context.close();
  });
});

describe("names instead of codes", () => {
  test("no province code is visible after the sample, nor after several provinces", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="load-sample"]').click();
    await analysed(page);
    await cards(page).first().waitFor();
    assert.doesNotMatch(await visibleWords(page), CODE);
    // Hovered or focused marks show their tooltip: in words too.
    await page.locator('[data-testid="text-view"] mark[data-kind="party"]').first().focus();
    assert.doesNotMatch(await visibleWords(page), CODE);

    await input(page).fill("");
    await paste(page, PROVINCES);
    await cards(page).nth(3).waitFor();
    const words = await visibleWords(page);
    assert.doesNotMatch(words, CODE);
    const shown = await page.locator('[data-testid="meeting-list"]').innerText();
    assert.match(shown, /青海省委/, "a province's organ carries its province");
    assert.match(shown, /青海省政府/);
    const parties = await page.locator('[data-testid="meeting-list"] .party-zh').allTextContents();
    for (const p of parties) assert.doesNotMatch(p, /^(省|市|党委|自治区)/, parties.join(","));
    // A city's province has its name in the filter, though no card names the province itself.
    const options = await page.locator('[data-testid="filter-province"] option').allTextContents();
    assert.ok(options.includes("陕西省") && options.includes("青海省"), options.join(","));
    // The ids stay in the data attributes.
    assert.ok((await cards(page).first().getAttribute("data-parties")).includes("CN-QH"));
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="en"]').waitFor();
    assert.doesNotMatch(await visibleWords(page), CODE);
    await context.close();
  });

  test("the CSV's party columns give names; the ids keep their own columns", async () => {
    const { context, page } = await open();
    await paste(page, PROVINCES);
    await cards(page).nth(3).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    const path = `${OUTPUT}/names.csv`;
    await csv.saveAs(path);
    const rows = readFileSync(path, "utf8").trimEnd().split("\n").slice(1).map((r) => r.split(","));
    assert.ok(rows.length >= 4, `${rows.length} rows`);
    for (const r of rows) {
      assert.doesNotMatch(`${r[4]} ${r[6]}`, CODE, r.join(","));
      assert.ok(r[4].length > 0, r.join(","));
    }
    assert.ok(rows.some((r) => r[3] === "CN-QH" && r[4] === "青海省委"), rows.join("\n"));
    await context.close();
  });

  test("topics are shown in the interface's language, never as slugs", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="load-sample"]').click();
    await analysed(page);
    await cards(page).first().waitFor();
    const chips = () => page.locator('[data-testid="meeting-list"] .topics li').allTextContents();
    const zh = await chips();
    assert.ok(zh.length > 0);
    assert.ok(zh.includes("能源"), zh.join(","));
    for (const t of zh) assert.doesNotMatch(t, /[a-z_]/, t);
    const options = await page.locator('[data-testid="filter-topic"] option').allTextContents();
    for (const o of options) assert.doesNotMatch(o, /[a-z_]/, o);
    // The topic filter still filters by the slug (in the URL) and reads in words.
    await page.locator('[data-testid="filter-topic"]').selectOption("energy");
    await page.waitForFunction(() => location.hash.includes("topic=energy"));
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="en"]').waitFor();
    assert.ok((await chips()).includes("Energy"));
    assert.doesNotMatch((await chips()).join(" "), /_/);
    await context.close();
  });
});

describe("dates without a year", () => {
  test("say so, in both languages, and come after the dated cards", async () => {
    const { context, page } = await open();
    const hint = page.locator('[data-testid="date-hint"]');
    assert.ok(await hint.isVisible(), "the date field says what it is for");
    assert.match(await hint.textContent(), /年份/);
    await paste(page, YEARLESS);
    await cards(page).nth(2).waitFor();
    const dates = await cards(page).evaluateAll((els) => els.map((e) => e.dataset.date));
    assert.deepEqual(dates, ["2023-12-12", "--11", "--11-24"]);
    const shown = await cards(page).locator(".card-date time").allTextContents();
    assert.deepEqual(shown, ["2023-12-12", "11月（年份不详）", "11月24日（年份不详）"]);
    assert.doesNotMatch(await page.locator('[data-testid="meeting-list"]').innerText(), /--\d/);
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="en"]').waitFor();
    assert.deepEqual(await cards(page).locator(".card-date time").allTextContents(), [
      "2023-12-12",
      "Nov (year unknown)",
      "24 Nov (year unknown)",
    ]);
    assert.match(await hint.textContent(), /year/);
    // The publication date fills the year in.
    await page.locator('[data-testid="reference-date"]').fill("2024-12-01");
    await page.locator('[data-testid="reference-date"]').dispatchEvent("change");
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="meeting-card"]')].every((c) => !c.dataset.date.startsWith("--")),
    );
    assert.doesNotMatch(await page.locator('[data-testid="meeting-list"]').innerText(), /year unknown/);
    await context.close();
  });
});

describe("sharing", () => {
  test("the text box says that the text travels inside the link", async () => {
    const { context, page } = await open();
    await paste(page, OWN);
    const note = page.locator('[data-testid="share-text-note"]');
    assert.ok(await note.isVisible());
    assert.match(await note.textContent(), /链接/);
    assert.match(await note.textContent(), /任何/);
    await page.locator('[data-testid="share-include-text"]').uncheck();
    assert.match(await note.textContent(), /不带文字/);
    await page.locator('[data-testid="lang-toggle"]').click();
    assert.match(await note.textContent(), /not the text/);
    await page.locator('[data-testid="share-include-text"]').check();
    assert.match(await note.textContent(), /inside the link.*whoever opens/);
    await context.close();
  });

  test("a link without the text says so, asks for the article and keeps its filters", async () => {
    const { context, page } = await open();
    await paste(page, TWO_PROVINCES);
    await cards(page).nth(1).waitFor();
    await page.locator('[data-testid="filter-province"]').selectOption("CN-SN");
    await page.locator('[data-testid="share-include-text"]').uncheck();
    await page.locator('[data-testid="share"]').click();
    const link = await page.locator('[data-testid="share-url"]').inputValue();
    assert.doesNotMatch(link, /t=/);
    await context.close();

    const fresh = await open(link);
    const notice = fresh.page.locator('[data-testid="link-without-text"]');
    await notice.waitFor();
    const said = await notice.textContent();
    assert.match(said, /不含文字/);
    assert.match(said, /粘贴/);
    assert.match(said, /陕西省/, "it names the view it carries");
    assert.doesNotMatch(said, CODE);
    await paste(fresh.page, TWO_PROVINCES);
    await cards(fresh.page).first().waitFor();
    assert.equal(await fresh.page.locator('[data-testid="filter-province"]').inputValue(), "CN-SN");
    assert.equal(await cards(fresh.page).count(), 1, "the link's filter applies to the pasted article");
    assert.equal(await cards(fresh.page).first().getAttribute("data-parties").then((p) => p.split(" ")[0]), "CN-SN");
    assert.match(fresh.page.url(), /province=CN-SN/);
    assert.equal(await notice.count(), 0, "the article came: the notice has done its work");
    await fresh.context.close();
  });
});

test("careful-user tests: no request left the origin, no console errors", () => {
  assert.deepEqual(h.foreignRequests(log, app.origin), []);
  assert.deepEqual(log.consoleErrors, []);
});
