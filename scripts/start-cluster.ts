// npm run start:cluster -- <count> — the production server as <count> `next start` processes on one PostgreSQL,
// behind a small reverse proxy on PORT (default 3000) that spreads requests over them (round robin, streaming
// bodies both ways, so server-sent events pass through) and restarts a process that dies. The processes listen
// on 127.0.0.1 at PORT+1…PORT+count. Every background job is safe on all of them: the sweeper claims holds with
// SKIP LOCKED, the reconciler runs under a lease, each process keeps its own LISTEN connection for live stock.
// The proxy appends the client's address to X-Forwarded-For, so the processes trust one more proxy hop than
// TRUST_PROXY_HEADERS says (set that to the number of proxies in front of this one; 0 when none).
// Needs DATABASE_URL (PGlite is one process) and a production build (`npm run build`).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const count = Number(process.argv[2] ?? process.env.CLUSTER_SIZE ?? 2);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOSTNAME ?? "0.0.0.0";
if (!Number.isInteger(count) || count < 1 || count > 64) fail(`the process count must be a whole number from 1 to 64 (got "${process.argv[2]}")`);
if (!process.env.DATABASE_URL) fail("DATABASE_URL must name a PostgreSQL server: the embedded database (PGlite) can only be opened by one process.");
if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) fail("no production build: run `npm run build` first.");

const trusted = Number(process.env.TRUST_PROXY_HEADERS ?? 0) + 1;
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const backends = Array.from({ length: count }, (_, i) => ({ port: port + 1 + i, child: null as ChildProcess | null, isUp: false }));
let stopping = false;

function startBackend(backend: (typeof backends)[number]) {
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(backend.port), "--hostname", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", TRUST_PROXY_HEADERS: String(trusted) },
  });
  backend.child = child;
  backend.isUp = true;
  child.on("exit", (code, signal) => {
    backend.isUp = false;
    if (stopping) return;
    console.error(`cluster: process on :${backend.port} exited (${code ?? signal}); restarting in 1 s`);
    setTimeout(() => startBackend(backend), 1000);
  });
}
backends.forEach(startBackend);

let next = 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
const server = http.createServer((request, response) => {
  const live = backends.filter((b) => b.isUp);
  const backend = live[next++ % Math.max(1, live.length)];
  if (!backend) {
    response.writeHead(503).end("No app process is running.");
    return;
  }
  const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: backend.port,
      method: request.method,
      path: request.url,
      agent,
      headers: {
        ...request.headers,
        "x-forwarded-for": forwardedFor,
        "x-forwarded-host": request.headers["x-forwarded-host"] ?? request.headers.host ?? "",
        "x-forwarded-proto": request.headers["x-forwarded-proto"] ?? "http",
      },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    },
  );
  upstream.on("error", () => {
    if (!response.headersSent) response.writeHead(502).end("The app process did not answer.");
    else response.destroy();
  });
  response.on("close", () => upstream.destroy());
  request.pipe(upstream);
});
server.listen(port, host, () => console.log(`cluster: ${count} app process(es) behind http://${host}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopping = true;
    server.close();
    for (const b of backends) b.child?.kill(signal);
    setTimeout(() => process.exit(0), 5000).unref();
    void Promise.all(backends.map((b) => new Promise((resolve) => (b.child?.exitCode !== null ? resolve(null) : b.child.once("exit", resolve))))).then(() => process.exit(0));
  });
}

function fail(message: string): never {
  console.error(`start:cluster: ${message}`);
  process.exit(2);
}
