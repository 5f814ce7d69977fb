// Trunk post_build hook: allow exactly the inline scripts Trunk generated (the wasm loader,
// and the autoreload client under `trunk serve`) by adding their sha256 hashes to the
// Content-Security-Policy meta of the staged index.html. Everything else stays 'self' only.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

// `trunk serve` fills the autoreload script's placeholders per request (the Host header and the
// websocket base), so hash the forms `make serve` produces: 127.0.0.1:8080 or localhost:8080
// (more in HUITAN_SERVE_HOSTS, space-separated), or no Host header.
function servedForms(script) {
  if (!script.includes("{{__TRUNK_ADDRESS__}}") && !script.includes("{{__TRUNK_WS_BASE__}}")) {
    return [script];
  }
  const hosts = ["127.0.0.1:8080", "localhost:8080"]
    .concat((process.env.HUITAN_SERVE_HOSTS ?? "").split(/\s+/).filter(Boolean))
    .map((h) => `'${h}'`)
    .concat(["window.location.host"]);
  return hosts.map((h) =>
    script
      .replaceAll("'{{__TRUNK_ADDRESS__}}'", h)
      .replaceAll("`{{__TRUNK_ADDRESS__}}`", h)
      .replaceAll("{{__TRUNK_WS_BASE__}}", "/"),
  );
}

const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  for (const form of servedForms(m[2])) {
    const digest = createHash("sha256").update(form, "utf8").digest("base64");
    hashes.push(`'sha256-${digest}'`);
  }
}

let replaced = false;
html = html.replace(/(script-src 'self' 'wasm-unsafe-eval')/, (s) => {
  replaced = true;
  return hashes.length ? `${s} ${hashes.join(" ")}` : s;
});
if (!replaced) {
  console.error("csp-hash: no \"script-src 'self' 'wasm-unsafe-eval'\" in the CSP meta of index.html");
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script hash(es) allowed`);
