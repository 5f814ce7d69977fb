// A tiny static server for the e2e tests: serves dist/ under a sub-path, like a real deployment
// at https://example.org/tools/huitan/, on a free loopback port. No dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const BASE_PATH = "/tools/huitan/";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const here = fileURLToPath(new URL(".", import.meta.url));
export const DIST = resolve(here, "..", "..", "dist");

/**
 * Starts the server; resolves to { url, close, setOffline } where url ends with BASE_PATH.
 * `rewrite(path, body)`, when given, may return other bytes for a file (path relative to the
 * root), e.g. a new release's sw.js; `setOffline(true)` makes every request fail as with the
 * network gone (the connection is dropped unanswered) until `setOffline(false)`.
 */
export async function startServer({ root = DIST, basePath = BASE_PATH, rewrite } = {}) {
  let offline = false;
  const server = createServer(async (req, res) => {
    if (offline) return req.socket.destroy();
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (path === basePath.slice(0, -1)) {
        res.writeHead(301, { location: basePath });
        return res.end();
      }
      if (!path.startsWith(basePath)) {
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not under " + basePath);
      }
      let rel = path.slice(basePath.length) || "index.html";
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403);
        return res.end();
      }
      const info = await stat(file).catch(() => null);
      const target = info && info.isDirectory() ? join(file, "index.html") : file;
      let body = await readFile(target);
      if (rewrite) body = rewrite(relative(root, target).split(sep).join("/"), body);
      res.writeHead(200, {
        "content-type": MIME[extname(target)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}${basePath}`;
  return {
    url,
    close: () => new Promise((ok) => server.close(ok)),
    setOffline: (value) => {
      offline = value;
      if (value) server.closeAllConnections();
    },
  };
}

// `node tests/e2e/server.mjs` serves dist/ until stopped, for a look by hand.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`serving ${DIST} at ${url}`);
}
