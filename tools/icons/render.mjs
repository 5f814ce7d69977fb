// Renders the installed app's PNG icons (static/icons/icon-192.png, icon-512.png) from
// static/icons/icon.svg in headless Chromium, so that they stay the same drawing as the SVG.
// Run after changing the SVG: node tools/icons/render.mjs (needs npm ci for playwright-core).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const icons = fileURLToPath(new URL("../../static/icons/", import.meta.url));
const svg = readFileSync(`${icons}icon.svg`, "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `${icons}icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`icons: wrote static/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
