import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local pair of HTTP servers that play the Hugging Face Hub and its CDN, as
 * ../shared/design/hub-resolution.md §8 describes them, from in-memory repositories:
 * - hub `GET /{repo}/resolve/{rev}/{path}`: small files 200 with `X-Repo-Commit` (or, in
 *   `relativeRedirects` mode, a relative 307 to `/api/resolve-cache/…`); LFS files (weights) 302 to
 *   the CDN with the Hub's headers on the 302 only; 404 `EntryNotFound` / `RevisionNotFound`;
 *   gated repositories 401 (no token) / 403 (a token without access); a renamed repository 307s;
 * - hub `GET /api/models/{repo}/tree/{rev}` (paged with `Link: rel="next"`) and
 *   `GET /api/models/{repo}/revision/{rev}`;
 * - cdn `GET /blobs/…`: 206 with `Content-Range`, the header's bytes then virtual zeros; modes that
 *   ignore Range (200) or answer 416.
 * `failures` answer matching requests with an error a number of times first (429, 503, a delay).
 * Every request is recorded on both origins. Nothing listens beyond 127.0.0.1.
 */

export type FakeFile =
  | { json: unknown }
  /** A file whose first bytes are `head` (a safetensors or GGUF header) and the rest zeros up to sizeBytes. */
  | { head: Uint8Array; sizeBytes: number }
  /** Bytes of no interest, only a size (a .bin, a tokenizer). */
  | { sizeBytes: number };

export interface FakeRepo {
  id: string;
  /** Branch or tag → commit sha. */
  refs: Record<string, string>;
  /** Files per commit sha. */
  files: Record<string, Record<string, FakeFile>>;
  /** Gated: tokens in `approved` may read; any other token is refused with 403, none with 401. */
  gated?: { approved: string[] };
  /** The repository moved: requests for `id` redirect to this id. */
  renamedTo?: string;
}

export interface FakeFailure {
  /** Matched against the request path. */
  path: RegExp;
  origin?: "hub" | "cdn";
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before answering (past the client's timeout, say). */
  delayMs?: number;
  times: number;
}

export interface HubRequest {
  origin: "hub" | "cdn";
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeHub {
  url: string;
  cdnUrl: string;
  requests: HubRequest[];
  repos: Map<string, FakeRepo>;
  failures: FakeFailure[];
  options: { treePageSize: number; relativeRedirects: boolean; cdnMode: "range" | "ignore-range" | "416" };
  close(): Promise<void>;
}

/** The one token the fake refuses as invalid credentials. */
export const INVALID_TOKEN = "hf_invalid";

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function sizeOf(file: FakeFile): number {
  return "json" in file ? Buffer.byteLength(JSON.stringify(file.json)) : file.sizeBytes;
}

/** Bytes [start, end] of a file: its head, then zeros. Streamed, so a 16 GB virtual file costs nothing. */
function streamRange(res: ServerResponse, file: FakeFile, start: number, end: number): void {
  const head = "head" in file ? file.head : new Uint8Array(0);
  let position = start;
  const chunk = 64 * 1024;
  const write = () => {
    while (position <= end) {
      const stop = Math.min(end + 1, position + chunk);
      const part = Buffer.alloc(stop - position);
      if (position < head.length) part.set(head.subarray(position, Math.min(stop, head.length)), 0);
      position = stop;
      if (!res.write(part)) {
        res.once("drain", write);
        return;
      }
    }
    res.end();
  };
  res.on("close", () => {
    position = end + 1;
  });
  write();
}

export async function startFakeHub(repos: FakeRepo[]): Promise<FakeHub> {
  const state = {
    requests: [] as HubRequest[],
    repos: new Map(repos.map((r) => [r.id, r])),
    failures: [] as FakeFailure[],
    options: { treePageSize: 1000, relativeRedirects: false, cdnMode: "range" as "range" | "ignore-range" | "416" },
  };
  let hubUrl = "";
  let cdnUrl = "";

  /** A configured failure for this request, used up one time. */
  const failure = (origin: "hub" | "cdn", path: string): FakeFailure | undefined => {
    const found = state.failures.find((f) => f.times > 0 && (f.origin ?? "hub") === origin && f.path.test(path));
    if (found) found.times--;
    return found;
  };

  const answerFailure = async (res: ServerResponse, f: FakeFailure): Promise<boolean> => {
    if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
    if (f.status === undefined) return false;
    if (res.destroyed) return true;
    sendJson(res, f.status, { error: `fake ${f.status}` }, f.headers ?? {});
    return true;
  };

  /** The repository and commit a request names, or the error answer. */
  const access = (req: IncomingMessage, res: ServerResponse, id: string, revision: string, rest: string): { repo: FakeRepo; sha: string } | null => {
    const repo = state.repos.get(id);
    if (!repo) {
      // Anonymous or not, a missing repository is a 401 RepoNotFound (deliberately ambiguous).
      sendJson(res, 401, { error: "Repository Not Found" }, { "x-error-code": "RepoNotFound", "x-error-message": "Repository not found" });
      return null;
    }
    if (repo.renamedTo) {
      res.writeHead(307, { location: `/${rest.replace(id, repo.renamedTo)}` });
      res.end();
      return null;
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : null;
    if (token === INVALID_TOKEN) {
      sendJson(res, 401, { error: "Invalid credentials" }, { "x-error-message": "Invalid credentials in Authorization header" });
      return null;
    }
    if (repo.gated) {
      if (token === null) {
        sendJson(res, 401, { error: "Access to model is restricted" }, { "x-error-code": "GatedRepo", "x-error-message": "Access to model is restricted." });
        return null;
      }
      if (!repo.gated.approved.includes(token)) {
        sendJson(res, 403, { error: "not in the authorized list" }, { "x-error-code": "GatedRepo", "x-error-message": "Access to model is restricted and you are not in the authorized list." });
        return null;
      }
    }
    const sha = repo.refs[revision] ?? (repo.files[revision] ? revision : undefined);
    if (!sha) {
      sendJson(res, 404, { error: "Invalid rev id" }, { "x-error-code": "RevisionNotFound", "x-error-message": `Invalid rev id: ${revision}` });
      return null;
    }
    return { repo, sha };
  };

  const hub = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", hubUrl);
    const path = decodeURIComponent(url.pathname);
    state.requests.push({ origin: "hub", method: req.method ?? "GET", path: url.pathname + url.search, headers: req.headers });
    const injected = failure("hub", path);
    if (injected && (await answerFailure(res, injected))) return;

    const cache = /^\/api\/resolve-cache\/models\/([^/]+\/[^/]+)\/([0-9a-f]{40})\/(.+)$/.exec(path);
    if (cache) {
      const file = state.repos.get(cache[1]!)?.files[cache[2]!]?.[cache[3]!];
      if (!file || !("json" in file)) return sendJson(res, 404, { error: "not found" }, { "x-error-code": "EntryNotFound" });
      return sendJson(res, 200, file.json);
    }
    const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/([^/]+)$/.exec(path);
    if (tree) {
      const ok = access(req, res, tree[1]!, tree[2]!, path.slice(1));
      if (!ok) return;
      const entries = Object.entries(ok.repo.files[ok.sha]!).map(([p, f]) => {
        const size = sizeOf(f);
        return "json" in f ? { type: "file", path: p, size, oid: "0".repeat(40) } : { type: "file", path: p, size: 134, oid: "1".repeat(40), lfs: { oid: "2".repeat(64), size, pointerSize: 134 } };
      });
      // The listing is not recursive: a folder is one entry.
      const root = new Map<string, unknown>();
      for (const e of entries) {
        const slash = e.path.indexOf("/");
        if (slash < 0) root.set(e.path, e);
        else root.set(e.path.slice(0, slash), { type: "directory", path: e.path.slice(0, slash), size: 0, oid: "3".repeat(40) });
      }
      const all = [...root.values()];
      const cursor = Number(url.searchParams.get("cursor") ?? "0");
      const page = all.slice(cursor, cursor + state.options.treePageSize);
      const next: Record<string, string> = cursor + state.options.treePageSize < all.length ? { link: `<${hubUrl}${url.pathname}?cursor=${cursor + state.options.treePageSize}>; rel="next"` } : {};
      return sendJson(res, 200, page, next);
    }
    const revision = /^\/api\/models\/([^/]+\/[^/]+)\/revision\/([^/]+)$/.exec(path);
    if (revision) {
      const ok = access(req, res, revision[1]!, revision[2]!, path.slice(1));
      if (!ok) return;
      return sendJson(res, 200, { id: ok.repo.id, sha: ok.sha });
    }
    const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    if (resolve) {
      const ok = access(req, res, resolve[1]!, resolve[2]!, path.slice(1));
      if (!ok) return;
      const file = ok.repo.files[ok.sha]![resolve[3]!];
      const hubHeaders = { "x-repo-commit": ok.sha };
      if (!file) return sendJson(res, 404, { error: "Entry not found" }, { ...hubHeaders, "x-error-code": "EntryNotFound" });
      if ("json" in file) {
        if (state.options.relativeRedirects) {
          res.writeHead(307, { ...hubHeaders, location: `/api/resolve-cache/models/${ok.repo.id}/${ok.sha}/${resolve[3]}` });
          return res.end();
        }
        return sendJson(res, 200, file.json, hubHeaders);
      }
      res.writeHead(302, { ...hubHeaders, "x-linked-size": String(file.sizeBytes), location: `${cdnUrl}/blobs/${ok.repo.id}/${ok.sha}/${resolve[3]}?X-Amz-Signature=fake` });
      return res.end();
    }
    sendJson(res, 404, { error: "not found" });
  });

  const cdn = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", cdnUrl);
    const path = decodeURIComponent(url.pathname);
    state.requests.push({ origin: "cdn", method: req.method ?? "GET", path: url.pathname + url.search, headers: req.headers });
    const injected = failure("cdn", path);
    if (injected && (await answerFailure(res, injected))) return;
    const blob = /^\/blobs\/([^/]+\/[^/]+)\/([0-9a-f]{40})\/(.+)$/.exec(path);
    const file = blob ? state.repos.get(blob[1]!)?.files[blob[2]!]?.[blob[3]!] : undefined;
    if (!file || "json" in file) return sendJson(res, 404, { error: "no such blob" });
    const size = file.sizeBytes;
    const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
    if (state.options.cdnMode === "416" || (range && Number(range[1]) >= size)) {
      res.writeHead(416, { "content-range": `bytes */${size}` });
      return res.end();
    }
    if (!range || state.options.cdnMode === "ignore-range") {
      res.writeHead(200, { "content-length": String(size) });
      return streamRange(res, file, 0, size - 1);
    }
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), size - 1);
    res.writeHead(206, { "content-range": `bytes ${start}-${end}/${size}`, "content-length": String(end - start + 1) });
    streamRange(res, file, start, end);
  });

  hubUrl = await listen(hub);
  cdnUrl = await listen(cdn);
  return {
    url: hubUrl,
    cdnUrl,
    get requests() {
      return state.requests;
    },
    repos: state.repos,
    failures: state.failures,
    options: state.options,
    close: () =>
      Promise.all(
        [hub, cdn].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
