// Correcting meetings by hand in the built app: delete, edit, check and add meetings, undo and
// redo, and keeping the corrections: over a reload, through export and import, a share link,
// and an edit of the text elsewhere (a correction whose sentence is gone is listed, not lost).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, WAIT, cards, paste } from "./helpers.mjs";

// Our own sentences (facts from the news, wording ours), three provinces, one meeting each.
const SHAANXI = "12月12日，陕西省委书记赵一德、省长赵刚在北京与教育部党组书记、部长怀进鹏举行工作会谈。";
const JIANGXI = "12月13日，江西省委书记尹弘在南昌会见中国电信集团有限公司董事长柯瑞文。";
const SICHUAN = "12月14日，四川省省长黄强在北京拜会国家能源局局长章建华。";
const ARTICLE = `${SHAANXI}\n${JIANGXI}\n${SICHUAN}\n`;

const app = h.useApp();
const { log } = app;

const open = (url = app.url, options = {}) => h.openApp(app.browser, url, log, options);
const input = (page) => page.locator('[data-testid="article-input"]');
const byTest = (page, id) => page.locator(`[data-testid="${id}"]`);
/** The card whose parties include `id`. */
const card = (page, id) => page.locator(`[data-testid="meeting-card"][data-parties~="${id}"]`);
const count = (page, iso) => page.locator(`path[data-province="${iso}"]`).getAttribute("data-count");

/** A fresh page with the article pasted and its publication date set. */
async function withArticle() {
  const opened = await open();
  await opened.page.locator('[data-testid="reference-date"]').fill("2023-12-15");
  await paste(opened.page, ARTICLE);
  await cards(opened.page).first().waitFor();
  assert.equal(await cards(opened.page).count(), 3, "one card per sentence");
  return opened;
}

/** How the page stands: each card's parties, date, source and checked, in order. */
async function cardsView(page) {
  return cards(page).evaluateAll((els) =>
    els.map((e) => `${e.dataset.parties}@${e.dataset.date} ${e.dataset.source} ${e.dataset.checked}`).sort(),
  );
}

async function tally(page) {
  return byTest(page, "review-summary").evaluate((e) => ({ ...e.dataset }));
}

/** Opens the edit dialog of the card naming `id`, by keyboard, and returns the dialog. */
async function editByKeyboard(page, id) {
  await card(page, id).locator('[data-testid="card-edit"]').focus();
  await page.keyboard.press("Enter");
  const dialog = byTest(page, "edit-dialog");
  await dialog.waitFor();
  assert.ok(await dialog.evaluate((d) => d.open && d.contains(document.activeElement)), "focus is in the dialog");
  return dialog;
}

/** Picks a party in the dialog's combobox `field` by typing `query` and taking the first match. */
async function pickParty(page, field, query, expectedId) {
  const box = byTest(page, field);
  await box.fill("");
  await box.pressSequentially(query);
  const first = page.locator(`#${field}-list [role="option"]`).first();
  await first.waitFor();
  assert.equal(await first.getAttribute("data-party-id"), expectedId);
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  await box.press("Enter");
}

/** Selects `needle` inside the text view, as a user's mouse would. */
async function selectInText(page, needle) {
  await page.evaluate((needle) => {
    const view = document.querySelector('[data-testid="text-view"]');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the text view: ${needle}`);
  }, needle);
  await page.waitForSelector('[data-testid="meeting-from-sentence"]:not([disabled])');
}

async function download(page, testid, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), byTest(page, testid).click()]);
  const path = `${OUTPUT}/${name}`;
  await file.saveAs(path);
  return readFileSync(path, "utf8");
}

describe("correcting meetings", () => {
  test("a wrong card deleted stays deleted after a reload; undo and redo, also by keyboard", async () => {
    const { context, page } = await withArticle();
    await card(page, "CN-JX").locator('[data-testid="card-delete"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 2);
    assert.equal((await tally(page)).deleted, "1");
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "undo", "focus on Undo");

    // Buttons: undo brings it back, redo deletes it again.
    await byTest(page, "undo").click();
    await card(page, "CN-JX").waitFor();
    await byTest(page, "redo").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 2);
    // Keys, with focus outside any text field.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press("Control+z");
    await card(page, "CN-JX").waitFor();
    await page.keyboard.press("Control+Shift+z");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 2);
    // In the textarea, Ctrl+Z is the textarea's own: it takes back the typing, not a correction.
    await input(page).focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("x");
    await page.keyboard.press("Control+z");
    await page.waitForFunction((text) => document.querySelector('[data-testid="article-input"]').value === text, ARTICLE);
    await h.analysed(page);
    assert.equal(await cards(page).count(), 2, "the card stays deleted");
    await page.reload();
    await h.analysed(page);
    await cards(page).first().waitFor();
    assert.equal(await cards(page).count(), 2, "still deleted after a reload");
    assert.equal(await card(page, "CN-JX").count(), 0);
    assert.equal(await byTest(page, "deleted-meeting").count(), 1);
    // The deleted meetings are listed, to bring back.
    await byTest(page, "deleted-list").locator("summary").click();
    await byTest(page, "restore-meeting").click();
    await card(page, "CN-JX").waitFor();
    // Check a card.
    await card(page, "CN-SN").locator('[data-testid="card-check"]').click();
    await page.waitForSelector('[data-testid="meeting-card"][data-parties~="CN-SN"][data-checked="true"]');
    assert.equal((await tally(page)).checked, "1");
    await context.close();
  });

  test("editing a date and a party changes the card and the map; the dialog works by keyboard", async () => {
    const { context, page } = await withArticle();
    await byTest(page, "province-map").waitFor();
    assert.deepEqual([await count(page, "CN-JX"), await count(page, "CN-SC")], ["1", "1"]);

    const dialog = await editByKeyboard(page, "CN-JX");
    // Every field has a label.
    const unlabelled = await dialog.evaluate((d) =>
      [...d.querySelectorAll("input, select, textarea")].filter((f) => !f.labels || f.labels.length === 0).map((f) => f.id || f.name),
    );
    assert.deepEqual(unlabelled, []);
    await dialog.screenshot({ path: `${OUTPUT}/edit-dialog.png` });
    // Escape closes it, and focus goes back to the card.
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("dialog[open]"));
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "meeting-card");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.parties.includes("CN-JX")), true);

    await editByKeyboard(page, "CN-JX");
    await byTest(page, "edit-start").fill("2024-01-05");
    await pickParty(page, "edit-party-a", "sichuan", "CN-SC");
    await byTest(page, "edit-save").click();
    await page.waitForFunction(() => !document.querySelector("dialog[open]"));
    const edited = page.locator('[data-testid="meeting-card"][data-date="2024-01-05"]');
    await edited.waitFor();
    assert.equal(await edited.getAttribute("data-source"), "hand");
    assert.ok((await edited.getAttribute("data-parties")).includes("CN-SC"));
    await page.waitForSelector('[data-province="CN-SC"][data-count="2"]', { timeout: WAIT });
    assert.equal(await count(page, "CN-JX"), "0");
    assert.equal((await tally(page)).changed, "1");

    // The review filter: changed by hand.
    await byTest(page, "filter-review").selectOption("hand");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 1);
    await byTest(page, "filter-review").selectOption("");
    await context.close();
  });

  test("a central body is found in the party picker by the pinyin of its name", async () => {
    const { context, page } = await withArticle();
    await editByKeyboard(page, "CN-JX");
    const box = byTest(page, "edit-party-b");
    await box.fill("");
    await box.pressSequentially("jiaoyubu");
    // The pinyin worker is fetched when the dialog opens; the list follows when it answers.
    await page.locator('#edit-party-b-list [role="option"][data-party-id="教育部"]').waitFor();
    await page.keyboard.press("Escape");
    await context.close();
  });

  test("a meeting added from a selected sentence is pre-filled and takes it as evidence", async () => {
    const { context, page } = await withArticle();
    await selectInText(page, "拜会");
    await byTest(page, "meeting-from-sentence").click();
    const dialog = byTest(page, "edit-dialog");
    await dialog.waitFor();
    assert.equal((await byTest(page, "edit-evidence").textContent()).trim(), SICHUAN);
    assert.equal(await byTest(page, "edit-kind").inputValue(), "visit");
    assert.ok((await byTest(page, "edit-party-a").inputValue()).length > 0, "a party read from the sentence");
    await dialog.screenshot({ path: `${OUTPUT}/edit-dialog-from-sentence.png` });
    await byTest(page, "edit-kind").selectOption("talks");
    await byTest(page, "edit-save").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 4);
    assert.equal((await tally(page)).added, "1");
    assert.equal(await page.locator('[data-testid="meeting-card"][data-source="hand"]').count(), 1);

    // By hand, from nothing: a typed organisation is a new party.
    await byTest(page, "add-meeting").click();
    await dialog.waitFor();
    await byTest(page, "edit-party-a").fill("某某科技有限公司");
    await byTest(page, "edit-start").fill("not a date");
    await byTest(page, "edit-save").click();
    await byTest(page, "edit-error").waitFor();
    await byTest(page, "edit-start").fill("2023-12-20");
    await byTest(page, "edit-save").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 5);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "add-meeting", "focus back");
    await context.close();
  });

  test("no horizontal overflow at 360 px, with the dialog open", async () => {
    const { context, page } = await open(app.url, { viewport: { width: 360, height: 740 } });
    await paste(page, ARTICLE);
    await cards(page).first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok((await overflow()) <= 0, "cards with their buttons fit");
    await cards(page).first().locator('[data-testid="card-edit"]').click();
    await byTest(page, "edit-dialog").waitFor();
    const dialogWidth = await byTest(page, "edit-dialog").evaluate((d) => d.getBoundingClientRect().right);
    assert.ok(dialogWidth <= 360, `the dialog fits: ${dialogWidth}`);
    assert.ok((await overflow()) <= 0);
    await page.screenshot({ path: `${OUTPUT}/edit-dialog-360.png` });
    await context.close();
  });
});

describe("keeping corrections", () => {
  /** Deletes Jiangxi's card, edits Shaanxi's date, checks Sichuan's. */
  async function correct(page) {
    await card(page, "CN-JX").locator('[data-testid="card-delete"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 2);
    await card(page, "CN-SN").locator('[data-testid="card-edit"]').click();
    await byTest(page, "edit-start").fill("2023-12-11");
    await byTest(page, "edit-save").click();
    await page.waitForSelector('[data-testid="meeting-card"][data-date="2023-12-11"]');
    await card(page, "CN-SC").locator('[data-testid="card-check"]').click();
    await page.waitForSelector('[data-testid="meeting-card"][data-parties~="CN-SC"][data-checked="true"]');
  }

  test("export JSON holds them, importing it elsewhere restores them, and so does a share link", async () => {
    const { context, page } = await withArticle();
    await correct(page);
    const before = await cardsView(page);

    const doc = JSON.parse(await download(page, "export-json", "corrections.json"));
    const sn = doc.events.find((e) => e.parties.some((p) => p.id === "CN-SN"));
    assert.equal(sn.source, "hand");
    assert.equal(sn.date.start, "2023-12-11");
    assert.ok(doc.events.find((e) => e.parties.some((p) => p.id === "CN-SC")).checked);
    assert.equal(doc.deleted.length, 1);
    assert.ok(doc.deleted[0].parties.some((p) => p.id === "CN-JX"));
    const csv = (await download(page, "export-csv", "corrections.csv")).trimEnd().split("\n");
    assert.ok(csv[0].includes(",source,checked,rules"), csv[0]);
    assert.ok(csv.slice(1).some((r) => r.includes(",hand,false,")), csv.join("\n"));

    await byTest(page, "share").click();
    const link = await byTest(page, "share-url").inputValue();
    await context.close();

    const imported = await open();
    await imported.page.locator('[data-testid="import-json"]').setInputFiles(`${OUTPUT}/corrections.json`);
    await imported.page.waitForSelector('[data-testid="meeting-card"][data-date="2023-12-11"]');
    assert.deepEqual(await cardsView(imported.page), before);
    assert.equal((await tally(imported.page)).deleted, "1");
    await imported.context.close();

    const shared = await open(link);
    await h.analysed(shared.page);
    await shared.page.waitForSelector('[data-testid="meeting-card"][data-date="2023-12-11"]');
    assert.deepEqual(await cardsView(shared.page), before);
    await shared.context.close();
  });

  test("they survive an edit of the text elsewhere; one whose sentence is gone is listed", async () => {
    const { context, page } = await withArticle();
    await correct(page);
    // The text edited elsewhere: a headline added, Shaanxi's sentence moved last, Sichuan's removed.
    const edited = `三省新闻\n${JIANGXI}\n${SHAANXI}\n`;
    await input(page).fill(edited);
    const lost = byTest(page, "lost-correction");
    await lost.first().waitFor();
    await h.analysed(page);
    await page.waitForSelector('[data-testid="meeting-card"][data-date="2023-12-11"]');
    assert.equal(await card(page, "CN-JX").count(), 0, "still deleted");
    assert.equal(await card(page, "CN-SN").getAttribute("data-source"), "hand");
    assert.equal(await lost.count(), 1);
    assert.ok((await lost.first().textContent()).includes(SICHUAN.slice(0, 10)));
    await byTest(page, "lost-corrections").screenshot({ path: `${OUTPUT}/lost-corrections.png` });
    // Let go of it.
    await lost.first().locator('[data-testid="forget-correction"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="lost-correction"]'));
    await context.close();
  });
});

test("corrections tests: no request left the origin, no console errors", () => {
  assert.deepEqual(h.foreignRequests(log, app.origin), []);
  assert.deepEqual(log.consoleErrors, []);
});
