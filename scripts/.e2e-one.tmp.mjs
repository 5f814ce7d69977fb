import { spawn } from "node:child_process";
import { startServer } from "/work/wt-14/tests/e2e/server.mjs";
const server = await startServer();
const child = spawn(process.execPath, ["--test", "--test-concurrency=1", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, HUITAN_URL: server.url } });
child.on("exit", async (code) => { await server.close(); process.exit(code ?? 1); });
