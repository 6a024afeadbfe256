/** Production build of the playground (webpack's node API) into a folder, and a tiny static server for it. */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import webpack from "webpack";
import createConfig from "../../webpack.config";

export async function buildPlayground(outDir: string): Promise<void> {
  const config = createConfig({ playground: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  // the size report is the main build's job
  config.plugins = (config.plugins ?? []).filter((p) => p?.constructor?.name !== "BundleSizePlugin");
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) =>
      err || !result ? reject(err ?? new Error("no stats")) : resolve(result)
    );
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  if (!fs.existsSync(path.join(outDir, "playground.html")))
    throw new Error("the build made no playground.html");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".json": "application/json",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a random free port. */
export function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
