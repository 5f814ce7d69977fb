// Trunk post_build hook, run after csp-hash.mjs (so that index.html's final bytes are counted):
// writes into the staged sw.js the list of files the service worker keeps for offline use, which
// is every file of the build but sw.js itself (new workers are listed as soon as Trunk builds
// them), and the cache version, a hash of those files' names and contents (a release that
// changes any file gets a new cache, which replaces the old one), and turns sw-register.js on.
//
// Under `trunk serve` (its live-reload script is in index.html) it leaves both off: sw.js then
// removes any earlier copy and sw-register.js registers nothing, so rebuilds show at once.
//
// `node scripts/sw-manifest.mjs DIR` does the same to a built directory (the tests use it).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("sw-manifest: TRUNK_STAGING_DIR is not set (run me as a Trunk hook, or give a directory)");
  process.exit(1);
}
const WORKER = "sw.js";
const REGISTER = "sw-register.js";
const PRECACHE_MARK = "/* sw-manifest:precache */ null";
const ENABLED_MARK = "/* sw-manifest:enabled */ false";

/**
 * Replaces `mark` in dir/name by `value`; fails when the file or the mark is not there. With
 * `bare`, also drops the file's comment lines (sw-register.js counts toward the first load).
 */
function fill(name, mark, value, { bare = false } = {}) {
  const path = join(dir, name);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    console.error(`sw-manifest: there is no ${name} in ${dir} (index.html copies it from static/)`);
    process.exit(1);
  }
  if (!text.includes(mark)) {
    console.error(`sw-manifest: ${name} has no "${mark}" to fill in (was it filled in already?)`);
    process.exit(1);
  }
  text = text.replace(mark, value);
  writeFileSync(path, bare ? text.replace(/^\s*\/\/.*\n/gm, "") : text);
}

/** Every file under `root`, as URL paths relative to it, sorted; dot-files and folders left out. */
function files(root, prefix = "") {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? files(root, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const html = readFileSync(join(dir, "index.html"), "utf8");
if (html.includes("{{__TRUNK_ADDRESS__}}") || html.includes(".well-known/trunk/ws")) {
  // Checked all the same, so that a broken sw.js or sw-register.js fails here and not in use.
  fill(WORKER, PRECACHE_MARK, "null");
  fill(REGISTER, ENABLED_MARK, "false", { bare: true });
  console.log("sw-manifest: under trunk serve, no offline copy (the service worker removes itself)");
  process.exit(0);
}

fill(REGISTER, ENABLED_MARK, "true", { bare: true });
const list = files(dir).filter((f) => f !== WORKER);
const hash = createHash("sha256");
for (const f of list) {
  const digest = createHash("sha256").update(readFileSync(join(dir, f))).digest("hex");
  hash.update(`${f}\0${digest}\n`);
}
const version = hash.digest("hex").slice(0, 16);
const precache = { version, files: list.map((f) => f.split("/").map(encodeURIComponent).join("/")) };
fill(WORKER, PRECACHE_MARK, JSON.stringify(precache));
console.log(`sw-manifest: ${list.length} files kept for offline use, cache version ${version}`);
