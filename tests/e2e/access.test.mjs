// Access (issue 17, items 5 and 6): the map's counts are legible and its small divisions big
// enough to hit, its central point explained and clickable; the keyboard alone gets around (the
// text view and the map are one tab stop each, skip links, cards as toggle buttons, Escape); and
// axe-core finds nothing in either theme.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as h from "./helpers.mjs";
import { OUTPUT, analysed, cards } from "./helpers.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const app = h.useApp();
const { log } = app;

/** A new context (with `options`) on the app, the sample loaded and drawn. */
async function sample(options = {}) {
  const context = await app.browser.newContext({ viewport: DESKTOP, locale: "zh-CN", ...options });
  const { page } = await h.openApp(app.browser, app.url, log, { context });
  await page.locator('[data-testid="load-sample"]').click();
  await analysed(page);
  await cards(page).first().waitFor();
  await page.locator('[data-testid="province-map"]').waitFor();
  return { context, page };
}

/** The elements inside `selector` (itself included) that Tab stops at. */
function tabStops(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const all = [root, ...root.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")];
    return all.filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0).length;
  }, selector);
}

const active = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      testid: el.getAttribute("data-testid"),
      id: el.id,
      kind: el.getAttribute("data-kind"),
      inText: !!el.closest('[data-testid="text-view"]'),
      inMap: !!el.closest('[data-testid="province-map"]'),
      text: el.textContent,
    };
  });

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("the keyboard alone", () => {
  test("the text view is one tab stop, the arrow keys go from mark to mark", async () => {
    const { context, page } = await sample();
    const marks = await page.locator('[data-testid="text-view"] mark').count();
    assert.ok(marks > 20, `the sample has many marks (${marks})`);
    const stops = await tabStops(page, '[data-testid="text-view"]');
    assert.ok(stops <= 3, `the text view has ${stops} tab stops`);

    await page.locator('[data-testid="text-view"]').focus();
    await page.keyboard.press("ArrowRight");
    const first = await active(page);
    assert.equal(first.tag, "mark", "an arrow key goes into the marks");
    await page.keyboard.press("ArrowRight");
    const second = await active(page);
    assert.equal(second.tag, "mark");
    assert.notDeepEqual(second, first, "and on to the next one");
    await page.keyboard.press("ArrowLeft");
    assert.deepEqual(await active(page), first, "and back");
    await page.keyboard.press("End");
    assert.equal((await active(page)).tag, "mark");
    // Tab leaves the text at once, whichever mark has the focus.
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).inText, false, "Tab leaves the text view");
    await context.close();
  });

  test("skip links to the cards and to the text; the map is one tab stop", async () => {
    const { context, page } = await sample();
    const hash = await page.evaluate(() => location.hash);
    assert.equal(await tabStops(page, '[data-testid="province-map"]'), 1, "the map is one tab stop");

    // A click on the page's title starts the Tab order there, as at the top of a fresh page.
    const top = () => page.locator(".site-header h1").click();
    await top();
    await page.keyboard.press("Tab");
    let now = await active(page);
    assert.equal(now.testid, "skip-cards", "the first Tab reaches the skip link to the cards");
    const box = await page.locator('[data-testid="skip-cards"]').boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 20, "and shows it");
    await page.keyboard.press("Enter");
    assert.equal((await active(page)).id, "huitan-cards");
    await page.keyboard.press("Tab");
    now = await active(page);
    assert.equal(now.testid, "card-select", "the next Tab is the first card");

    await top();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).testid, "skip-text");
    await page.keyboard.press("Enter");
    assert.equal((await active(page)).testid, "text-view");
    assert.equal(await page.evaluate(() => location.hash), hash, "the skip links leave the address alone");

    // The map's arrow keys go from division to division; Tab leaves the map.
    const stop = page.locator('[data-testid="province-map"] [tabindex="0"]');
    await stop.focus();
    const before = await stop.getAttribute("data-province");
    await page.keyboard.press("ArrowRight");
    now = await active(page);
    assert.equal(now.inMap, true);
    assert.notEqual(await page.evaluate(() => document.activeElement.getAttribute("data-province")), before);
    assert.equal(await tabStops(page, '[data-testid="province-map"]'), 1, "still one tab stop");
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).inMap, false, "Tab leaves the map");
    await context.close();
  });

  test("cards are toggle buttons that report their selection; Escape clears it", async () => {
    const { context, page } = await sample();
    const toggle = cards(page).first().locator('[data-testid="card-select"]');
    assert.equal(await toggle.evaluate((el) => el.tagName), "BUTTON");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="card-select"][aria-pressed="true"]').waitFor();
    assert.equal(await cards(page).first().getAttribute("data-active"), "true");
    assert.equal(await page.locator('[data-testid="text-view"] [data-active="true"]').count() > 0, true);
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="meeting-card"][data-active="true"]').waitFor({ state: "detached" });
    assert.equal(await page.locator('[data-testid="card-select"][aria-pressed="true"]').count(), 0);
    assert.equal(await page.locator('[data-testid="text-view"] [data-active="true"]').count(), 0);
    // In a text field Escape is the field's own.
    await toggle.click();
    await page.locator('[data-testid="card-select"][aria-pressed="true"]').waitFor();
    await page.locator('[data-testid="reference-date"]').focus();
    await page.keyboard.press("Escape");
    assert.equal(await page.locator('[data-testid="card-select"][aria-pressed="true"]').count(), 1);
    await context.close();
  });

  test("person and title marks differ by more than colour, in both themes", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { context, page } = await sample({ colorScheme });
      const style = (kind) =>
        page
          .locator(`[data-testid="text-view"] mark[data-kind="${kind}"]`)
          .first()
          .evaluate((el) => {
            const s = getComputedStyle(el);
            return `${s.textDecorationLine} ${s.textDecorationStyle}`;
          });
      const [person, title] = [await style("person"), await style("title")];
      assert.match(person, /underline/, `${colorScheme}: a person is underlined (${person})`);
      assert.match(title, /underline/, `${colorScheme}: a title is underlined (${title})`);
      assert.notEqual(person, title, `${colorScheme}: in different lines`);
      await context.close();
    }
  });
});

describe("the map", () => {
  for (const [name, options] of [
    ["a desktop", {}],
    ["a phone", PHONE],
  ]) {
    test(`every division has a target of at least 24 px on ${name}, which takes the click in its middle`, async () => {
      const { context, page } = await sample(options);
      const targets = await page.evaluate(() => {
        const best = {};
        for (const el of document.querySelectorAll('[data-testid="province-map"] [data-province]')) {
          const r = el.getBoundingClientRect();
          const iso = el.getAttribute("data-province");
          const size = Math.min(r.width, r.height);
          if (size > (best[iso]?.size ?? -1)) best[iso] = { size, x: r.x + r.width / 2, y: r.y + r.height / 2, circle: el.tagName === "circle" };
        }
        return best;
      });
      assert.equal(Object.keys(targets).length, 34);
      for (const [iso, t] of Object.entries(targets)) {
        assert.ok(t.size >= 24, `${iso}: its largest target is ${t.size.toFixed(1)} px`);
        if (!t.circle) continue;
        // A callout's circle is its own at its middle: nothing drawn over it takes the click.
        const circle = page.locator(`.pm-hit[data-province="${iso}"]`);
        await circle.scrollIntoViewIfNeeded();
        const box = await circle.boundingBox();
        const hit = await page.evaluate(
          ({ x, y }) => {
            const el = document.elementFromPoint(x, y);
            return el?.getAttribute("data-province") ?? `${el?.tagName}.${el?.getAttribute("class")}`;
          },
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        assert.equal(hit, iso, `${iso}'s circle takes the click in its middle`);
      }
      await context.close();
    });

    test(`Hong Kong's and Macau's targets are at least 24 px on ${name}`, async () => {
      const { context, page } = await sample(options);
      const boxes = {};
      for (const iso of ["CN-HK", "CN-MO"]) {
        const target = page.locator(`.pm-hit[data-province="${iso}"]`);
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        assert.ok(box.width >= 24 && box.height >= 24, `${iso}: ${box.width}×${box.height} px`);
        // Its middle is its own: no neighbour covers it.
        const hit = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute("data-province"),
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        assert.equal(hit, iso, `${iso}'s target takes the click in its middle`);
        boxes[iso] = box;
      }
      const [a, b] = [boxes["CN-HK"], boxes["CN-MO"]];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      assert.ok(apart, "the two targets do not overlap");
      await page.locator('.pm-hit[data-province="CN-MO"]').click();
      await page.locator('path[data-province="CN-MO"][aria-pressed="true"]').waitFor();
      const shot = `${OUTPUT}/access-map-${options.isMobile ? "phone" : "desktop"}.png`;
      await page.locator('[data-testid="province-map"]').screenshot({ path: shot });
      await context.close();
    });
  }

  test("counts are at least 11 px with a contrast of 4.5:1, in both themes", async () => {
    for (const colorScheme of ["light", "dark"]) {
      for (const options of [{}, PHONE]) {
        const { context, page } = await sample({ colorScheme, ...options });
        const counts = await page.locator(".pm-count").evaluateAll((els) =>
          els.map((el) => {
            const s = getComputedStyle(el);
            return {
              px: parseFloat(s.fontSize) * el.getScreenCTM().a,
              fill: s.fill,
              halo: s.stroke,
              haloPx: parseFloat(s.strokeWidth) * el.getScreenCTM().a,
              text: el.textContent,
            };
          }),
        );
        assert.ok(counts.length >= 1, "the sample has counts");
        for (const c of counts) {
          const where = `${colorScheme}${options.isMobile ? ", phone" : ""}: count ${c.text}`;
          assert.ok(c.px >= 11, `${where} is ${c.px} px`);
          assert.ok(c.haloPx >= 2, `${where} has a halo of ${c.haloPx} px`);
          assert.ok(contrast(c.fill, c.halo) >= 4.5, `${where}: ${c.fill} on ${c.halo}`);
        }
        await context.close();
      }
    }
  });

  test("the central point is in the legend and filters to the meetings with central bodies", async () => {
    const { context, page } = await sample();
    const key = page.locator('[data-testid="map-central-key"]');
    assert.ok(await key.isVisible(), "the legend explains the central point");
    assert.match(await key.textContent(), /中央/);
    const all = await cards(page).count();
    const central = page.locator('[data-testid="map-central"]');
    const count = Number((await central.getAttribute("aria-label")).match(/\d+/)[0]);
    assert.ok(count >= 1 && count <= all, `the central point counts ${count} of ${all} meetings`);
    await central.click();
    await page.locator('[data-testid="map-central"][aria-pressed="true"]').waitFor();
    assert.match(await page.evaluate(() => location.hash), /province=central/, "the filter is in the address");
    assert.equal(await cards(page).count(), count, "the cards are the central point's meetings");
    assert.equal(await page.locator('[data-testid="filter-province"]').inputValue(), "central");
    assert.match(await page.locator('[data-testid="map-selected"]').textContent(), /中央/);
    // Clicking Beijing is not the same: its shape counts Beijing's own meetings.
    await central.click();
    await page.locator('[data-testid="map-central"][aria-pressed="false"]').waitFor();
    assert.equal(await cards(page).count(), all, "clicked again, every card is back");
    await context.close();
  });

  test("dark-mode screenshot", async () => {
    const { context, page } = await sample({ colorScheme: "dark" });
    await page.screenshot({ path: `${OUTPUT}/access-dark.png`, fullPage: true });
    await page.locator('[data-testid="province-map"]').screenshot({ path: `${OUTPUT}/access-map-dark.png` });
    await context.close();
  });
});

describe("axe-core", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`The axe-core scan stays at 0 violations (English, ${colorScheme} theme)`, async () => {
      // The page's CSP allows only its own scripts: the scanner comes in with the CSP bypassed,
      // in this context only.
      const { context, page } = await sample({ colorScheme, bypassCSP: true });
      await page.locator('[data-testid="lang-toggle"]').click();
      await page.locator('.app[data-lang="en"]').waitFor();
      await analysed(page);
      await page.locator('[data-testid="text-view"]').waitFor();
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}\n      ${n.failureSummary.replace(/\n/g, "\n      ")}`),
          more: Math.max(0, v.nodes.length - 5),
        }));
      });
      const report = violations
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join("\n    ")}${v.more ? `\n    … and ${v.more} more` : ""}`)
        .join("\n");
      assert.equal(violations.length, 0, `axe-core found:\n${report}`);
      await context.close();
    });
  }
});
