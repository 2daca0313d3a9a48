/**
 * The values the mutators put into manifests. Two kinds: injection payloads (strings that would
 * turn into a GitHub workflow command, a terminal escape or a misleading line if a report printed
 * them raw) and YAML substitutes (YAML source text put in place of a node).
 */

export interface Named {
  name: string;
  text: string;
}

/** 200,000 characters, with a workflow command hidden in the middle. */
export const LONG_VALUE = "A".repeat(100_000) + "\n::error file=x::pwned\n" + "B".repeat(100_000 - 23);

export const INJECTIONS: readonly Named[] = [
  { name: "error-command", text: "\n::error file=x::pwned\n" },
  { name: "error-command-bare", text: "::error file=x,line=1::pwned" },
  { name: "add-mask", text: "::add-mask::x" },
  { name: "legacy-warning", text: "##[warning]legacy" },
  { name: "legacy-group", text: "\n##[group]legacy\n" },
  { name: "stop-commands", text: "::stop-commands::tok" },
  { name: "set-output", text: "\n::set-output name=x::y\n" },
  { name: "crlf-command", text: "\r\n::warning::crlf" },
  { name: "lone-cr-command", text: "\r::notice::cr" },
  { name: "percent-escaped", text: "%0A::error::x%0D%25" },
  { name: "ansi-color", text: "\u001b[31mred\u001b[0m" },
  { name: "ansi-clear", text: "\u001b[2J\u001b[H" },
  { name: "osc-hyperlink", text: "\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007" },
  { name: "c1-csi", text: "\u009b31mred" },
  { name: "nel", text: "a\u0085::error::nel" },
  { name: "line-separator", text: "a\u2028::error::ls" },
  { name: "paragraph-separator", text: "a\u2029##[error]ps" },
  { name: "bidi-rlo", text: "\u202eevil\u202c" },
  { name: "bidi-isolates", text: "\u2066a\u2069\u2067b\u2069" },
  { name: "nul", text: "a\u0000b" },
  { name: "tab", text: "a\tb" },
  { name: "del", text: "a\u007fb" },
  { name: "bom", text: "a\ufeffb" },
  { name: "long-200k", text: LONG_VALUE },
];

/** Depth-n flow sequence: `[[[…]]]`. */
export function nested(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

/** A "billion laughs" in one flow collection: 9^6 strings from 6 anchors. */
export const BILLION_LAUGHS =
  "[&a [lol, lol, lol, lol, lol, lol, lol, lol, lol], " +
  ["b", "c", "d", "e", "f"].map((name, i) => `&${name} [${Array(9).fill(`*${"abcdef"[i]}`).join(", ")}]`).join(", ") +
  "]";

/** Cheap YAML put in place of a scalar or a node. */
export const SUBSTITUTES: readonly Named[] = [
  { name: "null", text: "null" },
  { name: "tilde", text: "~" },
  { name: "empty", text: "" },
  { name: "empty-seq", text: "[]" },
  { name: "empty-map", text: "{}" },
  { name: "1e308", text: "1e308" },
  { name: "-1e308", text: "-1e308" },
  { name: "1e309", text: "1e309" },
  { name: "-0", text: "-0" },
  { name: "-0.0", text: "-0.0" },
  { name: "zero", text: "0" },
  { name: "minus-one", text: "-1" },
  { name: "half", text: "0.5" },
  { name: "tiny", text: "5e-324" },
  { name: "2^53+1", text: "9007199254740993" },
  { name: "hex", text: "0x7fffffffffffffff" },
  { name: "octal", text: "0o777" },
  { name: ".nan", text: ".nan" },
  { name: ".inf", text: ".inf" },
  { name: "-.inf", text: "-.inf" },
  { name: "10^400", text: "1" + "0".repeat(400) },
  { name: "-10^400", text: "-1" + "0".repeat(400) },
  { name: "quoted-10^400", text: `"1${"0".repeat(400)}"` },
  { name: "10^400-k", text: "1" + "0".repeat(400) + "k" },
  { name: "flag-context-10^400", text: `"--max-model-len=1${"0".repeat(400)}"` },
  { name: "flag-tp-10^400", text: `"--tensor-parallel-size=1${"0".repeat(400)}"` },
  { name: "flag-seqs-10^400", text: `"--max-num-seqs=1${"0".repeat(400)}"` },
  { name: "circular-seq", text: "&a [*a]" },
  { name: "circular-map", text: "&m {k: *m}" },
  { name: "undefined-alias", text: "*nowhere" },
  { name: "nest-1000", text: nested(1000) },
  { name: "flow-complex-key", text: "{[a]: x}" },
  { name: "flow-map-key", text: "{{}: x}" },
  { name: "proto-map", text: "{__proto__: {polluted: true}}" },
  { name: "constructor-map", text: "{constructor: {prototype: {polluted: true}}}" },
  { name: "merge-map", text: "{<<: {a: 1}, b: 2}" },
  { name: "tag-unknown", text: "!foo bar" },
  { name: "tag-unknown-map", text: "!foo {a: 1}" },
  { name: "tag-verbatim", text: "!<tag:example.com,2000:x> y" },
  { name: "tag-binary", text: "!!binary aGVsbG8=" },
  { name: "tag-timestamp", text: "!!timestamp 2001-12-14t21:59:43.10-05:00" },
  { name: "tag-set", text: "!!set {a, b}" },
  { name: "tag-omap", text: "!!omap [{a: 1}, {a: 2}]" },
  { name: "tag-int-bad", text: "!!int abc" },
  { name: "tag-float-bad", text: "!!float x" },
  { name: "tag-str-number", text: "!!str 80" },
  { name: "empty-string", text: '""' },
  { name: "true", text: "true" },
  { name: "yes", text: "yes" },
  { name: "undefined-var", text: '"$(UNDEFINED_VAR)"' },
  { name: "template", text: '"{{.Name}}"' },
  { name: "escape-path", text: "../../../../../../etc/passwd" },
  { name: "absolute-path", text: "/etc/passwd" },
  { name: "dev-zero", text: "/dev/zero" },
  { name: "config-path", text: "./models/acme-chat-8b/config.json" },
  { name: "hf-config-broken", text: "../fixtures/hf-config/broken-syntax.json" },
  { name: "hf-uri-empty", text: "hf://" },
  { name: "gpu-count-suffix-zero", text: "H100:0" },
  { name: "gpu-count-suffix-huge", text: "H100:1e9" },
  { name: "resource-profile-neg", text: "nvidia-gpu-l4:-1" },
  { name: "k-suffix", text: "32k" },
  { name: "huge-k", text: "9999999999999999999k" },
];

/** Keys put in place of an existing key. */
export const KEY_SUBSTITUTES: readonly Named[] = [
  { name: "flow-seq-key", text: "[a]" },
  { name: "flow-map-key", text: "{}" },
  { name: "proto", text: "__proto__" },
  { name: "quoted-proto", text: '"__proto__"' },
  { name: "constructor", text: "constructor" },
  { name: "prototype", text: "prototype" },
  { name: "to-string", text: "toString" },
  { name: "has-own", text: "hasOwnProperty" },
  { name: "merge", text: "<<" },
  { name: "null-key", text: "~" },
  { name: "empty-key", text: '""' },
  { name: "number-key", text: "1e308" },
  { name: "path-syntax", text: '"a.b[0]"' },
  { name: "tagged-key", text: "!foo k" },
];

/** Pairs inserted before an existing key, at its indentation (`${i}` stands for it). */
export const PAIR_INSERTIONS: readonly Named[] = [
  { name: "explicit-complex-key", text: "? [a]\n${i}: x" },
  { name: "explicit-block-key", text: "? |\n${i}  multi\n${i}  line\n${i}: x" },
  { name: "empty-map-key", text: "{}: x" },
  { name: "seq-key", text: "[a, b]: x" },
  { name: "proto", text: "__proto__: {polluted: true}" },
  { name: "constructor", text: "constructor: {prototype: {polluted: true}}" },
  { name: "merge", text: "<<: {apiVersion: llm-physics/v1, kind: InferenceDeployment}" },
  { name: "merge-alias", text: "<<: *nowhere" },
  { name: "anchor-self", text: "self: &s [*s]" },
];

/**
 * Names of files (and folders) a report prints: each is a workflow command, an escape or a line
 * break if it reaches the output raw. Slash means a folder.
 */
export const FILE_NAMES: readonly Named[] = [
  { name: "error-command", text: "::error::x.yaml" },
  { name: "spaced-command", text: "  ::notice::spaced.yaml" },
  { name: "tab-command", text: "\t::warning::tab.yaml" },
  { name: "legacy-warning", text: "##[warning]x.yaml" },
  { name: "newline", text: "a\nb.yaml" },
  { name: "newline-command", text: "a\n::error file=x::pwned.yaml" },
  { name: "add-mask", text: "::add-mask::x.yaml" },
  { name: "stop-commands", text: "::stop-commands::tok.yaml" },
  { name: "lone-cr", text: "a\r::error::b.yaml" },
  { name: "ansi", text: "\u001b[31mred.yaml" },
  { name: "line-separator", text: "a\u2028::error::b.yaml" },
  { name: "bidi", text: "a\u202eb.yaml" },
  { name: "percent", text: "%0A::error::x%25.yaml" },
  { name: "property-delimiters", text: "a,line=1:b.yaml" },
  { name: "folder-command", text: "::error::dir/x.yaml" },
  { name: "folder-legacy", text: "##[group]dir/x.yaml" },
  { name: "tab", text: "a\tb.yaml" },
  { name: "c1", text: "a\u009bb.yaml" },
];
