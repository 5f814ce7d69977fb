// "My names" (issue 14): the user's own organisations and people, used in every analysis, kept
// in the browser, exported and imported as a file, carried by a share link only when ticked, and
// read the same way by `extract --names`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, analysed, cards, paste } from "./helpers.mjs";

// Our own sentences: a provincial firm the lexicons do not know, under its short name, and its
// chairman named once with his title and once without.
const TEXT =
  "12月14日，陕西省委书记赵一德在西安会见京能集团董事长姜帆一行。\n" +
  "12月15日，山西省省长金湘军在太原会见姜帆。\n";
const FIRM = "北京能源集团";

const app = h.useApp();
const { log } = app;
const open = (url = app.url, options = {}) => h.openApp(app.browser, url, log, options);
const partiesOf = (page) => cards(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-parties") ?? ""));
const entries = (page) => page.locator('[data-testid="my-names-entry"]');

/** Adds the firm (with its short name, Beijing, an English name) and its chairman in the panel. */
async function addFirmAndChairman(page) {
  const panel = page.locator('[data-testid="my-names"]');
  await panel.locator('[data-testid="my-org-name"]').fill(FIRM);
  await panel.locator('[data-testid="my-org-aliases"]').fill("京能集团、京能");
  await panel.locator('[data-testid="my-org-kind"]').selectOption("firm");
  await panel.locator('[data-testid="my-org-province"]').selectOption("CN-BJ");
  await panel.locator('[data-testid="my-org-english"]').fill("Beijing Energy Holding");
  await panel.locator('[data-testid="my-org-add"]').click();
  await entries(page).first().waitFor();
  await panel.locator('[data-testid="my-person-name"]').fill("姜帆");
  await panel.locator('[data-testid="my-person-title"]').fill("董事长");
  await panel.locator('[data-testid="my-person-org"]').fill(FIRM);
  await panel.locator('[data-testid="my-person-add"]').click();
  await entries(page).nth(1).waitFor();
  await analysed(page);
}

/** The meetings of a document as sorted "ids@date" strings. */
const meetings = (doc) =>
  doc.events.map((e) => `${e.parties.map((p) => p.id).sort().join(" ")}@${e.date?.start ?? ""}`).sort();

describe("my names", () => {
  test("a firm of my names becomes a party on a card and on the map, and stays after a reload", async () => {
    const { context, page } = await open();
    await paste(page, TEXT);
    const before = await partiesOf(page);
    assert.ok(!before.some((p) => p.includes(FIRM)), before.join(" | "));
    assert.equal(await page.locator('path[data-province="CN-BJ"]').getAttribute("data-count"), "0");

    await addFirmAndChairman(page);
    await page.waitForFunction((firm) =>
      [...document.querySelectorAll('[data-testid="meeting-card"]')].filter((c) => (c.getAttribute("data-parties") ?? "").includes(firm)).length === 2, FIRM);
    const after = await partiesOf(page);
    assert.ok(after.some((p) => p.includes("CN-SN") && p.includes(FIRM)), after.join(" | "));
    assert.ok(after.some((p) => p.includes("CN-SX") && p.includes(FIRM)), "the chairman named without title brings his firm");
    // The firm is counted under its province on the map.
    await page.waitForFunction(() => document.querySelector('path[data-province="CN-BJ"]')?.getAttribute("data-count") === "2");
    await page.screenshot({ path: `${OUTPUT}/my-names-panel.png`, fullPage: false });

    await page.reload();
    await analysed(page);
    assert.equal(await entries(page).count(), 2, "the dictionary is kept in the browser");
    await cards(page).first().waitFor();
    assert.deepEqual(await partiesOf(page), after);

    // Removing the firm takes it off the cards.
    await page.locator(`[data-testid="my-names-entry"][data-name="${FIRM}"] [data-testid="my-names-remove"]`).click();
    await page.waitForFunction((firm) =>
      ![...document.querySelectorAll('[data-testid="meeting-card"]')].some((c) => (c.getAttribute("data-parties") ?? "").includes(firm)), FIRM);
    await context.close();
  });

  test("export, import into a fresh browser, a link that carries them only when ticked, and a bad file", async () => {
    const { context, page } = await open();
    await paste(page, TEXT);
    await addFirmAndChairman(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="my-names-export"]').click(),
    ]);
    const path = `${OUTPUT}/my-names.json`;
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(file.organisations[0].name, FIRM);
    assert.equal(file.organisations[0].province, "CN-BJ");
    assert.equal(file.organisations[0].kind, "firm");
    assert.deepEqual(file.people[0], { name: "姜帆", title: "董事长", org: FIRM });

    // A link without the names, then with them.
    await page.locator('[data-testid="share"]').click();
    const plain = await page.locator('[data-testid="share-url"]').inputValue();
    await page.locator('[data-testid="share-include-names"]').check();
    await page.locator('[data-testid="share"]').click();
    const named = await page.locator('[data-testid="share-url"]').inputValue();
    assert.notEqual(plain, named);
    await context.close();

    const fresh = await open(plain);
    await analysed(fresh.page);
    assert.equal(await entries(fresh.page).count(), 0, "a link carries no names unless ticked");
    await fresh.context.close();

    const linked = await open(named);
    await analysed(linked.page);
    await entries(linked.page).nth(1).waitFor();
    await cards(linked.page).first().waitFor();
    assert.ok((await partiesOf(linked.page)).some((p) => p.includes(FIRM)));
    await linked.context.close();

    const imported = await open();
    await paste(imported.page, TEXT);
    await imported.page.locator('[data-testid="my-names-import"]').setInputFiles(path);
    await entries(imported.page).nth(1).waitFor();
    await analysed(imported.page);
    await imported.page.waitForFunction((firm) =>
      [...document.querySelectorAll('[data-testid="meeting-card"]')].some((c) => (c.getAttribute("data-parties") ?? "").includes(firm)), FIRM);
    // A bad file is refused with a sentence; the dictionary and the text stay.
    const bad = `${OUTPUT}/my-names-bad.json`;
    writeFileSync(bad, '{"organisations": [{"name": "京"}]}');
    await imported.page.locator('[data-testid="my-names-import"]').setInputFiles(bad);
    await imported.page.locator('[data-testid="my-names-error"]').waitFor();
    // In the interface's language (Chinese here), naming the bad entry.
    assert.match(await imported.page.locator('[data-testid="my-names-error"]').textContent(), /第 1 个机构/);
    assert.equal(await entries(imported.page).count(), 2);
    assert.equal(await imported.page.locator('[data-testid="article-input"]').inputValue(), TEXT);
    await imported.context.close();
  });

  test("the panel is usable with the keyboard alone and fits a 360 px screen", async () => {
    const { context, page } = await open(app.url, { viewport: { width: 360, height: 740 } });
    await paste(page, TEXT);
    // Every field has a label, so a screen reader names it.
    const unlabelled = await page.locator('[data-testid="my-names"] input:not([type=file]), [data-testid="my-names"] select')
      .evaluateAll((els) => els.filter((e) => !e.closest("label")).length);
    assert.equal(unlabelled, 0);
    await page.locator('[data-testid="my-org-name"]').focus();
    await page.keyboard.insertText(FIRM);
    await page.keyboard.press("Tab");
    await page.keyboard.insertText("京能集团");
    await page.keyboard.press("Enter");
    await entries(page).first().waitFor();
    await analysed(page);
    await page.waitForFunction((firm) =>
      [...document.querySelectorAll('[data-testid="meeting-card"]')].some((c) => (c.getAttribute("data-parties") ?? "").includes(firm)), FIRM);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px of horizontal overflow at 360 px`);
    await page.screenshot({ path: `${OUTPUT}/my-names-360.png`, fullPage: true });
    await context.close();
  });

  test("extract --names gives the same meetings as the browser", async () => {
    const { context, page } = await open();
    await paste(page, TEXT);
    await addFirmAndChairman(page);
    await cards(page).nth(1).waitFor();
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    const docPath = `${OUTPUT}/my-names-doc.json`;
    await json.saveAs(docPath);
    const [names] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="my-names-export"]').click(),
    ]);
    const namesPath = `${OUTPUT}/my-names-cli.json`;
    await names.saveAs(namesPath);
    await context.close();

    const bin = "target/release/extract";
    if (!existsSync(bin)) execFileSync("cargo", ["build", "--release", "--bin", "extract"], { stdio: "inherit" });
    const cli = JSON.parse(execFileSync(bin, ["--names", namesPath], { input: TEXT }).toString());
    const browser = JSON.parse(readFileSync(docPath, "utf8"));
    assert.deepEqual(meetings(browser), meetings(cli));
    assert.ok(meetings(cli).some((m) => m.includes(FIRM)), meetings(cli).join(" | "));
    assert.deepEqual(
      browser.people.map((p) => `${p.name}:${p.org}`).sort(),
      cli.people.map((p) => `${p.name}:${p.org}`).sort(),
    );
  });
});
