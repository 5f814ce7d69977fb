// Archives in the built app: a JSONL of hundreds of articles (two bad lines among them) opened
// from the file input becomes the meetings table, through the archive worker with its progress;
// the table sorts, filters (also by the URL hash, a network node and a timeline bar) and opens a
// row's articles; the GraphML export
// reads back in networkx; the CLI (`extract --jsonl --merged`) gives the same meetings, and its
// documents are the JSONL export's; a CSV
// without a text column asks for it; a folder opens too; cancel stops an import. How long 10,000
// articles take, and the page's longest task meanwhile, are measured, never asserted.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as h from "./helpers.mjs";
import { OUTPUT, WAIT_LONG, here, recordTimings } from "./helpers.mjs";
import { csvUnnamed, jsonl } from "./archive-data.mjs";

const app = h.useApp();
const { log } = app;
const ROOT = `${here}../../`;
const EXTRACT = `${ROOT}target/release/extract`;

/** 300 articles and two bad lines: line 10 is no JSON, line 50 has no text. */
const BAD = { 10: '{"text": "未完', 50: '{"title": "无正文"}' };
const ARCHIVE = jsonl(300, BAD);

const view = (page) => page.locator('[data-testid="archive-view"]');
const rows = (page) => page.locator('[data-testid="meeting-row"]');

/** Opens `content` as the file `name` through the page's file input. */
async function openFile(page, name, content, mimeType = "application/x-ndjson") {
  await page.locator('[data-testid="file-input"]').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

async function ready(page, timeout = h.WAIT) {
  await page.locator('[data-testid="archive-view"][data-phase="ready"]').waitFor({ timeout });
}

/** Every row of every page of the table, as its data attributes. */
async function allRows(page) {
  const out = [];
  for (;;) {
    out.push(
      ...(await rows(page).evaluateAll((els) =>
        els.map((e) => ({ date: e.dataset.date, kind: e.dataset.kind, parties: e.dataset.parties, articles: Number(e.dataset.articles) })),
      )),
    );
    const next = page.locator('[data-testid="table-next"]');
    if (await next.isDisabled()) return out;
    const at = await page.locator('[data-testid="table-page"]').getAttribute("data-page");
    await next.click();
    await page.locator(`[data-testid="table-page"]:not([data-page="${at}"])`).waitFor();
  }
}

const key = (r) => `${r.date}|${r.kind}|${r.parties}|${r.articles}`;

async function download(page, testid, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid="${testid}"]`).click()]);
  const path = `${OUTPUT}/${name}`;
  await file.saveAs(path);
  return path;
}

describe("archives", () => {
  test("a JSONL archive opens from the file input: rows, bad lines listed, progress complete", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    const before = log.requests.length;
    assert.ok(
      !log.requests.some((u) => /archive(r)?(_bg\.wasm|\.js|-loader\.js)$/.test(u)),
      "the first load fetched the archive view",
    );
    await openFile(page, "archive.jsonl", ARCHIVE);
    await ready(page);
    assert.ok(log.requests.slice(before).some((u) => u.endsWith("archive_bg.wasm")), "the archive view was loaded");
    const progress = page.locator('[data-testid="archive-progress"]');
    assert.equal(await progress.getAttribute("data-total"), "302");
    assert.equal(await progress.getAttribute("data-done"), "302");
    const lines = await page.locator('[data-testid="import-errors"] [data-line]').evaluateAll((els) => els.map((e) => e.dataset.line));
    assert.deepEqual(lines, ["10", "50"]);
    assert.match(await page.locator('[data-testid="import-errors"]').innerText(), /行|line/i);
    const total = Number(await page.locator('[data-testid="meetings-table"]').getAttribute("data-rows"));
    // Every seventh article reports the meeting before it again: those merge.
    assert.ok(total > 200 && total < 300, `${total} meetings`);
    assert.equal(await rows(page).count(), 100, "a page of 100 rows");
    // The archive never went into the text box.
    assert.equal(await page.locator('[data-testid="article-input"]').inputValue(), "");
    // The focus went to the view, which follows the page's language toggle.
    assert.equal(await page.evaluate(() => document.activeElement?.id), "archive-title");
    assert.match(await page.locator("#archive-title").innerText(), /文章档案/);
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator("#archive-title", { hasText: "Archive" }).waitFor();
    assert.match(await page.locator('[data-testid="meetings-table"] caption').innerText(), /Meetings/);
    // Closing gives the focus back to the file input, where the next archive opens.
    await page.locator('[data-testid="archive-close"]').click();
    await view(page).waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "file-input");
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  test("the table sorts by its headers, filters like the cards and by the URL hash, and opens a row's articles", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "archive.jsonl", ARCHIVE);
    await ready(page);
    const dates = () => rows(page).evaluateAll((els) => els.map((e) => e.dataset.date));
    const first = await dates();
    assert.deepEqual(first, [...first].sort(), "oldest first");
    const dateHeader = page.locator('th:has([data-sort="date"])');
    assert.equal(await dateHeader.getAttribute("aria-sort"), "ascending");
    await page.locator('[data-sort="date"]').click();
    assert.equal(await dateHeader.getAttribute("aria-sort"), "descending");
    const desc = await dates();
    assert.deepEqual(desc, [...desc].sort().reverse());
    assert.notDeepEqual(desc, first);
    await page.locator('[data-sort="articles"]').click();
    await page.locator('[data-sort="articles"]').click();
    assert.equal(await page.locator('th:has([data-sort="articles"])').getAttribute("aria-sort"), "descending");
    const top = rows(page).first();
    assert.equal(await top.getAttribute("data-articles"), "2");
    // A row's articles: both reports, with their dates and links.
    await top.locator('[data-testid="row-articles"]').click();
    assert.equal(await top.locator('[data-testid="row-articles"]').getAttribute("aria-expanded"), "true");
    const items = page.locator('[data-testid="meeting-articles"] [data-testid="meeting-article"]');
    assert.equal(await items.count(), 2);
    assert.match(await items.first().locator("a").getAttribute("href"), /^https:\/\/example\.org\/news\/\d+\.html$/);
    // Filter by province: fewer rows, each one with a party of that province.
    const all = Number(await page.locator('[data-testid="meetings-table"]').getAttribute("data-rows"));
    const province = page.locator('[data-testid="archive-filter-province"]');
    const values = await province.locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert.ok(values.includes("CN-HN"), `provinces ${values}`);
    await province.selectOption("CN-HN");
    const hunan = Number(await page.locator('[data-testid="meetings-table"]').getAttribute("data-rows"));
    assert.ok(hunan > 0 && hunan < all, `${hunan} of ${all}`);
    assert.match(page.url(), /#province=CN-HN/);
    const cells = await rows(page).evaluateAll((els) => els.map((e) => e.innerText));
    assert.ok(cells.every((c) => c.includes("湖南")), "every row is Hunan's");
    // The URL hash's filters apply too (back, forward, a shared link).
    await page.evaluate(() => (location.hash = "#province=CN-SC"));
    await page.locator('[data-testid="archive-filter-province"]').locator('option[value="CN-SC"]:checked').waitFor({ state: "attached" });
    const sichuan = await rows(page).evaluateAll((els) => els.map((e) => e.innerText));
    assert.ok(sichuan.length > 0 && sichuan.every((c) => c.includes("四川")));
    await page.locator('[data-testid="archive-clear-filters"]').click();
    assert.equal(Number(await page.locator('[data-testid="meetings-table"]').getAttribute("data-rows")), all);
    await context.close();
  });

  test("a click on a node of the network filters the table to its meetings; a bar of the timeline to its period", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "archive.jsonl", ARCHIVE);
    await ready(page);
    const table = page.locator('[data-testid="meetings-table"]');
    const all = Number(await table.getAttribute("data-rows"));
    const network = page.locator('[data-testid="network"]');
    await network.waitFor();
    // A node of few meetings, so that the filter visibly narrows the table.
    const nodes = await network.locator("[data-node]").evaluateAll((els) => els.map((e) => e.dataset.node));
    assert.ok(nodes.length >= 3, `the network has ${nodes.length} nodes`);
    const weights = await network.locator("[data-edge]").evaluateAll((els) =>
      els.map((e) => ({ a: e.dataset.source, b: e.dataset.target, w: Number(e.dataset.weight) })),
    );
    const light = weights.sort((x, y) => x.w - y.w)[0];
    const node = light.a;
    await network.locator(`[data-node="${node}"]`).first().click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="meetings-table"]').dataset.rows) < n, all);
    const parties = await rows(page).evaluateAll((els) => els.map((e) => e.dataset.parties.split(" ")));
    assert.ok(parties.length > 0, "the node's meetings are listed");
    for (const p of parties) assert.ok(p.includes(node), `a row without ${node}: ${p}`);
    // Clicking the picked node again shows every meeting.
    await network.locator(`[data-node="${node}"]`).first().click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="meetings-table"]').dataset.rows) === n, all);
    // A bar of the timeline keeps the meetings of its period.
    const bar = page.locator('[data-testid="timeline"] [data-period]').first();
    const [from, to] = [await bar.getAttribute("data-from"), await bar.getAttribute("data-to")];
    await bar.click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="meetings-table"]').dataset.rows) < n, all);
    const dates = await rows(page).evaluateAll((els) => els.map((e) => e.dataset.date));
    for (const d of dates) assert.ok(d >= from && d <= to, `${d} is outside ${from}..${to}`);
    await context.close();
  });

  test("the GraphML export reads back in networkx with the table's parties and pairs; GEXF, CSV and JSONL export too", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "archive.jsonl", ARCHIVE);
    await ready(page);
    const table = await allRows(page);
    const nodes = new Set(table.flatMap((r) => r.parties.split(" ")));
    const pairs = new Set(table.map((r) => r.parties.split(" ").sort().join(" ")));
    const path = await download(page, "export-graphml", "archive.graphml");
    const read = execFileSync("python3", [
      "-c",
      "import json, sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(json.dumps({'nodes': sorted(g.nodes()), 'edges': sorted(' '.join(sorted(e)) for e in g.edges()), 'weight': sum(d['weight'] for _, _, d in g.edges(data=True))}))",
      path,
    ]);
    const graph = JSON.parse(read);
    assert.deepEqual(graph.nodes, [...nodes].sort());
    assert.deepEqual(graph.edges, [...pairs].sort());
    assert.equal(graph.weight, table.length, "one meeting a row");
    const gexf = readFileSync(await download(page, "export-gexf", "archive.gexf"), "utf8");
    assert.equal((gexf.match(/<node /g) ?? []).length, nodes.size);
    const csv = readFileSync(await download(page, "archive-export-csv", "archive-meetings.csv"), "utf8");
    assert.match(csv.split("\n")[0], /^date,end_date,kind,/);
    assert.match(csv, /https:\/\/example\.org\/news\/\d+\.html; https:\/\/example\.org\/news\/\d+\.html/);
    const lines = readFileSync(await download(page, "archive-export-jsonl", "archive-articles.jsonl"), "utf8").trim().split("\n");
    assert.equal(lines.length, 302, "one line a record");
    const docs = lines.map((l) => JSON.parse(l));
    assert.deepEqual(docs.filter((d) => d.error).map((d) => d.line), [10, 50]);
    assert.ok(docs.filter((d) => !d.error).every((d) => Array.isArray(d.events) && d.url), "documents with their URLs");
    await context.close();
  });

  test("the CLI and the browser give the same merged meetings", async () => {
    if (!existsSync(EXTRACT)) execFileSync("cargo", ["build", "--release", "--bin", "extract"], { cwd: ROOT, stdio: "inherit" });
    mkdirSync(OUTPUT, { recursive: true });
    const file = `${OUTPUT}/archive.jsonl`;
    writeFileSync(file, ARCHIVE);
    // Two bad lines: the CLI exits non-zero but prints the table.
    const cli = spawnSync(EXTRACT, ["--jsonl", "--merged", file], { encoding: "utf8", maxBuffer: 1 << 28 });
    const merged = JSON.parse(cli.stdout);
    assert.deepEqual(merged.errors.map((e) => e.line), [10, 50]);
    const want = merged.meetings
      .map((m) => key({ date: m.date?.start ?? "", kind: m.kind, parties: m.parties.map((p) => p.id).join(" "), articles: m.articles.length }))
      .sort();
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "archive.jsonl", ARCHIVE);
    await ready(page);
    const got = (await allRows(page)).map(key).sort();
    assert.equal(got.length, want.length);
    assert.deepEqual(got, want);
    // The per-article export is the CLI's documents output, line for line.
    const documents = spawnSync(EXTRACT, ["--jsonl", file], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
    const exported = readFileSync(await download(page, "archive-export-jsonl", "parity.jsonl"), "utf8");
    const lines = (s) => s.trim().split("\n");
    assert.equal(lines(exported).length, lines(documents).length);
    assert.deepEqual(lines(exported), lines(documents));
    await context.close();
  });

  test("a CSV without a text column asks for it, then reads", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "archive.csv", csvUnnamed(20), "text/csv");
    const dialog = page.locator('[data-testid="csv-columns"]');
    await dialog.waitFor();
    await dialog.locator("#csv-column-text").selectOption({ label: "报道" });
    await dialog.locator("#csv-column-date").selectOption({ label: "发表" });
    // By keyboard: the read button is the next stop after the last column's select.
    await dialog.locator("#csv-column-source").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await ready(page);
    assert.ok((await rows(page).count()) > 10);
    assert.equal(await page.locator('[data-testid="import-errors"]').count(), 0);
    // Headers that name the fields need no dialog; a row without text is listed by its line.
    const named = "正文,日期,链接\n" + '"2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",2024-03-14,https://example.org/a\n' + ",2024-03-15,\n";
    await openFile(page, "named.csv", named, "text/csv");
    await page.locator('[data-testid="archive-name"]', { hasText: "named.csv" }).waitFor();
    await ready(page);
    assert.equal(await page.locator('[data-testid="csv-columns"]').count(), 0);
    assert.equal(await rows(page).count(), 1);
    assert.equal(await rows(page).first().getAttribute("data-date"), "2024-03-14");
    const bad = await page.locator('[data-testid="import-errors"] [data-line]').evaluateAll((els) => els.map((e) => e.dataset.line));
    assert.deepEqual(bad, ["3"]);
    await context.close();
  });

  test("a folder of articles opens from the folder picker", async () => {
    const dir = `${OUTPUT}/archive-folder`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lines = jsonl(6).trim().split("\n").map((l) => JSON.parse(l));
    lines.forEach((a, i) => writeFileSync(`${dir}/${i + 1}.${i % 2 ? "html" : "txt"}`, i % 2 ? `<html><head><title>${a.title}</title></head><body><p>${a.text}</p></body></html>` : a.text));
    writeFileSync(`${dir}/notes.bin`, Buffer.from([0, 1, 2]));
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await page.locator('[data-testid="folder-input"]').setInputFiles(dir);
    await ready(page);
    assert.equal(await page.locator('[data-testid="archive-progress"]').getAttribute("data-total"), "6");
    assert.ok((await rows(page).count()) >= 5);
    await context.close();
  });

  test("a dropped folder's entries are walked, subfolders included, and open as a folder", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    const texts = jsonl(4).trim().split("\n").map((l) => JSON.parse(l).text);
    // A drop's FileSystemEntry objects cannot be made by a test: these have their shape
    // (isFile/isDirectory, file(), createReader().readEntries() in batches until an empty one).
    await page.evaluate((texts) => {
      const file = (path, text) => ({
        isFile: true,
        isDirectory: false,
        fullPath: `/${path}`,
        file: (ok) => ok(new File([text], path.split("/").pop(), { type: "text/plain" })),
      });
      const dir = (path, children) => ({
        isFile: false,
        isDirectory: true,
        fullPath: `/${path}`,
        createReader: () => {
          let given = false;
          return { readEntries: (ok) => ok(given ? [] : ((given = true), children)) };
        },
      });
      const root = dir("news", [
        file("news/b.txt", texts[1]),
        file("news/a.txt", texts[0]),
        dir("news/more", [file("news/more/c.md", texts[2]), file("news/more/d.txt", texts[3]), file("news/more/x.png", "PNG")]),
      ]);
      // What the page's drop handler (src/web/archive/handoff.rs) hands on for a folder.
      const script = document.createElement("script");
      script.src = "./archive-loader.js";
      script.onload = () => window.huitanArchive([root], "entries");
      document.body.appendChild(script);
    }, texts);
    await ready(page);
    assert.equal(await page.locator('[data-testid="archive-progress"]').getAttribute("data-total"), "4");
    assert.equal(await rows(page).count(), 4);
    await rows(page).first().locator('[data-testid="row-articles"]').click();
    assert.match(await page.locator('[data-testid="meeting-article"]').innerText(), /news\/a\.txt/);
    await context.close();
  });

  test("cancel stops an import", async () => {
    const { context, page } = await h.openApp(app.browser, app.url, log);
    await openFile(page, "big.jsonl", jsonl(40_000));
    await page.locator('[data-testid="archive-progress"][data-state="reading"]:not([data-total="0"])').waitFor();
    await page.locator('[data-testid="archive-cancel"]').click();
    await page.locator('[data-testid="archive-view"][data-phase="cancelled"]').waitFor();
    assert.equal(await page.locator('[data-testid="meetings-table"]').count(), 0);
    assert.match(await page.locator('[data-testid="archive-status"]').innerText(), /取消|cancelled/);
    await context.close();
  });

  test("10,000 articles (9 MB): time to the table and the longest main-thread task (measured, not asserted)", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    const { page } = await h.openApp(app.browser, app.url, log, { context });
    // Long enough (about 9 MB) to be read in several slices of 4 MB.
    const content = jsonl(10_000, {}, true);
    // From a file on disk, as a user picks one: a buffer would be copied into the page by
    // Playwright's own script, a long task of the test's, not of the app's.
    mkdirSync(OUTPUT, { recursive: true });
    const file = `${OUTPUT}/ten-thousand.jsonl`;
    writeFileSync(file, content);
    await page.evaluate(() => (window.__longTasks = []));
    const start = Date.now();
    await page.locator('[data-testid="file-input"]').setInputFiles(file);
    // The view is loaded (its wasm compiled and started) once its progress bar shows.
    await page.locator('[data-testid="archive-progress"]').waitFor({ timeout: WAIT_LONG });
    const viewAt = await page.evaluate(() => performance.now());
    await ready(page, WAIT_LONG);
    await rows(page).first().waitFor();
    const ms = Date.now() - start;
    const tasks = await page.evaluate(() => window.__longTasks);
    const longest = (list) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
    const meetings = Number(await page.locator('[data-testid="meetings-table"]').getAttribute("data-rows"));
    // No record lost or cut where the slices meet.
    assert.equal(await page.locator('[data-testid="archive-progress"]').getAttribute("data-total"), "10000");
    assert.equal(await page.locator('[data-testid="import-errors"]').count(), 0);
    assert.ok(meetings > 8000, `${meetings} meetings`);
    recordTimings("archive_import_10000_articles", {
      articles: 10_000,
      bytes: Buffer.byteLength(content),
      meetings,
      import_to_table_ms: ms,
      longest_main_thread_task_ms: longest(tasks),
      // Past the view's loading: the import itself, the table's parts and its first page.
      longest_task_while_importing_ms: longest(tasks.filter((t) => t.start >= viewAt)),
      long_tasks: tasks.length,
    });
    await context.close();
  });
});
