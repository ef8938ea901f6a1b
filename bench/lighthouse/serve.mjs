// A static server for a built site under its base path, on 127.0.0.1, as a static host serves
// it (a folder means its index.html, 404.html otherwise). Used by lighthouse.mjs and shots.mjs.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
};

export function serve(root, basePath) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = null;
    if (path.startsWith(basePath)) {
      file = normalize(join(root, path.slice(basePath.length)));
      if (!file.startsWith(normalize(root))) file = null;
    }
    let status = 200;
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(status, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      status = 404;
      const body = await readFile(join(root, "404.html")).catch(() => Buffer.from("404"));
      res.writeHead(status, { "Content-Type": TYPES[".html"] });
      res.end(body);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
