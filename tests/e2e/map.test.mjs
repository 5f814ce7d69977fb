// The province map in the built app: 34 divisions, counts from the article, click to filter the
// meeting cards and click again to clear, the same by keyboard, and a screenshot.
//
// Runs against the app at HUITAN_URL; without it, serves dist/ with ./server.mjs when dist/ has
// been built, else skips. Chromium is Debian's, at /usr/bin/chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, WAIT } from "./helpers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(here, "output");
const DIST_INDEX = resolve(here, "..", "..", "dist", "index.html");

// Two events of Sichuan, one with a ministry (talks) and one with a central enterprise (signing):
// our own sentences, not from any article.
const ARTICLE =
  "12月5日，四川省委书记王晓晖、省长黄强在北京与教育部党组书记、部长怀进鹏举行工作会谈。" +
  "同日，四川省与国家电网有限公司签署战略合作协议。";


let url = process.env.HUITAN_URL;
let server = null;
let browser = null;
const skip = !url && !existsSync(DIST_INDEX) ? "set HUITAN_URL or build dist/ first" : false;

before(async () => {
  if (skip) return;
  if (!url) {
    const { startServer } = await import("./server.mjs");
    server = await startServer();
    url = server.url;
  }
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A point inside the division's shape where a click lands on the path itself (not a neighbour). */
async function pointInside(page, iso) {
  const path = page.locator(`path[data-province="${iso}"]`);
  await path.scrollIntoViewIfNeeded();
  const point = await path.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    let best = null;
    const steps = 24;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = r.left + (r.width * i) / steps;
        const y = r.top + (r.height * j) / steps;
        const hit = document.elementFromPoint(x, y);
        if (hit !== el && !el.contains(hit)) continue;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best && { x: best.x, y: best.y };
  });
  assert.ok(point, `a point of ${iso} can be clicked`);
  return point;
}

async function clickProvince(page, iso) {
  const { x, y } = await pointInside(page, iso);
  await page.mouse.click(x, y);
}

async function visibleCardParties(page) {
  return page.locator('[data-testid="meeting-card"]:visible').evaluateAll((cards) =>
    cards.map((c) => (c.getAttribute("data-parties") ?? "").split(/\s+/).filter(Boolean)),
  );
}

test("province map: counts, click to filter, click again to clear", { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(WAIT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(url);
    const input = page.locator('[data-testid="article-input"]');
    await input.waitFor({ timeout: WAIT });
    await input.fill(ARTICLE);
    await page.locator('[data-testid="meeting-card"]').first().waitFor({ timeout: WAIT });

    const map = page.locator('[data-testid="province-map"]');
    await map.waitFor();
    // Hong Kong's and Macau's callout circles carry their data-province too (issue 17).
    const divisions = await page.locator("[data-province]").evaluateAll((els) => new Set(els.map((e) => e.dataset.province)).size);
    assert.equal(divisions, 34, "34 divisions");
    assert.equal(await page.locator("path[data-province]").count(), 34, "each one a path");
    const sichuan = page.locator('[data-province="CN-SC"]');
    await assert.doesNotReject(
      page.waitForFunction(
        () => document.querySelector('[data-province="CN-SC"]')?.getAttribute("data-count") === "2",
        null,
        { timeout: WAIT },
      ),
      "Sichuan has data-count 2",
    );
    assert.equal(await sichuan.getAttribute("data-count"), "2");
    assert.equal(await sichuan.getAttribute("role"), "button");
    assert.equal(await sichuan.getAttribute("tabindex"), "0");
    assert.match((await sichuan.getAttribute("aria-label")) ?? "", /2/);
    assert.equal(await page.locator('[data-province="CN-XZ"]').getAttribute("data-count"), "0");
    assert.ok(await page.locator('[data-testid="map-legend"]').isVisible(), "legend shown");
    assert.match(
      (await page.locator('[data-testid="map-credit"]').textContent()) ?? "",
      /Made with Natural Earth/,
    );
    const lines = page.locator('[data-from="CN-SC"]');
    assert.ok((await lines.count()) >= 1, "a line starts at Sichuan");

    const before = await visibleCardParties(page);
    assert.ok(before.length >= 1, "cards before filtering");

    // Click: the filter is on, every card shown has Sichuan among its parties.
    await clickProvince(page, "CN-SC");
    await page.waitForSelector('[data-province="CN-SC"][aria-pressed="true"]', { timeout: WAIT });
    assert.match((await sichuan.getAttribute("class")) ?? "", /\bpm-selected\b/);
    const filtered = await visibleCardParties(page);
    assert.ok(filtered.length >= 1, "cards while filtered");
    for (const parties of filtered) {
      assert.ok(parties.includes("CN-SC"), `card parties ${parties.join(" ")} include CN-SC`);
    }
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "map.png"), fullPage: true });

    // Click again: the filter is cleared and every card is back.
    await clickProvince(page, "CN-SC");
    await page.waitForSelector('[data-province="CN-SC"][aria-pressed="false"]', { timeout: WAIT });
    assert.equal(await page.locator('[data-province][aria-pressed="true"]').count(), 0);
    assert.equal((await visibleCardParties(page)).length, before.length, "all cards back");

    // The same by keyboard: Enter selects, Space clears.
    await sichuan.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-province="CN-SC"][aria-pressed="true"]', { timeout: WAIT });
    await page.keyboard.press(" ");
    await page.waitForSelector('[data-province="CN-SC"][aria-pressed="false"]', { timeout: WAIT });

    // Hong Kong's callout circle takes clicks for the tiny territory.
    await page.locator('[data-callout="CN-HK"] circle').click();
    await page.waitForSelector('[data-province="CN-HK"][aria-pressed="true"]', { timeout: WAIT });
    await page.locator('[data-callout="CN-HK"] circle').click();
    await page.waitForSelector('[data-province="CN-HK"][aria-pressed="false"]', { timeout: WAIT });

    assert.deepEqual(errors, [], "no page errors");
  } finally {
    await page.close();
  }
});

/** The relative luminance (0 dark – 1 light) of a computed `rgb(r, g, b)` colour. */
function luminance(rgb) {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test("province map follows a dark system theme", { skip }, async () => {
  const context = await browser.newContext({ colorScheme: "dark", viewport: { width: 1280, height: 1000 }, locale: "zh-CN" });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  try {
    await page.goto(url);
    const input = page.locator('[data-testid="article-input"]');
    await input.waitFor({ timeout: WAIT });
    await input.fill(ARTICLE);
    await page.waitForSelector('[data-province="CN-SC"][data-count="2"]', { timeout: WAIT });
    const fill = (iso) =>
      page.locator(`path[data-province="${iso}"]`).evaluate((el) => getComputedStyle(el).fill);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [empty, busy] = [await fill("CN-XZ"), await fill("CN-SC")];
    assert.ok(luminance(background) < 0.2, `the page is dark (${background})`);
    assert.ok(luminance(empty) < 0.3, `a division without meetings is dark, not a light patch (${empty})`);
    assert.ok(luminance(busy) > luminance(empty), `meetings stand out: ${busy} against ${empty}`);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator('[data-testid="province-map"]').screenshot({ path: join(OUTPUT, "map-dark.png") });
  } finally {
    await context.close();
  }
});
