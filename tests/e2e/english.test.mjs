// The English interface (issue 17, item 7): offices in official English, one per office; places
// and agreement kinds in English with agreement titles kept in Chinese; Hong Kong and Macau as
// Special Administrative Regions; every message in the interface's language; and a browser set
// to English opening in English on a first visit.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./helpers.mjs";
import { analysed, cards, paste } from "./helpers.mjs";

// Our own sentences (names from the news, wording ours).
const MACAU =
  "5月8日，澳门特别行政区行政长官贺一诚在北京会见国家发展和改革委员会主任郑栅洁。\n" +
  "5月9日，四川省委书记王晓晖在成都会见中国移动通信集团有限公司董事长杨杰，双方签署战略合作协议。省委书记王晓晖表示欢迎。\n";
const HAN = /\p{Script=Han}/u;

const app = h.useApp();
const { log } = app;
const open = (options = {}) => h.openApp(app.browser, app.url, log, options);
const toEnglish = async (page) => {
  await page.locator('[data-testid="lang-toggle"]').click();
  await page.locator('.app[data-lang="en"]').waitFor();
};

describe("the English interface", () => {
  test("a browser set to English opens in English; the user's choice wins after that", async () => {
    const context = await app.browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const { page } = await open({ context });
    await page.locator('.app[data-lang="en"]').waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="zh"]').waitFor();
    await page.reload();
    await page.locator('.app[data-lang="zh"]').waitFor();
    await context.close();

    const zh = await open();
    await zh.page.locator('.app[data-lang="zh"]').waitFor();
    await zh.context.close();
  });

  test("the sample's offices are in English, once each", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="load-sample"]').click();
    await analysed(page);
    await toEnglish(page);
    const titles = await page.locator(".participant-title").allTextContents();
    assert.ok(titles.length >= 4, `the sample's participants have titles (${titles.length})`);
    for (const t of titles) {
      assert.doesNotMatch(t, HAN, `an office in English: ${t}`);
      const offices = t.split("; ");
      assert.equal(new Set(offices).size, offices.length, `no office twice: ${t}`);
    }
    assert.ok(titles.includes("Minister, Ministry of Education") || titles.some((t) => t.includes("Minister, Ministry of Education")));
    assert.ok(titles.some((t) => t.includes("Party Secretary, CPC Shaanxi Provincial Committee")), titles.join(" | "));
    // Places in English; agreement titles stay in Chinese, marked so, with their kind in English.
    const places = await page.locator(".location").allTextContents();
    assert.ok(places.includes("Beijing"), places.join(" | "));
    const agreement = page.locator(".agreement-title").first();
    assert.equal(await agreement.getAttribute("lang"), "zh-Hans");
    assert.ok(await page.locator(".agreement-kind").count(), "the agreement's kind is named in English");
    await context.close();
  });

  test("Macau is a Special Administrative Region, and a title written again is one office", async () => {
    const { context, page } = await open();
    await paste(page, MACAU);
    await cards(page).nth(1).waitFor();
    await toEnglish(page);
    const macau = page.locator('[data-testid="meeting-card"] [data-party-id="CN-MO"] .party-kind');
    assert.equal(await macau.textContent(), "Special Administrative Region");
    const wang = page.locator('[data-testid="person"][data-name="王晓晖"] .person-titles');
    assert.equal(await wang.textContent(), "Party Secretary, CPC Sichuan Provincial Committee");
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('.app[data-lang="zh"]').waitFor();
    assert.equal(await wang.textContent(), "四川省委书记", "in Chinese the title as written, once");
    await context.close();
  });

  test("an import error is said in the interface's language, and follows a switch", async () => {
    const { context, page } = await open();
    await page.locator('[data-testid="import-json"]').setInputFiles({
      name: "not-an-export.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ this is not json"),
    });
    const error = page.locator('[data-testid="import-error"]');
    await error.waitFor();
    assert.match(await error.textContent(), HAN);
    assert.doesNotMatch(await error.textContent(), /[a-z]{3,}/, "no English words in the Chinese interface");
    await toEnglish(page);
    assert.match(await error.textContent(), /not a Huitan JSON export/);
    await context.close();
  });
});

test("English-interface tests: no request left the origin, no console errors", () => {
  assert.deepEqual(h.foreignRequests(log, new URL(app.url).origin), []);
  assert.deepEqual(log.consoleErrors, []);
});
