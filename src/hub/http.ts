/**
 * The Hub's HTTP, on Node's global fetch, as the official clients do it (huggingface_hub
 * utils/_http.py): redirects followed by hand so that the Hub's own headers of the first hop are
 * kept and the token is sent to the Hub's origin only (never to the CDN a file redirects to);
 * a timeout per request; 429 waits for `Retry-After` (or `RateLimit: …;t=N`); 408, 5xx and
 * network errors back off 1, 2, 4, 8 s, five tries at most. Once the Hub cannot be reached at all,
 * the session says so at once for every later request, so that an offline run costs one timeout,
 * not one per model.
 */

export interface HttpSettings {
  endpoint: string;
  token: string | null;
  timeoutMs: number;
  /** Tries per request, the first included. */
  maxTries?: number;
  /** First back-off; doubles each retry (1 s as the official client). Tests make it small. */
  backoffBaseMs?: number;
  /** The longest wait a Retry-After may ask for before the request is given up. */
  maxRetryAfterMs?: number;
  userAgent?: string;
}

export interface HubResponse {
  status: number;
  /** Headers of the first hop: the Hub's `X-Repo-Commit`, `X-Error-Code`, `X-Linked-Size`… */
  hubHeaders: Headers;
  /** Headers of the last hop (Content-Range of a CDN answer). */
  headers: Headers;
  url: string;
  body: Uint8Array;
  /** The body was longer than asked for and was cut (a server that ignored Range). */
  truncated: boolean;
}

/** A request that got no HTTP answer: the network, a timeout, or too many redirects. */
export class HubUnreachable extends Error {
  constructor(
    message: string,
    readonly reason: "network" | "timeout" | "redirects" | "rate-limited",
    /** The system error code of a network failure (ENOTFOUND, ECONNREFUSED…). */
    readonly code?: string,
  ) {
    super(message);
    this.name = "HubUnreachable";
  }
}

const MAX_REDIRECTS = 5;

/** Failures that say there is no such host or nothing listens: no network, or a wrong HF_ENDPOINT. */
const NO_SUCH_HOST = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH"]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Seconds to wait from `Retry-After` (seconds or an HTTP date) or the IETF `RateLimit` header's `t=`. */
export function retryAfterMs(headers: Headers, nowMs = Date.now()): number | null {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const rateLimit = headers.get("ratelimit");
  const t = rateLimit ? /(?:^|[;,\s])t=(\d+)/.exec(rateLimit) : null;
  return t ? Number(t[1]) * 1000 : null;
}

/** Read at most `maxBytes` of a body, then cancel the rest. */
async function readCapped(response: Response, maxBytes: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  if (!response.body) return { body: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - length;
    if (value.length > room) {
      chunks.push(value.subarray(0, room));
      length += room;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    length += value.length;
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, truncated };
}

export interface GetOptions {
  /** `Range: bytes=start-end`, inclusive. */
  range?: { start: number; end: number };
  /** Bytes of body kept; past it the body is cut and cancelled. */
  maxBodyBytes: number;
}

/** One HTTP session against one Hub endpoint. */
export class HubHttp {
  private readonly origin: string;
  private unreachable: HubUnreachable | null = null;

  constructor(readonly settings: HttpSettings) {
    this.origin = new URL(settings.endpoint).origin;
  }

  /** The token goes to the Hub's own origin only: never to a CDN or any host a redirect names. */
  private headersFor(url: URL, options: GetOptions): Record<string, string> {
    const headers: Record<string, string> = { "user-agent": this.settings.userAgent ?? "llm-physics" };
    if (options.range) headers.range = `bytes=${options.range.start}-${options.range.end}`;
    if (this.settings.token && url.origin === this.origin) headers.authorization = `Bearer ${this.settings.token}`;
    return headers;
  }

  /** One request and its redirects, no retries. */
  private async once(url: string, options: GetOptions): Promise<HubResponse> {
    let current = new URL(url);
    let first: Headers | null = null;
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      let response: Response;
      try {
        response = await fetch(current, { headers: this.headersFor(current, options), redirect: "manual", signal });
      } catch (error) {
        throw this.failure(error, current);
      }
      first ??= response.headers;
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        // A relative Location (the Hub's /api/resolve-cache/…, a renamed repo) stays on this origin.
        current = new URL(location, current);
        continue;
      }
      try {
        const { body, truncated } = await readCapped(response, options.maxBodyBytes);
        return { status: response.status, hubHeaders: first, headers: response.headers, url: current.href, body, truncated };
      } catch (error) {
        throw this.failure(error, current);
      }
    }
    throw new HubUnreachable(`more than ${MAX_REDIRECTS} redirects from ${new URL(url).pathname}`, "redirects");
  }

  private failure(error: unknown, url: URL): HubUnreachable {
    const name = (error as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      return new HubUnreachable(`${url.host} did not answer within ${this.settings.timeoutMs / 1000} s (HF_HUB_ETAG_TIMEOUT)`, "timeout");
    }
    const cause = (error as { cause?: { code?: string } })?.cause?.code;
    return new HubUnreachable(`${url.host} could not be reached${cause ? ` (${cause})` : ""}`, "network", cause);
  }

  /**
   * GET with the retries of the official client. Returns every HTTP answer that is not a
   * transient failure (so 401, 403, 404 come back to the caller); throws HubUnreachable when the
   * Hub gave no usable answer after the retries.
   */
  async get(url: string, options: GetOptions): Promise<HubResponse> {
    if (this.unreachable) throw this.unreachable;
    const maxTries = this.settings.maxTries ?? 5;
    const base = this.settings.backoffBaseMs ?? 1000;
    const maxWait = this.settings.maxRetryAfterMs ?? 60_000;
    let last: HubUnreachable | null = null;
    /** What the server asked to wait (429), instead of the back-off. */
    let asked: number | null = null;
    for (let attempt = 0; attempt < maxTries; attempt++) {
      if (attempt > 0) await sleep(asked ?? base * 2 ** (attempt - 1));
      asked = null;
      let response: HubResponse;
      try {
        response = await this.once(url, options);
      } catch (error) {
        if (!(error instanceof HubUnreachable)) throw error;
        last = error;
        if (error.reason === "redirects") throw error;
        // A name that does not resolve or a port nobody listens on will not answer in 15 s either: one retry.
        if (error.code && NO_SUCH_HOST.has(error.code) && attempt >= 1) break;
        continue;
      }
      if (response.status === 429) {
        const wait = retryAfterMs(response.hubHeaders) ?? base * 2 ** attempt;
        last = new HubUnreachable(`the Hub is rate-limiting requests (429)${this.settings.token ? "" : "; a token (HF_TOKEN) raises the limit"}`, "rate-limited");
        if (wait > maxWait) break;
        asked = wait;
        continue;
      }
      if (response.status === 408 || response.status >= 500) {
        last = new HubUnreachable(`the Hub answered ${response.status}`, "network");
        continue;
      }
      return response;
    }
    const failure = last ?? new HubUnreachable("the Hub gave no answer", "network");
    // A Hub that cannot be reached at all will not be reachable for the next model either.
    if (failure.reason === "network" || failure.reason === "timeout") this.unreachable = failure;
    throw failure;
  }
}
