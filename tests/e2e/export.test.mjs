// Exports (issue 17, item 8): what is shown or everything, said in a sentence; the CSV gives
// people's titles and their names in pinyin with their offices in English; a person mention's
// `english` in the JSON is no role slug.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, cards, paste } from "./helpers.mjs";

// Our own sentences (names from the news, wording ours).
const TWO_PROVINCES =
  "12月12日，陕西省委书记赵一德在北京与教育部党组书记、部长怀进鹏举行工作会谈。\n" +
  "12月13日，四川省委书记王晓晖在成都会见国家能源投资集团有限责任公司董事长刘国跃。\n";

const app = h.useApp();
const { log } = app;
const open = () => h.openApp(app.browser, app.url, log);

async function download(page, testid, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid="${testid}"]`).click()]);
  const path = `${OUTPUT}/${name}`;
  await file.saveAs(path);
  return readFileSync(path, "utf8");
}

/** The fields of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(csv) {
  const out = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") out.at(-1).push(field), (field = "");
    else if (c === "\n") out.at(-1).push(field), (field = ""), out.push([]);
    else if (c !== "\r") field += c;
  }
  if (field || out.at(-1).length) out.at(-1).push(field);
  return out.filter((r) => r.length > 1);
}

/** The CSV's rows as objects by header. */
function rows(csv) {
  const [names, ...lines] = parseCsv(csv.replace(/^\uFEFF/, ""));
  return lines.map((l) => Object.fromEntries(l.map((v, i) => [names[i], v])));
}

describe("exports", () => {
  test("what is shown, or everything, and a sentence says which", async () => {
    const { context, page } = await open();
    await paste(page, TWO_PROVINCES);
    await cards(page).nth(1).waitFor();
    const note = page.locator('[data-testid="export-scope-note"]');
    assert.match(await note.textContent(), /全部 2 场/);
    assert.equal(await page.locator('[data-testid="export-scope-shown"]').count(), 0, "no choice without a filter");

    await page.locator('[data-testid="filter-province"]').selectOption("CN-SN");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting-card"]').length === 1);
    assert.match(await note.textContent(), /显示的 1 场.*共 2 场/);
    assert.ok(await page.locator('[data-testid="export-scope-shown"]').isChecked(), "what is shown, by default");
    const shown = JSON.parse(await download(page, "export-json", "shown.json"));
    assert.deepEqual(shown.events.map((e) => e.parties[0].id), ["CN-SN"]);
    const shownCsv = rows(await download(page, "export-csv", "shown.csv"));
    assert.deepEqual(shownCsv.map((r) => r.party_a), ["CN-SN"]);

    await page.locator('[data-testid="export-scope-all"]').check();
    assert.match(await note.textContent(), /全部 2 场/);
    const all = JSON.parse(await download(page, "export-json", "all.json"));
    assert.deepEqual(all.events.map((e) => e.parties[0].id).sort(), ["CN-SC", "CN-SN"]);
    await page.locator('[data-testid="lang-toggle"]').click();
    assert.match(await note.textContent(), /Exports all 2 meetings/);
    await context.close();
  });

  test("the CSV gives titles, and names in pinyin with offices in English; the JSON no role slug", async () => {
    const { context, page } = await open();
    await paste(page, TWO_PROVINCES);
    await cards(page).nth(1).waitFor();
    const csv = rows(await download(page, "export-csv", "people.csv"));
    const shaanxi = csv.find((r) => r.party_a === "CN-SN");
    assert.equal(shaanxi.participant_titles.split("; ").sort().join("; "), ["教育部党组书记、部长", "陕西省委书记"].sort().join("; "));
    assert.match(shaanxi.participants_en, /Zhao Yide \(Party Secretary/);
    assert.match(shaanxi.participants_en, /Huai Jinpeng \(Secretary of the Leading Party Members' Group/);
    const json = JSON.parse(await download(page, "export-json", "people.json"));
    const people = json.mentions.filter((m) => m.kind === "person");
    assert.ok(people.length >= 2);
    assert.ok(people.every((m) => m.english === undefined), "a person mention carries no role slug");
    const title = json.mentions.find((m) => m.kind === "title" && m.text === "书记");
    assert.equal(title.english, "Party Secretary, CPC Shaanxi Provincial Committee");
    await context.close();
  });
});

test("export tests: no request left the origin, no console errors", () => {
  assert.deepEqual(h.foreignRequests(log, new URL(app.url).origin), []);
  assert.deepEqual(log.consoleErrors, []);
});
