import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  at,
  isRecord,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  sameRange
} from "./chunk-PDOFKQNQ.js";
import {
  precisionFromModelName
} from "./chunk-U72CDX35.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-NOE7O2GR.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote2(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote2 = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote2 && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote2) {
            if (c === quote2) {
              quote2 = false;
            } else if (quote2 == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote2 = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/adapt/notes.ts
function noteSink() {
  const notes = [];
  const add = (...more) => {
    for (const n of more) {
      if (!notes.some((m) => m.message === n.message && sameRange(m.range, n.range))) notes.push(n);
    }
  };
  return { notes, note: (code, message, range, severity) => add({ code, message, range, severity }), add };
}

// src/adapt/engine/flags.ts
var INT_FACTS = /* @__PURE__ */ new Set([
  "tensorParallel",
  "pipelineParallel",
  "dataParallel",
  "dataParallelLocal",
  "expertParallelSize",
  "maxContextLength",
  "maxConcurrentSequences"
]);
var SPECS = {
  vllm: {
    flags: {
      model: "model",
      "tensor-parallel-size": "tensorParallel",
      tp: "tensorParallel",
      "pipeline-parallel-size": "pipelineParallel",
      pp: "pipelineParallel",
      "data-parallel-size": "dataParallel",
      dp: "dataParallel",
      "data-parallel-size-local": "dataParallelLocal",
      dpl: "dataParallelLocal",
      "max-model-len": "maxContextLength",
      "max-num-seqs": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      q: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "gpu-memory-utilization": "memoryFraction",
      // Speculative decoding: a JSON config (0.7+) or, before it, a draft model.
      "speculative-config": "speculative",
      "speculative-model": "speculative"
    },
    booleans: /* @__PURE__ */ new Set([
      "enforce-eager",
      "trust-remote-code",
      "enable-prefix-caching",
      "no-enable-prefix-caching",
      "enable-chunked-prefill",
      "no-enable-chunked-prefill",
      "disable-log-requests",
      "enable-log-requests",
      "disable-log-stats",
      "enable-auto-tool-choice",
      "disable-custom-all-reduce",
      "enable-lora",
      "enable-expert-parallel",
      "no-enable-expert-parallel",
      "disable-frontend-multiprocessing",
      "disable-sliding-window",
      "skip-tokenizer-init",
      "enable-reasoning",
      "async-scheduling",
      "enable-sleep-mode",
      "use-v2-block-manager",
      "enable-prompt-tokens-details",
      "return-tokens-as-token-ids",
      "disable-fastapi-docs",
      "headless",
      "enable-eplb",
      "enable-request-id-headers",
      "enable-server-load-tracking",
      "disable-uvicorn-access-log"
    ]),
    switches: { "enable-expert-parallel": "expertParallel", "enforce-eager": "eager" },
    humanReadable: /* @__PURE__ */ new Set(["maxContextLength"])
  },
  sglang: {
    flags: {
      "model-path": "model",
      model: "model",
      "tp-size": "tensorParallel",
      tp: "tensorParallel",
      "tensor-parallel-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      pp: "pipelineParallel",
      "pipeline-parallel-size": "pipelineParallel",
      "dp-size": "dataParallel",
      dp: "dataParallel",
      "data-parallel-size": "dataParallel",
      "ep-size": "expertParallelSize",
      ep: "expertParallelSize",
      "expert-parallel-size": "expertParallelSize",
      "context-length": "maxContextLength",
      "max-running-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "mem-fraction-static": "memoryFraction",
      // argparse takes an unambiguous prefix: OME's SGLang runtimes write --mem-frac.
      "mem-frac": "memoryFraction",
      "speculative-algorithm": "speculative",
      "speculative-draft-model-path": "speculative"
    },
    booleans: /* @__PURE__ */ new Set([
      "trust-remote-code",
      "enable-torch-compile",
      "disable-radix-cache",
      "enable-dp-attention",
      "disable-cuda-graph",
      "disable-cuda-graph-padding",
      "enable-metrics",
      "log-requests",
      "skip-tokenizer-init",
      "enable-mixed-chunk",
      "disable-overlap-schedule",
      "is-embedding",
      "enable-p2p-check",
      "enable-ep-moe",
      "enable-deepep-moe",
      "disable-custom-all-reduce",
      "enable-cache-report",
      "enable-lora",
      "show-time-cost"
    ]),
    switches: { "enable-dp-attention": "dpAttention", "enable-ep-moe": "expertParallel", "enable-deepep-moe": "expertParallel", "disable-cuda-graph": "eager" }
  },
  tgi: {
    flags: {
      "model-id": "model",
      "num-shard": "tensorParallel",
      "max-total-tokens": "maxContextLength",
      "max-concurrent-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantize: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "cuda-memory-fraction": "memoryFraction",
      // Medusa heads or n-gram speculation: the tokens speculated per step.
      speculate: "speculative"
    },
    booleans: /* @__PURE__ */ new Set(["trust-remote-code", "disable-custom-kernels", "json-output", "disable-grammar-support", "enable-prefill-logprobs"]),
    env: {
      MODEL_ID: "model",
      NUM_SHARD: "tensorParallel",
      MAX_TOTAL_TOKENS: "maxContextLength",
      MAX_CONCURRENT_REQUESTS: "maxConcurrentSequences",
      DTYPE: "dtype",
      QUANTIZE: "quantization",
      KV_CACHE_DTYPE: "kvCacheDtype",
      CUDA_MEMORY_FRACTION: "memoryFraction",
      SPECULATE: "speculative"
    }
  },
  trtllm: {
    flags: {
      model: "model",
      // Dynamo's TensorRT-LLM worker (python -m dynamo.trtllm) spells them out.
      "model-path": "model",
      "tp-size": "tensorParallel",
      "tensor-parallel-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      "pipeline-parallel-size": "pipelineParallel",
      "ep-size": "expertParallelSize",
      "expert-parallel-size": "expertParallelSize",
      "moe-expert-parallel-size": "expertParallelSize",
      "max-seq-len": "maxContextLength",
      "max-batch-size": "maxConcurrentSequences",
      "kv-cache-free-gpu-memory-fraction": "memoryFraction"
    },
    booleans: /* @__PURE__ */ new Set(["trust-remote-code", "enable-chunked-prefill", "disable-gc"])
  }
};
var ENTRYPOINT_MARKERS = [
  ["tgi", ["model-id", "num-shard", "max-total-tokens"]],
  ["sglang", ["model-path", "mem-fraction-static", "max-running-requests"]],
  ["vllm", ["model", "max-model-len", "tensor-parallel-size", "tp", "pipeline-parallel-size", "gpu-memory-utilization", "max-num-seqs", "served-model-name", "kv-cache-dtype"]]
];
function normaliseFlag(flag) {
  return flag.replace(/^-+/, "").toLowerCase().replace(/_/g, "-");
}

// src/adapt/engine/shell.ts
var import_shell_quote = __toESM(require_shell_quote());

// src/adapt/engine/types.ts
function engineProblem(code, message, range) {
  return { code, message, range, severity: "warning" };
}
var CONTAINER_ENV = { where: "the container's env", key: "env", kubernetes: true };

// src/adapt/engine/words.ts
var SENTINEL = /\u0001([UVSW]):([^\u0002]*)\u0002/g;
var sentinel = (kind, name) => `${kind}:${name}`;
function display(text) {
  return text.replace(SENTINEL, (_m, kind, name) => kind === "U" || kind === "V" ? `$(${name})` : `$${name}`);
}
function refsOf(text) {
  return [...text.matchAll(SENTINEL)].map((m) => ({ kind: m[1], name: m[2] }));
}
function basename(text) {
  const i = text.lastIndexOf("/");
  return i >= 0 ? text.slice(i + 1) : text;
}

// src/adapt/engine/shell.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ash", "ksh"]);
var AMBIENT_VARS = /* @__PURE__ */ new Set(["HOME", "PATH", "HOSTNAME", "PWD", "USER", "SHELL", "TMPDIR", "LANG", "TERM", "RANDOM"]);
function sanitiseScript(script) {
  const out = script.split("");
  let quote2 = null;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (quote2 === "'") {
      if (c === "'") quote2 = null;
      continue;
    }
    if (c === "\\") {
      if (script[i + 1] === "\n") {
        out[i] = out[i + 1] = " ";
        i++;
      } else if (script[i + 1] === "\r" && script[i + 2] === "\n") {
        out[i] = out[i + 1] = out[i + 2] = " ";
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (quote2 === '"') {
      if (c === '"') quote2 = null;
      continue;
    }
    if (c === "'" || c === '"') quote2 = c;
    else if (c === "\n") out[i] = ";";
    else if (c === "\r") out[i] = " ";
    else if (c === "#" && (i === 0 || /[\s;&|()]/.test(script[i - 1]) || out[i - 1] === ";")) {
      while (i < out.length && script[i] !== "\n") out[i++] = " ";
      i--;
    }
  }
  return out.join("");
}
var CONTROL_AT = /\|\||&&|&>>?|;;&?|[;|]&|<\(|<<<|<<-|<<|>>|>[&|(]|<[&>]|[&;()|<>]/y;
function scanWords(script) {
  const words = [];
  let i = 0;
  while (i < script.length) {
    if (/\s/.test(script[i])) {
      i++;
      continue;
    }
    CONTROL_AT.lastIndex = i;
    const op = CONTROL_AT.exec(script);
    if (op) {
      words.push({ start: i, end: i + op[0].length, op: true });
      i += op[0].length;
      continue;
    }
    const start = i;
    while (i < script.length) {
      const c = script[i];
      if (c === "'") {
        const close = script.indexOf("'", i + 1);
        i = close < 0 ? script.length : close + 1;
      } else if (c === '"') {
        let j = i + 1;
        while (j < script.length && script[j] !== '"') j += script[j] === "\\" ? 2 : 1;
        i = Math.min(j + 1, script.length);
      } else if (c === "\\") {
        i += 2;
      } else if (c === "$" && script[i + 1] === "(" && script[i + 2] === "(") {
        i = arithmeticEnd(script, i);
      } else if (c === "$" && script[i + 1] === "(") {
        const close = script.indexOf(")", i + 2);
        i = close < 0 ? script.length : close + 1;
      } else if (/\s/.test(c) || "|&;()<>".includes(c)) {
        break;
      } else {
        i++;
      }
    }
    words.push({ start, end: Math.min(i, script.length), op: false });
  }
  return words;
}
function scriptRangeMapper(item) {
  const body = item.text.replace(/\n+$/, "");
  const lines = body.split("\n").length;
  const span = item.range.endLine - item.range.line;
  const literalBlock = item.text.endsWith("\n") && (span === lines || span === lines + 1);
  if (!literalBlock) {
    const width = item.range.endColumn - item.range.column;
    const oneLine = item.range.line === item.range.endLine && !item.text.includes("\n");
    const shift = !oneLine ? -1 : width === item.text.length ? 0 : width === item.text.length + 2 ? 1 : -1;
    if (shift < 0) return () => item.range;
    return (start, end) => ({
      line: item.range.line,
      column: item.range.column + shift + start,
      endLine: item.range.line,
      endColumn: item.range.column + shift + Math.max(end, start + 1)
    });
  }
  const pos = (offset) => {
    const before = item.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    return { line: item.range.line + 1 + line, column: item.range.column + column };
  };
  return (start, end) => {
    const s = pos(start);
    const e = pos(Math.max(end, start + 1));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}
function arithmeticEnd(script, start) {
  let depth = 0;
  for (let j = start + 1; j < script.length; j++) {
    if (script[j] === "(") depth++;
    else if (script[j] === ")" && --depth === 0) return j + 1;
  }
  return script.length;
}
function evaluateArithmetic(expression, valueOf) {
  const tokens = [];
  const re = /\s*(?:(\d+)|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-(\d+))?\}|\$?([A-Za-z_][A-Za-z0-9_]*)|([-+*/%()]))/y;
  let at2 = 0;
  const rest = expression.trimEnd();
  while (at2 < rest.length) {
    re.lastIndex = at2;
    const m = re.exec(rest);
    if (!m) return null;
    at2 = re.lastIndex;
    if (m[1] !== void 0) tokens.push(m[1]);
    else if (m[5] !== void 0) tokens.push(m[5]);
    else {
      const name = m[2] ?? m[4];
      const value2 = valueOf(name)?.trim();
      const chosen = value2 === void 0 || value2 === "" ? m[3] : value2;
      if (chosen === void 0 || !/^-?\d+$/.test(chosen)) return null;
      tokens.push(chosen.startsWith("-") ? `(0${chosen})` : chosen);
    }
  }
  const flat = tokens.flatMap((t) => t.startsWith("(0") ? ["(", "0", "-", t.slice(3, -1), ")"] : [t]);
  let i = 0;
  const peek = () => flat[i];
  const primary = () => {
    const t = flat[i++];
    if (t === void 0) return null;
    if (t === "(") {
      const v = sum();
      return flat[i++] === ")" ? v : null;
    }
    if (t === "-" || t === "+") {
      const v = primary();
      return v === null ? null : t === "-" ? -v : v;
    }
    return /^\d+$/.test(t) ? Number(t) : null;
  };
  const product = () => {
    let v = primary();
    while (v !== null && (peek() === "*" || peek() === "/" || peek() === "%")) {
      const op = flat[i++];
      const r = primary();
      if (r === null || (op === "/" || op === "%") && r === 0) return null;
      v = op === "*" ? v * r : op === "/" ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = () => {
    let v = product();
    while (v !== null && (peek() === "+" || peek() === "-")) {
      const op = flat[i++];
      const r = product();
      if (r === null) return null;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  return value !== null && i === flat.length && Number.isSafeInteger(value) ? value : null;
}
function expandArithmetic(script, valueOf) {
  let out = "";
  let i = 0;
  while (i < script.length) {
    const start = script.indexOf("$((", i);
    if (start < 0) break;
    const end = arithmeticEnd(script, start);
    out += script.slice(i, start);
    const expression = script.slice(start + 3, Math.max(start + 3, end - 2));
    const value = end <= script.length && script.slice(end - 2, end) === "))" ? evaluateArithmetic(expression, valueOf) : null;
    if (value !== null) out += String(value);
    else {
      const unknown = /\$?\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(expression)?.[1];
      out += unknown ? `\${${unknown}}` : "";
    }
    i = end;
  }
  return out + script.slice(i);
}
function scriptAssignments(script) {
  const vars = /* @__PURE__ */ new Map();
  const re = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"$`]*"|'[^']*'|[^\s;&|()"'$`]*)(?=[\s;&|)]|$)/g;
  for (const m of script.matchAll(re)) vars.set(m[1], m[2].replace(/^(["'])(.*)\1$/s, "$2"));
  return vars;
}
function splitScript(item, expanded, env, problems, standsFor = /* @__PURE__ */ new Map()) {
  const sanitisedRaw = sanitiseScript(item.text);
  const known = (vars) => (name) => {
    const v = vars.has(name) ? vars.get(name) : env.get(name);
    return typeof v === "string" ? v : void 0;
  };
  const plain = sanitiseScript(expanded);
  const sanitised = plain.includes("$((") ? expandArithmetic(plain, known(scriptAssignments(plain))) : plain;
  const own = scriptAssignments(sanitised);
  const lookup = (key) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-=])(.*)$/s.exec(key);
    const name = m ? m[1] : key;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return key === "" ? "$" : "";
    const value = own.has(name) ? own.get(name) : env.get(name);
    if (value === null) return sentinel("W", name);
    if (typeof value === "string" && (value !== "" || !m || !m[2].startsWith(":"))) return value;
    if (m) return m[3];
    if (AMBIENT_VARS.has(name)) return `$${name}`;
    return sentinel("S", name);
  };
  let entries;
  try {
    entries = (0, import_shell_quote.parse)(sanitised, lookup);
  } catch (error) {
    problems.push(engineProblem("script-unreadable", `the shell script could not be split into words (${error.message}); its engine flags are not read`, item.range));
    return [];
  }
  const raw = scanWords(sanitisedRaw);
  const aligned = raw.length === entries.length && raw.every((r, i) => r.op === isOperator(entries[i]));
  const rangeOf = scriptRangeMapper(item);
  const commands = [{ words: [] }];
  entries.forEach((entry, i) => {
    if (isOperator(entry)) {
      commands.push({ words: [] });
      return;
    }
    const text = typeof entry === "string" ? entry : "pattern" in entry ? entry.pattern : "";
    if (typeof entry === "object" && "comment" in entry) return;
    const r = aligned ? raw[i] : void 0;
    const only = r ? /^"?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|\(([A-Za-z_][A-Za-z0-9_]*)\)|([A-Za-z_][A-Za-z0-9_]*))"?$/.exec(sanitisedRaw.slice(r.start, r.end)) : null;
    const variable = only ? standsFor.get(only[1] ?? only[2] ?? only[3]) : void 0;
    commands[commands.length - 1].words.push(
      variable?.via ? { text, range: variable.range, path: variable.path, inScript: true, via: variable.via } : { text, range: r ? rangeOf(r.start, r.end) : item.range, path: item.path, inScript: true }
    );
  });
  return commands.filter((c) => c.words.length > 0);
}
function isOperator(entry) {
  return typeof entry === "object" && entry !== null && "op" in entry && entry.op !== "glob";
}
function shellScriptIndex(words, at2) {
  if (!SHELLS.has(basename(words[at2].text))) return -1;
  let sawC = false;
  for (let j = at2 + 1; j < words.length; j++) {
    const t = words[j].text;
    if (t === "-o" || t === "+o") {
      j++;
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(t)) {
      if (t.includes("c")) sawC = true;
      continue;
    }
    return sawC ? j : -1;
  }
  return -1;
}
function unsetShellVariables(args, envSource) {
  const problems = [];
  for (const w of args) {
    for (const ref of refsOf(w.text)) {
      if (ref.kind === "S") {
        problems.push(
          engineProblem("env-var-unset", `$${ref.name} is not set in ${envSource.where}, so the shell expands it to an empty string; define ${ref.name} in ${envSource.key}`, w.range)
        );
      }
    }
  }
  return problems;
}

// src/adapt/engine/flag-reader.ts
function switchOf(spec, name, value) {
  const direct = spec.switches?.[name];
  const negated = name.startsWith("no-") ? spec.switches?.[name.slice(3)] : void 0;
  const key = direct ?? negated;
  if (!key) return null;
  const on = value === null ? true : !/^(false|0|no|off)$/i.test(value.trim());
  return [key, direct ? on : !on];
}
function parseNumber(text, key, spec) {
  const t = text.trim();
  if (INT_FACTS.has(key)) {
    if (/^\d+$/.test(t)) return Number.isSafeInteger(Number(t)) && Number(t) >= 1 ? Number(t) : void 0;
    const m = spec.humanReadable?.has(key) ? /^(\d+(?:\.\d+)?)([kmgKMG])$/.exec(t) : null;
    if (m) {
      const unit = m[2];
      const lower = unit === unit.toLowerCase();
      const power = "kmg".indexOf(unit.toLowerCase()) + 1;
      const n = Number(m[1]) * (lower ? 1e3 : 1024) ** power;
      if (Number.isSafeInteger(n) && n >= 1 && (lower || /^\d+$/.test(m[1]))) return n;
    }
    return void 0;
  }
  return /^(\d+\.?\d*|\.\d+)$/.test(t) && Number.isFinite(Number(t)) && Number(t) > 0 ? Number(t) : void 0;
}
function setFact(reader, key, value, word, label, via) {
  const origin = word.via ?? via;
  const path = word.via || via && "env" in via ? word.path : `${word.path} (${label})`;
  const located = (v) => origin ? { value: v, range: word.range, path, via: origin } : { value: v, range: word.range, path };
  const refs = refsOf(value);
  if (refs.length > 0) {
    for (const ref of refs) {
      if (ref.kind === "V" || ref.kind === "W") {
        const written = ref.kind === "V" ? `$(${ref.name})` : `$${ref.name}`;
        reader.problems.push(
          engineProblem("env-var-from-secret", `${label} is ${written}, and ${ref.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so ${label} is not checked`, word.range)
        );
      }
    }
    return;
  }
  if (key === "model" || key === "dtype" || key === "quantization" || key === "kvCacheDtype" || key === "speculative") {
    if (value === "") {
      reader.problems.push(engineProblem("flag-value-empty", `${label} is empty`, word.range));
      return;
    }
    reader.facts[key] = located(value);
    return;
  }
  const n = parseNumber(value, key, reader.spec);
  if (n === void 0) {
    const expected = INT_FACTS.has(key) ? "a whole number of at least 1" : "a number above 0";
    reader.problems.push(engineProblem("flag-value-invalid", `${label} expects ${expected}, got ${quote(value)}`, word.range));
    return;
  }
  reader.facts[key] = located(n);
}
function readFlags(reader, args) {
  const { spec } = reader;
  let positionalSeen = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    const isFlag = text.startsWith("-") && text.length > 1 && !/^-\d/.test(text) && text !== "--";
    if (!isFlag) {
      if (!positionalSeen && (reader.engine === "vllm" || reader.engine === "trtllm") && text !== "" && text !== "--") {
        setFact(reader, "model", text, word, "model", void 0);
      }
      positionalSeen = true;
      continue;
    }
    const eq = text.indexOf("=");
    const flag = eq >= 0 ? text.slice(0, eq) : text;
    if (!word.inScript && /\s/.test(flag.trim())) {
      reader.problems.push(
        engineProblem(
          "arg-not-split",
          `${quote(display(text))} is a single argument: without a shell, Kubernetes does not split it on spaces, so the engine sees one unknown flag; write the flag and its value as separate list items, or --flag=value`,
          word.range
        )
      );
      continue;
    }
    const name = normaliseFlag(flag);
    const key = spec.flags[name];
    const toggled = switchOf(spec, name, eq >= 0 ? text.slice(eq + 1) : null);
    if (toggled) {
      reader.switches[toggled[0]] = { value: toggled[1], range: word.range, path: word.via ? word.path : `${word.path} (${flag})`, via: word.via ?? { flag } };
      continue;
    }
    if (eq >= 0) {
      if (key) setFact(reader, key, text.slice(eq + 1), word, flag, { flag });
      continue;
    }
    if (spec.booleans.has(name)) continue;
    const next = args[i + 1];
    const nextIsFlag = next !== void 0 && next.text.startsWith("-") && next.text.length > 1 && !/^-\d/.test(next.text);
    if (next === void 0 || nextIsFlag) {
      if (key) reader.problems.push(engineProblem("flag-without-value", `${flag} has no value`, word.range));
      continue;
    }
    i++;
    if (key) setFact(reader, key, next.text, next, flag, { flag });
  }
}
function readEnv(reader, env, envMap) {
  const table = reader.spec.env;
  if (!table) return;
  for (const v of env) {
    const key = table[v.name];
    if (!key) continue;
    const word = { text: "", range: v.range, path: `env ${v.name}`, inScript: false };
    const value = envMap.get(v.name);
    if (typeof value !== "string") {
      reader.problems.push(
        engineProblem("env-var-from-secret", `${v.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so it is not checked`, v.range)
      );
      continue;
    }
    setFact(reader, key, value, word, v.name, { env: v.name });
  }
}

// src/adapt/engine/invocation.ts
var PYTHON_MODULES = {
  "vllm.entrypoints.openai.api_server": "vllm",
  "vllm.entrypoints.api_server": "vllm",
  "sglang.launch_server": "sglang",
  // NVIDIA Dynamo's workers take the engine's own flags (ai-dynamo/dynamo components/backends/*).
  "dynamo.vllm": "vllm",
  "dynamo.sglang": "sglang",
  "dynamo.trtllm": "trtllm"
};
function invocationAt(words, i) {
  const base = basename(words[i].text);
  if (base === "vllm" && words[i + 1]?.text === "serve") return { engine: "vllm", args: words.slice(i + 2) };
  if (base === "text-generation-launcher") return { engine: "tgi", args: words.slice(i + 1) };
  if (base === "trtllm-serve") return { engine: "trtllm", args: words.slice(words[i + 1]?.text === "serve" ? i + 2 : i + 1) };
  if (/^python[0-9.]*$/.test(base)) {
    for (let j = i + 1; j < words.length && words[j].text.startsWith("-"); j++) {
      if (words[j].text !== "-m") continue;
      const engine = PYTHON_MODULES[words[j + 1]?.text ?? ""];
      return engine ? { engine, args: words.slice(j + 2) } : null;
    }
  }
  return null;
}
function findInvocation(words) {
  for (let i = 0; i < words.length; i++) {
    const found = invocationAt(words, i);
    if (found) return found;
  }
  return null;
}
function entrypointInvocation(words, env) {
  const names = new Set(words.filter((w) => w.text.startsWith("-")).map((w) => normaliseFlag(w.text.split(/[=\s]/)[0])));
  const marked = ENTRYPOINT_MARKERS.find(([, markers]) => markers.some((m) => names.has(m)));
  if (marked) return { engine: marked[0], args: words };
  if (words.length === 0 && env.has("MODEL_ID")) return { engine: "tgi", args: [] };
  return null;
}

// src/adapt/engine/k8s-expansion.ts
function buildEnv(env) {
  const map = /* @__PURE__ */ new Map();
  for (const v of env) {
    if (typeof v?.name !== "string") continue;
    const value = typeof v.value === "string" ? expandK8s(v.value, map, () => void 0).text : null;
    map.set(v.name, value);
  }
  return map;
}
function expandK8s(text, env, onUnresolved) {
  let out = "";
  const undefinedNames = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "$" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i++;
    } else if (next === "(") {
      const close = text.indexOf(")", i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      const value = env.get(name);
      if (typeof value === "string") {
        out += value;
      } else {
        const fromValueFrom = env.has(name);
        if (!fromValueFrom) undefinedNames.push(name);
        out += onUnresolved(name, fromValueFrom) ?? `$(${name})`;
      }
      i = close;
    } else {
      out += c;
    }
  }
  return { text: out, undefinedNames };
}
function expandItem(item, env, envSource, inScript, problems) {
  return expandK8s(item.text, env, (name, fromValueFrom) => {
    if (inScript && !/^[A-Z_][A-Z0-9_]*$/.test(name)) return void 0;
    if (!fromValueFrom) {
      problems.push(
        engineProblem(
          "env-var-unset",
          envSource.kubernetes ? `$(${name}) is not defined in ${envSource.where}, so Kubernetes passes it through as written; define ${name} in ${envSource.key} or escape it as $$(${name})` : `$(${name}) is not defined in ${envSource.where}, so it stays as written; define ${name} in ${envSource.key}`,
          item.range
        )
      );
    }
    return sentinel(fromValueFrom ? "V" : "U", name);
  }).text;
}

// src/adapt/engine/precision.ts
function quantizationPrecision(raw, engine, modelName) {
  const q = raw.toLowerCase().replace(/-/g, "_");
  const fromName = modelName ? precisionFromModelName(modelName) : null;
  const said = `quantization ${quote(raw)}`;
  if (q === "none") return "from-name";
  if (/^(fp8|fbgemm_fp8|ptpc_fp8|modelopt|modelopt_fp8|w8a8_fp8|fp8_.*)$/.test(q)) return { precision: "fp8", reason: `${said} (FP8 weights)` };
  if (/^(mxfp4|modelopt_fp4|nvfp4|bitsandbytes_fp4)$/.test(q)) return { precision: "fp4", reason: `${said} (4-bit floating-point weights)` };
  if (/^(eetq|experts_int8|w8a8_int8)$/.test(q)) return { precision: "int8", reason: `${said} (8-bit integer weights)` };
  if (q === "bitsandbytes") {
    return engine === "tgi" ? { precision: "int8", reason: `${said} (TGI's bitsandbytes is 8-bit; bitsandbytes-nf4 is 4-bit)` } : { precision: "int4", reason: `${said} (4-bit weights: load_in_4bit is the default)` };
  }
  if (q === "bitsandbytes_nf4") return { precision: "int4", reason: `${said} (4-bit NF4 weights)` };
  if (/^(awq|awq_marlin|gptq|gptq_marlin|gptq_marlin_24|marlin|moe_wna16)$/.test(q)) {
    if (fromName?.explicit && (fromName.precision === "int8" || fromName.precision === "int4")) {
      return { precision: fromName.precision, reason: `${said} with ${fromName.reason}` };
    }
    return { precision: "int4", reason: `${said} (4-bit weights by default)` };
  }
  return "from-name";
}
var DTYPES = {
  bfloat16: "bf16",
  bf16: "bf16",
  float16: "fp16",
  half: "fp16",
  fp16: "fp16",
  float32: "fp32",
  float: "fp32",
  fp32: "fp32"
};
function weightPrecision(facts, engine) {
  const model = facts.model;
  const quant = facts.quantization;
  if (quant) {
    const decided = quantizationPrecision(quant.value, engine, model?.value);
    if (decided !== "from-name") return { ...quant, value: decided.precision, reason: decided.reason };
  }
  const fromName = model ? precisionFromModelName(model.value) : null;
  if (model && fromName) return { ...model, value: fromName.precision, reason: fromName.reason };
  if (quant && quant.value.toLowerCase() !== "none") return void 0;
  const dtype = facts.dtype;
  const precision = dtype ? DTYPES[dtype.value.toLowerCase()] : void 0;
  if (dtype && precision) return { ...dtype, value: precision, reason: `dtype ${quote(dtype.value)}` };
  return void 0;
}
function kvPrecision(facts) {
  const kv = facts.kvCacheDtype;
  if (!kv) return void 0;
  const v = kv.value.toLowerCase();
  const precision = v.startsWith("fp8") ? "fp8" : DTYPES[v];
  return precision ? { ...kv, value: precision } : void 0;
}

// src/adapt/engine-args.ts
function readEngineArgs(command, args, env, envSource = CONTAINER_ENV) {
  return read(Array.isArray(command) ? command : [], Array.isArray(args) ? args : [], Array.isArray(env) ? env : [], envSource);
}
function read(command, args, env, envSource) {
  const envMap = buildEnv(env);
  const items = [...command, ...args].filter((item) => item && typeof item.text === "string");
  const problems = [];
  const itemProblems = items.map(() => []);
  const standsFor = /* @__PURE__ */ new Map();
  for (const v of env) if (v && typeof v.name === "string") v.via ? standsFor.set(v.name, v) : standsFor.delete(v.name);
  const words = items.map((item, i) => {
    const text = expandItem(item, envMap, envSource, false, itemProblems[i]);
    const only = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(item.text);
    const variable = only ? standsFor.get(only[1]) : void 0;
    if (variable?.via && !text.includes("")) return { text, range: variable.range, path: variable.path, inScript: false, via: variable.via };
    return { text, range: item.range, path: item.path, inScript: false, ...item.via ? { via: item.via } : {} };
  });
  let invocation = null;
  let scriptIndex = -1;
  for (let i = 0; i < words.length; i++) {
    scriptIndex = shellScriptIndex(words, i);
    if (scriptIndex >= 0) break;
    invocation = invocationAt(words, i);
    if (invocation) break;
  }
  if (scriptIndex >= 0) {
    const item = items[scriptIndex];
    itemProblems[scriptIndex] = [];
    const expanded = expandItem(item, envMap, envSource, true, itemProblems[scriptIndex]);
    const scriptProblems = [];
    for (const cmd of splitScript(item, expanded, envMap, scriptProblems, standsFor)) {
      invocation = findInvocation(cmd.words);
      if (invocation) {
        scriptProblems.push(...unsetShellVariables(invocation.args, envSource));
        break;
      }
    }
    problems.push(...scriptProblems);
  }
  for (const list of itemProblems) problems.push(...list);
  if (!invocation && command.length === 0 && scriptIndex < 0) invocation = entrypointInvocation(words, envMap);
  if (!invocation) return null;
  const reader = { spec: SPECS[invocation.engine], engine: invocation.engine, facts: {}, switches: {}, problems };
  readEnv(reader, env, envMap);
  readFlags(reader, invocation.args);
  const facts = reader.facts;
  const result = { engine: invocation.engine, problems: dedupe(problems) };
  for (const key of Object.keys(facts)) {
    result[key] = facts[key];
  }
  if (reader.switches.expertParallel) result.expertParallel = reader.switches.expertParallel;
  if (reader.switches.dpAttention) result.dpAttention = reader.switches.dpAttention;
  if (reader.switches.eager) result.eager = reader.switches.eager;
  result.problems.push(...layoutProblems(result));
  const wp = weightPrecision(facts, invocation.engine);
  if (wp) result.weightPrecision = wp;
  const kv = kvPrecision(facts);
  if (kv) result.kvPrecision = kv;
  return result;
}
function dedupe(problems) {
  const sink = noteSink();
  sink.add(...problems);
  return sink.notes;
}
function applyEngineFacts(deployment, facts) {
  if (facts.tensorParallel) {
    deployment.tensorParallel = facts.tensorParallel;
  }
  if (facts.pipelineParallel) {
    deployment.pipelineParallel = facts.pipelineParallel;
  }
  applyDataParallel(deployment, facts);
  deployment.engine = {
    name: facts.engine,
    ...deployment.engine?.version ? { version: deployment.engine.version } : {},
    ...facts.eager?.value ? { eager: true } : {},
    ...facts.speculative ? { speculative: facts.speculative.range } : {},
    range: facts.model?.range ?? deployment.range
  };
  if (facts.maxContextLength) deployment.contextLength = facts.maxContextLength;
  if (facts.memoryFraction) deployment.memoryFraction = facts.memoryFraction;
  if (facts.weightPrecision) {
    const { reason: _reason, ...precision } = facts.weightPrecision;
    deployment.precision = precision;
  }
  if (facts.kvPrecision) deployment.kvCachePrecision = facts.kvPrecision;
  if (facts.maxConcurrentSequences) {
    deployment.concurrency = facts.maxConcurrentSequences;
    deployment.concurrencyIsEngineCap = true;
  }
}
function layoutProblems(facts) {
  if (facts.engine !== "sglang" || !facts.dpAttention?.value || !facts.dataParallel) return [];
  const tp = facts.tensorParallel?.value ?? 1;
  const dp = facts.dataParallel.value;
  if (tp % dp === 0) return [];
  return [
    {
      code: "flag-value-invalid",
      message: `with --enable-dp-attention SGLang splits the ${tp} tensor-parallel GPUs into ${dp} data-parallel attention groups, so the tensor-parallel size must be a multiple of ${dp}; the data parallelism is not used`,
      range: facts.dataParallel.range,
      severity: "warning"
    }
  ];
}
function applyDataParallel(deployment, facts) {
  const dp = facts.dataParallel;
  if (facts.engine === "sglang" && facts.dpAttention?.value && dp && dp.value > 1) {
    const tp2 = facts.tensorParallel?.value ?? 1;
    if (tp2 % dp.value !== 0) return;
    deployment.dataParallel = dp;
    deployment.expertsSpanDataParallel = true;
    const at2 = facts.tensorParallel ?? dp;
    deployment.tensorParallel = {
      ...at2,
      value: tp2 / dp.value,
      path: `${at2.path}: attention tensor parallel ${tp2} \xF7 ${dp.value} (--enable-dp-attention)`
    };
  } else if (dp && dp.value > 1) {
    deployment.dataParallel = dp;
    deployment.expertsSpanDataParallel = facts.engine === "vllm";
  }
  if (facts.dataParallelLocal && dp && facts.dataParallelLocal.value < dp.value) deployment.dataParallelLocal = facts.dataParallelLocal;
  const ep = facts.expertParallelSize ?? (facts.expertParallel?.value ? facts.expertParallel : void 0);
  if (!ep) return;
  if (typeof ep.value === "number") {
    deployment.expertParallel = ep;
    return;
  }
  const tp = facts.tensorParallel?.value ?? 1;
  const span = facts.engine === "vllm" ? tp * (dp?.value ?? 1) : tp;
  deployment.expertParallel = { value: span, range: ep.range, path: `${ep.path}: ${facts.engine === "vllm" && dp ? `tensor \xD7 data parallel = ${span}` : `tensor parallel ${span}`}`, ...ep.via ? { via: ep.via } : {} };
}

// src/adapt/kit.ts
import { dirname } from "node:path";
function rangeAt(document, path) {
  let p = path;
  for (; ; ) {
    const found = document.ranges.get(p);
    if (found) return found.value;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return document.range;
    p = p.slice(0, cut);
  }
}
function deploymentFromFacts(t) {
  const { facts } = t;
  if (!facts.model) return null;
  let count = t.count;
  const assumed = !count;
  if (!count) {
    const tp = facts.tensorParallel?.value ?? 1;
    const pp = facts.pipelineParallel?.value ?? 1;
    const dpFact = facts.engine === "sglang" && facts.dpAttention?.value ? void 0 : facts.dataParallelLocal ?? facts.dataParallel;
    const dp = dpFact?.value ?? 1;
    const given = facts.tensorParallel || facts.pipelineParallel || dpFact;
    const n = tp * pp * dp;
    const layout = dpFact ? `the tensor \xD7 pipeline \xD7 data parallel size (${tp} \xD7 ${pp} \xD7 ${dp})` : `the tensor \xD7 pipeline parallel size (${tp} \xD7 ${pp})`;
    t.note(
      "gpu-count-assumed",
      `no GPU count is declared for ${t.subject ?? t.name}: checked as ${n} GPU${n === 1 ? "" : "s"}, ${given ? layout : "no GPU count and no parallelism are declared"}; ${t.howToCount}`,
      t.serving,
      "notice"
    );
    count = {
      value: n,
      range: facts.tensorParallel?.range ?? facts.pipelineParallel?.range ?? dpFact?.range ?? t.serving,
      path: given ? dpFact ? "assumed: tensor \xD7 pipeline \xD7 data parallel size" : "assumed: tensor \xD7 pipeline parallel size" : "assumed: 1 GPU",
      via: { assumed: true }
    };
  }
  const hardware = assumed ? t.gpu?.range ?? t.serving : count.range;
  const group = t.group;
  const gpuCount = group && group.value !== 1 ? { value: count.value * group.value, range: count.range, path: `${count.path} \xD7 ${group.path} (${group.value})` } : count;
  const deployment = {
    name: t.name,
    file: t.file,
    baseDir: dirname(t.absolutePath),
    format: t.format,
    range: t.range,
    model: facts.model,
    gpuCount,
    policy: {},
    hardwareRange: hardware
  };
  if (t.gpu) deployment.gpu = t.gpu;
  if (t.gpuMemoryBytes) deployment.gpuMemoryBytes = t.gpuMemoryBytes;
  if (t.nodeLabels) deployment.nodeLabels = t.nodeLabels;
  applyEngineFacts(deployment, facts);
  return deployment;
}
function objectContext(document, file, absolutePath, kind) {
  const { notes, note, add } = noteSink();
  const value = document.value;
  const rangeOf = (path, fallback = document.range) => document.ranges.get(path)?.value ?? fallback;
  const name = scalarText(at(value, ["metadata", "name"]))?.trim() || scalarText(at(value, ["metadata", "generateName"]))?.trim().replace(/-$/, "") || kind;
  return {
    document,
    file,
    absolutePath,
    notes,
    note,
    add,
    rangeOf,
    keyRangeOf: (path, fallback = document.range) => {
      const r = document.ranges.get(path);
      return r?.key ?? r?.value ?? fallback;
    },
    textAt: (path) => {
      const text = scalarText(at(value, path.split(".")))?.trim();
      if (!text) return void 0;
      return { value: text, range: rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
    },
    name,
    deploymentRange: document.ranges.get("metadata.name")?.value ?? document.range
  };
}
function objectDeployment(ctx, format, model, gpu, gpuCount, serving, nodeLabels) {
  const deployment = {
    name: ctx.name,
    file: ctx.file,
    baseDir: dirname(ctx.absolutePath),
    format,
    range: ctx.deploymentRange,
    model,
    gpuCount,
    policy: {},
    hardwareRange: gpuCount.range
  };
  if (gpu) deployment.gpu = gpu;
  if (nodeLabels) deployment.nodeLabels = nodeLabels;
  return deployment;
}
function modelFromUri(uri) {
  const text = uri.value.trim();
  const hf = /^hf:\/\/([^:]+?)\/*(?::[^/]*)?$/.exec(text);
  return { ...uri, value: hf ? hf[1] : text };
}
var ENGINE_IMAGES = {
  vllm: (name, owner) => /^vllm(?:-openai(?:-[a-z0-9]+)*|-tpu|-cpu)?$/.test(name) && !["lmcache", "opea", "modh", "rhaiis", "kserve"].includes(owner),
  sglang: (name) => name === "sglang",
  tgi: (name) => name === "text-generation-inference",
  trtllm: (name, owner) => /^tensorrt[-_]llm$/.test(name) || /^tensorrt[-_]llm$/.test(owner)
};
var ENGINE_PACKAGES = {
  vllm: ["vllm"],
  sglang: ["sglang"],
  tgi: [],
  trtllm: ["tensorrt-llm"]
};
function isEngineName(engine) {
  return Object.hasOwn(ENGINE_PACKAGES, engine);
}
function releaseOf(text) {
  return /^v?(\d+\.\d+(?:\.\d+){0,2})(?![\d])/.exec(text.trim())?.[1];
}
function packageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function engineVersionFromImage(image, engine) {
  if (!isEngineName(engine)) return void 0;
  const text = image.trim().replace(/^docker:/, "");
  if (text.toLowerCase().startsWith("nvcr.io/nim/")) return void 0;
  const at2 = text.indexOf("@");
  const ref = at2 >= 0 ? text.slice(0, at2) : text;
  const colon = ref.lastIndexOf(":");
  if (colon < 0 || ref.lastIndexOf("/") > colon) return void 0;
  const segments = ref.slice(0, colon).toLowerCase().split("/");
  const name = segments[segments.length - 1] ?? "";
  const owner = segments[segments.length - 2] ?? "";
  if (!ENGINE_IMAGES[engine](name, owner)) return void 0;
  return releaseOf(ref.slice(colon + 1));
}
function engineRequirement(requirement, engine) {
  if (!isEngineName(engine)) return void 0;
  const packages = ENGINE_PACKAGES[engine];
  const text = requirement.trim().replace(/^["']|["']$/g, "").trim();
  const wheel = /(?:^|\/)([A-Za-z0-9_.]+)-(\d[^-/]*)-[^/]*\.whl(?:[#?].*)?$/.exec(text);
  if (wheel) return packages.includes(packageName(wheel[1])) ? releaseOf(wheel[2]) ?? null : void 0;
  const spec = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text.replace(/;.*$/, "").trim());
  if (!spec || !packages.includes(packageName(spec[1]))) return void 0;
  const rest = spec[2].trim();
  if (rest.startsWith("@")) return null;
  const exact = /^===?\s*v?([0-9][0-9A-Za-z.+!-]*)$/.exec(rest);
  if (!exact || exact[1].includes("*")) return null;
  return releaseOf(exact[1]) ?? null;
}
function engineVersionFromRequirements(requirements, engine) {
  let version;
  for (const r of requirements) {
    const said = engineRequirement(r, engine);
    if (said !== void 0) version = said;
  }
  return version ?? void 0;
}
function scriptCommands(script, env) {
  const item = { text: script, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: "" };
  return splitScript(item, script, env, []).map((command) => command.words.map((word) => word.text));
}
function variableValues(env) {
  return new Map(env.map((v) => [v.name, v.value]));
}
function installed(script, engine, env, depth) {
  let version;
  for (const words of scriptCommands(script, env)) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (/^(?:.*\/)?pip(?:3(?:\.\d+)?)?$/.test(word) && words[i + 1] === "install") {
        const rest = words.slice(i + 2);
        const upgrade = rest.some((w) => /^(?:-U|--upgrade|--force-reinstall|-[A-Za-z]*U[A-Za-z]*)$/.test(w));
        for (const requirement of rest) {
          if (requirement.startsWith("-")) continue;
          const said = engineRequirement(requirement, engine);
          if (said !== void 0 && (said !== null || upgrade)) version = said;
        }
        break;
      }
      if (depth < 2 && /\s/.test(word)) {
        const inner = installed(word, engine, env, depth + 1);
        if (inner !== void 0) version = inner;
      }
    }
  }
  return version;
}
function engineVersionOf(engine, sources) {
  const env = variableValues(sources.env ?? []);
  let pinned;
  for (const script of sources.scripts ?? []) {
    if (script === void 0) continue;
    const v = installed(script, engine, env, 0);
    if (v !== void 0) pinned = v;
  }
  if (pinned !== void 0) return pinned ?? void 0;
  if (sources.requirements) {
    const v = engineVersionFromRequirements(sources.requirements, engine);
    if (v) return v;
  }
  return sources.image ? engineVersionFromImage(sources.image, engine) : void 0;
}
function withEngineVersion(deployment, from) {
  if (!from || !deployment.engine) return deployment;
  const version = engineVersionOf(deployment.engine.name, typeof from === "string" ? { image: from } : from);
  if (version) deployment.engine = { ...deployment.engine, version };
  return deployment;
}
function imageText(raw) {
  const text = scalarText(raw)?.trim();
  if (text) return text;
  if (!isRecord(raw)) return void 0;
  return imageFromParts(raw.repository ?? raw.name, raw.tag, raw.registry);
}
function imageFromParts(repository, tag, registry) {
  const repo = scalarText(repository)?.trim();
  if (!repo) return void 0;
  const reg = scalarText(registry)?.trim();
  const full = reg && !repo.startsWith(`${reg}/`) ? `${reg.replace(/\/+$/, "")}/${repo}` : repo;
  const t = scalarText(tag)?.trim();
  return t ? `${full}${t.startsWith("@") ? "" : ":"}${t}` : full;
}

export {
  noteSink,
  ENTRYPOINT_MARKERS,
  normaliseFlag,
  splitScript,
  shellScriptIndex,
  readEngineArgs,
  applyEngineFacts,
  rangeAt,
  deploymentFromFacts,
  objectContext,
  objectDeployment,
  modelFromUri,
  withEngineVersion,
  imageText,
  imageFromParts
};
