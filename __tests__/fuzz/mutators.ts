import { isPair, isScalar, parseAllDocuments, visit, type Node } from "yaml";
import { encode, ENCODINGS, type EncodingName } from "./encodings.js";
import { BILLION_LAUGHS, FILE_NAMES, INJECTIONS, KEY_SUBSTITUTES, LONG_VALUE, nested, PAIR_INSERTIONS, SUBSTITUTES, type Named } from "./payloads.js";
import { iterationSeed, Random } from "./random.js";
import { folderOf, type SourceFile, type Sources } from "./sources.js";

/**
 * Mutators: each iteration of the fuzzer makes one mutant directory from the sources. The family
 * is the iteration number modulo the number of families, and the operation within the family
 * goes round the family's list, so that a short run covers every family and a longer one every
 * operation; what is mutated where is drawn from the iteration's own seeded stream.
 */

export type FileRole = "primary" | "sibling" | "config";

export type MutantEntry =
  | { kind: "file"; path: string; data: Buffer; role: FileRole }
  | { kind: "symlink"; path: string; target: string; role: FileRole }
  | { kind: "fifo"; path: string; role: FileRole }
  | { kind: "dir"; path: string; role: FileRole }
  | { kind: "unreadable"; path: string; data: Buffer; role: FileRole };

export interface Mutant {
  family: Family;
  op: string;
  /** The repository file it was made from. */
  source: string;
  description: string;
  entries: MutantEntry[];
  /** Encoding family: the primary file as UTF-8, checked first in the same place (invariant 9). */
  utf8?: { path: string; data: Buffer; encoding: EncodingName };
  /** Costly to check (deep nesting, tens of thousands of documents): not replayed. */
  heavy: boolean;
}

export const FAMILIES = [
  "text",
  "inject-scalar",
  "inject-key",
  "yaml-scalar",
  "yaml-node",
  "yaml-key",
  "heavy",
  "encoding",
  "splice",
  "filename",
  "fs-shape",
  "config",
  "stack",
] as const;
export type Family = (typeof FAMILIES)[number];

const TEXT_OPS = ["delete-line", "duplicate-line", "swap-lines", "insert-bytes", "insert-raw-payload", "truncate", "several"] as const;
// The cheap ones early, so that a short run (the test) is not all 66,000-document files.
const HEAVY_OPS = ["nest-100000", "billion-laughs", "duplicate-keys-5000", "nest-1000-key", "value-200000", "repeat-document-500", "documents-66000", "documents-66000-bare"] as const;
const FS_OPS = [
  "fifo-yaml",
  "symlink-dev-zero",
  "symlink-loop",
  "symlink-dir-loop",
  "dir-named-yaml",
  "dangling-symlink",
  "symlink-outside",
  "config-symlink-dev-zero",
  "config-fifo",
  "unreadable",
  "empty-file",
] as const;
const CONFIG_OPS = ["config-text", "config-value", "config-fixture", "config-encoded", "config-deep", "config-huge"] as const;

export const OPS: Record<Family, readonly string[]> = {
  text: TEXT_OPS,
  "inject-scalar": INJECTIONS.map((p) => p.name),
  "inject-key": INJECTIONS.filter((p) => p.name !== "long-200k").map((p) => p.name),
  "yaml-scalar": ["any"],
  "yaml-node": ["any"],
  "yaml-key": [...KEY_SUBSTITUTES.map((k) => `key:${k.name}`), ...PAIR_INSERTIONS.map((p) => `pair:${p.name}`)],
  heavy: HEAVY_OPS,
  encoding: ENCODINGS,
  splice: ["bytes", "lines"],
  filename: FILE_NAMES.map((f) => f.name),
  "fs-shape": FS_OPS,
  config: CONFIG_OPS,
  stack: ["two", "three"],
};

// ---------------------------------------------------------------------------------------------
// YAML sites: where in a source's text its nodes are

interface Site {
  start: number;
  end: number;
  isKey: boolean;
  collection: boolean;
  /** The nearest key above the node (its own text for a key). */
  context: string;
  line: number;
}

const siteCache = new WeakMap<SourceFile, Site[]>();

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function sitesOf(source: SourceFile): Site[] {
  const cached = siteCache.get(source);
  if (cached) return cached;
  const text = source.text;
  const sites: Site[] = [];
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false });
  } catch {
    docs = [];
  }
  for (const doc of Array.isArray(docs) ? docs : []) {
    visit(doc, {
      Node(key, node, path) {
        const range = (node as Node).range;
        if (!range) return;
        let end = range[1];
        while (end > range[0] && /\s/.test(text[end - 1] ?? "")) end--;
        const pair = [...path].reverse().find(isPair);
        const context = pair && isScalar(pair.key) ? String(pair.key.value) : "";
        sites.push({ start: range[0], end, isKey: key === "key", collection: !isScalar(node), context, line: lineAt(text, range[0]) });
      },
    });
  }
  siteCache.set(source, sites);
  return sites;
}

/** Keys whose values reports are likely to quote: injecting there reaches the output. */
const ECHOED = /model|gpu|name|image|uri|url|args|command|accelerator|product|runtime|profile|run|source|id|value|selector|annotations|resources/i;

function pickSite(random: Random, source: SourceFile, filter: (s: Site) => boolean, preferEchoed: boolean): Site | null {
  const sites = sitesOf(source).filter(filter);
  if (sites.length === 0) return null;
  if (preferEchoed && random.chance(0.7)) {
    const echoed = sites.filter((s) => ECHOED.test(s.context));
    if (echoed.length > 0) return random.pick(echoed);
  }
  return random.pick(sites);
}

function replaceRange(text: string, site: Site, replacement: string): string {
  return text.slice(0, site.start) + replacement + text.slice(site.end);
}

/** A YAML double-quoted string holding exactly `value`, its odd characters escaped (the file stays valid YAML). */
export function yamlQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return out + '"';
}

function unquote(text: string): string {
  const t = text.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function short(text: string, max = 60): string {
  const s = JSON.stringify(text);
  return s.length > max ? `${s.slice(0, max)}…(${text.length} chars)` : s;
}

// ---------------------------------------------------------------------------------------------
// Byte-level text mutations

const BYTE_PALETTE: readonly { name: string; bytes: number[] }[] = [
  { name: "NUL", bytes: [0x00] },
  { name: "lone CR", bytes: [0x0d] },
  { name: "tab", bytes: [0x09] },
  { name: "BOM", bytes: [0xef, 0xbb, 0xbf] },
  { name: "ESC[31m", bytes: [0x1b, 0x5b, 0x33, 0x31, 0x6d] },
  { name: "DEL", bytes: [0x7f] },
  { name: "BEL", bytes: [0x07] },
  { name: "form feed", bytes: [0x0c] },
  { name: "vertical tab", bytes: [0x0b] },
  { name: "NEL (U+0085)", bytes: [0xc2, 0x85] },
  { name: "CSI (U+009B)", bytes: [0xc2, 0x9b] },
  { name: "U+2028", bytes: [0xe2, 0x80, 0xa8] },
  { name: "U+202E", bytes: [0xe2, 0x80, 0xae] },
  { name: "invalid 0xFF", bytes: [0xff] },
  { name: "lone lead byte 0xC3", bytes: [0xc3] },
  { name: "overlong slash", bytes: [0xc0, 0xaf] },
  { name: "lone surrogate", bytes: [0xed, 0xa0, 0x80] },
  { name: "CR LF", bytes: [0x0d, 0x0a] },
];

function splitLines(data: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = data.indexOf(0x0a); i >= 0; i = data.indexOf(0x0a, start)) {
    lines.push(data.subarray(start, i));
    start = i + 1;
  }
  lines.push(data.subarray(start));
  return lines;
}

function joinLines(lines: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((l, i) => {
    if (i > 0) parts.push(Buffer.from([0x0a]));
    parts.push(l);
  });
  return Buffer.concat(parts);
}

function textMutation(random: Random, data: Buffer, op: string): { data: Buffer; what: string } {
  const lines = splitLines(data);
  switch (op) {
    case "delete-line": {
      const i = random.int(lines.length);
      lines.splice(i, 1);
      return { data: joinLines(lines), what: `deleted line ${i + 1}` };
    }
    case "duplicate-line": {
      const i = random.int(lines.length);
      lines.splice(i, 0, lines[i]!);
      return { data: joinLines(lines), what: `duplicated line ${i + 1}` };
    }
    case "swap-lines": {
      const i = random.int(lines.length);
      const j = random.chance(0.5) ? Math.min(lines.length - 1, i + 1) : random.int(lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return { data: joinLines(lines), what: `swapped lines ${i + 1} and ${j + 1}` };
    }
    case "insert-bytes": {
      const at = random.int(data.length + 1);
      const choice = random.chance(0.15) ? { name: "random bytes", bytes: Array.from({ length: random.between(1, 8) }, () => random.int(256)) } : random.pick(BYTE_PALETTE);
      return {
        data: Buffer.concat([data.subarray(0, at), Buffer.from(choice.bytes), data.subarray(at)]),
        what: `inserted ${choice.name} (${Buffer.from(choice.bytes).toString("hex")}) at byte ${at}`,
      };
    }
    case "insert-raw-payload": {
      const at = random.int(data.length + 1);
      const payload = random.pick(INJECTIONS.filter((p) => p.name !== "long-200k"));
      return { data: Buffer.concat([data.subarray(0, at), Buffer.from(payload.text), data.subarray(at)]), what: `inserted raw ${payload.name} at byte ${at}` };
    }
    case "truncate": {
      const at = random.int(Math.max(1, data.length));
      return { data: data.subarray(0, at), what: `truncated at byte ${at} of ${data.length}` };
    }
    default: {
      let current = data;
      const whats: string[] = [];
      const n = random.between(2, 4);
      for (let k = 0; k < n; k++) {
        const next = textMutation(random, current, random.pick(TEXT_OPS.filter((o) => o !== "several")));
        current = next.data;
        whats.push(next.what);
      }
      return { data: current, what: whats.join("; ") };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Building mutants

interface Context {
  random: Random;
  sources: Sources;
}

function configEntries(sources: Sources, except: ReadonlySet<string> = new Set()): MutantEntry[] {
  return sources.configs.filter((c) => !except.has(c.path)).map((c): MutantEntry => ({ kind: "file", path: c.path, data: c.data, role: "config" }));
}

function siblings(ctx: Context, source: SourceFile, always = false): MutantEntry[] {
  if (!always && !ctx.random.chance(0.5)) return [];
  const folder = folderOf(source.path);
  return ctx.sources.manifests
    .filter((m) => m !== source && folderOf(m.path) === folder)
    .map((m): MutantEntry => ({ kind: "file", path: m.path, data: m.data, role: "sibling" }));
}

function mutant(family: Family, op: string, source: SourceFile, description: string, primary: MutantEntry[], ctx: Context, extra: Partial<Mutant> = {}): Mutant {
  return {
    family,
    op,
    source: source.origin,
    description,
    entries: [...primary, ...siblings(ctx, source), ...configEntries(ctx.sources)],
    heavy: false,
    ...extra,
  };
}

function primaryFile(source: SourceFile, data: Buffer | string, path = source.path): MutantEntry {
  return { kind: "file", path, data: typeof data === "string" ? Buffer.from(data, "utf8") : data, role: "primary" };
}

/** Sources that parse as YAML and have nodes to work on. */
function yamlSource(ctx: Context, filter: (s: Site) => boolean = () => true): SourceFile {
  const candidates = ctx.sources.manifests.filter((m) => sitesOf(m).some(filter));
  return ctx.random.pick(candidates.length > 0 ? candidates : ctx.sources.manifests);
}

function injectScalar(ctx: Context, payload: Named): { source: SourceFile; text: string; what: string } {
  const isValue = (s: Site) => !s.isKey && !s.collection;
  const source = yamlSource(ctx, isValue);
  const site = pickSite(ctx.random, source, isValue, true);
  if (!site) return { source, text: source.text + `\nx: ${yamlQuote(payload.text)}\n`, what: `appended a pair holding ${payload.name}` };
  const old = unquote(source.text.slice(site.start, site.end));
  const splice = ctx.random.chance(0.5) && old.length > 0 && !old.includes("\n");
  const at = ctx.random.chance(0.5) ? old.length : ctx.random.int(old.length + 1);
  const value = splice ? old.slice(0, at) + payload.text + old.slice(at) : payload.text;
  return {
    source,
    text: replaceRange(source.text, site, yamlQuote(value)),
    what: `${splice ? `spliced ${payload.name} into` : `replaced by ${payload.name}`} the value ${short(old)} (line ${site.line}, under ${short(site.context, 40)})`,
  };
}

function substitute(ctx: Context, collections: boolean): { source: SourceFile; text: string; what: string } {
  const filter = collections ? (s: Site) => !s.isKey && (s.collection || ctx.random.chance(0.2)) : (s: Site) => !s.isKey && !s.collection;
  const source = yamlSource(ctx, (s) => !s.isKey);
  const site = pickSite(ctx.random, source, filter, !collections) ?? pickSite(ctx.random, source, (s) => !s.isKey, false);
  const sub = ctx.random.pick(SUBSTITUTES);
  if (!site) return { source, text: `${source.text}\nx: ${sub.text}\n`, what: `appended x: ${sub.name}` };
  const old = source.text.slice(site.start, site.end);
  return { source, text: replaceRange(source.text, site, sub.text), what: `replaced ${collections && site.collection ? "the node" : "the scalar"} ${short(old)} (line ${site.line}, under ${short(site.context, 40)}) by ${sub.name}` };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function yamlKey(ctx: Context, op: string): { source: SourceFile; text: string; what: string } {
  const isKey = (s: Site) => s.isKey;
  const source = yamlSource(ctx, isKey);
  const site = pickSite(ctx.random, source, isKey, false);
  const [kind, name] = op.split(":") as [string, string];
  if (!site) return { source, text: source.text, what: "no key to change" };
  const old = source.text.slice(site.start, site.end);
  if (kind === "key") {
    const sub = KEY_SUBSTITUTES.find((k) => k.name === name)!;
    return { source, text: replaceRange(source.text, site, sub.text), what: `replaced the key ${short(old)} (line ${site.line}) by ${sub.text}` };
  }
  const insertion = PAIR_INSERTIONS.find((p) => p.name === name)!;
  const indent = " ".repeat(columnOf(source.text, site.start));
  const text = source.text.slice(0, site.start) + insertion.text.replaceAll("${i}", indent) + "\n" + indent + source.text.slice(site.start);
  return { source, text, what: `inserted ${short(insertion.text)} before the key ${short(old)} (line ${site.line})` };
}

function heavy(ctx: Context, op: string): { source: SourceFile; text: string; what: string } {
  const random = ctx.random;
  const isValue = (s: Site) => !s.isKey && !s.collection;
  switch (op) {
    case "nest-100000":
    case "value-200000":
    case "billion-laughs": {
      const source = yamlSource(ctx, isValue);
      const site = pickSite(random, source, isValue, op === "value-200000");
      const replacement = op === "nest-100000" ? nested(100_000) : op === "value-200000" ? yamlQuote(LONG_VALUE) : BILLION_LAUGHS;
      if (!site) return { source, text: `${source.text}\nx: ${replacement}\n`, what: `appended ${op}` };
      return { source, text: replaceRange(source.text, site, replacement), what: `replaced ${short(source.text.slice(site.start, site.end))} (line ${site.line}) by ${op}` };
    }
    case "nest-1000-key": {
      const source = yamlSource(ctx, (s) => s.isKey);
      const site = pickSite(random, source, (s) => s.isKey, false);
      if (!site) return { source, text: source.text, what: "no key" };
      return { source, text: replaceRange(source.text, site, `? ${nested(1000)}\n${" ".repeat(columnOf(source.text, site.start))}`), what: `replaced the key on line ${site.line} by a 1,000-deep explicit key` };
    }
    case "documents-66000": {
      const source = random.pick(ctx.sources.manifests);
      return { source, text: source.text.replace(/\n?$/, "\n") + "---\na: 1\n".repeat(66_000), what: "appended 66,000 documents `---\\na: 1`" };
    }
    case "documents-66000-bare": {
      const source = random.pick(ctx.sources.manifests);
      return { source, text: "---\na: 1\n".repeat(66_000), what: "replaced the file by 66,000 documents `---\\na: 1` (no marker)" };
    }
    case "duplicate-keys-5000": {
      const source = random.pick(ctx.sources.manifests);
      return { source, text: source.text.replace(/\n?$/, "\n") + "---\napiVersion: llm-physics/v1\nkind: InferenceDeployment\n" + "dup: 1\n".repeat(5000), what: "appended a document with the key `dup` 5,000 times" };
    }
    default: {
      const native = ctx.sources.manifests.filter((m) => m.text.includes("llm-physics/v1") && m.text.includes("kind: InferenceDeployment"));
      const source = random.pick(native.length > 0 ? native : ctx.sources.manifests);
      const body = source.text.replace(/^---\n/, "").replace(/\n?$/, "\n");
      return { source, text: Array(500).fill(body).join("---\n"), what: "the file repeated as 500 documents" };
    }
  }
}

function splice(ctx: Context, op: string): { source: SourceFile; data: Buffer; what: string } {
  const random = ctx.random;
  const a = random.pick(ctx.sources.manifests);
  let b = random.pick(ctx.sources.manifests);
  if (b === a) b = random.pick(ctx.sources.manifests);
  const cut = (data: Buffer) => {
    const at = Math.floor(data.length * (0.2 + 0.6 * random.float()));
    if (op === "bytes") return at;
    const nl = data.indexOf(0x0a, at);
    return nl < 0 ? data.length : nl + 1;
  };
  const ca = cut(a.data);
  const cb = cut(b.data);
  return { source: a, data: Buffer.concat([a.data.subarray(0, ca), b.data.subarray(cb)]), what: `the first ${ca} bytes of ${a.origin} and ${b.origin} from byte ${cb}` };
}

function fsShape(ctx: Context, op: string): Mutant {
  const random = ctx.random;
  const finetune = ctx.sources.manifests.find((m) => m.origin === "examples/custom-finetune.yaml");
  const configPath = "examples/models/acme-chat-8b/config.json";
  if ((op === "config-symlink-dev-zero" || op === "config-fifo") && finetune) {
    const entry: MutantEntry = op === "config-fifo" ? { kind: "fifo", path: configPath, role: "config" } : { kind: "symlink", path: configPath, target: "/dev/zero", role: "config" };
    return {
      family: "fs-shape",
      op,
      source: finetune.origin,
      description: `${configPath} ${op === "config-fifo" ? "is a FIFO" : "is a symlink to /dev/zero"}, named as the model of ${finetune.origin}`,
      entries: [primaryFile(finetune, finetune.data), entry, ...configEntries(ctx.sources, new Set([configPath]))],
      heavy: false,
    };
  }
  const source = random.pick(ctx.sources.manifests);
  const folder = folderOf(source.path);
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  const base: MutantEntry[] = [primaryFile(source, source.data)];
  const shape = (entries: MutantEntry[], what: string): Mutant => ({
    family: "fs-shape",
    op,
    source: source.origin,
    description: `${what}, next to ${source.path}`,
    entries: [...base, ...entries, ...configEntries(ctx.sources)],
    heavy: false,
  });
  switch (op) {
    case "fifo-yaml":
      return shape([{ kind: "fifo", path: at("fifo.yaml"), role: "sibling" }], "a FIFO named fifo.yaml");
    case "symlink-dev-zero":
      return shape([{ kind: "symlink", path: at("zero.yaml"), target: "/dev/zero", role: "sibling" }], "zero.yaml, a symlink to /dev/zero");
    case "symlink-loop":
      return shape(
        [
          { kind: "symlink", path: at("loop-a.yaml"), target: "loop-b.yaml", role: "sibling" },
          { kind: "symlink", path: at("loop-b.yaml"), target: "loop-a.yaml", role: "sibling" },
        ],
        "loop-a.yaml and loop-b.yaml, symlinks to each other",
      );
    case "symlink-dir-loop":
      return shape([{ kind: "symlink", path: at("loop"), target: ".", role: "sibling" }], "loop, a symlink to its own folder");
    case "dir-named-yaml":
      return shape([{ kind: "dir", path: at("folder.yaml"), role: "sibling" }, { kind: "file", path: at("folder.yaml/inner.yml"), data: source.data, role: "sibling" }], "a folder named folder.yaml holding a copy");
    case "dangling-symlink":
      return shape([{ kind: "symlink", path: at("gone.yaml"), target: "missing.yaml", role: "sibling" }], "gone.yaml, a symlink to nothing");
    case "symlink-outside":
      return shape([{ kind: "symlink", path: at("outside.yaml"), target: "/etc/hostname", role: "sibling" }], "outside.yaml, a symlink to /etc/hostname");
    case "unreadable":
      return shape([{ kind: "unreadable", path: at("unreadable.yaml"), data: source.data, role: "sibling" }], "unreadable.yaml, a copy with mode 000");
    default:
      return shape([{ kind: "file", path: at("empty.yaml"), data: Buffer.alloc(0), role: "sibling" }], "empty.yaml, zero bytes");
  }
}

function jsonValue(random: Random): unknown {
  return random.pick<unknown>([null, -1, 0, 1e308, -0, "x", "", [], {}, true, "1" + "0".repeat(400), JSON.parse(nested(1000)), "A".repeat(200_000), { model_type: "llama" }]);
}

function configMutant(ctx: Context, op: string): Mutant {
  const random = ctx.random;
  const natives = ctx.sources.manifests.filter((m) => /^\s*model:\s*\S/m.test(m.text) && m.text.includes("llm-physics/v1"));
  const source = random.pick(natives.length > 0 ? natives : ctx.sources.manifests);
  const folder = folderOf(source.path);
  const acme = ctx.sources.configs.find((c) => c.origin === "examples/models/acme-chat-8b/config.json") ?? ctx.sources.configs[0]!;
  const configRel = "fuzz-model/config.json";
  const configPath = folder ? `${folder}/${configRel}` : configRel;
  let config: Buffer;
  let what: string;
  let modelRef = `./${configRel}`;
  switch (op) {
    case "config-text": {
      const m = textMutation(random, acme.data, random.pick(TEXT_OPS));
      config = m.data;
      what = `${acme.origin} with ${m.what}`;
      break;
    }
    case "config-value": {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(acme.text) as Record<string, unknown>;
      } catch {
        parsed = {};
      }
      const keys = Object.keys(parsed);
      const key = keys.length > 0 ? random.pick(keys) : "model_type";
      const value = jsonValue(random);
      parsed[key] = value;
      config = Buffer.from(JSON.stringify(parsed, null, 2));
      what = `${acme.origin} with ${key} = ${short(JSON.stringify(value) ?? "undefined")}`;
      break;
    }
    case "config-fixture": {
      const fixture = random.pick(ctx.sources.configs);
      config = fixture.data;
      modelRef = random.chance(0.5) ? `./${configRel}` : `${"../".repeat(folder ? folder.split("/").length : 0)}${fixture.path}`;
      what = `${fixture.origin}, named as ${modelRef}`;
      break;
    }
    case "config-encoded": {
      const encoding = random.pick(ENCODINGS);
      config = encode(acme.text, encoding);
      what = `${acme.origin} in ${encoding}`;
      break;
    }
    case "config-deep":
      config = Buffer.from(`{"model_type": "llama", "x": ${nested(100_000)}}`);
      what = "a config.json nested 100,000 levels deep";
      break;
    default:
      config = Buffer.from(`{"model_type": "llama", "padding": "${"x".repeat(3_000_000)}"}`);
      what = "a 3 MB config.json";
  }
  const text = source.text.replace(/^(\s*model:\s*)(\S.*)$/m, (_m, head: string) => `${head}${modelRef}`);
  return {
    family: "config",
    op,
    source: source.origin,
    description: `the model of ${source.path} is ${modelRef}: ${what}`,
    entries: [primaryFile(source, text), { kind: "file", path: configPath, data: config, role: "config" }, ...configEntries(ctx.sources)],
    heavy: op === "config-deep" || op === "config-huge",
  };
}

/** Two or three mutations of different kinds on the same file, each on the result of the one before. */
function stack(ctx: Context, steps: number): { source: SourceFile; data: Buffer; what: string } {
  const random = ctx.random;
  const source = random.pick(ctx.sources.manifests);
  let current: SourceFile = source;
  const whats: string[] = [];
  for (let k = 0; k < steps; k++) {
    const one: Context = { random, sources: { ...ctx.sources, manifests: [current] } };
    const kind = random.pick(["text", "inject", "substitute", "node", "key"] as const);
    let data: Buffer;
    if (kind === "text") {
      const m = textMutation(random, current.data, random.pick(TEXT_OPS.filter((o) => o !== "several")));
      data = m.data;
      whats.push(m.what);
    } else {
      const m =
        kind === "inject"
          ? injectScalar(one, random.pick(INJECTIONS.filter((p) => p.name !== "long-200k")))
          : kind === "key"
            ? yamlKey(one, random.pick(OPS["yaml-key"]))
            : substitute(one, kind === "node");
      data = Buffer.from(m.text, "utf8");
      whats.push(m.what);
    }
    current = { path: source.path, origin: source.origin, data, text: data.toString("utf8") };
  }
  return { source, data: current.data, what: whats.join("; then ") };
}

/** The mutant of one iteration: the same seed and iteration give the same mutant. */
export function generateMutant(sources: Sources, seed: number, iteration: number): Mutant {
  const random = new Random(iterationSeed(seed, iteration));
  const ctx: Context = { random, sources };
  const family = FAMILIES[iteration % FAMILIES.length]!;
  const ops = OPS[family];
  const op = ops[Math.floor(iteration / FAMILIES.length) % ops.length]!;
  switch (family) {
    case "text": {
      const source = random.pick(sources.manifests);
      const m = textMutation(random, source.data, op);
      return mutant(family, op, source, `${source.origin}: ${m.what}`, [primaryFile(source, m.data)], ctx);
    }
    case "inject-scalar": {
      const m = injectScalar(ctx, INJECTIONS.find((p) => p.name === op)!);
      return mutant(family, op, m.source, `${m.source.origin}: ${m.what}`, [primaryFile(m.source, m.text)], ctx);
    }
    case "inject-key": {
      const payload = INJECTIONS.find((p) => p.name === op)!;
      const source = yamlSource(ctx, (s) => s.isKey);
      const site = pickSite(random, source, (s) => s.isKey, true);
      const text = site ? replaceRange(source.text, site, yamlQuote(payload.text)) : source.text;
      const what = site ? `the key ${short(source.text.slice(site.start, site.end))} (line ${site.line}) replaced by ${payload.name}` : "no key";
      return mutant(family, op, source, `${source.origin}: ${what}`, [primaryFile(source, text)], ctx);
    }
    case "yaml-scalar":
    case "yaml-node": {
      const m = substitute(ctx, family === "yaml-node");
      return mutant(family, op, m.source, `${m.source.origin}: ${m.what}`, [primaryFile(m.source, m.text)], ctx);
    }
    case "yaml-key": {
      const m = yamlKey(ctx, op);
      return mutant(family, op, m.source, `${m.source.origin}: ${m.what}`, [primaryFile(m.source, m.text)], ctx);
    }
    case "heavy": {
      const m = heavy(ctx, op);
      return mutant(family, op, m.source, `${m.source.origin}: ${m.what}`, [primaryFile(m.source, m.text)], ctx, { heavy: true });
    }
    case "encoding": {
      const source = random.pick(sources.manifests);
      let text = source.text;
      let what = `${source.origin} in ${op}`;
      if (random.chance(0.3)) {
        const m = injectScalar({ random, sources: { ...sources, manifests: [source] } }, random.pick(INJECTIONS.filter((p) => p.name !== "long-200k")));
        text = m.text;
        what += `, after: ${m.what}`;
      }
      const encoding = op as EncodingName;
      return mutant(family, op, source, what, [primaryFile(source, encode(text, encoding))], ctx, {
        utf8: { path: source.path, data: Buffer.from(text, "utf8"), encoding },
      });
    }
    case "splice": {
      const m = splice(ctx, op);
      return mutant(family, op, m.source, `splice: ${m.what}`, [primaryFile(m.source, m.data)], ctx);
    }
    case "filename": {
      const source = random.pick(sources.manifests);
      const name = FILE_NAMES.find((f) => f.name === op)!;
      // At the top of the directory half the time: a report line then starts with the name.
      const folder = random.chance(0.5) ? "" : folderOf(source.path);
      const path = folder ? `${folder}/${name.text}` : name.text;
      return mutant(family, op, source, `${source.origin} saved as ${short(path, 80)}`, [primaryFile(source, source.data, path)], ctx);
    }
    case "fs-shape":
      return fsShape(ctx, op);
    case "config":
      return configMutant(ctx, op);
    case "stack": {
      const m = stack(ctx, op === "two" ? 2 : 3);
      return mutant(family, op, m.source, `${m.source.origin}: ${m.what}`, [primaryFile(m.source, m.data)], ctx);
    }
  }
}
