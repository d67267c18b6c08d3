// A tiny, dependency-free static server for the built site (`dist/`), used by
// Playwright (as its webServer) and by tests that need a second origin to
// check cross-origin embeds. It mimics Framework's clean URLs:
//   /            → index.html         /stance-map → stance-map.html
//   /embed/grid  → embed/grid.html    /dir/       → dir/index.html
// Usage: tsx scripts/serve.ts [--root dist] [--port 4321] [--host 127.0.0.1]
import {createReadStream, readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import type {Stats} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer, STATUS_CODES} from "node:http";
import type {IncomingMessage, OutgoingHttpHeaders, ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";

export interface ServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Extra headers added to every response (e.g. a CSP under test). */
  headers?: Record<string, string>;
  /** Gzip text responses when the client accepts it, as a production host would (the benchmark uses this). */
  gzip?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm"
};

// Embeds import the site's modules and data from another origin, so these
// need CORS. Fonts too: @font-face loads are CORS requests.
const CORS_EXTENSIONS = new Set([".js", ".mjs", ".json", ".csv", ".woff", ".woff2"]);
const CORS_PREFIXES = ["/_file/", "/_import/", "/_node/", "/_npm/"];

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

type Resolution = {file: string; stats: Stats} | {redirect: string} | null;

/** Maps a decoded URL pathname to a file under root, Framework-style. */
async function resolveFile(root: string, pathname: string): Promise<Resolution> {
  const target = resolve(root, "." + pathname);
  if (target !== root && !target.startsWith(root + sep)) return null; // traversal
  const candidates = pathname.endsWith("/") ? [join(target, "index.html")] : [target, target + ".html"];
  for (const file of candidates) {
    const stats = await statOrNull(file);
    if (stats?.isFile()) return {file, stats};
  }
  // A directory without trailing slash: redirect so that the page's relative
  // asset URLs (../_observablehq/…) resolve as they do on a real host.
  if (!pathname.endsWith("/") && (await statOrNull(join(target, "index.html")))?.isFile()) {
    return {redirect: pathname + "/"};
  }
  return null;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: {path: string; size: number} | string = `${status} ${STATUS_CODES[status] ?? ""}\n`,
  gzip = false
): void {
  if (gzip && typeof body !== "string" && COMPRESSIBLE.test(String(headers["Content-Type"])) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    const compressed = gzipSync(readFileSync(body.path), {level: 9});
    res.writeHead(status, {...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding", "Content-Length": compressed.length});
    return void res.end(req.method === "HEAD" ? undefined : compressed);
  }
  headers["Content-Length"] = typeof body === "string" ? Buffer.byteLength(body) : body.size;
  res.writeHead(status, headers);
  if (req.method === "HEAD") return void res.end();
  if (typeof body === "string") return void res.end(body);
  const stream = createReadStream(body.path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

export function startServer({root, port, host = "127.0.0.1", headers = {}, gzip = false}: ServerOptions): Promise<RunningServer> {
  const absRoot = resolve(root);
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error("serve:", error);
      if (!res.headersSent) res.writeHead(500, {"Content-Type": "text/plain; charset=utf-8"});
      res.end("Internal server error\n");
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const base: OutgoingHttpHeaders = {"Cache-Control": "no-cache", ...headers};
    const plain = {...base, "Content-Type": "text/plain; charset=utf-8"};
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(req, res, 405, {...plain, Allow: "GET, HEAD"});
    }
    // Use the raw path (not WHATWG URL normalization) so that traversal
    // attempts such as /../ or %2e%2e%2f are seen, and rejected, here.
    const [rawPath = "/", query] = (req.url ?? "/").split(/\?(.*)/s);
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return send(req, res, 400, plain);
    }
    if (!pathname.startsWith("/") || pathname.includes("\0") || pathname.split(/[/\\]/).includes("..")) {
      return send(req, res, 403, plain);
    }
    const found = await resolveFile(absRoot, pathname);
    if (found && "redirect" in found) {
      return send(req, res, 301, {...plain, Location: found.redirect + (query ? `?${query}` : "")});
    }
    if (!found) {
      const notFound = join(absRoot, "404.html");
      const stats = await statOrNull(notFound);
      if (!stats?.isFile()) return send(req, res, 404, plain);
      return send(req, res, 404, {...base, "Content-Type": MIME[".html"]}, {path: notFound, size: stats.size}, gzip);
    }
    const ext = extname(found.file).toLowerCase();
    const out: OutgoingHttpHeaders = {...base, "Content-Type": MIME[ext] ?? "application/octet-stream"};
    if (CORS_EXTENSIONS.has(ext) || CORS_PREFIXES.some((p) => pathname.startsWith(p))) {
      out["Access-Control-Allow-Origin"] = "*";
    }
    send(req, res, 200, out, {path: found.file, size: found.stats.size}, gzip);
  }

  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const {port: actual} = server.address() as AddressInfo;
      const urlHost = host.includes(":") ? `[${host}]` : host;
      resolvePromise({
        url: `http://${urlHost}:${actual}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections(); // don't wait for keep-alive sockets
          })
      });
    });
  });
}

// CLI entry point (not when imported by tests).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      root: {type: "string", default: "dist"},
      port: {type: "string", default: "4321"},
      host: {type: "string", default: "127.0.0.1"},
      gzip: {type: "boolean", default: false}
    }
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: invalid --port ${values.port}`);
  const server = await startServer({root: values.root, port, host: values.host, gzip: values.gzip});
  console.log(`serve: ${resolve(values.root)} at ${server.url}/`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
}
