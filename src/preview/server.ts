/**
 * Static http server for the browser preview (Node side; used by `npm run preview` and the browser
 * tests). Serves dist-preview/, and office.js with its companion files from the npm package
 * @microsoft/office-js under /office-js/ — never from a CDN. Listens on localhost only.
 */
import { createReadStream, promises as fs } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

/**
 * The preview sends nothing over the network: the page may only talk to this server. office.js,
 * outside Office, would otherwise load a telemetry frame from Microsoft after 3 s.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
].join("; ");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  /** Built preview folder (dist-preview). */
  root: string;
  /** Folder of office.js (node_modules/@microsoft/office-js/dist). */
  officeJs: string;
  /** 0 = any free port. */
  port?: number;
  /** Content-Security-Policy header (default: the preview's, localhost only). */
  contentSecurityPolicy?: string;
}

/** Resolves `urlPath` inside `base`, refusing anything that climbs out of it. */
function inside(base: string, urlPath: string): string | null {
  const file = path.resolve(base, "." + path.posix.normalize("/" + urlPath));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

export function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const root = path.resolve(options.root);
  const officeJs = path.resolve(options.officeJs);
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname = decodeURIComponent(url.pathname);
      if (pathname === "/") pathname = "/index.html";
      const file = pathname.startsWith("/office-js/")
        ? inside(officeJs, pathname.slice("/office-js".length))
        : inside(root, pathname);
      const stat = file ? await fs.stat(file).catch(() => null) : null;
      if (!file || !stat?.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "Content-Security-Policy": options.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://localhost:${port}/`,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
