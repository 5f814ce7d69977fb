// What the browser tests share: Debian's headless Chromium with the flags these machines need,
// the app at HUITAN_URL (or dist/ served under a sub-path by ./server.mjs), and page helpers.
import { after, before } from "node:test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";

export const here = fileURLToPath(new URL(".", import.meta.url));
/** Where the tests write screenshots and measurements. */
export const OUTPUT = `${here}output`;

/**
 * How long a test waits for something to appear before it gives up. These are fail-safes for a
 * machine that is busy with other work, not measurements: no test asserts how long anything took
 * (timings go to `recordTimings`). WAIT_LONG is for the analysis of megabytes.
 */
export const WAIT = 120_000;
export const WAIT_LONG = 600_000;

/** The file where the tests report what they measured (never asserted). */
export const TIMINGS = `${OUTPUT}/timings.json`;

/** Adds `figures` under `name` to tests/e2e/output/timings.json, and prints them. */
export function recordTimings(name, figures) {
  mkdirSync(OUTPUT, { recursive: true });
  let all = {};
  try {
    all = JSON.parse(readFileSync(TIMINGS, "utf8"));
  } catch {
    // No report yet, or a damaged one: start again.
  }
  all[name] = { ...figures, measured_at: new Date().toISOString() };
  writeFileSync(TIMINGS, JSON.stringify(all, null, 2));
  console.log(`timing ${name}: ${JSON.stringify(figures)}`);
}

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/**
 * Starts the browser (and a server when HUITAN_URL is not set). Resolves to
 * { browser, url, origin, close }.
 */
export async function launch() {
  mkdirSync(OUTPUT, { recursive: true });
  let server = null;
  let url = process.env.HUITAN_URL;
  if (!url) {
    server = await startServer();
    url = server.url;
  }
  // Playwright gives each launch a fresh, empty temporary user-data-dir.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    url,
    origin: new URL(url).origin,
    close: async () => {
      await browser.close();
      await server?.close();
    },
  };
}

/**
 * For a test file: launches the app before its tests and closes it after. The returned object
 * gets `browser`, `url`, `origin` and `close` once launched; `log` gathers every request and
 * console error of the file's pages (see `openApp`).
 */
export function useApp() {
  const app = { log: { requests: [], consoleErrors: [] } };
  before(async () => {
    Object.assign(app, await launch());
  });
  after(async () => {
    await app.close?.();
  });
  return app;
}

/** The requests in `log` that went outside `origin` (data: and blob: URLs are the page's own). */
export function foreignRequests(log, origin) {
  return log.requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);
}

/**
 * A new page in a new context (empty storage) at `url` (the app, or a link into it), mounted.
 * Requests and console errors go to `log.requests` and `log.consoleErrors`; with
 * `hostileContent`, the CSP's reports of blocking a fed file's scripts are expected.
 */
export async function openApp(browser, url, log, { viewport, hostileContent = false, context } = {}) {
  context ??= await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, locale: "zh-CN" });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    if (hostileContent && /Content Security Policy.*(blocked|refused)/is.test(m.text())) return;
    log.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => log.consoleErrors.push(String(e)));
  await page.goto(url);
  await page.locator('[data-testid="article-input"]').waitFor({ state: "attached", timeout: WAIT });
  return { context, page };
}

/**
 * Waits until the text has been analysed and its results drawn (they are drawn in steps), or
 * refused, or emptied (after the debounce).
 */
export async function analysed(page, timeout = WAIT) {
  await page
    .locator('.app[data-status="ready"][data-drawn="true"], .app[data-status="error"], .app[data-status="empty"]')
    .waitFor({ timeout });
}

/** Pastes like a user: a paste event, then the text arrives in the textarea. */
export async function paste(page, text) {
  const input = page.locator('[data-testid="article-input"]');
  await input.focus();
  await input.dispatchEvent("paste");
  await page.keyboard.insertText(text);
  await analysed(page);
}

/**
 * Pastes a big text at once, as the clipboard would (typing it key by key would take hours):
 * a paste event, the value, then an input event. Does not wait for the analysis.
 */
export async function pasteBig(page, text) {
  await page.evaluate((value) => {
    const area = document.querySelector('[data-testid="article-input"]');
    area.focus();
    area.dispatchEvent(new Event("paste", { bubbles: true }));
    area.value = value;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  // Let the app render the new state before anyone reads it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

export const cards = (page) => page.locator('[data-testid="meeting-card"]');
