// A tiny HTTP server standing in for the app: it serves the merchant test pages on their own origin
// (http://localhost:<port>, while the emulator listens on 127.0.0.1), so the card and Checkout iframes are
// really cross-origin, and it answers the success/return URLs Checkout redirects to.
import { readFile } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Rollup } from "vite";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const require = createRequire(import.meta.url);

export interface MerchantServer {
  /** e.g. http://localhost:41234 */
  url: string;
  close(): Promise<void>;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Bundles the React page with Vite (a dev dependency already), once per server. */
async function bundleReactPage(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    root: fileURLToPath(FIXTURES),
    define: { "process.env.NODE_ENV": JSON.stringify("development") },
    esbuild: { jsx: "automatic" },
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: fileURLToPath(new URL("react-page.tsx", FIXTURES)) },
    },
  })) as Rollup.RollupOutput;
  const chunk = output.output.find((file): file is Rollup.OutputChunk => file.type === "chunk" && file.isEntry);
  if (!chunk) throw new Error("Vite produced no entry chunk for react-page.tsx");
  return chunk.code;
}

export async function startMerchantServer(emulatorUrl: string): Promise<MerchantServer> {
  // The ES module build of @stripe/stripe-js is self-contained, so the plain page can import it unbundled.
  const stripeJsModule = new URL("dist/index.mjs", pathToFileURL(require.resolve("@stripe/stripe-js/package.json")));
  let reactBundle: Promise<string> | null = null;

  const page = async (name: string) =>
    (await readFile(new URL(name, FIXTURES), "utf8")).replaceAll("EMULATOR_URL", escapeHtml(emulatorUrl));
  const routes: Record<string, () => Promise<[type: string, body: string | Buffer]>> = {
    "/merchant": async () => ["text/html; charset=utf-8", await page("merchant-page.html")],
    "/merchant-page.js": async () => ["text/javascript", await readFile(new URL("merchant-page.js", FIXTURES))],
    "/vendor/stripe-js.mjs": async () => ["text/javascript", await readFile(stripeJsModule)],
    "/react": async () => ["text/html; charset=utf-8", await page("react-page.html")],
    "/react-page.js": async () => ["text/javascript", await (reactBundle ??= bundleReactPage())],
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes[url.pathname];
    if (route) {
      const [type, body] = await route();
      res.writeHead(200, { "Content-Type": type }).end(body);
      return;
    }
    // Success, cancel and return URLs: a page that names where the shopper landed.
    const landed = escapeHtml(url.pathname + url.search);
    res
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(`<!doctype html><title>Back at the shop</title><h1>Back at the shop</h1><p>${landed}</p>`);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
