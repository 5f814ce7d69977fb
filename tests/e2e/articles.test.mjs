// Several articles pasted at once (issue 17, items 3 and 4): each card names its article by
// its title, not by the page's navigation bar; the article filter, kept in the URL hash; the
// text view draws where one article ends and the next begins, with a field for each article's
// date, which it writes into the text (each article keeps its own date).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./helpers.mjs";
import { WAIT, analysed, cards, paste } from "./helpers.mjs";

// Five articles as copied from web pages (our own sentences; names from the news): a
// breadcrumb, a menu, page tools, no headline at all, a share bar. The third and fourth carry
// their date on the separator line; the second has no date at all.
const ARTICLES = [
  "首页 > 新闻中心 > 要闻\n四川省与国家电网深化合作\n2024年3月16日 08:00 来源：四川日报\n3月15日，四川省委书记王晓晖在成都会见国家电网有限公司董事长张智刚。\n",
  "---\n网站首页 | 政务公开 | 要闻动态 | 政策文件\n陕西省与教育部举行工作会谈\n来源：陕西日报\n12月12日，陕西省委书记赵一德在北京与教育部党组书记、部长怀进鹏举行工作会谈。\n",
  "--- 2024-11-24\n【字号 大 中 小】【打印】\n江西省与中国电信签署战略合作协议\n11月20日，江西省委书记尹弘在南昌会见中国电信集团有限公司董事长柯瑞文。\n",
  "--- 2024年11月6日\n11月5日，湖南省委书记沈晓明在长沙会见中国移动通信集团有限公司董事长杨杰，双方就数字经济合作交流。\n",
  "---\n分享到：微信 微博\n宁夏与国家能源集团签约\n2024年5月6日\n5月5日，宁夏回族自治区党委书记梁言顺在银川会见国家能源投资集团有限责任公司董事长刘国跃。\n",
];
const TEXT = ARTICLES.join("");
const TITLES = [
  "四川省与国家电网深化合作",
  "陕西省与教育部举行工作会谈",
  "江西省与中国电信签署战略合作协议",
  // No headline: the first sentence, clipped.
  "11月5日，湖南省委书记沈晓明在长沙会见中国移动通信集团有限…",
  "宁夏与国家能源集团签约",
];
// Each article's province, whose card it reports.
const PROVINCES = ["CN-SC", "CN-SN", "CN-JX", "CN-HN", "CN-NX"];
const FURNITURE = /首页|新闻中心|政务公开|字号|打印|分享到|来源/;

const app = h.useApp();
const { log } = app;
const open = (url = app.url) => h.openApp(app.browser, url, log);
const input = (page) => page.locator('[data-testid="article-input"]');
const byTest = (page, id) => page.locator(`[data-testid="${id}"]`);
const card = (page, province) => page.locator(`[data-testid="meeting-card"][data-parties~="${province}"]`);
const head = (page, k) => page.locator(`[data-testid="article-boundary"][data-article="${k}"]`);
const articleDate = (page, k) => head(page, k).locator('[data-testid="article-date"]');
/** Waits until the card of `province` is dated `date` (a new analysis has been drawn). */
const dated = (page, province, date) =>
  page.locator(`[data-testid="meeting-card"][data-parties~="${province}"][data-date="${date}"]`).waitFor();

async function withArticles() {
  const opened = await open();
  await paste(opened.page, TEXT);
  await cards(opened.page).first().waitFor();
  assert.equal(await cards(opened.page).count(), 5, "one meeting per article");
  return opened;
}


describe("several articles", () => {
  test("each card names its article by its title, not by a navigation bar or a byline", async () => {
    const { context, page } = await withArticles();
    for (const [k, province] of PROVINCES.entries()) {
      const source = card(page, province).locator('[data-testid="card-source"]');
      assert.equal(await source.count(), 1, province);
      assert.equal(await source.getAttribute("data-article"), String(k));
      const title = (await source.textContent()).trim();
      assert.equal(title, TITLES[k], `the card of ${province}`);
      assert.doesNotMatch(title, FURNITURE);
    }
    await context.close();
  });

  test("the article filter keeps one article's cards, and is kept in the URL hash", async () => {
    const { context, page } = await withArticles();
    const filter = byTest(page, "filter-article");
    const labels = await filter.locator("option").allTextContents();
    assert.equal(labels.length, 6, "All, then the five articles");
    for (const [k, title] of TITLES.entries()) assert.ok(labels[k + 1].includes(title), labels[k + 1]);
    assert.ok(labels[3].includes("2024-11-24"), `an article's date is shown: ${labels[3]}`);
    await filter.selectOption("2");
    await page.waitForFunction(() => location.hash.includes("article=2"), null, { timeout: WAIT });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 1);
    assert.equal(await cards(page).first().getAttribute("data-parties").then((p) => p.includes("CN-JX")), true);
    // Combined with another filter, and read back from the address after a reload.
    await byTest(page, "filter-province").selectOption("CN-JX");
    await page.waitForFunction(() => location.hash.includes("province=CN-JX") && location.hash.includes("article=2"));
    await page.reload();
    await analysed(page);
    assert.equal(await byTest(page, "filter-article").inputValue(), "2");
    assert.equal(await cards(page).count(), 1);
    await byTest(page, "filter-province").selectOption("");
    await byTest(page, "filter-article").selectOption("1");
    await page.waitForFunction(() => location.hash === "#article=1");
    assert.equal(await cards(page).count(), 1);
    assert.ok((await cards(page).first().getAttribute("data-parties")).includes("CN-SN"));
    await byTest(page, "clear-filters").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 5);
    await context.close();
  });

  test("one article alone has no article filter and no rule", async () => {
    const { context, page } = await open();
    await paste(page, ARTICLES[0]);
    await cards(page).first().waitFor();
    assert.equal(await byTest(page, "filter-article").count(), 0);
    assert.equal(await byTest(page, "article-boundary").count(), 0);
    await context.close();
  });

  test("the text view draws where one article ends and the next begins, without a literal ---", async () => {
    const { context, page } = await withArticles();
    const view = byTest(page, "text-view");
    const text = await view.textContent();
    assert.ok(!text.includes("---"), "no separator line is shown as text");
    assert.ok(text.includes("四川省与国家电网深化合作") && text.includes("宁夏与国家能源集团签约"));
    const rules = view.locator('[data-testid="article-boundary"]');
    assert.equal(await rules.count(), 5, "one at the head of each article");
    for (let k = 0; k < 5; k++) {
      const rule = rules.nth(k);
      assert.equal(await rule.getAttribute("data-article"), String(k));
      assert.ok((await rule.textContent()).includes(`文章 ${k + 1} · ${TITLES[k]}`), await rule.textContent());
    }
    // The rule comes between the two articles' texts.
    const order = await view.evaluate((v) => {
      const rule = v.querySelector('[data-testid="article-boundary"][data-article="1"]');
      const before = document.createRange();
      before.setStart(v, 0);
      before.setEndBefore(rule);
      const after = document.createRange();
      after.setStartAfter(rule);
      after.setEnd(v, v.childNodes.length);
      return [before.toString(), after.toString()];
    });
    assert.ok(order[0].includes("王晓晖") && !order[0].includes("赵一德"), order[0]);
    assert.ok(order[1].startsWith("网站首页") && order[1].includes("赵一德"), order[1].slice(0, 40));
    await context.close();
  });

  test("each article keeps its own date; a date set per article is written into the text", async () => {
    const { context, page } = await withArticles();
    // From its dateline, from its separator line, or none (a year unknown).
    assert.equal(await card(page, "CN-SC").getAttribute("data-date"), "2024-03-15");
    assert.equal(await card(page, "CN-JX").getAttribute("data-date"), "2024-11-20");
    assert.equal(await card(page, "CN-HN").getAttribute("data-date"), "2024-11-05");
    assert.equal(await card(page, "CN-NX").getAttribute("data-date"), "2024-05-05");
    assert.equal(await card(page, "CN-SN").getAttribute("data-date"), "--12-12");
    // Each article's head in the text has a field with its date.
    assert.equal(await articleDate(page, 0).inputValue(), "2024-03-16");
    assert.equal(await articleDate(page, 1).inputValue(), "");
    assert.equal(await articleDate(page, 2).inputValue(), "2024-11-24");
    assert.equal(await articleDate(page, 3).inputValue(), "2024-11-06");
    assert.equal(await articleDate(page, 4).inputValue(), "2024-05-06");

    // A card deleted by hand stays deleted through the date changes, and Undo still works.
    await card(page, "CN-NX").locator('[data-testid="card-delete"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 4);

    // The second article gets a date: its separator line carries it, its meeting gets a year.
    await articleDate(page, 1).fill("2023-12-15");
    await dated(page, "CN-SN", "2023-12-12");
    assert.ok((await input(page).inputValue()).includes("\n--- 2023-12-15\n网站首页"));
    assert.equal(await articleDate(page, 1).inputValue(), "2023-12-15");
    // The first article gets a separator line of its own, over its dateline and the date for all.
    await byTest(page, "reference-date").fill("2020-01-01");
    await articleDate(page, 0).fill("2023-03-20");
    await dated(page, "CN-SC", "2023-03-15");
    assert.ok((await input(page).inputValue()).startsWith("--- 2023-03-20\n首页 > 新闻中心"));
    // A date rewritten in place; the others stay.
    await articleDate(page, 2).fill("2023-11-24");
    await dated(page, "CN-JX", "2023-11-20");
    assert.ok((await input(page).inputValue()).includes("\n--- 2023-11-24\n【字号"));
    assert.equal(await card(page, "CN-HN").getAttribute("data-date"), "2024-11-05", "its separator line's date, over the one for all");
    assert.equal(await cards(page).count(), 4, "the deleted card stays deleted");
    await byTest(page, "undo").click();
    await card(page, "CN-NX").waitFor();
    assert.equal(await cards(page).count(), 5);

    // The text with its dates is the one kept: a reload brings it back, dates and all.
    const kept = await input(page).inputValue();
    await page.reload();
    await analysed(page);
    assert.equal(await input(page).inputValue(), kept);
    assert.equal(await card(page, "CN-SC").getAttribute("data-date"), "2023-03-15");
    assert.equal(await card(page, "CN-SN").getAttribute("data-date"), "2023-12-12");
    await context.close();
  });

  test("in English, the articles' heads and filter are in English", async () => {
    const { context, page } = await withArticles();
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="en"]').waitFor();
    assert.match(await head(page, 1).textContent(), /^Article 2 · 陕西省与教育部举行工作会谈$/);
    const named = await articleDate(page, 1).evaluate((i) => i.labels[0].textContent);
    assert.match(named, /^Article 2 · 陕西省与教育部举行工作会谈$/, "the field is named by its label");
    assert.match(await byTest(page, "filter-article").locator("xpath=..").textContent(), /Article/);
    await context.close();
  });
});

test("articles tests: no request left the origin, no console errors", () => {
  const foreign = h.foreignRequests(log, app.origin);
  assert.deepEqual(foreign, [], `requests outside the origin: ${foreign.join(", ")}`);
  assert.deepEqual(log.consoleErrors, []);
});
