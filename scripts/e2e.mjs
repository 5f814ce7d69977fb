// Serves dist/ under /tools/huitan/ on a free loopback port and runs the browser tests
// (node --test tests/e2e/) against it with HUITAN_URL set; exits with their status.
// `node scripts/e2e.mjs tests/e2e/map.test.mjs …` runs only the files named.
import { spawn } from "node:child_process";
import { startServer } from "../tests/e2e/server.mjs";

const server = await startServer();
console.log(`e2e: serving dist/ at ${server.url}`);
const files = process.argv.slice(2);
const child = spawn(process.execPath, ["--test", "--test-concurrency=1", ...(files.length ? files : ["tests/e2e/"])], {
  stdio: "inherit",
  env: { ...process.env, HUITAN_URL: server.url },
});
child.on("exit", async (code, signal) => {
  await server.close();
  process.exit(code ?? (signal ? 1 : 0));
});
