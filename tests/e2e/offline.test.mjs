// Offline and installable: after one visit the service worker (static/sw.js) has kept the whole
// build, so the app opens and analyses text with the network gone; Chrome finds it installable;
// a new release's service worker brings the notice (data-testid="update-ready") and its button
// reloads into the new release, whose cache replaces the old one; under `trunk serve` the
// service worker removes itself. And the precache list is made from what the build holds
// (scripts/sw-manifest.mjs).
//
// These tests run their own server (tests/e2e/server.mjs) on an origin of their own, since they
// make it serve a new release or nothing at all.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, OUTPUT, WAIT, analysed, cards, here } from "./helpers.mjs";
import { DIST, startServer } from "./server.mjs";

const ROOT = join(here, "..", "..");
const NOTICE = '[data-testid="update-ready"]';

/** Every file under `dir`, relative to it with "/", sorted. */
function filesOf(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? filesOf(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** What the hook wrote into a sw.js: { version, files }, or null. */
function precacheOf(swJs) {
  const m = /^const PRECACHE = (.*);$/m.exec(swJs);
  assert.ok(m, "sw.js has its PRECACHE line");
  return JSON.parse(m[1]);
}

// What the server serves: the build as it is ("first"), a new release of it ("next": another
// index.html and a sw.js with another cache version), or what `trunk serve` would ("serve":
// sw.js and sw-register.js as sw-manifest.mjs leaves them there).
let serving = "first";
let serveDir;
function rewrite(path, body) {
  if (serving === "next" && path === "index.html") {
    return body.toString("utf8").replace(/<html\b/, '<html data-release="next"');
  }
  if (serving === "next" && path === "sw.js") {
    return body.toString("utf8").replace(/("version":"[0-9a-f]+)"/, '$1-next"');
  }
  if (serving === "serve") return readFileSync(join(serveDir, path));
  return body;
}

let server;
let browser;
before(async () => {
  // The `trunk serve` variant: the built files, with sw.js, sw-register.js and index.html as the
  // hook finds them there (Trunk's live-reload client in the page).
  serveDir = mkdtempSync(join(tmpdir(), "huitan-serve-"));
  cpSync(DIST, serveDir, { recursive: true });
  for (const f of ["sw.js", "sw-register.js"]) cpSync(join(ROOT, "static", f), join(serveDir, f));
  const html = readFileSync(join(DIST, "index.html"), "utf8").replace(/<html\b/, '<html data-release="serve"');
  writeFileSync(join(serveDir, "index.html"), `${html}<!-- trunk serve: /.well-known/trunk/ws -->`);
  execFileSync(process.execPath, [join(ROOT, "scripts", "sw-manifest.mjs"), serveDir]);

  server = await startServer({ rewrite });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(serveDir, { recursive: true, force: true });
});

/** A first visit in a new context (no service worker yet), until the service worker controls the page. */
async function firstVisit() {
  serving = "first";
  server.setOffline(false);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid="article-input"]').waitFor({ state: "attached" });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

/** Waits until `check()` (which may ask a page that is reloading: an error counts as no) holds. */
async function until(what, check) {
  const deadline = Date.now() + WAIT;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) assert.fail(`gave up waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The names of the page's caches, and the addresses each holds. */
async function cachesOf(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

describe("offline", () => {
  test("the first visit keeps every built file, with no notice and no reload", async () => {
    const { context, page } = await firstVisit();
    const kept = await cachesOf(page);
    const names = Object.keys(kept);
    assert.equal(names.length, 1, `one cache: ${names}`);
    const { version, files } = precacheOf(readFileSync(join(DIST, "sw.js"), "utf8"));
    assert.match(names[0], new RegExp(`${version}$`));
    // Everything the build wrote but sw.js, the on-demand workers too (index.html as the folder).
    const built = filesOf(DIST).filter((f) => f !== "sw.js");
    assert.deepEqual([...files].sort(), built);
    for (const worker of ["worker", "pinyin", "decoder", "exporter"]) {
      assert.ok(built.includes(`${worker}_bg.wasm`), `dist/ has ${worker}_bg.wasm`);
    }
    const expected = built.map((f) => new URL(f === "index.html" ? "" : f, server.url).href).sort();
    assert.deepEqual(kept[names[0]], expected);
    assert.equal(await page.locator(NOTICE).count(), 0, "no notice on a first visit");
    const navigation = await page.evaluate(() => performance.getEntriesByType("navigation")[0].type);
    assert.equal(navigation, "navigate", "the first service worker took the page without reloading it");
    await context.close();
  });

  test("with the network gone, the app opens again and analyses text", async () => {
    const { context, page } = await firstVisit();
    server.setOffline(true);
    await context.setOffline(true);
    try {
      await page.reload();
      // Nothing answers from the network now: a file that was never kept cannot be fetched.
      const outside = await page.evaluate(() =>
        fetch("not-kept.txt").then(
          () => "answered",
          () => "failed",
        ),
      );
      assert.equal(outside, "failed");
      await page.locator('[data-testid="load-sample"]').click();
      await analysed(page);
      await cards(page).first().waitFor();
      assert.ok((await cards(page).count()) >= 2, "the sample's meetings are shown");
      // The pinyin worker comes from the copy too.
      await page.locator('[data-testid="lang-toggle"]').click();
      await cards(page).locator(".pinyin").first().waitFor();
      // And the file-reading worker: a GBK file is decoded and analysed.
      await page.locator('[data-testid="file-input"]').setInputFiles(`${here}fixtures/gbk.txt`);
      await page.locator('[data-testid="file-encoding"]').waitFor();
      await analysed(page);
      assert.match(await page.locator('[data-testid="article-input"]').inputValue(), /赵一德/);
      assert.ok((await cards(page).count()) >= 1);
    } finally {
      await context.setOffline(false);
      server.setOffline(false);
      await context.close();
    }
  });

  test("Chrome finds the app installable (manifest, icons, service worker)", async () => {
    const { context, page } = await firstVisit();
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.deepEqual(manifest.errors, [], "the manifest parses without errors");
    assert.equal(new URL(manifest.url).pathname, "/tools/huitan/manifest.webmanifest");
    const fields = JSON.parse(manifest.data);
    assert.ok(fields.name && fields.short_name, "a name and a short name");
    assert.equal(fields.display, "standalone");
    assert.equal(new URL(fields.start_url, manifest.url).href, server.url);
    assert.match(fields.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(fields.background_color, /^#[0-9a-f]{6}$/i);
    // Each icon is there, and a PNG is as big as it says (its IHDR width and height).
    const sizes = [];
    for (const icon of fields.icons) {
      const response = await context.request.get(new URL(icon.src, manifest.url).href);
      assert.equal(response.status(), 200, icon.src);
      assert.equal(response.headers()["content-type"], icon.type, icon.src);
      if (icon.type === "image/png") {
        const png = await response.body();
        assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
      }
      sizes.push(`${icon.type} ${icon.sizes}`);
    }
    assert.deepEqual(sizes.sort(), ["image/png 192x192", "image/png 512x512", "image/svg+xml any"]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // A test's browser context is off the record, which Chrome never installs from; any other
    // reason would be the app's.
    const reasons = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
    assert.deepEqual(reasons, []);
    await context.close();
  });
});

describe("a new release", () => {
  test("its service worker brings the notice, whose button reloads into it and its cache", async () => {
    const { context, page } = await firstVisit();
    const before = Object.keys(await cachesOf(page));
    serving = "next";
    await page.reload();
    // The open release stays (from its copy) until the user asks for the new one.
    assert.equal(await page.locator("html").getAttribute("data-release"), null);
    const notice = page.locator(NOTICE);
    await notice.waitFor();
    assert.match(await notice.textContent(), /新版本已就绪/);
    assert.match(await notice.textContent(), /A new version is ready/);
    assert.equal(await page.locator(`[role="status"] ${NOTICE}`).count(), 1, "the notice is in a status region");
    await page.screenshot({ path: `${OUTPUT}/update-ready.png` });
    await notice.getByRole("button", { name: /重新加载.*Reload/ }).click();
    await page.locator('html[data-release="next"]').waitFor({ state: "attached" });
    await page.locator('[data-testid="article-input"]').waitFor({ state: "attached" });
    assert.equal(await page.locator(NOTICE).count(), 0, "no notice in the new release");
    const names = Object.keys(await cachesOf(page));
    assert.equal(names.length, 1, `one cache: ${names}`);
    assert.notEqual(names[0], before[0]);
    assert.match(names[0], /-next$/);
    await context.close();
  });

  test("under trunk serve the service worker removes itself and its copy", async () => {
    const { context, page } = await firstVisit();
    serving = "serve";
    await page.reload();
    // The kept release reloads into what the server has now once the worker is replaced.
    await page.locator('html[data-release="serve"]').waitFor({ state: "attached" });
    await until("the service worker is unregistered", () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length === 0),
    );
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
    await page.locator('[data-testid="article-input"]').waitFor({ state: "attached" });
    await context.close();
  });
});

describe("the precache list", () => {
  test("is every file of the build but sw.js, with a version that follows their contents", () => {
    const dir = mkdtempSync(join(tmpdir(), "huitan-sw-"));
    try {
      const build = () => {
        for (const f of ["sw.js", "sw-register.js"]) cpSync(join(ROOT, "static", f), join(dir, f));
        execFileSync(process.execPath, [join(ROOT, "scripts", "sw-manifest.mjs"), dir]);
        return precacheOf(readFileSync(join(dir, "sw.js"), "utf8"));
      };
      writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
      // A worker nobody listed anywhere (as one added later would be), and a sub-folder.
      writeFileSync(join(dir, "archive.js"), "importScripts()");
      writeFileSync(join(dir, "archive_bg.wasm"), "one");
      mkdirSync(join(dir, "icons"));
      writeFileSync(join(dir, "icons", "icon 192.png"), "png");
      mkdirSync(join(dir, ".stage"));
      writeFileSync(join(dir, ".stage", "left-over.js"), "");
      const first = build();
      assert.deepEqual(first.files, ["archive.js", "archive_bg.wasm", "icons/icon%20192.png", "index.html", "sw-register.js"]);
      assert.match(readFileSync(join(dir, "sw-register.js"), "utf8"), /if \(!true\)/);
      assert.equal(build().version, first.version, "the same files give the same version");
      writeFileSync(join(dir, "archive_bg.wasm"), "two");
      assert.notEqual(build().version, first.version, "a changed file gives another version");
      // Filling in twice is refused in a sentence.
      assert.throws(
        () => execFileSync(process.execPath, [join(ROOT, "scripts", "sw-manifest.mjs"), dir], { stdio: "pipe" }),
        (e) => /has no ".*" to fill in \(was it filled in already\?\)/.test(e.stderr.toString()),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("under trunk serve there is none, and nothing registers", () => {
    // The hook ran on dist/ with Trunk's live-reload client in index.html (see `before`).
    const sw = readFileSync(join(serveDir, "sw.js"), "utf8");
    assert.match(sw, /^const PRECACHE = null;$/m);
    assert.match(readFileSync(join(serveDir, "sw-register.js"), "utf8"), /if \(!false\)/);
  });
});
