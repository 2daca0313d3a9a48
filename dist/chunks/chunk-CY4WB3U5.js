import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  configPathFor,
  ollamaContext,
  precisionFromModelName,
  resolveManifestModel
} from "./chunk-SKCOJNKT.js";
import {
  discover
} from "./chunk-CQWWVEQV.js";
import {
  require_picomatch
} from "./chunk-YCY6XVDY.js";
import {
  RULES,
  ruleById
} from "./chunk-TXV3QVXW.js";
import {
  loadBaseline
} from "./chunk-WCHCQUPK.js";
import {
  ConfigError,
  effectivePolicy,
  joinPath,
  parseYamlFile,
  pathSegments,
  require_dist,
  toRange,
  validateDocument
} from "./chunk-WCUCRXAF.js";
import {
  EstimateError,
  engineSettingsFor,
  estimate
} from "./chunk-MOGG4K3I.js";
import {
  usableBytes
} from "./chunk-K7HOJ2R2.js";
import {
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger
} from "./chunk-W2ZXCMLG.js";
import {
  applyBaseline
} from "./chunk-U7OVFLHF.js";
import {
  FILE_START,
  compareFindings,
  sameRange,
  severityRank
} from "./chunk-PDOFKQNQ.js";
import {
  createLookup,
  gpuLookup
} from "./chunk-DARNFOKN.js";
import {
  GPUS
} from "./chunk-JQYZLO6H.js";
import {
  decodeLoosely,
  decodeText,
  detectEncoding
} from "./chunk-FHUT4NP5.js";
import {
  readGuarded,
  realRoot
} from "./chunk-AI7RBIUB.js";
import {
  boundMessage,
  cutAt,
  describeValue,
  escapeControl,
  groupDigits,
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
      var matches2 = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches2[matches2.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches2;
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
      var matches2 = matchAll(string, chunker);
      if (matches2.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches2.map(function(match) {
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

// src/adapt/native.ts
import { dirname } from "node:path";

// src/adapt/values.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function at(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : void 0;
    else current = isRecord(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : void 0;
  }
  return current;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return void 0;
}
function parseWholeNumber(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : void 0;
}

// src/adapt/native.ts
var NATIVE_KIND = "InferenceDeployment";
var NATIVE_MARKERS = [NATIVE_KIND];
function isNativeDocument(value) {
  return typeof value === "object" && value !== null && value.kind === NATIVE_KIND;
}
function get(value, path) {
  return at(value, path.split("."));
}
function adaptNative(document, file, absolutePath) {
  const value = document.value;
  const rangeOf = (path) => document.ranges.get(path)?.value ?? document.range;
  const keyOf = (path) => document.ranges.get(path)?.key;
  function located2(path) {
    const v = get(value, path);
    return v === void 0 ? void 0 : { value: v, range: rangeOf(path), path };
  }
  const modelValue = get(value, "spec.model");
  const model = typeof modelValue === "string" ? { value: modelValue, range: rangeOf("spec.model"), path: "spec.model" } : {
    value: {
      name: get(modelValue, "name"),
      architecture: get(modelValue, "architecture"),
      maxContextTokens: get(modelValue, "maxContextTokens")
    },
    range: keyOf("spec.model") ?? rangeOf("spec.model"),
    path: "spec.model"
  };
  return {
    name: String(get(value, "metadata.name")),
    file,
    baseDir: dirname(absolutePath),
    format: "native",
    range: keyOf("metadata.name") ?? document.range,
    model,
    precision: located2("spec.precision"),
    kvCachePrecision: located2("spec.kvCachePrecision"),
    // Optional: a deployment without a GPU type is checked for what it needs per GPU.
    gpu: located2("spec.hardware.gpu"),
    gpuCount: located2("spec.hardware.count"),
    tensorParallel: located2("spec.parallelism.tensor"),
    pipelineParallel: located2("spec.parallelism.pipeline"),
    contextLength: located2("spec.serving.contextLength"),
    concurrency: located2("spec.serving.concurrency"),
    targetTokensPerSecond: located2("spec.serving.targetTokensPerSecond"),
    memoryFraction: located2("spec.serving.memoryFraction"),
    policy: {
      maxTier: located2("spec.policy.maxTier"),
      minHeadroomPercent: located2("spec.policy.minHeadroomPercent"),
      maxBandwidthUtilizationPercent: located2("spec.policy.maxBandwidthUtilizationPercent")
    },
    hardwareRange: keyOf("spec.hardware")
  };
}

// src/adapt/kit.ts
import { dirname as dirname2 } from "node:path";

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
      "gpu-memory-utilization": "memoryFraction"
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
      "mem-frac": "memoryFraction"
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
      "cuda-memory-fraction": "memoryFraction"
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
      CUDA_MEMORY_FRACTION: "memoryFraction"
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
  const located2 = (v) => origin ? { value: v, range: word.range, path, via: origin } : { value: v, range: word.range, path };
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
  if (key === "model" || key === "dtype" || key === "quantization" || key === "kvCacheDtype") {
    if (value === "") {
      reader.problems.push(engineProblem("flag-value-empty", `${label} is empty`, word.range));
      return;
    }
    reader.facts[key] = located2(value);
    return;
  }
  const n = parseNumber(value, key, reader.spec);
  if (n === void 0) {
    const expected = INT_FACTS.has(key) ? "a whole number of at least 1" : "a number above 0";
    reader.problems.push(engineProblem("flag-value-invalid", `${label} expects ${expected}, got ${quote(value)}`, word.range));
    return;
  }
  reader.facts[key] = located2(n);
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

// src/adapt/engine/shell.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
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
      const chosen2 = value2 === void 0 || value2 === "" ? m[3] : value2;
      if (chosen2 === void 0 || !/^-?\d+$/.test(chosen2)) return null;
      tokens.push(chosen2.startsWith("-") ? `(0${chosen2})` : chosen2);
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

// src/adapt/engine-args.ts
function readEngineArgs(command, args, env, envSource = CONTAINER_ENV) {
  return read(Array.isArray(command) ? command : [], Array.isArray(args) ? args : [], Array.isArray(env) ? env : [], envSource);
}
function read(command, args, env, envSource) {
  const envMap = buildEnv(env);
  const items2 = [...command, ...args].filter((item) => item && typeof item.text === "string");
  const problems = [];
  const itemProblems = items2.map(() => []);
  const standsFor = /* @__PURE__ */ new Map();
  for (const v of env) if (v && typeof v.name === "string") v.via ? standsFor.set(v.name, v) : standsFor.delete(v.name);
  const words = items2.map((item, i) => {
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
    const item = items2[scriptIndex];
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
    baseDir: dirname2(t.absolutePath),
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
function objectDeployment(ctx, format, model, gpu, gpuCount, serving, nodeLabels2) {
  const deployment = {
    name: ctx.name,
    file: ctx.file,
    baseDir: dirname2(ctx.absolutePath),
    format,
    range: ctx.deploymentRange,
    model,
    gpuCount,
    policy: {},
    hardwareRange: gpuCount.range
  };
  if (gpu) deployment.gpu = gpu;
  if (nodeLabels2) deployment.nodeLabels = nodeLabels2;
  return deployment;
}
function modelFromUri(uri) {
  const text = uri.value.trim();
  const hf = /^hf:\/\/([^:]+?)\/*(?::[^/]*)?$/.exec(text);
  return { ...uri, value: hf ? hf[1] : text };
}
var ENGINE_IMAGES = {
  vllm: /vllm/i,
  sglang: /sglang/i,
  tgi: /text-generation-inference/i,
  trtllm: /tensorrt|trtllm/i
};
function engineVersionFromImage(image, engine) {
  const pattern = ENGINE_IMAGES[engine];
  const at2 = image.indexOf("@");
  const ref = at2 >= 0 ? image.slice(0, at2) : image;
  const colon = ref.lastIndexOf(":");
  if (!pattern || colon < 0 || ref.lastIndexOf("/") > colon) return void 0;
  const repository = ref.slice(0, colon);
  if (!pattern.test(repository)) return void 0;
  return /^v?(\d+\.\d+(?:\.\d+)?)/.exec(ref.slice(colon + 1))?.[1];
}
function withEngineVersion(deployment, image) {
  if (!image || !deployment.engine) return deployment;
  const version = engineVersionFromImage(image, deployment.engine.name);
  if (version) deployment.engine = { ...deployment.engine, version };
  return deployment;
}

// src/adapt/env.ts
function envEntries(list, path) {
  if (!Array.isArray(list)) return [];
  const entries = [];
  list.forEach((entry, j) => {
    if (!isRecord(entry) || typeof entry.name !== "string") return;
    const entryPath = joinPath(path, j);
    const fromValueFrom = entry.valueFrom !== void 0 && entry.valueFrom !== null;
    entries.push({ name: entry.name, entryPath, valuePath: joinPath(entryPath, "value"), raw: entry.value, fromValueFrom });
  });
  return entries;
}
function envFromList(document, list, path) {
  const env = [];
  for (const e of envEntries(list, path)) {
    if (e.fromValueFrom) {
      env.push({ name: e.name, value: null, range: rangeAt(document, e.entryPath), path: e.entryPath });
      continue;
    }
    const text = e.raw === void 0 || e.raw === null ? "" : scalarText(e.raw);
    if (text === void 0) continue;
    env.push({ name: e.name, value: text, range: rangeAt(document, e.valuePath), path: e.valuePath });
  }
  return env;
}
function envFromMap(document, raw, path) {
  if (!isRecord(raw)) return [];
  return Object.entries(raw).map(([name, value]) => {
    const p = joinPath(path, name);
    return { name, value: value === null || value === void 0 ? null : scalarText(value) ?? null, range: rangeAt(document, p), path: p };
  });
}
function envFromStrings(document, raw, path) {
  if (!Array.isArray(raw)) return [];
  const env = [];
  raw.forEach((entry, i) => {
    const text = scalarText(entry);
    if (text === void 0) return;
    const p = joinPath(path, i);
    const range = rangeAt(document, p);
    const eq = text.indexOf("=");
    env.push(eq < 0 ? { name: text.trim(), value: null, range, path: p } : { name: text.slice(0, eq).trim(), value: text.slice(eq + 1), range, path: p });
  });
  return env;
}

// src/catalog/instance-types.ts
var AWS = "AWS EC2 accelerated computing instance types (https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing)";
var GCP = "Google Cloud GPU machine types (https://cloud.google.com/compute/docs/gpus)";
var AZURE = "Azure GPU-optimized VM sizes (https://learn.microsoft.com/azure/virtual-machines/sizes/overview#gpu-accelerated)";
function awsG(family, gpu, source) {
  const sizes = [
    ["xlarge", 1],
    ["2xlarge", 1],
    ["4xlarge", 1],
    ["8xlarge", 1],
    ["16xlarge", 1],
    ["12xlarge", 4],
    ["24xlarge", 4],
    ["48xlarge", 8]
  ];
  return Object.fromEntries(sizes.map(([size, count]) => [`${family}.${size}`, { gpu, count, source }]));
}
function series(names, gpu, source) {
  return Object.fromEntries(names.map(([name, count]) => [name, { gpu, count, source }]));
}
var INSTANCE_TYPES = {
  // ------------------------------------------------------------------------------------ AWS
  "p4d.24xlarge": { gpu: "A100-40GB", count: 8, source: `${AWS}: P4d, 8 \xD7 A100 40GB SXM4` },
  "p4de.24xlarge": { gpu: "A100-80GB", count: 8, source: `${AWS}: P4de, 8 \xD7 A100 80GB SXM4` },
  "p5.48xlarge": { gpu: "H100-SXM", count: 8, source: `${AWS}: P5, 8 \xD7 H100 80GB SXM5` },
  "p5e.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5e, 8 \xD7 H200 141GB` },
  "p5en.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5en, 8 \xD7 H200 141GB` },
  ...awsG("g5", "A10G", `${AWS}: G5, A10G 24GB`),
  ...awsG("g6", "L4", `${AWS}: G6, L4 24GB`),
  ...awsG("g6e", "L40S", `${AWS}: G6e, L40S 48GB`),
  ...series(
    [
      ["gr6.4xlarge", 1],
      ["gr6.8xlarge", 1]
    ],
    "L4",
    `${AWS}: Gr6, L4 24GB`
  ),
  ...series(
    [
      ["g4dn.xlarge", 1],
      ["g4dn.2xlarge", 1],
      ["g4dn.4xlarge", 1],
      ["g4dn.8xlarge", 1],
      ["g4dn.16xlarge", 1],
      ["g4dn.12xlarge", 4],
      ["g4dn.metal", 8]
    ],
    "T4",
    `${AWS}: G4dn, T4 16GB`
  ),
  ...series(
    [
      ["p3.2xlarge", 1],
      ["p3.8xlarge", 4],
      ["p3.16xlarge", 8]
    ],
    "V100-16GB",
    `${AWS}: P3, V100 SXM2 16GB`
  ),
  "p3dn.24xlarge": { gpu: "V100-32GB", count: 8, source: `${AWS}: P3dn, 8 \xD7 V100 SXM2 32GB` },
  // ------------------------------------------------------------------------------------ GCP
  ...series(
    [
      ["a2-highgpu-1g", 1],
      ["a2-highgpu-2g", 2],
      ["a2-highgpu-4g", 4],
      ["a2-highgpu-8g", 8],
      ["a2-megagpu-16g", 16]
    ],
    "A100-40GB",
    `${GCP}: A2 Standard, A100 40GB`
  ),
  ...series(
    [
      ["a2-ultragpu-1g", 1],
      ["a2-ultragpu-2g", 2],
      ["a2-ultragpu-4g", 4],
      ["a2-ultragpu-8g", 8]
    ],
    "A100-80GB",
    `${GCP}: A2 Ultra, A100 80GB`
  ),
  "a3-highgpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 High, 8 \xD7 H100 80GB` },
  "a3-megagpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 Mega, 8 \xD7 H100 Mega 80GB` },
  "a3-ultragpu-8g": { gpu: "H200", count: 8, source: `${GCP}: A3 Ultra, 8 \xD7 H200 141GB` },
  ...series(
    [
      ["g2-standard-4", 1],
      ["g2-standard-8", 1],
      ["g2-standard-12", 1],
      ["g2-standard-16", 1],
      ["g2-standard-32", 1],
      ["g2-standard-24", 2],
      ["g2-standard-48", 4],
      ["g2-standard-96", 8]
    ],
    "L4",
    `${GCP}: G2, L4 24GB`
  ),
  // ------------------------------------------------------------------------------------ Azure
  ...series(
    [
      ["Standard_NC24ads_A100_v4", 1],
      ["Standard_NC48ads_A100_v4", 2],
      ["Standard_NC96ads_A100_v4", 4]
    ],
    "A100-80GB-PCIE",
    `${AZURE}: NC A100 v4, A100 80GB PCIe`
  ),
  Standard_ND96asr_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4, 8 \xD7 A100 40GB SXM4` },
  Standard_ND96amsr_A100_v4: { gpu: "A100-80GB", count: 8, source: `${AZURE}: NDm A100 v4, 8 \xD7 A100 80GB SXM4` },
  Standard_ND96isr_H100_v5: { gpu: "H100-SXM", count: 8, source: `${AZURE}: ND H100 v5, 8 \xD7 H100 80GB SXM5` },
  ...series(
    [
      ["Standard_NC40ads_H100_v5", 1],
      ["Standard_NC80adis_H100_v5", 2]
    ],
    "H100-NVL",
    `${AZURE}: NCads H100 v5, H100 NVL 94GB`
  ),
  // KAITO's spelling of the ND A100 v4 size, as its SKU table (pkg/sku/azure_sku_handler.go) and Workspaces write it.
  Standard_ND96asr_A100_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4 (Standard_ND96asr_v4), 8 \xD7 A100 40GB SXM4; KAITO SKU table` },
  Standard_NCC40ads_H100_v5: { gpu: "H100-NVL", count: 1, source: `${AZURE}: NCCads H100 v5 (confidential), 1 \xD7 H100 NVL 94GB` },
  Standard_ND96isr_H200_v5: { gpu: "H200", count: 8, source: `${AZURE}: ND H200 v5, 8 \xD7 H200 141GB` },
  // Whole A10s only: the smaller NVadsA10 v5 sizes are GPU partitions.
  ...series(
    [
      ["Standard_NV36ads_A10_v5", 1],
      ["Standard_NV72ads_A10_v5", 2]
    ],
    "A10",
    `${AZURE}: NVadsA10 v5, whole A10 24GB GPUs`
  ),
  ...series(
    [
      ["Standard_NC6s_v3", 1],
      ["Standard_NC12s_v3", 2],
      ["Standard_NC24s_v3", 4],
      ["Standard_NC24rs_v3", 4]
    ],
    "V100-16GB",
    `${AZURE}: NCv3, V100 16GB`
  ),
  Standard_ND40rs_v2: { gpu: "V100-32GB", count: 8, source: `${AZURE}: NDv2, 8 \xD7 V100 32GB SXM2` },
  ...series(
    [
      ["Standard_NC4as_T4_v3", 1],
      ["Standard_NC8as_T4_v3", 1],
      ["Standard_NC16as_T4_v3", 1],
      ["Standard_NC64as_T4_v3", 4]
    ],
    "T4",
    `${AZURE}: NCasT4_v3, T4 16GB`
  )
};
var BY_LOWER_NAME = new Map(Object.entries(INSTANCE_TYPES).map(([name, type]) => [name.toLowerCase(), type]));
function findInstanceType(name) {
  return BY_LOWER_NAME.get(name.trim().toLowerCase());
}

// src/adapt/gpu-declaration.ts
var GPU_ANNOTATION = "llm-physics.dev/gpu";
var PRODUCT_LABEL = "nvidia.com/gpu.product";
var GKE_LABEL = "cloud.google.com/gke-accelerator";
var KARPENTER_NAME_LABEL = "karpenter.k8s.aws/instance-gpu-name";
var KARPENTER_MEMORY_LABEL = "karpenter.k8s.aws/instance-gpu-memory";
var INSTANCE_TYPE_LABELS = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];
var GKE_PARTITION_LABEL = "cloud.google.com/gke-gpu-partition-size";
var AMD_PRODUCT_LABELS = ["amd.com/gpu.product-name", "beta.amd.com/gpu.product-name"];
var COREWEAVE_LABELS = ["gpu.nvidia.com/model", "gpu.nvidia.com/class"];
var AKS_LABEL = "kubernetes.azure.com/accelerator";
var GPU_LABELS = [PRODUCT_LABEL, ...AMD_PRODUCT_LABELS, GKE_LABEL, ...COREWEAVE_LABELS, KARPENTER_NAME_LABEL, AKS_LABEL, ...INSTANCE_TYPE_LABELS];
var COUNT_LABELS = ["karpenter.k8s.aws/instance-gpu-count", "gpu.nvidia.com/count"];
var NFD_VENDOR_LABEL = /^feature\.node\.kubernetes\.io\/pci-(?:[0-9a-f]{4}_)?(10de|1002)\.present$/i;
var MIG_RESOURCE = /^nvidia\.com\/mig-(\d+g\.\d+gb)(?:[.+]me)?$/i;
var GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi"];
var GPU_REQUEST_MARKERS = [...GPU_RESOURCES, "nvidia.com/mig-"];
var DECLARE_IN_CONFIG = "or map it in .llm-physics.yml gpus: by path or by node label";
var MISSING_TYPE = `no GPU type is declared: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}: H100-SXM on the object, ${DECLARE_IN_CONFIG}`;
function child(node, segment) {
  let value;
  if (typeof segment === "number") value = Array.isArray(node.value) ? node.value[segment] : void 0;
  else value = isRecord(node.value) ? node.value[segment] : void 0;
  const display2 = typeof segment === "number" || /^[A-Za-z_$][\w$-]*$/.test(segment) ? joinPath(node.display, segment) : `${node.display}[${JSON.stringify(segment)}]`;
  return { value, rangePath: joinPath(node.rangePath, segment), display: display2 };
}
function nodeAt(doc, path) {
  let node = { value: doc.value, rangePath: "", display: "" };
  for (const segment of pathSegments(path)) node = child(node, segment);
  return node;
}
function items(node) {
  return Array.isArray(node.value) ? node.value.map((_, i) => child(node, i)) : [];
}
function located(doc, node, value) {
  return { value, range: rangeAt(doc, node.rangePath), path: node.display };
}
function gpuNote(code, message, range) {
  return { code, message, range, severity: "notice" };
}
function labelText(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number") return String(value);
  return void 0;
}
function normaliseProduct(raw, where, range) {
  const notes = [];
  let name = raw.trim();
  const shared = /-SHARED$/i.exec(name);
  if (shared && /-MIG-\d+g\.\d+gb(?:\+me)?-SHARED$/i.test(name)) name = name.slice(0, shared.index);
  if (shared) {
    notes.push(
      gpuNote(
        "gpu-time-sliced",
        `${where} ${raw} is a time-sliced GPU (-SHARED): its memory is shared with the other pods on it, so the check is an upper bound: the workload may get less than the whole GPU`,
        range
      )
    );
  }
  return { name, notes };
}
var KARPENTER_AMBIGUOUS = {
  a100: "A100 40GB (p4d) and 80GB (p4de)",
  v100: "V100 16GB (p3) and 32GB (p3dn)"
};
function normaliseKarpenter(raw, where, memoryMiB, range) {
  const family = raw.trim().toLowerCase();
  if (memoryMiB !== void 0) {
    const exact = wholeGpus().find((g) => g.id.toLowerCase().startsWith(`${family}-`) && nearMemory(g.memoryBytes, memoryMiB * 2 ** 20));
    if (exact) return { name: exact.id, notes: [] };
  }
  const covers = KARPENTER_AMBIGUOUS[family];
  if (!covers) return { name: raw.trim(), notes: [] };
  const checked = gpuLookup.find(family)?.id ?? raw.trim();
  return {
    name: raw.trim(),
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${covers}: checked as ${checked}, the smaller; select ${KARPENTER_MEMORY_LABEL} as well, or set the annotation ${GPU_ANNOTATION}, to be exact`,
        range
      )
    ]
  };
}
function nearMemory(catalogBytes, statedBytes) {
  return Math.abs(catalogBytes - statedBytes) <= 0.1 * statedBytes;
}
function wholeGpus() {
  return GPUS.filter((g) => !/-MIG-/i.test(g.id));
}
function normaliseCoreWeave(raw, where, range) {
  const text = raw.trim();
  if (gpuLookup.find(text)) return { name: text, notes: [] };
  const match = /^(?:Tesla[-_]|NVIDIA[-_])?([A-Za-z]+\d+[A-Za-z]*)(?:[-_](NVLINK|SXM\d?|PCIE))?(?:[-_](\d+)G[B]?)?$/i.exec(text);
  if (!match) return { name: text, notes: [] };
  const family = match[1].toLowerCase();
  const form = match[2]?.toUpperCase();
  const gb = match[3] !== void 0 ? Number(match[3]) : void 0;
  const fits = wholeGpus().filter((g) => g.id.toLowerCase() === family || g.id.toLowerCase().startsWith(`${family}-`)).filter((g) => form === "PCIE" ? /pcie/i.test(g.id) : form === void 0 || !/pcie|nvl/i.test(g.id)).filter((g) => gb === void 0 || nearMemory(g.memoryBytes, gb * 2 ** 30)).sort((a, b) => a.memoryBytes - b.memoryBytes);
  const first = fits[0];
  if (!first) return { name: text, notes: [] };
  const sizes = new Set(fits.map((g) => g.memoryBytes));
  if (sizes.size === 1) return { name: first.id, notes: [] };
  return {
    name: first.id,
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${fits.map((g) => g.id).join(", ")}: checked as ${first.id}, the smallest; set the annotation ${GPU_ANNOTATION} to be exact`,
        range
      )
    ]
  };
}
var VENDOR_ONLY = /* @__PURE__ */ new Set(["nvidia", "amd", "intel", "habana"]);
function normaliseGpuLabel(label, raw, where, range, karpenterMemoryMiB) {
  if (label === KARPENTER_NAME_LABEL) return normaliseKarpenter(raw, where, karpenterMemoryMiB, range);
  if (COREWEAVE_LABELS.includes(label)) return normaliseCoreWeave(raw, where, range);
  return normaliseProduct(raw, where, range);
}
function memoryOf(name) {
  return gpuLookup.find(name)?.memoryBytes;
}
function gpuId(name) {
  return gpuLookup.find(name)?.id ?? name.toLowerCase();
}
function fromLabel(doc, label, node, where, karpenterMemoryMiB, notes) {
  const text = labelText(node.value);
  if (text === void 0) return void 0;
  const source = `${where} ${label}`;
  const range = rangeAt(doc, node.rangePath);
  if (INSTANCE_TYPE_LABELS.includes(label)) {
    const type = findInstanceType(text);
    if (!type) {
      notes.push(
        gpuNote(
          "instance-type-unknown",
          `${source} ${text} is not an instance type llm-physics knows: its GPU is not read from it; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}`,
          range
        )
      );
      return void 0;
    }
    return {
      gpu: located(doc, node, type.gpu),
      source: `${source} ${text}`,
      shown: `${source} ${text}`,
      notes: [],
      perNode: located(doc, node, type.count),
      written: text
    };
  }
  if (label === AKS_LABEL && !gpuLookup.find(text) && VENDOR_ONLY.has(text.toLowerCase())) {
    notes.push(vendorOnlyNote(`${source} ${text}`, range));
    return void 0;
  }
  const normalised = normaliseGpuLabel(label, text, source, range, karpenterMemoryMiB);
  return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
}
function vendorOnlyNote(shown, range) {
  return gpuNote(
    "gpu-label-vendor-only",
    `${shown} names the GPU vendor, not the model: the GPU type is not read from it; select ${PRODUCT_LABEL} as well, set the annotation ${GPU_ANNOTATION}, ${DECLARE_IN_CONFIG}`,
    range
  );
}
function leastMemoryOf(items2, name) {
  if (items2.length === 0) return void 0;
  const first = items2[0];
  const distinct = /* @__PURE__ */ new Map();
  for (const item of items2) if (!distinct.has(gpuId(name(item)))) distinct.set(gpuId(name(item)), item);
  let chosen2 = first;
  for (const item of distinct.values()) {
    const m = memoryOf(name(item));
    const cm = memoryOf(name(chosen2));
    if (m !== void 0 && (cm === void 0 || m < cm)) chosen2 = item;
  }
  return { chosen: chosen2, distinct: [...distinct.values()] };
}
function leastMemory(candidates, why) {
  const pick = leastMemoryOf(candidates, (c) => c.gpu.value);
  if (!pick) return void 0;
  if (pick.distinct.length === 1) return candidates[0];
  const best = pick.chosen;
  const others = pick.distinct.filter((c) => c !== best).map((c) => c.written);
  return {
    ...best,
    notes: [
      ...best.notes,
      gpuNote(
        "gpu-least-memory",
        `${why} allows ${[best.written, ...others].join(", ")}: checked as ${best.written}, the one with the least memory; ${others.join(", ")} ${others.length === 1 ? "is" : "are"} not checked`,
        best.gpu.range
      )
    ]
  };
}
function karpenterMemory(selector) {
  const text = labelText(child(selector, KARPENTER_MEMORY_LABEL).value);
  const n = text === void 0 ? NaN : Number(text);
  return Number.isFinite(n) && n > 0 ? n : void 0;
}
function fromNodeSelector(doc, podSpec, notes) {
  const selector = child(podSpec, "nodeSelector");
  if (!isRecord(selector.value)) return [];
  const memory = karpenterMemory(selector);
  const found = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), "nodeSelector", memory, notes);
    if (c) found.push(c);
  }
  return found;
}
function affinityExpressions(podSpec, kind) {
  const nodeAffinity = child(child(podSpec, "affinity"), "nodeAffinity");
  const terms = kind === "required" ? items(child(child(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms")) : items(child(nodeAffinity, "preferredDuringSchedulingIgnoredDuringExecution")).map((t) => child(t, "preference"));
  return terms.flatMap((term) => items(child(term, "matchExpressions")));
}
function fromAffinity(doc, podSpec, kind, notes) {
  return fromExpressions(doc, affinityExpressions(podSpec, kind), kind === "required" ? "node affinity" : "preferred node affinity", notes);
}
function fromExpressions(doc, expressions, where, notes) {
  const memoryValues = expressions.filter((e) => isRecord(e.value) && e.value.key === KARPENTER_MEMORY_LABEL && e.value.operator === "In").flatMap((e) => items(child(e, "values")));
  const memoryText = memoryValues.length === 1 ? labelText(memoryValues[0]?.value) : void 0;
  const memory = memoryText !== void 0 && Number(memoryText) > 0 ? Number(memoryText) : void 0;
  const found = [];
  for (const label of GPU_LABELS) {
    const candidates = [];
    for (const expression of expressions) {
      if (!isRecord(expression.value) || expression.value.key !== label || expression.value.operator !== "In") continue;
      for (const value of items(child(expression, "values"))) {
        const c = fromLabel(doc, label, value, where, memory, notes);
        if (c) candidates.push(c);
      }
    }
    const pick = leastMemory(candidates, `${where} ${label}`);
    if (pick) found.push(pick);
  }
  return found;
}
function chosen(candidate, notes) {
  return candidate ? { gpu: candidate.gpu, notes: [...notes, ...candidate.notes] } : { notes };
}
function gpuFromSelectorTerms(doc, termsPath, where) {
  const notes = [];
  const expressions = items(nodeAt(doc, termsPath)).flatMap((term) => items(child(term, "matchExpressions")));
  return chosen(fromExpressions(doc, expressions, where, notes)[0], notes);
}
function gpuFromLabelValues(doc, label, valuesPath, where) {
  const notes = [];
  if (!GPU_LABELS.includes(label)) return { notes };
  const candidates = items(nodeAt(doc, valuesPath)).flatMap((value) => fromLabel(doc, label, value, where, void 0, notes) ?? []);
  return chosen(leastMemory(candidates, `${where} ${label}`), notes);
}
function fromAnnotation(doc, metadataPaths) {
  for (const path of metadataPaths) {
    const node = child(child(nodeAt(doc, path), "annotations"), GPU_ANNOTATION);
    const text = labelText(node.value);
    if (text === void 0) continue;
    const source = `annotation ${GPU_ANNOTATION}`;
    const normalised = normaliseProduct(text, source, rangeAt(doc, node.rangePath));
    return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
  }
  return void 0;
}
function templateMetadataPath(podSpecPath) {
  const match = /^(.*?)(?:^|\.)spec$/.exec(podSpecPath);
  if (!match) return void 0;
  return match[1] ? `${match[1]}.metadata` : "metadata";
}
function gpuCountOf(doc, objectPath) {
  const { total, parts, notes, mig } = countObjects(doc, [nodeAt(doc, objectPath)]);
  const first = parts[0];
  if (!first) return { parts: [], notes };
  return { count: located(doc, first, total), parts: parts.map((p) => p.display), notes, ...mig ? { mig } : {} };
}
function migProfileOf(resource) {
  return MIG_RESOURCE.exec(resource.trim())?.[1]?.toLowerCase();
}
function resourceValue(limits, requests, resource) {
  const fromLimits = child(limits, resource);
  const node = fromLimits.value !== void 0 && fromLimits.value !== null ? fromLimits : child(requests, resource);
  return node.value === void 0 || node.value === null ? void 0 : node;
}
function countObjects(doc, objects) {
  let total = 0;
  const parts = [];
  const notes = [];
  const migs = [];
  for (const object of objects) {
    const resources = child(object, "resources");
    const limits = child(resources, "limits");
    const requests = child(resources, "requests");
    for (const resource of GPU_RESOURCES) {
      const node = resourceValue(limits, requests, resource);
      if (!node) continue;
      const n = parseWholeNumber(node.value);
      if (n === void 0) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of GPUs: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      total += n;
      parts.push(node);
    }
    const keys = /* @__PURE__ */ new Set();
    for (const side of [limits, requests]) if (isRecord(side.value)) {
      for (const key of Object.keys(side.value)) if (MIG_RESOURCE.test(key)) keys.add(key);
    }
    for (const key of keys) {
      const node = resourceValue(limits, requests, key);
      const n = parseWholeNumber(node.value);
      if (n === void 0) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of MIG devices: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      migs.push({ profile: MIG_RESOURCE.exec(key)[1].toLowerCase(), node, n });
    }
  }
  if (migs.length === 0) return { total, parts, notes };
  if (parts.length > 0) {
    for (const m of migs) {
      notes.push(gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG devices beside whole GPUs: only the whole GPUs are counted`, rangeAt(doc, m.node.rangePath)));
    }
    return { total, parts, notes };
  }
  const first = migs[0];
  for (const m of migs) {
    if (m.profile === first.profile) {
      total += m.n;
      parts.push(m.node);
    } else {
      notes.push(
        gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG ${m.profile} devices beside ${first.profile}: only the ${first.profile} devices are checked`, rangeAt(doc, m.node.rangePath))
      );
    }
  }
  return { total, parts, notes, mig: { profile: first.profile, range: rangeAt(doc, first.node.rangePath), path: first.node.display } };
}
function countFromContainers(doc, podSpec, notes) {
  const counted = countObjects(doc, items(child(podSpec, "containers")));
  notes.push(...counted.notes);
  const first = counted.parts[0];
  if (!first) return {};
  const count = located(doc, first, counted.total);
  if (counted.parts.length > 1) {
    notes.push(gpuNote("gpu-count-summed", `GPU count ${counted.total} is the sum over ${counted.parts.map((c) => c.display).join(", ")}`, count.range));
  }
  return counted.mig ? { count, mig: counted.mig } : { count };
}
function gpuOfMig(mig, parent) {
  if (parent && (/-MIG-/i.test(parent.value) || /^mig-/i.test(parent.value))) return { gpu: parent, notes: [] };
  if (parent) {
    const written = `${parent.value}-MIG-${mig.profile}`;
    const id = gpuLookup.find(parent.value)?.id;
    const value = gpuLookup.find(written) || id === void 0 ? written : `${id}-MIG-${mig.profile}`;
    return { gpu: { value, range: parent.range, path: `${parent.path} (MIG ${mig.profile}: ${mig.path})` }, notes: [] };
  }
  return {
    gpu: { value: `mig-${mig.profile}`, range: mig.range, path: `${mig.path} (MIG ${mig.profile})` },
    notes: [
      gpuNote(
        "gpu-mig-parent-assumed",
        `${mig.path} asks for MIG ${mig.profile} devices but nothing names the GPU they are cut from: checked as the catalog's mig-${mig.profile}, whose parent GPU is assumed; add a nodeSelector ${PRODUCT_LABEL} (e.g. NVIDIA-A100-SXM4-80GB) or the annotation ${GPU_ANNOTATION} to be exact`,
        mig.range
      )
    ]
  };
}
function labelValue(value) {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function labelsOfTerms(terms) {
  const perTerm = terms.map((term) => {
    const out2 = {};
    for (const expression of items(child(term, "matchExpressions"))) {
      const e = expression.value;
      if (!isRecord(e) || typeof e.key !== "string" || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
      const v = labelValue(e.values[0]);
      if (v !== void 0) out2[e.key] = v;
    }
    return out2;
  });
  const first = perTerm[0];
  if (!first) return {};
  const out = {};
  for (const [key, value] of Object.entries(first)) if (perTerm.every((t) => t[key] === value)) out[key] = value;
  return out;
}
function labelsOfMap(node) {
  const out = {};
  if (!isRecord(node.value)) return out;
  for (const [key, raw] of Object.entries(node.value)) {
    const v = labelValue(raw);
    if (v !== void 0) out[key] = v;
  }
  return out;
}
function nodeLabels(labels, range) {
  return Object.keys(labels).length > 0 ? { labels, range } : void 0;
}
function nodeLabelsOfPodSpec(doc, podSpecPath) {
  const podSpec = nodeAt(doc, podSpecPath);
  const selector = child(podSpec, "nodeSelector");
  const terms = child(child(child(child(podSpec, "affinity"), "nodeAffinity"), "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms");
  const fromAffinity2 = labelsOfTerms(items(terms));
  const fromSelector = labelsOfMap(selector);
  const range = isRecord(selector.value) && Object.keys(fromSelector).length > 0 ? rangeAt(doc, selector.rangePath) : rangeAt(doc, terms.rangePath);
  return nodeLabels({ ...fromAffinity2, ...fromSelector }, range);
}
function nodeLabelsOfTerms(doc, termsPath) {
  const terms = nodeAt(doc, termsPath);
  return nodeLabels(labelsOfTerms(items(terms)), rangeAt(doc, terms.rangePath));
}
function nodeLabelsOfSelector(doc, selectorPath) {
  const selector = nodeAt(doc, selectorPath);
  return nodeLabels(labelsOfMap(selector), rangeAt(doc, selector.rangePath));
}
function gpuFromSelector(doc, selectorPath, where) {
  const notes = [];
  const selector = nodeAt(doc, selectorPath);
  if (!isRecord(selector.value)) return { notes };
  const memory = karpenterMemory(selector);
  const found = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), where, memory, notes);
    if (c) found.push(c);
  }
  return chosen(found[0], notes);
}
function countFromLabels(doc, podSpec) {
  const selector = child(podSpec, "nodeSelector");
  for (const label of COUNT_LABELS) {
    const node = child(selector, label);
    const n = parseWholeNumber(node.value);
    if (n !== void 0 && n > 0) return { count: located(doc, node, n), shown: `nodeSelector ${label} ${n}` };
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (!isRecord(e) || typeof e.key !== "string" || !COUNT_LABELS.includes(e.key) || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
    const node = child(child(expression, "values"), 0);
    const n = parseWholeNumber(node.value);
    if (n !== void 0 && n > 0) return { count: located(doc, node, n), shown: `node affinity ${e.key} ${n}` };
  }
  return void 0;
}
function vendorOnlyLabels(doc, podSpec) {
  const notes = [];
  const selector = child(podSpec, "nodeSelector");
  if (isRecord(selector.value)) {
    for (const key of Object.keys(selector.value)) if (NFD_VENDOR_LABEL.test(key)) notes.push(vendorOnlyNote(`nodeSelector ${key}`, doc.ranges.get(child(selector, key).rangePath)?.key ?? rangeAt(doc, selector.rangePath)));
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (isRecord(e) && typeof e.key === "string" && NFD_VENDOR_LABEL.test(e.key)) notes.push(vendorOnlyNote(`node affinity ${e.key}`, rangeAt(doc, expression.rangePath)));
  }
  return notes;
}
function gpuFromPodSpec(doc, podSpecPath, objectMetadataPath, anchor) {
  const notes = [];
  const missing = anchor ?? doc.ranges.get(podSpecPath)?.key ?? rangeAt(doc, podSpecPath);
  const podSpec = nodeAt(doc, podSpecPath);
  const metadataPaths = [objectMetadataPath];
  const template = templateMetadataPath(podSpecPath);
  if (template !== void 0 && template !== objectMetadataPath) metadataPaths.push(template);
  const labelNotes = [];
  const required = [...fromNodeSelector(doc, podSpec, labelNotes), ...fromAffinity(doc, podSpec, "required", labelNotes)];
  const annotation = fromAnnotation(doc, metadataPaths);
  let chosen2 = annotation ?? required[0];
  if (!chosen2) {
    const preferred = fromAffinity(doc, podSpec, "preferred", labelNotes);
    if (preferred[0]) {
      chosen2 = preferred[0];
      notes.push(gpuNote("gpu-preference-only", `${chosen2.source} is only a preference: the scheduler may place the workload on other nodes`, chosen2.gpu.range));
    }
  }
  if (!annotation) notes.push(...labelNotes);
  const countNotes = [];
  const { count, mig } = countFromContainers(doc, podSpec, countNotes);
  const declaration = { notes };
  if (chosen2) {
    declaration.gpu = chosen2.gpu;
    declaration.source = chosen2.source;
    notes.push(...chosen2.notes);
    for (const other of required) {
      if (other === chosen2 || gpuId(other.gpu.value) === gpuId(chosen2.gpu.value)) continue;
      notes.push(
        annotation ? gpuNote("gpu-annotation-overrides", `${chosen2.shown} overrides ${other.shown}`, chosen2.gpu.range) : gpuNote(
          "gpu-selectors-disagree",
          `${other.shown} names ${gpuLookup.find(other.gpu.value)?.id ?? other.written}, not ${gpuLookup.find(chosen2.gpu.value)?.id ?? chosen2.written} as ${chosen2.shown} does: checked as ${chosen2.written}; make the selectors agree`,
          chosen2.gpu.range
        )
      );
    }
  }
  if (mig) {
    const sliced = gpuOfMig(mig, declaration.gpu);
    declaration.gpu = sliced.gpu;
    declaration.source ??= `resource nvidia.com/mig-${mig.profile}`;
    notes.push(...sliced.notes);
  } else if (!chosen2) {
    if (!annotation) notes.push(...vendorOnlyLabels(doc, podSpec));
    notes.push(gpuNote("gpu-type-missing", MISSING_TYPE, missing));
  }
  const partition = child(child(podSpec, "nodeSelector"), GKE_PARTITION_LABEL);
  const partitionSize = labelText(partition.value);
  if (isRecord(child(podSpec, "nodeSelector").value) && partition.value !== void 0 && !mig) {
    const profile = partitionSize !== void 0 && /^\d+g\.\d+gb$/i.test(partitionSize) ? partitionSize.toLowerCase() : void 0;
    if (profile && declaration.gpu && !/-MIG-/i.test(declaration.gpu.value)) {
      const sliced = gpuOfMig({ profile, range: rangeAt(doc, partition.rangePath), path: partition.display }, declaration.gpu);
      declaration.gpu = sliced.gpu;
    } else if (!profile) {
      notes.push(
        gpuNote("gpu-mig-slice", `nodeSelector ${GKE_PARTITION_LABEL} ${describeValue(partition.value)} is not a MIG profile (1g.10gb): the whole GPU is checked`, rangeAt(doc, partition.rangePath))
      );
    }
  }
  notes.push(...countNotes);
  const perNode = chosen2?.perNode;
  if (count) {
    declaration.count = count;
    if (perNode && count.value > perNode.value && !mig) {
      notes.push(
        gpuNote("gpu-count-exceeds-node", `the containers ask for ${count.value} GPUs but ${chosen2?.written} has ${perNode.value}: the pod cannot be scheduled on one node`, count.range)
      );
    }
  } else if (perNode) {
    declaration.count = perNode;
    notes.push(
      gpuNote(
        "gpu-count-from-instance-type",
        `no container asks for nvidia.com/gpu: counted as the ${perNode.value} GPUs of one ${chosen2?.written} node; add resources.limits nvidia.com/gpu to the container to be exact`,
        perNode.range
      )
    );
  } else {
    const labelled = countFromLabels(doc, podSpec);
    if (labelled) {
      declaration.count = labelled.count;
      notes.push(
        gpuNote(
          "gpu-count-from-node-label",
          `no container asks for nvidia.com/gpu: counted as the ${labelled.count.value} GPUs ${labelled.shown} gives a node; add resources.limits nvidia.com/gpu to the container to be exact`,
          labelled.count.range
        )
      );
    } else {
      notes.push(gpuNote("gpu-count-missing", `no GPU count is declared: add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container`, missing));
    }
  }
  const labels = nodeLabelsOfPodSpec(doc, podSpecPath);
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
var VENDORS = /* @__PURE__ */ new Set(["nvidia", "amd", "intel", "google", "tenstorrent"]);
var MEMORY = /^(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?\s*\.\.\s*(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?$|^\d+(?:\.\d+)?\s*[KMGT]i?B$/i;
var COUNT = /^(\d+(?:\.\d+)?)?\s*(\.\.)?\s*(\d+(?:\.\d+)?)?$/;
function unquote(text) {
  return text.trim().replace(/^(['"])(.*)\1$/s, "$2").trim();
}
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{" || ch === "[" || ch === "(") depth++;
    if (ch === "}" || ch === "]" || ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
function countOf(token) {
  const match = COUNT.exec(token);
  if (!match || match[1] === void 0 && match[3] === void 0) return void 0;
  if (match[2] === void 0) return parseWholeNumber(match[1] ?? match[3]);
  return match[1] !== void 0 ? parseWholeNumber(match[1]) : 1;
}
function choice(name, count, memory) {
  let gpu = name;
  if (memory !== void 0 && !memory.includes("..")) {
    const gb = /^(\d+(?:\.\d+)?)\s*G/i.exec(memory);
    const specific = gb ? gpuLookup.find(`${name}-${gb[1]}GB`) : void 0;
    if (specific) gpu = specific.id;
  }
  return memory === void 0 ? { gpu, count } : { gpu, count, memory };
}
function parseOne(text) {
  const tokens = unquote(text).split(":").map((t) => unquote(t)).filter((t) => t !== "");
  const names = [];
  let count;
  let memory;
  for (const token of tokens) {
    const compact = token.replace(/\s+/g, "");
    if (VENDORS.has(compact.toLowerCase()) && names.length === 0 && count === void 0) continue;
    if (MEMORY.test(compact) && /[KMGT]/i.test(compact)) {
      memory = compact;
      continue;
    }
    const n = countOf(compact);
    if (n !== void 0) {
      count = n;
      continue;
    }
    names.push(...token.split(",").map((n2) => unquote(n2)).filter((n2) => n2 !== ""));
  }
  if (names.length === 0) return [];
  return names.map((name) => choice(name, count ?? 1, memory));
}
function parseAcceleratorString(text) {
  const trimmed = text.trim();
  const wrapped = /^\{(.*)\}$/s.exec(trimmed) ?? /^\[(.*)\]$/s.exec(trimmed);
  if (wrapped) return splitTop(wrapped[1] ?? "").flatMap((item) => parseOne(item));
  return parseOne(trimmed);
}
function acceleratorChoices(document, raw, path) {
  const range = rangeAt(document, path);
  if (typeof raw === "string") return parseAcceleratorString(raw).map((choice2) => ({ choice: choice2, range, path }));
  if (typeof raw === "number") return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item, i) => {
      const text = scalarText(item);
      const p = joinPath(path, i);
      return text === void 0 ? [] : parseAcceleratorString(text).map((choice2) => ({ choice: choice2, range: rangeAt(document, p), path: p }));
    });
  }
  if (isRecord(raw)) {
    if ("name" in raw || "count" in raw || "memory" in raw) {
      const names = Array.isArray(raw.name) ? raw.name.map((n) => scalarText(n)).filter((n) => !!n) : scalarText(raw.name) ? [scalarText(raw.name)] : [];
      const count = scalarText(raw.count) ?? "1";
      const memory = scalarText(raw.memory);
      const p = names.length > 0 ? joinPath(path, "name") : path;
      return names.flatMap((n) => parseAcceleratorString(`${n}:${memory ? `${memory}:` : ""}${count}`)).map((choice2) => ({ choice: choice2, range: rangeAt(document, p), path: p }));
    }
    return Object.entries(raw).flatMap(([name, count]) => {
      const p = joinPath(path, name);
      const spec = count === null || count === void 0 ? name : `${name}:${scalarText(count) ?? "1"}`;
      return parseAcceleratorString(spec).map((choice2) => ({ choice: choice2, range: document.ranges.get(p)?.key ?? rangeAt(document, p), path: p }));
    });
  }
  return [];
}
function firstAccelerator(choices, key) {
  const first = choices[0];
  if (!first) return { notes: [] };
  const others = choices.slice(1).filter((c) => c.choice.gpu !== first.choice.gpu || c.choice.count !== first.choice.count);
  if (others.length === 0) return { choice: first, notes: [] };
  return {
    choice: first,
    notes: [
      gpuNote(
        "alternatives-first-checked",
        `${key} allows alternatives: checked on the first, ${first.choice.gpu}:${first.choice.count}; the others (${others.map((c) => `${c.choice.gpu}:${c.choice.count}`).join(", ")}) are not checked`,
        first.range
      )
    ]
  };
}
function memoryBytesOf(token) {
  const low = token.includes("..") ? token.slice(0, token.indexOf("..")) : token;
  const match = /^(\d+(?:\.\d+)?)\s*(MB|GB|TB)?$/i.exec(low.trim());
  if (!match) return void 0;
  const n = Number(match[1]);
  const unit = (match[2] ?? "GB").toUpperCase();
  const gb = unit === "MB" ? n / 1024 : unit === "TB" ? n * 1024 : n;
  return gb > 0 ? Math.round(gb * 2 ** 30) : void 0;
}
function memoryOnlyRequest(document, raw, path) {
  const range = rangeAt(document, path);
  let memoryText;
  let countText;
  let written;
  if (typeof raw === "number") {
    countText = String(raw);
    written = countText;
  } else if (typeof raw === "string") {
    written = raw.trim();
    for (const token of unquote(raw).split(":").map((t) => t.replace(/\s+/g, "")).filter((t) => t !== "")) {
      if (VENDORS.has(token.toLowerCase())) continue;
      if (/^[A-Za-z]/.test(token)) return void 0;
      if (/[A-Za-z]/.test(token)) memoryText = token;
      else countText = token;
    }
  } else if (isRecord(raw) && raw.name === void 0 && (raw.memory !== void 0 || raw.count !== void 0)) {
    memoryText = scalarText(raw.memory)?.replace(/\s+/g, "");
    countText = scalarText(raw.count)?.replace(/\s+/g, "");
    written = [memoryText, countText].filter((t) => t !== void 0).join(":");
  } else {
    return void 0;
  }
  const memoryBytes = memoryText !== void 0 ? memoryBytesOf(memoryText) : void 0;
  const n = countText !== void 0 ? countOf(countText) : 1;
  if (memoryBytes === void 0 && countText === void 0 || n === void 0 || n < 1) return void 0;
  const memoryPath = isRecord(raw) ? joinPath(path, "memory") : path;
  const countPath = isRecord(raw) && countText !== void 0 ? joinPath(path, "count") : path;
  const request = {
    count: countText !== void 0 ? { value: n, range: rangeAt(document, countPath), path: countPath } : { value: 1, range, path: `${path} (1 GPU: dstack's default count)`, via: { assumed: true } },
    written
  };
  if (memoryBytes !== void 0 && memoryText !== void 0) {
    request.memory = { value: memoryBytes, range: rangeAt(document, memoryPath), path: `${memoryPath} (${memoryText})` };
    request.memoryWritten = memoryText;
  }
  return request;
}

// src/adapt/container.ts
function argItems(document, list, path) {
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, j) => {
    const text = scalarText(item);
    if (text === void 0) return;
    const itemPath = joinPath(path, j);
    out.push({ text, range: rangeAt(document, itemPath), path: itemPath });
  });
  return out;
}
function readContainer(document, container, path, fallbackName) {
  const containerRange = document.ranges.get(path)?.value ?? document.range;
  const nameText = scalarText(container.name);
  const named = nameText !== void 0 && nameText !== "";
  const items2 = {
    path,
    name: named ? nameText : fallbackName,
    nameRange: named ? document.ranges.get(joinPath(path, "name"))?.value ?? containerRange : document.ranges.get(path)?.key ?? containerRange,
    command: argItems(document, container.command, joinPath(path, "command")),
    args: argItems(document, container.args, joinPath(path, "args")),
    env: envFromList(document, container.env, joinPath(path, "env")),
    hasEnvFrom: Array.isArray(container.envFrom) && container.envFrom.length > 0
  };
  const own = gpuCountOf(document, path);
  if (own.count) items2.ownCount = own.count;
  if (own.count && own.mig) items2.ownMig = own.mig;
  return items2;
}

// src/parse/embedded-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function lineCounterOf(document) {
  return document.lineCounter;
}
function lineBreakWidth(document, lineCounter) {
  let crlf = false;
  let lf = false;
  (0, import_yaml.visit)(document.doc, {
    Scalar(key, node) {
      if (key === "key" || !node.range) return;
      if (node.type !== import_yaml.Scalar.PLAIN && node.type !== import_yaml.Scalar.QUOTE_DOUBLE && node.type !== import_yaml.Scalar.QUOTE_SINGLE) return;
      const [, valueEnd, nodeEnd] = node.range;
      const next = lineCounter.lineStarts[lineCounter.linePos(valueEnd).line];
      if (next === void 0 || nodeEnd !== next) return;
      if (next - valueEnd === 1) {
        lf = true;
        return import_yaml.visit.BREAK;
      }
      if (next - valueEnd === 2) crlf = true;
      return void 0;
    }
  });
  return !lf && crlf ? 2 : 1;
}
function literalBlockPlacement(document, node, lineCounter) {
  if (typeof node.value !== "string" || !node.range) return void 0;
  const [start, end] = node.range;
  const header = lineCounter.linePos(start).line;
  if (header < 1) return void 0;
  const lines = node.value.split("\n");
  if (node.value.endsWith("\n")) lines.pop();
  const lineBreak = lineBreakWidth(document, lineCounter);
  let indent;
  for (let i = 0; i < lines.length; i++) {
    const lineStart = lineCounter.lineStarts[header + i];
    if (lineStart === void 0 || lineStart >= end) return void 0;
    const content = lines[i];
    if (content === "") continue;
    const next = lineCounter.lineStarts[header + i + 1];
    const lineEnd = next === void 0 || next > end ? end : next - lineBreak;
    const shift = lineEnd - lineStart - content.length;
    if (shift < 0 || indent !== void 0 && shift !== indent) return void 0;
    indent = shift;
  }
  return { firstLine: header + 1, indent: indent ?? 0 };
}
function embeddedMapping(document, path, lineCounter = lineCounterOf(document)) {
  let node;
  try {
    node = document.doc.getIn(pathSegments(path), true);
  } catch {
    return void 0;
  }
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return void 0;
  const whole = document.ranges.get(path)?.value ?? document.range;
  const fallback = { exact: false, map: () => ({ ...whole }) };
  if (node.type !== import_yaml.Scalar.BLOCK_LITERAL || !lineCounter) return fallback;
  const placement = literalBlockPlacement(document, node, lineCounter);
  if (!placement) return fallback;
  const { firstLine, indent } = placement;
  return {
    exact: true,
    map: (r) => ({ line: firstLine + r.line - 1, column: r.column + indent, endLine: firstLine + r.endLine - 1, endColumn: r.endColumn + indent })
  };
}
function mapRanges(ranges, map) {
  const mapped = { value: map(ranges.value), whole: map(ranges.whole) };
  if (ranges.key) mapped.key = map(ranges.key);
  return mapped;
}
function parseEmbeddedYaml(document, path, file, lineCounter) {
  const mapping = embeddedMapping(document, path, lineCounter ?? lineCounterOf(document));
  if (!mapping) return void 0;
  const text = document.doc.getIn(pathSegments(path), true).value;
  const parsed = parseYamlFile(file, text);
  const { map } = mapping;
  const documents = parsed.documents.map((inner) => {
    const ranges = /* @__PURE__ */ new Map();
    for (const [key, value] of inner.ranges) ranges.set(key, mapRanges(value, map));
    return { index: inner.index, doc: inner.doc, value: inner.value, ranges, range: map(inner.range), lineCounter: inner.lineCounter };
  });
  const findings = parsed.findings.map((f) => {
    const { line, column, endLine, endColumn } = map(f);
    return { ...f, file, line, column, endLine, endColumn };
  });
  return { exact: mapping.exact, map, text, documents, findings };
}

// src/adapt/ray.ts
var RAY_MARKERS = ["ray.serve.llm", "num_gpus", ...GPU_REQUEST_MARKERS];
var FORMAT = "ray-serve";
var LLM_BUILDER = /^ray\.serve\.llm(?:\.[A-Za-z_][\w.]*)?:(build_openai_app|build_llm_deployment|build_vllm_deployment)$/;
var LLM_MODULE = "ray.serve.llm";
var NUM_GPUS = "num_gpus";
var RAY_API_GROUP = "ray.io/";
var SERVE_CONFIG_PATH = "spec.serveConfigV2";
var RUNTIME_ENV = { where: "runtime_env.env_vars", key: "runtime_env.env_vars", kubernetes: false };
var CLUSTER_PATH = "spec.rayClusterConfig";
var SET_BY_RAY = /* @__PURE__ */ new Set(["model"]);
var RAY_AMBIGUOUS = {
  a100: { covers: "A100 40GB and 80GB", exact: "write A100-80G or A100-40G to be exact" },
  v100: { covers: "V100 16GB and 32GB" }
};
function adaptRay(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = scalarText(value.apiVersion);
  if (value.kind === "RayService" && apiVersion?.startsWith(RAY_API_GROUP)) return rayService(document, value, file, absolutePath);
  if (apiVersion === void 0 && value.kind === void 0 && Array.isArray(value.applications)) {
    const { notes, note, add } = noteSink();
    const ctx = { file, absolutePath, note, add, shown: (path) => path, deployments: [] };
    return readApplications(document, ctx) ? { deployments: ctx.deployments, notes } : null;
  }
  return null;
}
function rayService(document, value, file, absolutePath) {
  const raw = at(value, ["spec", "serveConfigV2"]);
  const { notes, note, add } = noteSink();
  const shown = (path) => `${SERVE_CONFIG_PATH}: ${path}`;
  const ctx = { file, absolutePath, note, add, shown, deployments: [], service: { document } };
  if (typeof raw === "string") {
    const gpuCluster = clusterOf(ctx.service).groups.some((g) => g.requestsGpus);
    if (!raw.includes(LLM_MODULE) && !raw.includes(NUM_GPUS) && !gpuCluster) return null;
    const embedded = parseEmbeddedYaml(document, SERVE_CONFIG_PATH, file);
    if (!embedded) return null;
    const problem = embedded.findings[0];
    if (problem) {
      const detail = problem.message.replace(/^not valid YAML: /, "");
      const { line, column, endLine, endColumn } = problem;
      note("embedded-yaml-invalid", `${SERVE_CONFIG_PATH} is a string that is not valid YAML (${detail}): nothing in it is checked; fix the serve config it holds`, { line, column, endLine, endColumn }, "warning");
      return { deployments: [], notes };
    }
    const inner = embedded.documents[0];
    if (!inner || !readApplications(inner, ctx)) return null;
    return { deployments: ctx.deployments, notes };
  }
  if (isRecord(raw)) {
    const inner = subDocument(document, SERVE_CONFIG_PATH, raw);
    if (!readApplications(inner, ctx)) return null;
    const message = `${SERVE_CONFIG_PATH} is a mapping, but KubeRay takes it as a string and rejects the RayService: write it as a literal block (serveConfigV2: |) holding the same YAML`;
    const notMapping = { code: "serve-config-not-string", message, range: rangeAt(document, SERVE_CONFIG_PATH), severity: "warning" };
    return { deployments: ctx.deployments, notes: [notMapping, ...notes] };
  }
  return null;
}
function subDocument(document, path, value) {
  const ranges = /* @__PURE__ */ new Map();
  const prefix = `${path}.`;
  for (const [key, r] of document.ranges) if (key.startsWith(prefix)) ranges.set(key.slice(prefix.length), r);
  return { index: document.index, doc: document.doc, value, ranges, range: rangeAt(document, path), lineCounter: document.lineCounter };
}
function readApplications(serve, ctx) {
  const value = serve.value;
  const applications = isRecord(value) ? value.applications : void 0;
  if (!Array.isArray(applications)) return false;
  let found = false;
  applications.forEach((app, i) => {
    if (!isRecord(app)) return;
    const builder = LLM_BUILDER.exec(scalarText(app.import_path)?.trim() ?? "")?.[1];
    if (!builder) {
      found = customApplication(serve, app, `applications[${i}]`, ctx) || found;
      return;
    }
    found = true;
    const base = `applications[${i}]`;
    const appName = scalarText(app.name)?.trim() || "default";
    const args = isRecord(app.args) ? app.args : void 0;
    const appEnv = envFromMap(serve, at(app, ["runtime_env", "env_vars"]), `${base}.runtime_env.env_vars`);
    for (const { config, path } of llmConfigs(serve, builder, args, base, ctx)) {
      readLlmConfig(serve, config, path, appName, appEnv, ctx);
    }
  });
  return found;
}
function gpusAsked(raw) {
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function customApplication(serve, app, base, ctx) {
  const importPath = scalarText(app.import_path)?.trim();
  const appName = scalarText(app.name)?.trim() || "default";
  const deployments = Array.isArray(app.deployments) ? app.deployments : [];
  let asking;
  let saysNone = deployments.length > 0;
  for (let j = 0; j < deployments.length; j++) {
    const d = deployments[j];
    const gpus = gpusAsked(at(d, ["ray_actor_options", NUM_GPUS]));
    if (gpus === void 0 || gpus > 0) saysNone = false;
    if (gpus !== void 0 && gpus > 0 && !asking) asking = { name: scalarText(at(d, ["name"]))?.trim() || `deployments[${j}]`, gpus };
  }
  const gpuGroups = ctx.service ? clusterOf(ctx.service).groups.filter((g) => g.requestsGpus) : [];
  if (!asking && (gpuGroups.length === 0 || saysNone)) return false;
  const why = asking ? `its deployment ${asking.name} asks for ${asking.gpus} GPU${asking.gpus === 1 ? "" : "s"} (ray_actor_options.num_gpus)` : `the cluster's pods ask for GPUs (${gpuGroups.map((g) => g.label).join(", ")})`;
  const none = asking ? "" : "; if it uses no GPU, set ray_actor_options.num_gpus: 0 on each of its deployments to say so";
  ctx.note(
    "serve-app-not-llm",
    `application ${appName} (import_path ${importPath ?? "not set"}) is not an LLM application llm-physics reads (ray.serve.llm:build_openai_app or build_llm_deployment), and ${why}: the model it serves is in its code, so it is not checked; to have it checked, serve the model with ray.serve.llm:build_openai_app and an LLMConfig (model_loading_config.model_source, accelerator_type, engine_kwargs), or describe the deployment in a native llm-physics manifest (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count) beside this file${none}`,
    rangeAt(serve, importPath ? `${base}.import_path` : base),
    "notice"
  );
  return true;
}
function llmConfigs(serve, builder, args, base, ctx) {
  const argsPath = `${base}.args`;
  if (builder === "build_openai_app") {
    const list = args?.llm_configs;
    const listPath = `${argsPath}.llm_configs`;
    if (!Array.isArray(list)) {
      ctx.note("llm-config-invalid", `${base} builds an OpenAI app but ${listPath} is not a list of LLMConfigs: nothing in it is checked`, rangeAt(serve, list === void 0 ? base : listPath), "warning");
      return [];
    }
    const configs = [];
    list.forEach((item, j) => {
      const path = joinPath(listPath, j);
      if (isRecord(item)) configs.push({ config: item, path });
      else if (typeof item === "string") {
        ctx.note(
          "llm-config-in-other-file",
          `${path} is a path to another file (${item}), which is not read: write the LLMConfig inline (model_loading_config, accelerator_type, engine_kwargs) in place of the path to have it checked`,
          rangeAt(serve, path),
          "notice"
        );
      }
    });
    return configs;
  }
  if (isRecord(args?.llm_config)) return [{ config: args.llm_config, path: `${argsPath}.llm_config` }];
  if (args && isRecord(args.model_loading_config)) return [{ config: args, path: argsPath }];
  ctx.note("llm-config-invalid", `${base} builds one LLM deployment but ${argsPath}.llm_config is not an LLMConfig: nothing in it is checked`, rangeAt(serve, args ? argsPath : base), "warning");
  return [];
}
function modelOf(serve, config, path, shown) {
  const loading = isRecord(config.model_loading_config) ? config.model_loading_config : void 0;
  const loadingPath = `${path}.model_loading_config`;
  const source = loading?.model_source;
  const candidates = [
    [source, `${loadingPath}.model_source`, "model_source"],
    [isRecord(source) ? source.bucket_uri : void 0, `${loadingPath}.model_source.bucket_uri`, "bucket_uri"],
    [loading?.model_id, `${loadingPath}.model_id`, "model_id"]
  ];
  for (const [raw, p, key] of candidates) {
    const text = typeof raw === "string" ? raw.trim() : void 0;
    if (text) return { value: text, range: rangeAt(serve, p), path: shown(p), via: { key } };
  }
  return void 0;
}
function engineItems(serve, kwargs, path, shown) {
  const items2 = [];
  if (!isRecord(kwargs)) return items2;
  for (const [key, value] of Object.entries(kwargs)) {
    if (SET_BY_RAY.has(key)) continue;
    const p = joinPath(path, key);
    const at2 = { range: rangeAt(serve, p), path: shown(p), via: { key } };
    const flag = `--${key.replace(/_/g, "-")}`;
    if (value === true) {
      items2.push({ text: flag, ...at2 });
      continue;
    }
    const text = value === false ? void 0 : scalarText(value);
    if (text === void 0) continue;
    items2.push({ text: flag, ...at2 }, { text, ...at2 });
  }
  return items2;
}
function readLlmConfig(serve, config, path, appName, appEnv, ctx) {
  const configRange = rangeAt(serve, path);
  const model = modelOf(serve, config, path, ctx.shown);
  if (!model) {
    ctx.note("model-missing", `${path} names no model: set model_loading_config.model_id and model_source (a Hugging Face id) to have it checked`, configRange, "warning");
    return;
  }
  const loading = isRecord(config.model_loading_config) ? config.model_loading_config : {};
  const modelId = scalarText(loading.model_id)?.trim();
  const name = `${appName}/${modelId || model.value}`;
  const where = (modelId ? serve.ranges.get(`${path}.model_loading_config.model_id`)?.value : void 0) ?? model.range;
  const kwargsPath = `${path}.engine_kwargs`;
  const command = [
    { text: "vllm", range: model.range, path: "(ray serve) vllm" },
    { text: "serve", range: model.range, path: "(ray serve) serve" },
    { text: model.value, range: model.range, path: model.path, ...model.via ? { via: model.via } : {} }
  ];
  const args = engineItems(serve, config.engine_kwargs, kwargsPath, ctx.shown);
  const env = [...appEnv, ...envFromMap(serve, at(config, ["runtime_env", "env_vars"]), `${path}.runtime_env.env_vars`)];
  const facts = readEngineArgs(command, args, env, RUNTIME_ENV);
  if (!facts) return;
  ctx.add(...facts.problems);
  const count = gpusPerReplica(facts, ctx.shown(path), configRange);
  const { gpu, group } = gpuOf(serve, config, path, name, where, count, ctx);
  const serving = serve.ranges.get(kwargsPath)?.key ?? where;
  const nodeLabels2 = group?.declaration.nodeLabels;
  const d = deploymentFromFacts({ name, file: ctx.file, absolutePath: ctx.absolutePath, format: FORMAT, range: where, facts, gpu, nodeLabels: nodeLabels2, count, howToCount: "", serving, note: ctx.note });
  if (!d) return;
  if (!facts.tensorParallel && !facts.pipelineParallel && gpu) d.hardwareRange = gpu.range;
  ctx.deployments.push(d);
}
function gpusPerReplica(facts, path, configRange) {
  const tp = facts.tensorParallel;
  const pp = facts.pipelineParallel;
  if (tp && pp) return { value: tp.value * pp.value, range: tp.range, path: `${tp.path} \xD7 pipeline_parallel_size (${pp.value})` };
  if (tp) return { value: tp.value, range: tp.range, path: tp.path };
  if (pp) return { value: pp.value, range: pp.range, path: pp.path };
  return { value: 1, range: configRange, path: `${path} (1 GPU: no tensor or pipeline parallelism)` };
}
function catalogName(raw) {
  if (gpuLookup.find(raw)) return raw;
  const withMemory = /^(.*?)[-_](\d+)G$/i.exec(raw);
  const spelled = withMemory ? `${withMemory[1]}-${withMemory[2]}GB` : void 0;
  return spelled && gpuLookup.find(spelled) ? spelled : raw;
}
function sameGpu(a, b) {
  const x = gpuLookup.find(a);
  const y = gpuLookup.find(b);
  return x !== void 0 && x === y;
}
function gpuOf(serve, config, path, name, where, count, ctx) {
  const accPath = `${path}.accelerator_type`;
  const written = scalarText(config.accelerator_type)?.trim();
  const cluster = ctx.service ? clusterOf(ctx.service) : void 0;
  let gpu;
  let group;
  if (written) {
    const range = rangeAt(serve, accPath);
    gpu = { value: catalogName(written), range, path: ctx.shown(accPath), via: { key: "accelerator_type" } };
    const ambiguous = RAY_AMBIGUOUS[written.toLowerCase()];
    if (ambiguous) {
      const checked = gpuLookup.find(written)?.id ?? written;
      ctx.note("gpu-name-ambiguous", `accelerator_type ${written} covers ${ambiguous.covers}: checked as ${checked}, the smaller${ambiguous.exact ? `; ${ambiguous.exact}` : ""}`, range, "notice");
    }
    if (cluster) {
      const typed = cluster.groups.filter((g) => g.gpu && g.gpus > 0);
      group = typed.find((g) => sameGpu(g.gpu.value, gpu.value));
      const other = typed[0];
      if (!other) {
        group = cluster.groups.find((g) => g.gpus > 0);
      } else if (!group && gpuLookup.find(gpu.value) && gpuLookup.find(other.gpu.value)) {
        ctx.note(
          "gpu-not-in-cluster",
          `accelerator_type ${written} is not the GPU of any worker group (${other.label} runs on ${other.gpu.value}): Ray places the replica only on a node whose GPU is ${written}, so it cannot start on this cluster; checked as ${written}`,
          range,
          "warning"
        );
      }
    }
  } else if (cluster?.chosen?.gpu) {
    group = cluster.chosen;
    gpu = group.gpu;
    ctx.add(...cluster.notes);
  }
  if (!gpu) {
    const how = ctx.service ? `set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100\u2026), or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations of the RayService, or a nodeSelector nvidia.com/gpu.product on the GPU worker group` : "set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100\u2026)";
    ctx.note("gpu-type-missing", `no GPU type is declared for ${name}: it is checked for the memory it needs per GPU, not against a GPU; ${how}, ${DECLARE_IN_CONFIG}`, where, "notice");
    const fallback = cluster ? cluster.chosen ?? cluster.groups.find((g) => g.gpus > 0) : void 0;
    return fallback ? { group: fallback } : {};
  }
  if (group?.perPod && count.value > group.perPod.value && group.perPod.value > 0) {
    ctx.note(
      "replica-spans-pods",
      `${name} needs ${count.value} GPUs per replica (one per engine worker) but a worker pod of ${group.label} has ${group.perPod.value} (${group.perPod.path}): Ray spreads the replica over several worker pods; each GPU's memory is checked as usual`,
      count.range,
      "notice"
    );
  }
  return group ? { gpu, group } : { gpu };
}
function clusterOf(service) {
  service.cluster ??= readCluster(service.document);
  return service.cluster;
}
var NOT_FOR_RAY = /* @__PURE__ */ new Set(["gpu-type-missing", "gpu-count-missing", "gpu-count-from-instance-type"]);
function rayClusterGroups(document, clusterPath, metadataPath = "metadata") {
  const groups = [];
  const workers = at(document.value, [...pathSegments(clusterPath), "workerGroupSpecs"]);
  const add = (path, label, role) => {
    const podSpecPath = `${path}.template.spec`;
    const declaration = gpuFromPodSpec(document, podSpecPath, metadataPath);
    const perPod = declaration.count;
    const group = { label, role, path, gpus: perPod?.value ?? 0, requestsGpus: containersRequestGpus(document, podSpecPath), declaration };
    if (declaration.gpu) group.gpu = declaration.gpu;
    if (perPod) group.perPod = perPod;
    groups.push(group);
  };
  if (Array.isArray(workers)) {
    workers.forEach((w, i) => {
      const groupName = isRecord(w) ? scalarText(w.groupName) : void 0;
      add(`${clusterPath}.workerGroupSpecs[${i}]`, `workerGroupSpecs[${i}]${groupName ? ` (${groupName})` : ""}`, "worker");
    });
  }
  add(`${clusterPath}.headGroupSpec`, "headGroupSpec", "head");
  return groups;
}
function containersRequestGpus(document, podSpecPath) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return false;
  return containers.some((_, i) => (gpuCountOf(document, `${podSpecPath}.containers[${i}]`).count?.value ?? 0) > 0);
}
function readCluster(document) {
  const groups = rayClusterGroups(document, CLUSTER_PATH);
  const notes = [];
  const withGpus = groups.filter((g) => g.gpus > 0);
  const typed = withGpus.filter((g) => g.gpu);
  let chosen2 = typed[0] ?? withGpus[0] ?? groups.find((g) => g.gpu) ?? groups[0];
  const pick = leastMemoryOf(typed, (g) => g.gpu.value);
  if (pick && pick.distinct.length > 1) {
    const distinct = pick.distinct;
    chosen2 = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the worker groups have different GPUs (${distinct.map((g) => `${g.label}: ${g.gpu.value}`).join(", ")}): without accelerator_type Ray may place a replica on any of them; checked on ${chosen2.gpu.value}, the one with the least memory; set accelerator_type to choose`,
        chosen2.gpu.range
      )
    );
  }
  if (chosen2?.gpu) notes.unshift(...chosen2.declaration.notes.filter((n) => !NOT_FOR_RAY.has(n.code)));
  return chosen2 ? { groups, chosen: chosen2, notes } : { groups, notes };
}

// src/adapt/aibrix.ts
var AIBRIX_MARKERS = ["orchestration.aibrix.ai"];
var KUBERAY_MARKERS = ["ray.io/"];
var FLEET = { format: "aibrix", group: "orchestration.aibrix.ai/", kinds: ["RayClusterFleet", "RayClusterReplicaSet"], cluster: "spec.template.spec" };
var RAY_CLUSTER = { format: "kuberay", group: "ray.io/", kinds: ["RayCluster"], cluster: "spec" };
var headPodOf = (shape) => `${shape.cluster}.headGroupSpec.template.spec`;
var KUBERAY_ENV = ["KUBERAY_GEN_RAY_START_CMD", "RAY_IP", "RAY_PORT", "RAY_ADDRESS", "RAY_CLUSTER_NAME"];
var TOLD_HERE = /* @__PURE__ */ new Set(["gpu-type-missing", "gpu-count-missing"]);
var HOW_TO_COUNT = "add resources.limits nvidia.com/gpu to the ray-head and ray-worker containers (headGroupSpec and workerGroupSpecs pod templates)";
function adaptAibrix(document, file, absolutePath) {
  return adaptCluster(document, file, absolutePath, FLEET);
}
function adaptRayCluster(document, file, absolutePath) {
  return adaptCluster(document, file, absolutePath, RAY_CLUSTER);
}
function adaptCluster(document, file, absolutePath, shape) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = value.apiVersion;
  const kind = value.kind;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(shape.group) || typeof kind !== "string" || !shape.kinds.includes(kind)) return null;
  const CLUSTER = shape.cluster;
  const HEAD_POD = headPodOf(shape);
  if (!isRecord(at(value, pathSegments(CLUSTER)))) return null;
  const ctx = objectContext(document, file, absolutePath, kind);
  const groups = rayClusterGroups(document, CLUSTER);
  const withGpus = groups.filter((g) => g.gpus > 0);
  const engine = headEngine(document, HEAD_POD);
  if (!engine) {
    const gpuGroups = groups.filter((g) => g.requestsGpus);
    if (gpuGroups.length === 0) return null;
    ctx.note(
      "gpu-container-no-engine",
      `${kind} ${ctx.name} asks for GPUs (${gpuGroups.map((g) => g.label).join(", ")}) but its head runs no engine llm-physics reads, so it is not checked: start the engine in the ray-head container's command or args with the model named, after ray start (vllm serve <org/model> --tensor-parallel-size N --pipeline-parallel-size M --distributed-executor-backend ray)`,
      ctx.keyRangeOf(HEAD_POD, ctx.deploymentRange),
      "notice"
    );
    return { deployments: [], notes: ctx.notes };
  }
  const { facts, name: containerName, nameRange } = engine;
  ctx.add(...facts.problems);
  if (shape === FLEET) fleetReplicas(ctx);
  if (!facts.model) {
    ctx.note("model-missing", `no model found in the engine arguments of the head container ${containerName}: pass the model after \`vllm serve\` (or --model); ${ctx.name} is not checked`, nameRange, "warning");
    return { deployments: [], notes: ctx.notes };
  }
  const count = clusterCount(ctx, groups, facts);
  const { gpu, nodeLabels: nodeLabels2 } = clusterGpu(ctx, groups, withGpus, nameRange);
  const d = deploymentFromFacts({
    name: ctx.name,
    subject: `the Ray cluster of ${ctx.name}`,
    file,
    absolutePath,
    format: shape.format,
    range: ctx.deploymentRange,
    facts,
    gpu,
    nodeLabels: nodeLabels2,
    ...count ? { count } : {},
    howToCount: HOW_TO_COUNT,
    serving: nameRange,
    note: ctx.note
  });
  return { deployments: d ? [d] : [], notes: ctx.notes };
}
function headEngine(document, HEAD_POD) {
  const containers = at(document.value, [...pathSegments(HEAD_POD), "containers"]);
  if (!Array.isArray(containers)) return void 0;
  for (let i = 0; i < containers.length; i++) {
    const container = containers[i];
    if (!isRecord(container)) continue;
    const path = joinPath(`${HEAD_POD}.containers`, i);
    const items2 = readContainer(document, container, path, `containers[${i}]`);
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const injected = KUBERAY_ENV.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by KubeRay)` }));
    const facts = readEngineArgs(items2.command, items2.args, [...injected, ...items2.env]);
    if (facts) return { facts, name: items2.name, nameRange: items2.nameRange };
  }
  return void 0;
}
function wholeAt(ctx, path, ifNot) {
  const raw = at(ctx.document.value, pathSegments(path));
  if (raw === void 0 || raw === null) return void 0;
  const n = parseWholeNumber(raw);
  if (n === void 0) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number: ${ifNot}`, ctx.rangeOf(path), "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: the API expects a number; read as ${n}`, ctx.rangeOf(path), "warning");
  return n;
}
function fleetReplicas(ctx) {
  wholeAt(ctx, "spec.replicas", "each Ray cluster is checked alone either way");
}
function workerPods(ctx, group) {
  if (at(ctx.document.value, [...pathSegments(group.path), "suspend"]) === true) return { pods: 0, how: "suspend: true" };
  const whole = (key) => wholeAt(ctx, `${group.path}.${key}`, `${group.label} is counted as if it were not set`);
  const replicas = whole("replicas");
  const min = whole("minReplicas") ?? 0;
  const max = whole("maxReplicas");
  const hosts = whole("numOfHosts") ?? 1;
  let n;
  let how;
  if (replicas === void 0 || replicas < min) {
    n = min;
    how = replicas === void 0 ? `minReplicas ${min} (no replicas)` : `minReplicas ${min} (replicas ${replicas} is below it)`;
  } else if (max !== void 0 && replicas > max) {
    n = max;
    how = `maxReplicas ${max} (replicas ${replicas} is above it)`;
  } else {
    n = replicas;
    how = `replicas ${replicas}`;
  }
  if (hosts !== 1) how = `${how} \xD7 numOfHosts ${hosts}`;
  return { pods: n * hosts, how };
}
function clusterCount(ctx, groups, facts) {
  const parts = [];
  for (const group of groups) {
    if (!group.perPod || group.perPod.value <= 0) continue;
    const perPod = group.perPod;
    if (group.role === "head") {
      parts.unshift({ group, pods: 1, perPod, shown: `headGroupSpec ${plural(perPod.value, "GPU")}` });
      continue;
    }
    const { pods: pods2, how } = workerPods(ctx, group);
    if (pods2 === 0) {
      ctx.note(
        "workers-not-counted",
        `${group.label} asks for ${plural(perPod.value, "GPU")} per pod but starts no pods (${how}): its GPUs are not counted; set replicas to the worker pods the engine runs on`,
        ctx.keyRangeOf(`${group.path}.replicas`, ctx.keyRangeOf(group.path)),
        "notice"
      );
      continue;
    }
    parts.push({ group, pods: pods2, perPod, shown: `${group.label} ${how} \xD7 ${plural(perPod.value, "GPU")}` });
  }
  const first = parts[0];
  if (!first) return void 0;
  const total = parts.reduce((sum, p) => sum + p.pods * p.perPod.value, 0);
  const pods = parts.reduce((sum, p) => sum + p.pods, 0);
  if (pods === 1) return first.perPod;
  const shown = parts.map((p) => p.shown).join(" + ");
  const tp = facts.tensorParallel?.value ?? 1;
  const pp = facts.pipelineParallel?.value ?? 1;
  const worker = parts.find((p) => p.group.role === "worker") ?? first;
  ctx.note(
    "multi-node",
    `${ctx.name} runs one engine over the Ray cluster's ${pods} GPU pods (${shown}): checked as one deployment over all ${total} GPUs, tensor parallel ${tp} \xD7 pipeline parallel ${pp}`,
    ctx.keyRangeOf(`${worker.group.path}.replicas`, worker.perPod.range),
    "notice"
  );
  return { value: total, range: first.perPod.range, path: shown };
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
function clusterGpu(ctx, groups, withGpus, anchor) {
  const headFirst = (list) => [...list.filter((g) => g.role === "head"), ...list.filter((g) => g.role !== "head")];
  const candidates = headFirst(withGpus.length > 0 ? withGpus.filter((g) => g.gpu) : groups.filter((g) => g.gpu));
  let chosen2 = candidates[0];
  const notes = [];
  const pick = leastMemoryOf(candidates, (g) => g.gpu.value);
  if (pick && pick.distinct.length > 1) {
    chosen2 = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the Ray cluster's groups have different GPUs (${pick.distinct.map((g) => `${g.label}: ${g.gpu.value}`).join(", ")}): the engine's shards run on all of them; checked on ${chosen2.gpu.value}, the one with the least memory`,
        chosen2.gpu.range
      )
    );
  }
  for (const g of withGpus.length > 0 ? withGpus : chosen2 ? [chosen2] : []) ctx.add(...g.declaration.notes.filter((n) => !TOLD_HERE.has(n.code)));
  ctx.add(...notes);
  const labels = (chosen2 ?? headFirst(withGpus)[0] ?? groups.find((g) => g.role === "head"))?.declaration.nodeLabels;
  if (chosen2?.gpu) return labels ? { gpu: chosen2.gpu, nodeLabels: labels } : { gpu: chosen2.gpu };
  const firstGpuGroup = headFirst(withGpus)[0];
  const where = firstGpuGroup ? ctx.keyRangeOf(`${firstGpuGroup.path}.template.spec`, anchor) : anchor;
  ctx.note(
    "gpu-type-missing",
    `no GPU type is declared for ${ctx.name}: it is checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} to the pod templates of the GPU groups (headGroupSpec, workerGroupSpecs), or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations of the ${String(at(ctx.document.value, ["kind"]))}, ${DECLARE_IN_CONFIG}`,
    where,
    "notice"
  );
  return labels ? { nodeLabels: labels } : {};
}

// src/adapt/launch-script.ts
var LAUNCHER_MARKERS = ["vllm", "sglang", "text-generation-launcher", "trtllm-serve"];
function mentionsMarker(text) {
  return LAUNCHER_MARKERS.some((m) => text.includes(m));
}
var SHELL = (range) => [
  { text: "sh", range, path: "(shell) sh" },
  { text: "-c", range, path: "(shell) -c" }
];
function readScripts(scripts, env, envKey) {
  for (const script of scripts) {
    if (!mentionsMarker(script.text)) continue;
    const facts = readEngineArgs(SHELL(script.range), [script], env, { where: envKey, key: envKey, kubernetes: false });
    if (facts) return { facts, script };
  }
  return null;
}
function launcherEnv(document, raw, path) {
  return Array.isArray(raw) ? envFromStrings(document, raw, path) : envFromMap(document, raw, path);
}
function runtimeEnv(choice2, vars, nodes = 1) {
  if (!choice2) return [];
  return Object.entries(vars).map(([name, multiplier]) => ({
    name,
    value: String(multiplier === 0 ? nodes : choice2.choice.count * multiplier),
    range: choice2.range,
    path: `${choice2.path} (${name}, set by the launcher)`
  }));
}

// src/adapt/references.ts
var OME_KINDS = {
  ServingRuntime: "OmeServingRuntime",
  ClusterServingRuntime: "OmeClusterServingRuntime",
  BaseModel: "OmeBaseModel",
  ClusterBaseModel: "OmeClusterBaseModel"
};
var CLUSTER_SCOPED = /* @__PURE__ */ new Set(["ClusterServingRuntime", "OmeClusterServingRuntime", "OmeClusterBaseModel"]);
var REFERENCE_MARKERS = ["ServingRuntime", "NIMCache", "inference_config.yaml", "BaseModel"];
var KAITO_CONFIG_KEY = "inference_config.yaml";
var API_GROUPS = {
  ServingRuntime: "serving.kserve.io/",
  ClusterServingRuntime: "serving.kserve.io/",
  NIMCache: "apps.nvidia.com/",
  // The core group: apiVersion is exactly `v1` (see referenceKind).
  ConfigMap: "v1"
};
var NO_REFERENCES = { find: () => [], all: () => [] };
function stamp(range, file) {
  return { ...range, file };
}
function stampRanges(ranges, file) {
  const out = { value: stamp(ranges.value, file), whole: stamp(ranges.whole, file) };
  if (ranges.key) out.key = stamp(ranges.key, file);
  return out;
}
function inFile(document, file) {
  const ranges = /* @__PURE__ */ new Map();
  for (const [path, r] of document.ranges) ranges.set(path, stampRanges(r, file));
  return { ...document, ranges, range: stamp(document.range, file) };
}
function referenceKind(value) {
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  if (apiVersion.startsWith("ome.io/")) return Object.prototype.hasOwnProperty.call(OME_KINDS, kind) ? OME_KINDS[kind] : null;
  if (!Object.prototype.hasOwnProperty.call(API_GROUPS, kind)) return null;
  if (kind === "ConfigMap") return apiVersion === "v1" && typeof at(value, ["data", KAITO_CONFIG_KEY]) === "string" ? "ConfigMap" : null;
  const known = kind;
  return apiVersion.startsWith(API_GROUPS[known]) ? known : null;
}
var ReferenceIndex = class {
  byKind = /* @__PURE__ */ new Map();
  /** Index the documents of one file that other documents may refer to. */
  addFile(documents, file, absolutePath) {
    for (const document of documents) {
      const kind = referenceKind(document.value);
      if (!kind) continue;
      const name = scalarText(at(document.value, ["metadata", "name"]))?.trim();
      if (!name) continue;
      const namespace = scalarText(at(document.value, ["metadata", "namespace"]))?.trim();
      const object = { kind, name, document: inFile(document, file), file, absolutePath };
      if (namespace) object.namespace = namespace;
      const list = this.byKind.get(kind) ?? [];
      list.push(object);
      this.byKind.set(kind, list);
    }
  }
  find(kind, name, namespace) {
    const named = (this.byKind.get(kind) ?? []).filter((o) => o.name === name);
    if (CLUSTER_SCOPED.has(kind) || namespace === void 0) return named;
    const same = named.filter((o) => o.namespace === namespace);
    const unspecified = named.filter((o) => o.namespace === void 0);
    return [...same, ...unspecified];
  }
  all(kind) {
    return this.byKind.get(kind) ?? [];
  }
};
function firstFound(found, named, note) {
  if (found.length > 1) {
    const places = found.map((o) => `${o.file}:${o.document.range.line}`).join(", ");
    note("reference-ambiguous", `${named.value} is defined ${found.length} times (${places}): the first is read`, named.range, "notice");
  }
  return found[0];
}

// src/adapt/nim.ts
var NIM_MARKERS = ["NIMService"];
var FORMAT2 = "nim";
var NIM_API_GROUP = "apps.nvidia.com/";
function adaptNim(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(NIM_API_GROUP) || kind !== "NIMService") return null;
  if (!isRecord(value.spec)) return null;
  return nimService(objectContext(document, file, absolutePath, kind), value.spec, references);
}
var NIM_IMAGE_MARKER = "nvcr.io/nim/";
function isNimImage(image) {
  return image.includes(NIM_IMAGE_MARKER);
}
function imageName(image) {
  let text = image.trim().replace(/@.*$/, "");
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  if (colon > slash) text = text.slice(0, colon);
  const last = text.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? void 0 : last;
}
function isModelFreeImage(image) {
  return imageName(image)?.toLowerCase() === "llm-nim";
}
function modelFromNimImage(image) {
  return isModelFreeImage(image) ? void 0 : imageName(image);
}
function howToNameModel(envKey) {
  return `run a model-specific NIM image (nvcr.io/nim/<org>/<model>:<tag>), or set NIM_MODEL_NAME (NIM 1.x) or NIM_MODEL_PATH (NIM 2.x) to hf://<org>/<model> in ${envKey}`;
}
var NIM_NUMBER_ENV = [
  ["NIM_MAX_MODEL_LEN", "maxContextLength", "tokens"],
  ["NIM_TENSOR_PARALLEL_SIZE", "tensorParallel", "GPUs"],
  ["NIM_PIPELINE_PARALLEL_SIZE", "pipelineParallel", "pipeline stages"],
  ["NIM_MAX_NUM_SEQS", "maxConcurrentSequences", "sequences"]
];
var NIM_SERVE_COMMANDS = /* @__PURE__ */ new Set(["nim-serve", "start-server", "start_server", "/opt/nim/start_server.sh"]);
function readProfileName(text) {
  const out = {};
  for (const token of text.trim().toLowerCase().split("-")) {
    const precision = NIM_PRECISIONS[token];
    if (precision && out.precision === void 0) out.precision = precision;
    const tp = /^tp(\d{1,4})$/.exec(token);
    if (tp && Number(tp[1]) >= 1) out.tensorParallel = Number(tp[1]);
    const pp = /^pp(\d{1,4})$/.exec(token);
    if (pp && Number(pp[1]) >= 1) out.pipelineParallel = Number(pp[1]);
  }
  return out.precision === void 0 && out.tensorParallel === void 0 && out.pipelineParallel === void 0 ? void 0 : out;
}
function isRemoteModel(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^file:\/\//i.test(text);
}
function readNimContainer(c) {
  const problems = [];
  const tell = (code, message, range, severity) => problems.push({ code, message, range, severity });
  const env = /* @__PURE__ */ new Map();
  for (const e of c.env) env.set(e.name, e);
  const said = (e) => c.envIsMap ? e.path : `${e.path} ${e.name}`;
  const pathOf = (e) => c.envIsMap ? e.path : `${e.path} (${e.name})`;
  const fromEnv = (value, e) => ({ value, range: e.range, path: pathOf(e), via: { env: e.name } });
  const outside = (e, what) => tell("env-var-from-secret", `${said(e)} is set outside the manifest (valueFrom, or when the run starts), so ${what} is not read from it`, e.range, "notice");
  const cli = [];
  const passthrough = env.get("NIM_PASSTHROUGH_ARGS");
  if (passthrough?.value === null) outside(passthrough, "the engine flags it passes");
  for (const word of passthrough?.value?.trim().split(/\s+/) ?? []) {
    if (word !== "") cli.push({ text: word, range: passthrough.range, path: said(passthrough) });
  }
  const args = [...c.args ?? []];
  if (args.length > 0 && NIM_SERVE_COMMANDS.has(args[0].text.trim())) args.shift();
  cli.push(...args);
  const entry = [
    { text: "vllm", range: c.image.range, path: `${c.image.path} (NIM's engine)` },
    { text: "serve", range: c.image.range, path: `${c.image.path} (NIM's engine)` }
  ];
  const flags = cli.length > 0 ? readEngineArgs(entry, cli, c.env) : null;
  const facts = { ...flags ?? {}, engine: "vllm", problems };
  delete facts.model;
  delete facts.weightPrecision;
  problems.push(...flags?.problems ?? []);
  const imageModel = modelFromNimImage(c.image.value);
  const fromImage = imageModel ? { ...c.image, value: imageModel } : void 0;
  let model;
  let local;
  if (flags?.model && isRemoteModel(flags.model.value)) model = modelFromUri(flags.model);
  for (const name of ["NIM_MODEL_NAME", "NIM_MODEL_PATH"]) {
    const e = env.get(name);
    if (!e || model) continue;
    if (e.value === null) {
      outside(e, "the model");
      continue;
    }
    const text = e.value.trim();
    if (text === "") continue;
    if (isRemoteModel(text)) {
      model = modelFromUri(fromEnv(text, e));
      if (imageModel) tell("value-overridden", `${said(e)} is ${text}, another model than the image's ${imageModel}: NIM loads ${text}, which is checked`, e.range, "notice");
    } else if (fromImage) {
      model = fromImage;
      tell("model-from-image", `${said(e)} is ${text}, a local path that names no model: the model is read from the image, ${imageModel}; set ${name} to hf://<org>/<model> to check another`, e.range, "notice");
    } else {
      local ??= `${said(e)} is ${text}, a local path that names no model`;
    }
  }
  model ??= fromImage;
  if (!model) {
    const served = env.get("NIM_SERVED_MODEL_NAME");
    const text = served?.value?.trim();
    const why = local ?? `${c.image.value} names no model`;
    if (served && text) {
      model = fromEnv(text, served);
      tell("model-from-served-name", `${why}: the model is read from ${said(served)} (${text}), the name it is served under; set NIM_MODEL_NAME or NIM_MODEL_PATH to hf://<org>/<model> to be exact`, served.range, "notice");
    } else if (c.servedName) {
      model = c.servedName;
      tell("model-from-served-name", `${why}: the model is read from ${c.servedName.path} (${c.servedName.value}), the name it is served under; set NIM_MODEL_NAME or NIM_MODEL_PATH to hf://<org>/<model> to be exact`, c.servedName.range, "notice");
    } else {
      tell("model-missing", `no model found for ${c.image.path}: ${why}; ${howToNameModel(c.envKey)}; it is not checked`, c.image.range, "warning");
    }
  }
  if (model) facts.model = model;
  for (const [name, key, unit] of NIM_NUMBER_ENV) {
    const e = env.get(name);
    if (!e) continue;
    if (e.value === null) {
      outside(e, `the ${unit === "tokens" ? "context length" : name}`);
      continue;
    }
    const n = parseWholeNumber(e.value);
    if (n === void 0 || n < 1) {
      tell("not-whole-number", `${said(e)} is ${describeValue(e.value)}, not a whole number of ${unit}: not used`, e.range, "warning");
      continue;
    }
    const located2 = { value: n, range: e.range, path: pathOf(e), via: { env: name } };
    const flag = facts[key];
    if (flag && flag.value !== n) {
      tell("value-overridden", `${said(e)} is ${n} but ${flag.path} says ${flag.value}: NIM gives the command line's ${flag.value} to its engine`, e.range, "warning");
      continue;
    }
    if (!flag) facts[key] = located2;
  }
  let precision;
  const profile = env.get("NIM_MODEL_PROFILE");
  const profileText = profile?.value?.trim();
  if (profile && profile.value === null) outside(profile, "the profile");
  if (profile && profileText) {
    const read2 = readProfileName(profileText);
    const at2 = (what) => ({ range: profile.range, path: c.envIsMap ? `${profile.path} (${what})` : `${profile.path} (NIM_MODEL_PROFILE: ${what})`, via: { env: "NIM_MODEL_PROFILE" } });
    if (!read2) {
      tell(
        "profile-not-read",
        `${said(profile)} is ${profileText}, ${/^[0-9a-f]{16,}$/i.test(profileText) ? "a profile id" : "a name"} that does not say its precision or parallelism: set NIM_TENSOR_PARALLEL_SIZE in ${c.envKey}, or use the profile's readable name (vllm-bf16-tp2-pp1, from list-model-profiles), to have them checked`,
        profile.range,
        "notice"
      );
    } else {
      if (read2.precision) precision = { value: read2.precision, ...at2(read2.precision), reason: `the NIM profile ${profileText} names ${read2.precision}` };
      for (const [key, n, token] of [["tensorParallel", read2.tensorParallel, "tp"], ["pipelineParallel", read2.pipelineParallel, "pp"]]) {
        if (n === void 0) continue;
        const set = facts[key];
        if (!set) facts[key] = { value: n, ...at2(`${token}${n}`) };
        else if (set.value !== n) tell("value-overridden", `${said(profile)} ${profileText} is ${token}${n}, but ${set.path} says ${set.value}: ${set.value} is checked`, profile.range, "warning");
      }
    }
  }
  if (!precision && flags?.weightPrecision && flags.weightPrecision.path !== flags.model?.path) precision = flags.weightPrecision;
  if (!precision && model) {
    const named = precisionFromModelName(model.value);
    if (named) precision = { value: named.precision, range: model.range, path: model.path, ...model.via ? { via: model.via } : {}, reason: named.reason };
  }
  if (precision) facts.weightPrecision = precision;
  return facts;
}
var NIM_PRECISIONS = {
  fp8: "fp8",
  bf16: "bf16",
  fp16: "fp16",
  int8: "int8",
  int8_wo: "int8",
  int4: "int4",
  int4_awq: "int4",
  awq: "int4",
  nvfp4: "fp4",
  fp4: "fp4",
  mxfp4: "fp4"
};
function cacheProfile(ctx, cache) {
  const label = `NIMCache ${cache.name}`;
  const doc = cache.document;
  const located2 = (path) => {
    const text = scalarText(at(doc.value, pathSegments(path)))?.trim();
    if (!text) return void 0;
    return { text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${label} ${path}` };
  };
  const profile = { label };
  const model = "spec.source.ngc.model";
  const precision = located2(`${model}.precision`);
  if (precision) {
    const value = NIM_PRECISIONS[precision.text.toLowerCase()];
    if (value) profile.precision = { value, range: precision.range, path: precision.path };
    else ctx.note("precision-unknown", `${precision.path} is ${precision.text}, not a precision llm-physics knows (${Object.keys(NIM_PRECISIONS).join(", ")}): the model's own precision is checked`, precision.range, "notice");
  }
  const tp = located2(`${model}.tensorParallelism`);
  if (tp) {
    const n = parseWholeNumber(tp.text);
    if (n !== void 0 && n >= 1) profile.tensorParallel = { value: n, range: tp.range, path: tp.path };
    else ctx.note("not-whole-number", `${tp.path} is ${describeValue(tp.text)}, not a whole number`, tp.range, "warning");
  }
  const gpus = at(doc.value, ["spec", "source", "ngc", "model", "gpus"]);
  const product = Array.isArray(gpus) ? located2(`${model}.gpus[0].product`) : isRecord(gpus) ? located2(`${model}.gpus.product`) : void 0;
  if (product) {
    const dashed = product.text.replace(/_/g, "-");
    const value = gpuLookup.find(product.text) || !gpuLookup.find(dashed) ? product.text : dashed;
    profile.gpu = { value, range: product.range, path: product.path };
  }
  return profile;
}
function findCache(ctx, references) {
  const name = ctx.textAt("spec.storage.nimCache.name");
  if (!name) return void 0;
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || void 0;
  const found = references.find("NIMCache", name.value, namespace);
  if (found.length === 0) {
    ctx.note(
      "cache-not-found",
      `${name.path} is ${name.value}, a NIMCache not found in the files checked: the profile it caches (precision, tensor parallelism, GPU) is not read; check the NIMCache's file together with this one`,
      name.range,
      "notice"
    );
    return void 0;
  }
  return firstFound(found, name, ctx.note);
}
function nimService(ctx, spec, references) {
  const specKey = ctx.keyRangeOf("spec");
  const repository = ctx.textAt("spec.image.repository");
  const facts = repository ? readNimContainer({
    image: { value: repository.value, range: repository.range, path: repository.path },
    env: envFromList(ctx.document, spec.env, "spec.env"),
    args: argItems(ctx.document, spec.args, "spec.args"),
    envKey: "spec.env"
  }) : void 0;
  if (facts) ctx.add(...facts.problems);
  const model = facts?.model;
  if (!repository) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.image.repository (nvcr.io/nim/<org>/<model>); ${ctx.name} is not checked`, specKey, "warning");
  const cache = findCache(ctx, references);
  const profile = cache ? cacheProfile(ctx, cache) : void 0;
  const declaration = gpuFromPodSpec(ctx.document, "spec", "metadata", specKey);
  if (profile?.gpu) {
    const cached = gpuLookup.find(profile.gpu.value)?.id;
    if (!declaration.gpu) {
      declaration.gpu = profile.gpu;
      declaration.notes = declaration.notes.filter((n) => n.code !== "gpu-type-missing");
    } else if (cached !== void 0 && gpuLookup.find(declaration.gpu.value)?.id !== cached) {
      ctx.note(
        "cache-gpu-mismatch",
        `${profile.label} caches a profile for ${profile.gpu.value} (${profile.gpu.path}), but ${ctx.name} runs on ${declaration.gpu.value}: NIM picks the profile for the GPU it runs on, which the cache may not hold; checked on ${declaration.gpu.value}`,
        declaration.gpu.range,
        "warning"
      );
    }
  }
  const counted = gpuCountOf(ctx.document, "spec");
  for (const n of declaration.notes) {
    if (n.code === "gpu-count-missing" || n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label") continue;
    if (n.code === "gpu-type-missing") {
      if (counted.mig) continue;
      ctx.note(n.code, `${n.message} (for a NIMService: the annotation ${GPU_ANNOTATION} under metadata.annotations, or spec.nodeSelector)`, n.range, n.severity);
    } else {
      ctx.add(n);
    }
  }
  let gpu = declaration.gpu;
  if (counted.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(counted.mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  const tensorParallel = facts?.tensorParallel ?? profile?.tensorParallel;
  if (facts?.tensorParallel && profile?.tensorParallel && facts.tensorParallel.value !== profile.tensorParallel.value) {
    ctx.note(
      "value-overridden",
      `${facts.tensorParallel.path} is ${facts.tensorParallel.value} but ${profile.tensorParallel.path} caches a profile for ${profile.tensorParallel.value}: ${facts.tensorParallel.value} is checked, and NIM needs a profile for it`,
      facts.tensorParallel.range,
      "warning"
    );
  }
  for (const n of counted.notes) ctx.add(n.code === "not-whole-number" ? { ...n, severity: "warning" } : n);
  let count = counted.count;
  if (!count) {
    const tp = tensorParallel;
    const whose = tp === profile?.tensorParallel ? "the cached profile's tensor parallelism" : "the tensor parallelism";
    const assumed = tp ? `${tp.value} GPU${tp.value === 1 ? "" : "s"}, ${whose}` : "1 GPU";
    ctx.note("gpu-count-assumed", `no GPU count is declared for ${ctx.name}: checked as ${assumed}; add spec.resources.limits nvidia.com/gpu`, specKey, "notice");
    count = tp ? { value: tp.value, range: tp.range, path: `assumed: ${whose}`, via: { assumed: true } } : { value: 1, range: declaration.gpu?.range ?? specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  }
  if (!facts || !model) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT2, model, gpu, count, specKey, declaration.nodeLabels);
  applyEngineFacts(deployment, facts);
  const via = facts.weightPrecision?.via;
  const profileNamed = via !== void 0 && "env" in via && via.env === "NIM_MODEL_PROFILE";
  if (profile?.precision && !profileNamed) deployment.precision = profile.precision;
  if (tensorParallel) deployment.tensorParallel = tensorParallel;
  return { deployments: [deployment], notes: ctx.notes };
}

// src/adapt/dstack.ts
var DSTACK_MARKERS = [...LAUNCHER_MARKERS, NIM_IMAGE_MARKER];
var FORMAT3 = "dstack";
function adaptDstack(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || typeof value.type !== "string") return null;
  if (value.type !== "service" && value.type !== "task") return null;
  const sink = noteSink();
  const service = scalarText(value.name)?.trim() || `dstack-${value.type}`;
  const where = document.ranges.get("name")?.value ?? document.ranges.get("type")?.value ?? document.range;
  const env = launcherEnv(document, value.env, "env");
  const image = imageAt(document, value, "");
  const groupsKey = value.type !== "service" ? void 0 : Array.isArray(value.replicas) ? "replicas" : Array.isArray(value.groups) ? "groups" : void 0;
  if (!groupsKey) {
    const unit = { name: service, subject: service, prefix: "", value, range: where, image, env, envIsMap: isRecord(value.env), nodes: parseWholeNumber(value.nodes) ?? 1 };
    const read2 = readUnit(document, unit, value, sink, file, absolutePath);
    if (read2 === null) return null;
    return { deployments: read2.deployment ? [read2.deployment] : [], notes: sink.notes };
  }
  return replicaGroups(document, value, groupsKey, { service, env, envIsMap: isRecord(value.env), image, file, absolutePath, sink });
}
function imageAt(document, raw, prefix) {
  const text = scalarText(raw.image)?.trim();
  if (!text) return void 0;
  const path = `${prefix}image`;
  return { value: text, range: rangeAt(document, path), path, via: { key: "image" } };
}
function publishedModel(document, service) {
  const path = isRecord(service.model) ? "model.name" : "model";
  const text = scalarText(isRecord(service.model) ? service.model.name : service.model)?.trim();
  return text ? { value: text, range: rangeAt(document, path), path } : void 0;
}
function roleOf(texts, name) {
  for (const text of texts) {
    const mode = /--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
    if (mode) return mode[1].toLowerCase();
    const kvRole = /["']?kv_role["']?\s*:\s*["']?(kv_producer|kv_consumer)\b/i.exec(text);
    if (kvRole) return kvRole[1].toLowerCase() === "kv_producer" ? "prefill" : "decode";
    if (/--is[-_]prefill[-_]worker\b/i.test(text)) return "prefill";
  }
  const named = /(?:^|[-_])(prefill|decode)(?:$|[-_])/i.exec(name);
  return named ? named[1].toLowerCase() : void 0;
}
function replicaGroups(document, value, key, parts) {
  const { service, sink } = parts;
  const { note } = sink;
  const groups = value[key];
  if (Array.isArray(value.commands) && value.commands.length > 0) {
    note(
      "key-not-accepted",
      `commands at the service level is not allowed when ${key} lists replica groups (dstack rejects the file): they are not read; move them into each group's commands`,
      document.ranges.get("commands")?.key ?? rangeAt(document, "commands"),
      "warning"
    );
  }
  const serviceGpu = isRecord(value.resources) ? value.resources.gpu : void 0;
  if (serviceGpu !== void 0 && serviceGpu !== null) {
    note(
      "value-overridden",
      `resources.gpu at the service level is not used when ${key} lists replica groups: dstack provisions each group with its own resources (a group without them gets no GPU); write resources.gpu in each group`,
      rangeAt(document, "resources.gpu"),
      "warning"
    );
  }
  const read2 = [];
  const idle = [];
  let anyEngine = false;
  groups.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const prefix = `${key}[${i}].`;
    const group = scalarText(raw.name)?.trim() || String(i);
    const anchor = raw.name !== void 0 ? rangeAt(document, `${prefix}name`) : document.ranges.get(`${key}[${i}]`)?.value ?? rangeAt(document, key);
    let env = parts.env;
    if (raw.env !== void 0 && raw.env !== null) {
      const own = launcherEnv(document, raw.env, `${prefix}env`);
      const names = new Set(own.map((e) => e.name));
      env = [...parts.env.filter((e) => !names.has(e.name)), ...own];
      note(
        "key-not-accepted",
        `${prefix}env: dstack does not accept env in a replica group (it rejects the file; env is the service's): read over the service's env as meant; move these variables to the service's env`,
        document.ranges.get(`${prefix}env`)?.key ?? rangeAt(document, `${prefix}env`),
        "warning"
      );
    }
    const unit = {
      name: `${service}/${group}`,
      subject: `replica group ${group}`,
      prefix,
      value: raw,
      range: anchor,
      image: imageAt(document, raw, prefix) ?? parts.image,
      env,
      envIsMap: parts.envIsMap && (raw.env === void 0 || raw.env === null || isRecord(raw.env)),
      nodes: 1
    };
    const result = readUnit(document, unit, value, sink, parts.file, parts.absolutePath);
    if (result === null) {
      const gpu = isRecord(raw.resources) ? raw.resources.gpu : void 0;
      if (gpu !== void 0 && gpu !== null && gpu !== 0 && gpu !== "0") {
        idle.push(
          () => note(
            "gpu-container-no-engine",
            `replica group ${group} asks for GPUs (${prefix}resources.gpu ${describeValue(gpu)}) but its commands start no engine llm-physics reads, so it is not checked: start vLLM (vllm serve <org/model>), SGLang (python -m sglang.launch_server --model-path <org/model>), TGI or TensorRT-LLM in ${prefix}commands, or run a NIM image (nvcr.io/nim/<org>/<model>) in ${prefix}image`,
            anchor,
            "notice"
          )
        );
      }
      return;
    }
    anyEngine = true;
    if (result.deployment) read2.push({ group, anchor, texts: result.texts, deployment: result.deployment });
  });
  if (!anyEngine) return null;
  for (const tell of idle) tell();
  const roles = read2.map((r) => ({ ...r, role: roleOf(r.texts, r.group) }));
  for (const r of roles) {
    if (!r.role) continue;
    const others = roles.filter((o) => o !== r && o.role).map((o) => `replica group ${o.group}${o.group.toLowerCase().includes(o.role) ? "" : ` (${o.role})`}`);
    const counterpart = r.role === "prefill" ? "decode" : "prefill";
    const together = roles.some((o) => o.role === counterpart) ? `served together with ${others.join(", ")}` : `but no ${counterpart} group is declared in ${service}`;
    const gpus = r.deployment.gpuCount.value;
    note(
      "disaggregated-role",
      `replica group ${r.group} is the ${r.role} role of the disaggregated service ${service}, ${together}: each group runs its own engine on its own GPUs, so ${r.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}; the KV cache transfer between the roles is not modelled`,
      r.anchor,
      "notice"
    );
  }
  return { deployments: read2.map((r) => r.deployment), notes: sink.notes };
}
function readUnit(document, unit, service, sink, file, absolutePath) {
  const { prefix, value } = unit;
  const { note, add } = sink;
  const scripts = [];
  if (Array.isArray(value.commands)) {
    value.commands.forEach((c, i) => {
      const text = scalarText(c);
      const path = `${prefix}commands[${i}]`;
      if (text !== void 0) scripts.push({ text, range: rangeAt(document, path), path });
    });
  }
  const gpuPath = `${prefix}resources.gpu`;
  const raw = isRecord(value.resources) ? value.resources.gpu : void 0;
  const choices = acceleratorChoices(document, raw, gpuPath);
  const request = choices.length === 0 ? memoryOnlyRequest(document, raw, gpuPath) : void 0;
  const nodes = unit.nodes;
  const launcher = runtimeEnv(choices[0], { DSTACK_GPUS_PER_NODE: 1, DSTACK_GPUS_NUM: nodes, DSTACK_NODES_NUM: 0 }, nodes);
  const env = [...launcher, ...unit.env];
  let facts;
  let serving;
  let servingPath;
  const read2 = readScripts(scripts, env, "env");
  if (read2) {
    ({ facts } = read2);
    serving = read2.script.range;
    servingPath = read2.script.path;
    add(...facts.problems);
  } else if (scripts.length === 0 && unit.image && isNimImage(unit.image.value)) {
    facts = readNimContainer({ image: unit.image, env, envKey: "env", envIsMap: unit.envIsMap, servedName: publishedModel(document, service) });
    serving = unit.image.range;
    servingPath = unit.image.path;
    add(...facts.problems);
  } else {
    return null;
  }
  const texts = scripts.map((s) => s.text);
  const { name } = unit;
  if (!facts.model) {
    const published = read2 ? publishedModel(document, service) : void 0;
    if (published) {
      facts.model = published;
      note("model-from-served-name", `no model found in ${servingPath}: the model is read from ${published.path} (${published.value}), the name dstack publishes; pass it to the engine as well to be exact`, published.range, "notice");
    } else {
      if (read2) note("model-missing", `no model found in the commands: pass the model after \`vllm serve\` (or --model-path for SGLang); ${name} is not checked`, serving, "warning");
      return { texts };
    }
  }
  const picked = firstAccelerator(choices, gpuPath);
  add(...picked.notes);
  const choice2 = picked.choice;
  if (!choice2) {
    const range = raw === void 0 ? unit.range : rangeAt(document, gpuPath);
    if (request?.memory) {
      note(
        "gpu-memory-only",
        `${gpuPath} ${request.written} asks for GPU memory, not a GPU model: checked on the smallest catalog GPU with ${request.memoryWritten} per GPU${request.memoryWritten?.includes("..") ? " (the range's lower bound)" : ""}; write a name (e.g. H100:8) to check the GPU it runs on`,
        request.memory.range,
        "notice"
      );
    } else {
      const said = raw === void 0 ? "no GPU is declared" : `${gpuPath} ${describeValue(raw)} names no GPU model`;
      const group = prefix === "" ? "" : " (a replica group does not take the service's resources)";
      note(
        "gpu-type-missing",
        `${said}${group}: ${name} is checked for the memory it needs per GPU, not against a GPU; write ${gpuPath} as name:count, e.g. H100:8 or {name: H100, count: 8}, ${DECLARE_IN_CONFIG}`,
        range,
        "notice"
      );
    }
    const d2 = deploymentFromFacts({
      name,
      subject: unit.subject,
      file,
      absolutePath,
      format: FORMAT3,
      range: unit.range,
      facts,
      gpuMemoryBytes: request?.memory,
      ...request ? { count: request.count } : {},
      howToCount: `write the count in ${gpuPath} (e.g. 24GB:2)`,
      serving,
      note
    });
    return d2 ? { deployment: d2, texts } : { texts };
  }
  const gpu = { value: choice2.choice.gpu, range: choice2.range, path: choice2.path };
  const count = { value: choice2.choice.count, range: choice2.range, path: choice2.path };
  const d = deploymentFromFacts({ name, subject: unit.subject, file, absolutePath, format: FORMAT3, range: unit.range, facts, gpu, count, howToCount: "", serving, note });
  return d ? { deployment: d, texts } : { texts };
}

// src/adapt/dynamo.ts
var DYNAMO_MARKERS = ["DynamoGraphDeployment"];
var FORMAT4 = "dynamo";
var KIND = "DynamoGraphDeployment";
var API_GROUP = "nvidia.com/";
var MAIN_CONTAINER = "main";
function adaptDynamo(document, file, absolutePath, _references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (kind !== KIND || typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  const ctx = objectContext(document, file, absolutePath, KIND);
  const spec = value.spec;
  const services = isRecord(spec) ? spec.services : void 0;
  const list = isRecord(spec) ? spec.components : void 0;
  let components;
  let graphEnv;
  if (isRecord(services)) {
    components = alphaComponents(ctx, services);
    graphEnv = envFromList(document, isRecord(spec) ? spec.envs : void 0, "spec.envs");
  } else if (Array.isArray(list)) {
    components = betaComponents(ctx, list);
    graphEnv = envFromList(document, isRecord(spec) ? spec.env : void 0, "spec.env");
  } else {
    ctx.note(
      "model-missing",
      `${ctx.name} has neither spec.services (nvidia.com/v1alpha1) nor a spec.components list (nvidia.com/v1beta1): it deploys no worker, so nothing is checked`,
      ctx.keyRangeOf("spec", ctx.deploymentRange),
      "warning"
    );
    return { deployments: [], notes: ctx.notes };
  }
  const workers = [];
  for (const component of components) {
    const worker = readWorker(ctx, component, graphEnv);
    if (worker) workers.push(worker);
  }
  tellDisaggregatedRoles(ctx, workers);
  return { deployments: workers.map((w) => w.deployment), notes: ctx.notes };
}
function textAt(ctx, value, path) {
  const text = scalarText(value)?.trim();
  if (!text) return void 0;
  return { value: text, range: ctx.rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function alphaComponents(ctx, services) {
  const out = [];
  for (const [name, raw] of Object.entries(services)) {
    if (!isRecord(raw)) continue;
    const path = joinPath("spec.services", name);
    const podSpecPath = joinPath(path, "extraPodSpec");
    const extra = raw.extraPodSpec;
    const main = isRecord(extra) && isRecord(extra.mainContainer) ? extra.mainContainer : void 0;
    const declaredType = textAt(ctx, raw.subComponentType, joinPath(path, "subComponentType")) ?? textAt(ctx, raw.componentType, joinPath(path, "componentType"));
    out.push({
      name,
      path,
      label: path,
      value: raw,
      beta: false,
      anchor: ctx.keyRangeOf(path),
      podSpecPath,
      ...main ? { containerPath: joinPath(podSpecPath, "mainContainer"), container: main } : {},
      ...declaredType ? { declaredType } : {}
    });
  }
  return out;
}
function betaComponents(ctx, list) {
  const out = [];
  list.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const path = joinPath("spec.components", index);
    const given = scalarText(raw.name)?.trim();
    const name = given || `components[${index}]`;
    const podSpecPath = joinPath(joinPath(path, "podTemplate"), "spec");
    const containers = at(raw, ["podTemplate", "spec", "containers"]);
    let containerIndex = -1;
    if (Array.isArray(containers)) {
      containerIndex = containers.findIndex((c) => isRecord(c) && c.name === MAIN_CONTAINER);
      if (containerIndex < 0 && containers.length === 1 && isRecord(containers[0])) containerIndex = 0;
    }
    const declaredType = textAt(ctx, raw.type, joinPath(path, "type"));
    out.push({
      name,
      path,
      label: given ? `${path} (${given})` : path,
      value: raw,
      beta: true,
      anchor: given ? ctx.rangeOf(joinPath(path, "name")) : ctx.rangeOf(path),
      podSpecPath,
      ...containerIndex >= 0 && Array.isArray(containers) ? { containerPath: joinPath(joinPath(podSpecPath, "containers"), containerIndex), container: containers[containerIndex] } : {},
      ...declaredType ? { declaredType } : {}
    });
  });
  return out;
}
function readWorker(ctx, c, graphEnv) {
  const { document } = ctx;
  const container = c.container && c.containerPath ? readContainer(document, c.container, c.containerPath, MAIN_CONTAINER) : void 0;
  const ownEnv = c.beta ? [] : envFromList(document, c.value.envs, joinPath(c.path, "envs"));
  const env = [...graphEnv, ...ownEnv, ...container?.env ?? []];
  const envFromSecret = !c.beta && typeof c.value.envFromSecret === "string" && c.value.envFromSecret.trim() !== "";
  const hasEnvFrom = (container?.hasEnvFrom ?? false) || envFromSecret;
  const command = container?.command ?? [];
  const args = container?.args ?? [];
  const ask = gpuAsk(ctx, c, container);
  const facts = command.length > 0 ? readEngineArgs(command, args, env) : args.length > 0 ? readEngineArgs(args, [], env) : null;
  if (!facts) {
    if (!ask.asked) return null;
    const what = !container ? `it has no ${c.beta ? `container named ${MAIN_CONTAINER} in ${c.podSpecPath}.containers` : `${c.podSpecPath}.mainContainer`}` : command.length === 0 && args.length === 0 ? `${c.containerPath} has no command or args` : command.length === 0 ? `${c.containerPath} has no command, and its args ${describeCommand(args)} start no engine` : `${c.containerPath} runs ${describeCommand([...command, ...args])}`;
    ctx.note(
      "gpu-container-no-engine",
      `${c.label} asks for GPUs${ask.count ? ` (${ask.count.path})` : ""} but runs no engine llm-physics reads (${what}), so it is not checked: start the worker in ${c.containerPath ?? `the ${MAIN_CONTAINER} container`} with command [python3, -m, dynamo.vllm] and args [--model, <org/model>] (or dynamo.sglang --model-path, dynamo.trtllm --model-path), directly or in a sh -c script`,
      c.anchor,
      "notice"
    );
    return null;
  }
  const name = `${ctx.name}/${c.name}`;
  for (const problem of facts.problems) {
    if (hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from ${envFromSecret ? `${c.path}.envFromSecret` : "the container's envFrom"}, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  const items2 = [...command, ...args];
  const extra = flagValue(items2, "extra-engine-args");
  if (extra) {
    ctx.note(
      "engine-config-not-read",
      `${extra.path} names the engine configuration file ${extra.value}, which is not read: what it sets (tensor_parallel_size, max_seq_len, max_batch_size, kv_cache_config.free_gpu_memory_fraction) overrides the command line and is not checked; to have ${name} checked with those values, pass them as flags as well (--tensor-parallel-size, --max-seq-len)`,
      extra.range,
      "notice"
    );
  }
  let model = facts.model;
  if (model && model.value.startsWith("/")) {
    const served = flagValue(items2, "served-model-name");
    if (served && !served.value.startsWith("/")) {
      ctx.note(
        "model-from-served-name",
        `the model is the local path ${model.value} (${model.path}): it is read as ${served.value}, the name it is served under (${served.path}); name the checkpoint's Hugging Face id on the command line to be exact`,
        model.range,
        "notice"
      );
      model = served;
    }
  }
  if (!model) {
    ctx.note(
      "model-missing",
      `no model found in the engine arguments of ${c.label}: pass --model <org/model> (dynamo.vllm) or --model-path <org/model> (dynamo.sglang, dynamo.trtllm) in ${c.containerPath ?? "its main container"}; ${name} is not checked`,
      c.anchor,
      "warning"
    );
    return null;
  }
  const declaration = gpuFromPodSpec(document, c.podSpecPath, annotationPath(ctx, c), c.anchor);
  const fromNodes = declaration.notes.some((n) => n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label");
  const podCount = c.beta || fromNodes ? declaration.count : void 0;
  const count = ask.count ?? podCount;
  tellDeclarationNotes(ctx, c, declaration, name, ask);
  let gpu = declaration.gpu;
  if (ask.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(ask.mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  const nodes = nodeCount(ctx, c);
  const perPod = count?.value;
  if (nodes && perPod !== void 0) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods of ${perPod} GPU${perPod === 1 ? "" : "s"} each (one per node), checked as one deployment over all ${perPod * nodes.value} GPUs`,
      nodes.range,
      "notice"
    );
  } else if (nodes) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods, but no GPU count per pod is declared, so the engine's parallelism gives the GPUs of the whole group`,
      nodes.range,
      "notice"
    );
  }
  const deployment = deploymentFromFacts({
    name,
    subject: c.label,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: FORMAT4,
    range: c.anchor,
    facts: { ...facts, model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    ...count ? { count } : {},
    ...count && nodes ? { group: nodes } : {},
    howToCount: c.beta ? `add resources.limits nvidia.com/gpu to ${c.containerPath ?? `the ${MAIN_CONTAINER} container of ${c.podSpecPath}`} (GPUs per pod)` : `set ${c.path}.resources.limits.gpu: "<GPUs per pod>"`,
    serving: c.anchor,
    note: ctx.note
  });
  if (!deployment) return null;
  const role = roleOf2(c, items2);
  return role ? { component: c, deployment, role } : { component: c, deployment };
}
function describeCommand(items2) {
  const text = items2.map((i) => i.text).join(" ").trim();
  return describeValue(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
function flagValue(items2, flag) {
  const spelled = flag.replace(/-/g, "[-_]");
  const mentioned = new RegExp(`(?:^|\\s)--${spelled}(?:=|\\s|$)`);
  if (!items2.some((i) => mentioned.test(i.text))) return void 0;
  const whole = new RegExp(`^--${spelled}(?:=(.*))?$`, "s");
  const shown = `--${flag}`;
  const words = wordsOf(items2);
  for (let i = 0; i < words.length; i++) {
    const m = whole.exec(words[i].text.trim());
    if (!m) continue;
    const word = m[1] !== void 0 ? words[i] : words[i + 1];
    const v = (m[1] ?? words[i + 1]?.text ?? "").trim();
    if (word && v && (m[1] !== void 0 || !v.startsWith("-"))) return { value: v, range: word.range, path: `${word.path} (${shown})`, via: { flag: shown } };
  }
  return void 0;
}
function wordsOf(items2) {
  const words = items2.map((i) => ({ text: i.text, range: i.range, path: i.path, inScript: false }));
  for (let i = 0; i < words.length; i++) {
    const script = shellScriptIndex(words, i);
    if (script < 0) continue;
    const split = splitScript(items2[script], items2[script].text, /* @__PURE__ */ new Map(), []).flatMap((c) => c.words);
    return [...words.slice(0, script), ...split, ...words.slice(script + 1)];
  }
  return words;
}
function roleOf2(c, items2) {
  const declared = c.declaredType?.value.toLowerCase();
  if (declared === "prefill" || declared === "decode") return declared;
  const text = items2.map((i) => i.text).join(" ");
  if (/(?:^|\s)--is[-_]prefill[-_]worker\b/.test(text)) return "prefill";
  if (/(?:^|\s)--is[-_]decode[-_]worker\b/.test(text)) return "decode";
  const mode = /(?:^|\s)--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
  return mode ? mode[1].toLowerCase() : void 0;
}
function annotationPath(ctx, c) {
  const candidates = c.beta ? ["spec", "metadata"] : [joinPath(c.path, "extraPodMetadata"), c.path, "spec", "metadata"];
  for (const path of candidates) {
    const written = scalarText(at(ctx.document.value, [...path.split("."), "annotations", GPU_ANNOTATION]))?.trim();
    if (written) return path;
  }
  return "metadata";
}
function gpuAsk(ctx, c, container) {
  const own = container?.ownCount;
  const ownMig = own ? container?.ownMig : void 0;
  const containerAsk = { asked: own !== void 0, ...own ? { count: own } : {}, ...ownMig ? { mig: ownMig } : {} };
  if (c.beta) {
    if (!own) {
      const containers = at(c.value, ["podTemplate", "spec", "containers"]);
      containerAsk.asked = Array.isArray(containers) && containers.some((x) => isRecord(x) && hasGpuValue(x.resources));
    }
    return containerAsk;
  }
  if (container && c.containerPath) ctx.add(...gpuCountOf(ctx.document, c.containerPath).notes);
  const service = serviceGpus(ctx, c);
  if (own && service.count && own.value !== service.count.value) {
    ctx.note(
      "value-overridden",
      `${own.path} asks for ${own.value} GPU${own.value === 1 ? "" : "s"} but ${service.count.path} says ${service.count.value}: the main container's resources are merged over the service's, so ${own.value} is used`,
      own.range,
      "warning"
    );
  }
  if (own) return { ...containerAsk, asked: true };
  return { ...service, asked: service.asked || container !== void 0 && hasGpuValue(at(c.container, ["resources"])) };
}
function hasGpuValue(resources) {
  if (!isRecord(resources)) return false;
  return ["limits", "requests"].some((side) => {
    const list = resources[side];
    return isRecord(list) && Object.keys(list).some((k) => GPU_RESOURCES.includes(k) || migProfileOf(k) !== void 0);
  });
}
function serviceGpus(ctx, c) {
  const resources = c.value.resources;
  if (!isRecord(resources)) return { asked: false };
  let asked = false;
  for (const side of ["limits", "requests"]) {
    const item = resources[side];
    if (!isRecord(item)) continue;
    const sidePath = joinPath(joinPath(c.path, "resources"), side);
    if (item.gpu !== void 0 && item.gpu !== null && item.gpu !== "") {
      asked = true;
      const gpuPath = joinPath(sidePath, "gpu");
      const range = ctx.rangeOf(gpuPath);
      const n = parseWholeNumber(item.gpu);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `${gpuPath} is ${describeValue(item.gpu)}, not a whole number of GPUs of at least 1: it is not counted; write the GPUs of one pod as a quoted number ("8")`, range, "warning");
        return { asked };
      }
      const type = scalarText(item.gpuType)?.trim();
      const typePath = joinPath(sidePath, "gpuType");
      const count = { value: n, range, path: gpuPath, via: { key: "gpu" } };
      if (!type || GPU_RESOURCES.includes(type)) return { asked, count };
      const profile = migProfileOf(type);
      if (profile) return { asked, count, mig: { profile, range: ctx.rangeOf(typePath), path: typePath } };
      ctx.note(
        "gpu-resource-unknown",
        `${typePath} is ${type}, not an accelerator resource llm-physics counts (${GPU_RESOURCES.join(", ")}): the ${n} device${n === 1 ? "" : "s"} of ${gpuPath} are not counted as GPUs`,
        ctx.rangeOf(typePath),
        "notice"
      );
      return { asked };
    }
    const custom = item.custom;
    if (!isRecord(custom)) continue;
    for (const resource of GPU_RESOURCES) {
      const raw = custom[resource];
      if (raw === void 0 || raw === null) continue;
      asked = true;
      const customPath = joinPath(sidePath, "custom");
      const range = ctx.rangeOf(joinPath(customPath, resource));
      const shown = `${customPath}["${resource}"]`;
      const n = parseWholeNumber(raw);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of GPUs of at least 1: it is not counted`, range, "warning");
        return { asked };
      }
      return { asked, count: { value: n, range, path: shown } };
    }
  }
  return { asked };
}
function nodeCount(ctx, c) {
  const multinode = c.value.multinode;
  if (!isRecord(multinode)) return void 0;
  const raw = multinode.nodeCount;
  if (raw === void 0 || raw === null) return void 0;
  const path = joinPath(joinPath(c.path, "multinode"), "nodeCount");
  const range = ctx.rangeOf(path);
  const n = parseWholeNumber(raw);
  if (n === void 0 || n < 1) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number of nodes: ${c.label} is checked as one pod`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: Dynamo expects a number (int32); read as ${n}`, range, "warning");
  return n > 1 ? { value: n, range, path, via: { key: "nodeCount" } } : void 0;
}
var COUNT_NOTES = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-summed", "gpu-count-from-instance-type", "gpu-count-from-node-label"]);
function tellDeclarationNotes(ctx, c, declaration, name, ask) {
  for (const n of declaration.notes) {
    if (n.code === "gpu-count-missing") continue;
    if (COUNT_NOTES.has(n.code) && (ask.count || !c.beta && n.code === "gpu-count-summed")) continue;
    if (n.code === "gpu-type-missing") {
      if (ask.mig) continue;
      ctx.note(
        n.code,
        `no GPU type is declared for ${c.label}: ${name} is checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} (NVIDIA-H100-80GB-HBM3) under ${c.podSpecPath}, or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        n.range,
        n.severity
      );
      continue;
    }
    ctx.add(n);
  }
}
function tellDisaggregatedRoles(ctx, workers) {
  const roles = workers.filter((w) => w.role !== void 0);
  for (const w of roles) {
    const others = roles.filter((o) => o !== w).map((o) => `its ${o.role} role ${o.component.label}`);
    const gpus = w.deployment.gpuCount.value;
    const counterpart = w.role === "prefill" ? "decode" : "prefill";
    const together = others.length > 0 ? `served together with ${others.join(", ")}` : `but no ${counterpart} worker is declared in ${ctx.name}`;
    ctx.note(
      "disaggregated-role",
      `${w.component.label} is the ${w.role} role of the disaggregated service ${ctx.name}, ${together}: each role runs its own engine on its own GPUs, so ${w.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}`,
      w.component.anchor,
      "notice"
    );
  }
}

// src/base/deployment.ts
var FACT_NAMES = [
  "model",
  "gpu",
  "gpuCount",
  "tensorParallel",
  "pipelineParallel",
  "dataParallel",
  "dataParallelLocal",
  "expertParallel",
  "contextLength",
  "concurrency",
  "precision",
  "kvCachePrecision",
  "memoryFraction",
  "targetTokensPerSecond"
];

// src/adapt/kubernetes.ts
var KUBERNETES_KINDS = ["Deployment", "StatefulSet", "Pod", "Job", "LeaderWorkerSet", "DaemonSet", "ReplicaSet", "CronJob"];
var ENTRYPOINT_FLAGS = ENTRYPOINT_MARKERS.flatMap(([, flags]) => flags);
function flagSpellings(flag) {
  let spellings = [""];
  flag.split("-").forEach((part, i) => {
    spellings = spellings.flatMap((s) => i === 0 ? [part] : [`${s}-${part}`, `${s}_${part}`]);
  });
  return spellings.map((s) => s.length <= 2 ? `-${s}` : `--${s}`);
}
function withoutSubsumed(markers) {
  const unique = [...new Set(markers)];
  return unique.filter((m) => !unique.some((other) => other !== m && m.includes(other)));
}
var KUBERNETES_MARKERS = withoutSubsumed([
  // A container that asks for GPUs is read too, to say when it runs no engine the readers know.
  ...GPU_REQUEST_MARKERS,
  "vllm",
  "sglang",
  "text-generation-launcher",
  "trtllm-serve",
  "MODEL_ID",
  NIM_IMAGE_MARKER,
  ...ENTRYPOINT_FLAGS.flatMap(flagSpellings)
]);
var LWS_ENV = ["LWS_LEADER_ADDRESS", "LWS_GROUP_SIZE", "LWS_WORKER_INDEX"];
function podSpecPaths(kind, value) {
  switch (kind) {
    case "Pod":
      return ["spec"];
    case "CronJob":
      return ["spec.jobTemplate.spec.template.spec"];
    case "LeaderWorkerSet": {
      const paths = [];
      if (isRecord(at(value, ["spec", "leaderWorkerTemplate", "leaderTemplate"]))) paths.push("spec.leaderWorkerTemplate.leaderTemplate.spec");
      paths.push("spec.leaderWorkerTemplate.workerTemplate.spec");
      return paths;
    }
    default:
      return ["spec.template.spec"];
  }
}
var HOW_TO_NAME_MODEL = {
  vllm: "pass --model (vLLM) or the model after `vllm serve`",
  sglang: "pass --model-path (SGLang)",
  tgi: "pass --model-id or set the env MODEL_ID (TGI)",
  trtllm: "pass the model after `trtllm-serve` (TensorRT-LLM)"
};
function adaptKubernetes(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const kind = value.kind;
  if (typeof kind !== "string" || !KUBERNETES_KINDS.includes(kind)) return null;
  const k = kind;
  let podSpecPath;
  let engines = [];
  for (const path of podSpecPaths(k, value)) {
    const found = engineContainers(document, path, k === "LeaderWorkerSet");
    if (found.length > 0) {
      podSpecPath = path;
      engines = found;
      break;
    }
  }
  if (podSpecPath === void 0) {
    for (const path of podSpecPaths(k, value)) {
      const idle = gpuContainersWithoutEngine(document, path, /* @__PURE__ */ new Set());
      if (idle.length === 0) continue;
      const ctx2 = objectContext(document, file, absolutePath, k);
      for (const n of idle) ctx2.add(n);
      return { deployments: [], notes: ctx2.notes };
    }
    return null;
  }
  const ctx = objectContext(document, file, absolutePath, k);
  const { note } = ctx;
  let groupSize;
  if (k === "LeaderWorkerSet") {
    const raw = at(value, ["spec", "leaderWorkerTemplate", "size"]);
    const sizePath2 = "spec.leaderWorkerTemplate.size";
    if (raw !== void 0 && raw !== null) {
      const n = parseWholeNumber(raw);
      if (n === void 0 || n < 1) {
        note("not-whole-number", `${sizePath2} is ${describeValue(raw)}, not a whole number of pods: the group is counted as 1 pod`, ctx.rangeOf(sizePath2), "warning");
      } else {
        groupSize = { value: n, range: ctx.rangeOf(sizePath2), path: sizePath2 };
        if (typeof raw === "string") note("number-as-string", `${sizePath2} is the string ${describeValue(raw)}: Kubernetes expects a number; read as ${n}`, ctx.rangeOf(sizePath2), "warning");
      }
    }
  }
  const declaration = gpuFromPodSpec(document, podSpecPath, "metadata", engines[0].nameRange);
  let workerDeclaration;
  if (k === "LeaderWorkerSet" && !declaration.count && podSpecPath !== "spec.leaderWorkerTemplate.workerTemplate.spec") {
    workerDeclaration = gpuFromPodSpec(document, "spec.leaderWorkerTemplate.workerTemplate.spec", "metadata");
  }
  const several = engines.length > 1;
  const deployments = [];
  for (const container of engines) {
    const facts = container.facts;
    const where = container.nameRange;
    let unresolved = false;
    for (const problem of facts.problems) {
      const unset = problem.code === "env-var-unset";
      unresolved ||= unset;
      if (container.hasEnvFrom && unset) {
        note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
      } else {
        ctx.add(problem);
      }
    }
    const checked = facts.model !== void 0;
    const usesOwnCount = container.ownCount !== void 0 && container.ownCount.value !== declaration.count?.value;
    for (const n of declaration.notes) {
      if (checked && !declaration.count && n.code === "gpu-count-missing") continue;
      if (usesOwnCount && n.code === "gpu-count-summed") continue;
      ctx.add(n);
    }
    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    if (!facts.model) {
      if (unresolved) {
        note(
          "model-unresolved",
          `no model found in the engine arguments of container ${container.name}: a variable in them is not resolved${container.hasEnvFrom ? " (envFrom is not read)" : ""}; ${HOW_TO_NAME_MODEL[facts.engine]} with a value written in the manifest to have ${label} checked`,
          where,
          container.hasEnvFrom ? "notice" : "warning"
        );
      } else if (container.nimImage) {
      } else {
        note("model-missing", `no model found in the engine arguments of container ${container.name}: ${HOW_TO_NAME_MODEL[facts.engine]}; ${label} is not checked`, where, "warning");
      }
      continue;
    }
    const perPod = container.ownCount ?? declaration.count ?? workerDeclaration?.count;
    let gpu = declaration.gpu;
    if (container.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
      const sliced = gpuOfMig(container.ownMig, gpu);
      gpu = sliced.gpu;
      ctx.add(...sliced.notes);
    }
    const d = deploymentFromFacts({
      name: label,
      subject: `container ${container.name}`,
      file,
      absolutePath,
      format: "kubernetes",
      range: ctx.deploymentRange,
      facts,
      // Without a GPU type (the declaration's note says how to declare one) it is checked for what it needs per GPU.
      gpu,
      nodeLabels: declaration.nodeLabels,
      ...perPod ? { count: perPod } : {},
      ...groupSize ? { group: groupSize } : {},
      howToCount: "add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container",
      serving: where,
      note
    });
    if (d) deployments.push(withEngineVersion(d, container.image));
  }
  for (const n of gpuContainersWithoutEngine(document, podSpecPath, new Set(engines.map((e) => e.index)))) ctx.add(n);
  return { deployments, notes: ctx.notes };
}
function gpuContainersWithoutEngine(document, podSpecPath, engines) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const notes = [];
  containers.forEach((container, index) => {
    if (!isRecord(container) || engines.has(index)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items2 = readContainer(document, container, path, `containers[${index}]`);
    if (!items2.ownCount) return;
    notes.push({
      code: "gpu-container-no-engine",
      message: `container ${items2.name} asks for GPUs (${items2.ownCount.path}) but runs no engine llm-physics reads, so it is not checked: start the engine in its command or args with the model named (vllm serve <org/model>, python -m sglang.launch_server --model-path <org/model>, text-generation-launcher --model-id <org/model> or the env MODEL_ID, trtllm-serve <org/model>), or, for an image whose entrypoint starts vLLM, pass --model <org/model> in its args`,
      range: items2.nameRange,
      severity: "notice"
    });
  });
  return notes;
}
function mentionsMarker2(texts) {
  return texts.some((t) => KUBERNETES_MARKERS.some((m) => t.includes(m)));
}
function engineContainers(document, podSpecPath, inLeaderWorkerSet) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const found = [];
  containers.forEach((container, index) => {
    if (!isRecord(container)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items2 = readContainer(document, container, path, `containers[${index}]`);
    const { command, args } = items2;
    const injected = inLeaderWorkerSet ? LWS_ENV : [];
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const env = [...injected.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by LeaderWorkerSet)` })), ...items2.env];
    const texts = [...command, ...args].map((a) => a.text);
    for (const e of env.slice(injected.length)) texts.push(e.name, e.value ?? "");
    const image = scalarText(container.image)?.trim();
    if (image && isNimImage(image)) texts.push(image);
    if (!mentionsMarker2(texts)) return;
    let nimImage;
    let facts;
    if (image && command.length === 0 && isNimImage(image)) {
      const imagePath = joinPath(path, "image");
      nimImage = { value: image, range: document.ranges.get(imagePath)?.value ?? containerRange, path: imagePath };
      facts = readNimContainer({ image: nimImage, env, args, envKey: joinPath(path, "env") });
    } else {
      facts = readEngineArgs(command, args, env);
    }
    if (!facts) return;
    found.push({
      index,
      path,
      name: items2.name,
      nameRange: items2.nameRange,
      facts,
      hasEnvFrom: items2.hasEnvFrom,
      ...items2.ownCount ? { ownCount: items2.ownCount } : {},
      ...items2.ownMig ? { ownMig: items2.ownMig } : {},
      ...nimImage ? { nimImage } : {},
      ...image ? { image } : {}
    });
  });
  return found;
}

// src/adapt/kaito.ts
var KAITO_MARKERS = ["kaito.sh"];
var FORMAT5 = "kaito";
var KAITO_API_GROUP = "kaito.sh/";
var RUNTIME_ANNOTATION = "kaito.sh/runtime";
var KAITO_PRESETS = {
  "llama-3.1-8b-instruct": "meta-llama/Llama-3.1-8B-Instruct",
  "llama-3.3-70b-instruct": "meta-llama/Llama-3.3-70B-Instruct",
  "deepseek-r1-0528": "deepseek-ai/DeepSeek-R1-0528",
  "deepseek-v3-0324": "deepseek-ai/DeepSeek-V3-0324",
  "deepseek-r1-distill-qwen-14b": "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
  "deepseek-r1-distill-llama-8b": "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
  "falcon-7b": "tiiuae/falcon-7b",
  "falcon-7b-instruct": "tiiuae/falcon-7b-instruct",
  "falcon-40b": "tiiuae/falcon-40b",
  "falcon-40b-instruct": "tiiuae/falcon-40b-instruct",
  "mistral-7b": "mistralai/Mistral-7B-v0.3",
  "mistral-7b-instruct": "mistralai/Mistral-7B-Instruct-v0.3",
  "ministral-3-3b-instruct": "mistralai/Ministral-3-3B-Instruct-2512",
  "ministral-3-8b-instruct": "mistralai/Ministral-3-8B-Instruct-2512",
  "ministral-3-14b-instruct": "mistralai/Ministral-3-14B-Instruct-2512",
  "mistral-large-3-675b-instruct": "mistralai/Mistral-Large-3-675B-Instruct-2512",
  "phi-2": "microsoft/phi-2",
  "phi-3-mini-4k-instruct": "microsoft/Phi-3-mini-4k-instruct",
  "phi-3-mini-128k-instruct": "microsoft/Phi-3-mini-128k-instruct",
  "phi-3-medium-4k-instruct": "microsoft/Phi-3-medium-4k-instruct",
  "phi-3-medium-128k-instruct": "microsoft/Phi-3-medium-128k-instruct",
  "phi-3.5-mini-instruct": "microsoft/Phi-3.5-mini-instruct",
  "phi-4-mini-instruct": "microsoft/Phi-4-mini-instruct",
  "phi-4": "microsoft/phi-4",
  "qwen2.5-coder-7b-instruct": "Qwen/Qwen2.5-Coder-7B-Instruct",
  "qwen2.5-coder-32b-instruct": "Qwen/Qwen2.5-Coder-32B-Instruct",
  "gemma-3-4b-instruct": "google/gemma-3-4b-it",
  "gemma-3-27b-instruct": "google/gemma-3-27b-it",
  "gpt-oss-20b": "openai/gpt-oss-20b",
  "gpt-oss-120b": "openai/gpt-oss-120b"
};
function adaptKaito(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(KAITO_API_GROUP)) return null;
  let base;
  if (kind === "Workspace") base = "";
  else if (kind === "InferenceSet") base = "spec.template";
  else return null;
  const root = base === "" ? value : at(value, ["spec", "template"]);
  if (!isRecord(root) || !isRecord(root.inference)) return null;
  const ctx = objectContext(document, file, absolutePath, kind);
  return readWorkspace({ ctx, value, inference: root.inference, p: (rel) => base === "" ? rel : `${base}.${rel}`, references });
}
function readWorkspace(r) {
  const { ctx, inference, p } = r;
  const inferenceKey = ctx.keyRangeOf(p("inference"));
  const hardware = readHardware(r);
  if (isRecord(inference.template) && !isRecord(inference.preset)) return readTemplate(r, hardware);
  const name = ctx.textAt(p("inference.preset.name"));
  let model;
  if (!name) {
    ctx.note(
      "model-missing",
      `no model found for ${ctx.name}: set ${p("inference.preset.name")} (a KAITO preset such as llama-3.1-8b-instruct, or a Hugging Face id org/name), or a custom ${p("inference.template")}; ${ctx.name} is not checked`,
      inferenceKey,
      "warning"
    );
  } else {
    const mapped = KAITO_PRESETS[name.value.toLowerCase()];
    if (mapped) {
      model = { value: mapped, range: name.range, path: `${name.path} (KAITO preset ${name.value})`, via: { key: "name" } };
    } else {
      model = name;
      if (!name.value.includes("/")) {
        ctx.note(
          "preset-unknown",
          `${name.path} ${name.value} is not a KAITO preset llm-physics maps to a Hugging Face id: the name is looked up as written; write the Hugging Face id (org/name) KAITO serves to be exact`,
          name.range,
          "notice"
        );
      }
    }
  }
  const adapters = inference.adapters;
  if (Array.isArray(adapters) && adapters.length > 0) {
    ctx.note(
      "not-modelled",
      `${p("inference.adapters")} loads ${adapters.length} LoRA adapter${adapters.length === 1 ? "" : "s"} beside the base model: their weights are not counted`,
      ctx.keyRangeOf(p("inference.adapters")),
      "notice"
    );
  }
  const runtime = scalarText(at(r.value, ["metadata", "annotations", RUNTIME_ANNOTATION]))?.trim().toLowerCase();
  const configName = ctx.textAt(p("inference.config"));
  let facts = null;
  if (runtime === "transformers") {
    if (configName) {
      ctx.note(
        "engine-args-not-read",
        `the annotation ${RUNTIME_ANNOTATION} is transformers: the vllm section of the ConfigMap ${configName.value} is not read, only vLLM's arguments are`,
        configName.range,
        "notice"
      );
    }
  } else if (model) {
    const serving = name?.range ?? inferenceKey;
    const entry = [
      { text: "vllm", range: serving, path: `${p("inference.preset")} (KAITO runs vLLM)` },
      { text: "serve", range: serving, path: `${p("inference.preset")} (KAITO runs vLLM)` }
    ];
    const injected = [
      { text: "--model", range: model.range, path: model.path, via: { key: "name" } },
      { text: model.value, range: model.range, path: model.path, via: { key: "name" } }
    ];
    const config = configName ? configArgs(r, configName) : [];
    facts = readEngineArgs(entry, [...injected, ...config], []);
    ctx.add(...facts?.problems ?? []);
    if (!facts?.maxContextLength) {
      ctx.note(
        "context-probed",
        `no max-model-len is set for ${ctx.name}: KAITO lowers the context to what fits in GPU memory at start, so the check uses the model's full context when it fits, else the longest the KV cache holds; set max-model-len in the vllm section of ${configName ? `the ConfigMap ${configName.value}` : `a ConfigMap named by ${p("inference.config")}`} (data inference_config.yaml)`,
        configName?.range ?? serving,
        "notice"
      );
    }
  }
  if (!model) return { deployments: [], notes: ctx.notes };
  let count = hardware.count;
  if (!count) {
    const tp = facts?.tensorParallel?.value ?? 1;
    const pp = facts?.pipelineParallel?.value ?? 1;
    const n = tp * pp;
    const given = facts?.tensorParallel ?? facts?.pipelineParallel;
    ctx.note(
      "gpu-count-assumed",
      `no GPU count is known for ${ctx.name}: checked as ${n} GPU${n === 1 ? "" : "s"}${given ? `, the tensor \xD7 pipeline parallel size (${tp} \xD7 ${pp})` : ""}; set ${p("resource.instanceType")} to a size llm-physics knows, or ${p("resource.partition")} (mode: accelerator, count: <GPUs>)`,
      hardware.gpu?.range ?? ctx.keyRangeOf(p("resource"), inferenceKey),
      "notice"
    );
    count = { value: n, range: given?.range ?? hardware.gpu?.range ?? inferenceKey, path: given ? "assumed: tensor \xD7 pipeline parallel size" : "assumed: 1 GPU", via: { assumed: true } };
  }
  const deployment = objectDeployment(ctx, FORMAT5, model, hardware.gpu, count, name?.range ?? inferenceKey, nodeLabelsOf(r));
  if (hardware.nodes && hardware.perNodeFact) {
    deployment.tensorParallel = { ...hardware.perNodeFact, path: `${hardware.perNodeFact.path} (KAITO: tensor parallel within a node)` };
    deployment.pipelineParallel = { ...hardware.nodes, path: `${hardware.nodes.path} (KAITO: pipeline parallel over the nodes)` };
  }
  if (facts) applyEngineFacts(deployment, facts);
  if (!deployment.contextLength) deployment.contextChosenByEngine = true;
  return { deployments: [deployment], notes: ctx.notes };
}
function nodeLabelsOf(r) {
  return nodeLabelsOfSelector(r.ctx.document, r.p("resource.labelSelector.matchLabels"));
}
function wholeCount(ctx, path, what) {
  const raw = at(ctx.document.value, path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  const range = ctx.rangeOf(path);
  const n = parseWholeNumber(raw);
  if (n === void 0 || n < 1) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number of ${what}: not used`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: KAITO expects a number; read as ${n}`, range, "warning");
  return { value: n, range, path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function readHardware(r) {
  const { ctx, p } = r;
  const hardware = {};
  const resourceKey = ctx.keyRangeOf(p("resource"), ctx.keyRangeOf(p("inference")));
  const annotationPath2 = joinPath("metadata.annotations", GPU_ANNOTATION);
  const annotation = scalarText(at(r.value, ["metadata", "annotations", GPU_ANNOTATION]))?.trim();
  if (annotation) hardware.gpu = { value: annotation, range: ctx.rangeOf(annotationPath2), path: `metadata.annotations["${GPU_ANNOTATION}"]` };
  const instanceType = ctx.textAt(p("resource.instanceType"));
  if (instanceType) {
    const type = findInstanceType(instanceType.value);
    if (type) {
      hardware.perNode = type.count;
      hardware.gpu ??= { value: type.gpu, range: instanceType.range, path: `${instanceType.path} (${instanceType.value})` };
    } else if (!annotation) {
      ctx.note(
        "instance-type-unknown",
        `${instanceType.path} ${instanceType.value} is not an instance type llm-physics knows: its GPU and GPU count are not read; state the GPU with the annotation ${GPU_ANNOTATION} under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        instanceType.range,
        "notice"
      );
    }
  } else if (!annotation) {
    ctx.note(
      "gpu-type-missing",
      `no ${p("resource.instanceType")}: the GPU of ${ctx.name} is not known, so it is checked for the memory it needs per GPU, not against a GPU; set ${p("resource.instanceType")} (Standard_NC24ads_A100_v4), the annotation ${GPU_ANNOTATION} under metadata.annotations, ${DECLARE_IN_CONFIG} (resource.labelSelector.matchLabels are read as the node labels)`,
      resourceKey,
      "notice"
    );
  }
  const mode = ctx.textAt(p("resource.partition.mode"));
  if (mode?.value === "accelerator") {
    const gpus = wholeCount(ctx, p("resource.partition.count"), "GPUs");
    if (gpus) hardware.count = gpus;
    return hardware;
  }
  if (mode?.value === "mig") {
    const profile = ctx.textAt(p("resource.partition.profile"));
    if (profile) {
      const sliced = gpuOfMig({ profile: profile.value.toLowerCase(), range: profile.range, path: profile.path }, hardware.gpu);
      hardware.gpu = sliced.gpu;
      ctx.add(...sliced.notes);
    }
    hardware.count = { value: 1, range: profile?.range ?? mode.range, path: `${mode.path} (mig: one slice)` };
    return hardware;
  }
  const nodes = wholeCount(ctx, p("resource.count"), "nodes");
  if (hardware.perNode !== void 0 && instanceType) {
    const perNode = hardware.perNode;
    if (nodes && nodes.value > 1) {
      const total = perNode * nodes.value;
      ctx.note(
        "multi-node",
        `${nodes.path} is ${nodes.value}: KAITO runs the model over ${nodes.value} ${instanceType.value} nodes (pipeline parallel over the nodes, tensor parallel within each), checked as one deployment over all ${total} GPUs`,
        nodes.range,
        "notice"
      );
      hardware.count = { value: total, range: nodes.range, path: `${nodes.path} (${nodes.value} nodes) \xD7 ${instanceType.path} (${perNode} GPU${perNode === 1 ? "" : "s"} each)` };
      hardware.nodes = nodes;
      hardware.perNodeFact = { value: perNode, range: instanceType.range, path: instanceType.path, via: { key: "instanceType" } };
    } else {
      hardware.count = { value: perNode, range: instanceType.range, path: `${instanceType.path} (${perNode} GPU${perNode === 1 ? "" : "s"} per node)` };
    }
  }
  return hardware;
}
function configArgs(r, configName) {
  const { ctx } = r;
  const namespace = scalarText(at(r.value, ["metadata", "namespace"]))?.trim() || void 0;
  const found = r.references.find("ConfigMap", configName.value, namespace);
  if (found.length === 0) {
    ctx.note(
      "config-not-found",
      `${configName.path} is ${configName.value}, a ConfigMap not found in the files checked: its vLLM arguments (max-model-len, gpu-memory-utilization, tensor-parallel-size) are not read; check the ConfigMap's file together with this one`,
      configName.range,
      "notice"
    );
    return [];
  }
  const object = firstFound(found, configName, ctx.note);
  if (!object) return [];
  const label = `ConfigMap ${object.name} ${KAITO_CONFIG_KEY}`;
  const dataPath = joinPath("data", KAITO_CONFIG_KEY);
  const real = object.document.doc;
  const view = Object.create(real);
  view.getIn = ((_path, keepScalar) => real.getIn(["data", KAITO_CONFIG_KEY], keepScalar));
  let embedded;
  try {
    embedded = parseEmbeddedYaml({ ...object.document, doc: view }, dataPath, object.file);
  } catch {
    embedded = void 0;
  }
  if (!embedded) return [];
  const problem = embedded.findings[0];
  if (problem) {
    const { line, column, endLine, endColumn } = problem;
    ctx.note(
      "embedded-yaml-invalid",
      `${label} is not valid YAML: its vLLM arguments are not read; fix the ConfigMap`,
      { file: object.file, line, column, endLine, endColumn },
      "warning"
    );
    return [];
  }
  const inner = embedded.documents[0];
  if (!inner) return [];
  const doc = inFile(inner, object.file);
  const vllm = at(doc.value, ["vllm"]);
  if (!isRecord(vllm)) return [];
  const items2 = [];
  for (const [key, raw] of Object.entries(vllm)) {
    if (raw === null || raw === false || typeof raw === "object") continue;
    const path = joinPath("vllm", key);
    const ranges = doc.ranges.get(path);
    const range = ranges?.value ?? doc.range;
    const shown = `${label} ${path}`;
    const flag = key.startsWith("-") ? key : `--${key}`;
    items2.push({ text: flag, range: ranges?.key ?? range, path: shown, via: { key } });
    if (raw !== true) items2.push({ text: String(raw), range, path: shown, via: { key } });
  }
  return items2;
}
function readTemplate(r, hardware) {
  const { ctx, p } = r;
  const templatePath = p("inference.template");
  const template = at(ctx.document.value, templatePath.split("."));
  const prefix = `${templatePath}.`;
  const ranges = /* @__PURE__ */ new Map();
  for (const [key, value] of ctx.document.ranges) if (key.startsWith(prefix)) ranges.set(key.slice(prefix.length), value);
  const podName = "kaito-template";
  const pod = {
    index: ctx.document.index,
    doc: ctx.document.doc,
    value: { apiVersion: "v1", kind: "Pod", metadata: { ...isRecord(template.metadata) ? template.metadata : {}, name: podName }, spec: template.spec },
    ranges,
    range: rangeAt(ctx.document, templatePath),
    lineCounter: ctx.document.lineCounter
  };
  const adapted = adaptKubernetes(pod, ctx.file, ctx.absolutePath);
  if (!adapted) {
    ctx.note(
      "model-missing",
      `${templatePath} runs no engine llm-physics reads: start the engine in a container's command or args with the model named (vllm serve <org/model>); ${ctx.name} is not checked`,
      ctx.keyRangeOf(templatePath),
      "warning"
    );
    return { deployments: [], notes: ctx.notes };
  }
  let countFromResource = false;
  for (const d of adapted.deployments) {
    for (const fact of FACT_NAMES) {
      const located2 = d[fact];
      if (located2 && !(located2.via && "assumed" in located2.via)) d[fact] = { ...located2, path: `${prefix}${located2.path}` };
    }
    d.format = FORMAT5;
    d.name = d.name === podName ? ctx.name : d.name.replace(`${podName}/`, `${ctx.name}/`);
    d.range = ctx.deploymentRange;
    if (!d.gpu && hardware.gpu) d.gpu = hardware.gpu;
    if (d.gpuCount.via && "assumed" in d.gpuCount.via && hardware.count) {
      d.gpuCount = hardware.count;
      d.hardwareRange = hardware.count.range;
      countFromResource = true;
    }
  }
  const instanceGpu = hardware.gpu !== void 0;
  for (const n of adapted.notes) {
    if (instanceGpu && n.code === "gpu-type-missing") continue;
    if (countFromResource && n.code === "gpu-count-assumed") continue;
    ctx.add(n);
  }
  return { deployments: adapted.deployments, notes: ctx.notes };
}

// src/adapt/kserve.ts
var KSERVE_MARKERS = ["InferenceService", "LLMInferenceService"];
var API_GROUP2 = "serving.kserve.io/";
var LLM_MODEL_FORMATS = /* @__PURE__ */ new Set(["huggingface", "vllm"]);
var KSERVE_VALUED_FLAGS = /* @__PURE__ */ new Set([
  "model-id",
  "model-name",
  "model-dir",
  "model-revision",
  "tokenizer-revision",
  "backend",
  "task",
  "max-length",
  "http-port",
  "grpc-port",
  "workers",
  "predictor-host",
  "predictor-protocol"
]);
var KSERVE_BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["disable-lower-case", "disable-special-tokens", "return-token-type-ids", "return-probabilities", "enable-docs-url"]);
var BUILT_IN_HF_RUNTIMES = /* @__PURE__ */ new Set(["kserve-huggingfaceserver", "kserve-huggingfaceserver-multinode"]);
var RUNTIME_CONTAINER = "kserve-container";
var MOUNT_PATH = "/mnt/models";
function adaptKServe(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = value.apiVersion;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP2)) return null;
  const kind = value.kind;
  if (kind !== "InferenceService" && kind !== "LLMInferenceService") return null;
  const ctx = objectContext(document, file, absolutePath, kind);
  if (kind === "InferenceService") {
    const predictor = at(value, ["spec", "predictor"]);
    if (!isRecord(predictor)) return null;
    if (isRecord(predictor.model)) return predictorModel(ctx, predictor.model, references);
    if (Array.isArray(predictor.containers)) return customContainers(ctx);
    return null;
  }
  return llmInferenceService(ctx);
}
function vllmEntrypoint(range, path) {
  return [
    { text: "vllm", range, path: `${path} (entrypoint)` },
    { text: "serve", range, path: `${path} (entrypoint)` }
  ];
}
function rereadWithModel(command, args, env, model, previous) {
  const via = model.via ?? { key: model.path };
  const injected = [
    { text: "--model", range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via }
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return previous;
  facts.model = model;
  facts.problems = previous.problems;
  return facts;
}
function splitKServeFlags(args) {
  const out = { rest: [] };
  for (let i = 0; i < args.length; i++) {
    const item = args[i];
    const text = item.text.trim();
    if (!text.startsWith("-")) {
      out.rest.push(item);
      continue;
    }
    const eq = text.indexOf("=");
    const flag = eq >= 0 ? text.slice(0, eq) : text;
    const name = normaliseFlag(flag);
    if (KSERVE_BOOLEAN_FLAGS.has(name)) continue;
    if (!KSERVE_VALUED_FLAGS.has(name)) {
      out.rest.push(item);
      continue;
    }
    let value;
    if (eq >= 0) {
      value = { value: text.slice(eq + 1).trim(), range: item.range, path: `${item.path} (${flag})`, via: { flag } };
    } else {
      const next = args[i + 1];
      if (next !== void 0 && !next.text.trim().startsWith("-")) {
        value = { value: next.text.trim(), range: next.range, path: `${next.path} (${flag})`, via: { flag } };
        i++;
      }
    }
    if (value && value.value !== "") {
      if (name === "model-id") out.modelId = value;
      if (name === "backend") out.backend = value;
    }
  }
  return out;
}
function autoSelectPriority(runtime, format) {
  const spec = at(runtime.document.value, ["spec"]);
  if (!isRecord(spec) || spec.disabled === true || !Array.isArray(spec.supportedModelFormats)) return void 0;
  let best;
  for (const entry of spec.supportedModelFormats) {
    if (!isRecord(entry) || entry.autoSelect !== true) continue;
    if (scalarText(entry.name)?.trim().toLowerCase() !== format.toLowerCase()) continue;
    const priority = parseWholeNumber(entry.priority) ?? 0;
    if (best === void 0 || priority > best) best = priority;
  }
  return best;
}
function selectRuntime(ctx, references, format, named, llmFormat) {
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || void 0;
  const choice2 = (object) => ({ object, label: `${object.kind} ${object.name}` });
  if (named) {
    const found = [...references.find("ServingRuntime", named.value, namespace), ...references.find("ClusterServingRuntime", named.value)];
    if (found.length === 0) {
      if (llmFormat && !BUILT_IN_HF_RUNTIMES.has(named.value)) {
        ctx.note(
          "runtime-not-found",
          `${named.path} is ${named.value}, a runtime not found in the files checked: its container's command and args are not read, only the predictor's; check the ServingRuntime's file together with this one to have them read`,
          named.range,
          "notice"
        );
      }
      return void 0;
    }
    return choice2(firstFound(found, named, ctx.note));
  }
  if (format === void 0) return void 0;
  for (const kind of ["ServingRuntime", "ClusterServingRuntime"]) {
    let best;
    for (const object of references.all(kind)) {
      if (kind === "ServingRuntime" && namespace && object.namespace && object.namespace !== namespace) continue;
      const priority = autoSelectPriority(object, format);
      if (priority !== void 0 && (!best || priority > best.priority)) best = { object, priority };
    }
    if (best) return choice2(best.object);
  }
  return void 0;
}
function fillPlaceholders(text, metadata) {
  if (!text.includes("{{")) return text;
  return text.replace(/\{\{\s*(?:\.(Name|Namespace)|\.(Labels|Annotations)\.([\w./-]+)|index\s+\.(Labels|Annotations)\s+"([^"]+)")\s*\}\}/g, (whole, field, mapA, keyA, mapB, keyB) => {
    const value = field ? scalarText(at(metadata, [String(field).toLowerCase()])) : scalarText(at(metadata, [String(mapA ?? mapB).toLowerCase(), String(keyA ?? keyB)]));
    return value ?? whole;
  });
}
function mergeRuntime(ctx, runtime, own) {
  const containers = at(runtime.object.document.value, ["spec", "containers"]);
  if (!Array.isArray(containers)) return null;
  let index = containers.findIndex((c) => isRecord(c) && c.name === RUNTIME_CONTAINER);
  if (index < 0) index = containers.findIndex((c) => isRecord(c));
  if (index < 0) return null;
  const raw = containers[index];
  const base = readContainer(runtime.object.document, raw, `spec.containers[${index}]`, RUNTIME_CONTAINER);
  const metadata = at(ctx.document.value, ["metadata"]);
  const fromRuntime = (item2) => ({ ...item2, path: `${runtime.label} ${item2.path}` });
  const item = (a) => fromRuntime({ ...a, text: fillPlaceholders(a.text, metadata) });
  const overridden = new Set(own.env.map((e) => e.name));
  const container = {
    path: own.path,
    name: own.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command.map(item),
    // Strategic merge would replace the args; KServe concatenates them instead.
    args: [...base.args.map(item), ...own.args],
    env: [...base.env.filter((e) => !overridden.has(e.name)).map(fromRuntime), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom
  };
  const count = own.ownCount ?? (base.ownCount ? fromRuntime(base.ownCount) : void 0);
  if (count) container.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig ? fromRuntime(base.ownMig) : void 0;
  if (count && mig) container.ownMig = mig;
  const image = scalarText(raw.image)?.trim();
  if (!image) return { container };
  const imagePath = `spec.containers[${index}].image`;
  const imageAt2 = { value: image, range: runtime.object.document.ranges.get(imagePath)?.value ?? runtime.object.document.range, path: `${runtime.label} ${imagePath}` };
  return { container, image, imageAt: imageAt2 };
}
var RUNTIME_COUNT_NOTES = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed"]);
function predictorGpu(ctx, runtime, anchor) {
  const own = gpuFromPodSpec(ctx.document, "spec.predictor", "metadata", anchor);
  if (own.gpu || !runtime) return own;
  const fromRuntime = gpuFromPodSpec(runtime.object.document, "spec", "metadata");
  if (!fromRuntime.gpu) return own;
  const declaration = {
    gpu: { ...fromRuntime.gpu, path: `${runtime.label} ${fromRuntime.gpu.path}` },
    // The count is the predictor's (or its runtime container's), told by finish.
    notes: fromRuntime.notes.filter((n) => !RUNTIME_COUNT_NOTES.has(n.code))
  };
  if (own.count) declaration.count = own.count;
  if (fromRuntime.source) declaration.source = fromRuntime.source;
  const labels = own.nodeLabels ?? fromRuntime.nodeLabels;
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
function predictorModel(ctx, model, references) {
  const formatName = scalarText(at(model, ["modelFormat", "name"]))?.trim();
  const llmFormat = formatName !== void 0 && LLM_MODEL_FORMATS.has(formatName.toLowerCase());
  const path = "spec.predictor.model";
  const named = ctx.textAt(`${path}.runtime`);
  const runtime = selectRuntime(ctx, references, formatName, named, llmFormat);
  if (!runtime && !llmFormat) {
    if (formatName !== void 0 && /^nvidia-nim/i.test(formatName)) {
      const said = named ? `${named.path} is ${named.value}, a runtime` : `no runtime is named, and none that auto-selects ${formatName} is`;
      ctx.note(
        "runtime-not-found",
        `${path}.modelFormat.name is ${formatName}, an NVIDIA NIM format; ${said} not found in the files checked: the NIM image it runs, and so the model, is not known; check the ServingRuntime's file together with this one to have ${ctx.name} checked`,
        named?.range ?? ctx.rangeOf(`${path}.modelFormat.name`, ctx.keyRangeOf(path)),
        "notice"
      );
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }
  const where = ctx.keyRangeOf(path);
  let container = readContainer(ctx.document, model, path, "model");
  container.nameRange = where;
  let image;
  if (runtime) {
    const merged = mergeRuntime(ctx, runtime, container);
    if (!merged) {
      if (!llmFormat) return null;
      ctx.note("runtime-no-containers", `${runtime.label} has no containers: ${ctx.name} is not checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    ({ container, image } = merged);
    if (merged.imageAt && container.command.length === 0 && isNimImage(merged.imageAt.value)) {
      return nimContainer(ctx, { container, image: merged.imageAt, declaration: predictorGpu(ctx, runtime, where), where, podSpec: "spec.predictor" });
    }
  }
  const kserve = splitKServeFlags(container.args);
  const entrypoint = container.command.length === 0;
  const hfServer = !runtime || image !== void 0 && image.includes("huggingfaceserver");
  const vllmImage = image !== void 0 && /vllm/i.test(image);
  let facts = null;
  if (!entrypoint) facts = readEngineArgs(container.command, container.args, container.env);
  else if (hfServer || vllmImage) facts = readEngineArgs(vllmEntrypoint(where, path), kserve.rest, container.env);
  if (!facts) {
    if (runtime && llmFormat) {
      const said = entrypoint ? `runs the entrypoint of ${image ?? "its image"}, which is not a known engine` : "runs no known engine";
      ctx.note("runtime-no-engine", `${runtime.label} ${said}: write the engine's command (vllm serve \u2026) in its container to have ${ctx.name} checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }
  if (kserve.backend && kserve.backend.value.toLowerCase() === "huggingface") {
    ctx.note(
      "backend-not-vllm",
      `${kserve.backend.path} is huggingface: the transformers backend does not read vLLM's flags, but ${ctx.name} is checked with them as if served by vLLM`,
      kserve.backend.range,
      "notice"
    );
  }
  const uri = ctx.textAt(`${path}.storageUri`);
  let modelName = kserve.modelId;
  if (modelName && modelName.value.includes("$(")) {
    ctx.note("model-unresolved", `${modelName.path} is ${modelName.value}: a variable is not resolved, so the model is read from elsewhere`, modelName.range, "warning");
    modelName = void 0;
  }
  if (!modelName && uri) modelName = modelFromUri(uri);
  if (!modelName && facts.model && !facts.model.value.startsWith(MOUNT_PATH)) modelName = facts.model;
  if (!modelName) {
    ctx.note("model-missing", `no model found for ${ctx.name}: set ${path}.storageUri (hf://org/name) or pass --model_id=org/name in ${path}.args; ${ctx.name} is not checked`, where, "warning");
  }
  const shell = !entrypoint && /^(?:.*\/)?(?:ba|z|da)?sh$/.test(container.command[0].text.trim());
  if (modelName && modelName !== facts.model && facts.engine === "vllm" && !shell) {
    facts = entrypoint ? rereadWithModel(vllmEntrypoint(where, path), kserve.rest, container.env, modelName, facts) : rereadWithModel(container.command, container.args, container.env, modelName, facts);
  }
  const declaration = predictorGpu(ctx, runtime, where);
  const deployment = finish(ctx, { facts, container, declaration, model: modelName, label: ctx.name, where, podSpec: "spec.predictor" });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function nimContainer(ctx, parts) {
  const { container, image, where } = parts;
  const facts = readNimContainer({ image, env: container.env, args: container.args, envKey: `${container.path}.env` });
  const deployment = finish(ctx, { facts, container, declaration: parts.declaration, model: facts.model, label: ctx.name, where, podSpec: parts.podSpec });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function customContainers(ctx) {
  const podSpecPath = "spec.predictor";
  const containers = at(ctx.document.value, ["spec", "predictor", "containers"]);
  if (!Array.isArray(containers)) return null;
  const engines = [];
  containers.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const containerPath = joinPath(joinPath(podSpecPath, "containers"), index);
    const container = readContainer(ctx.document, raw, containerPath, `containers[${index}]`);
    const image = scalarText(raw.image)?.trim();
    if (image && container.command.length === 0 && isNimImage(image)) {
      const imagePath = joinPath(containerPath, "image");
      const nim = { value: image, range: ctx.rangeOf(imagePath), path: imagePath };
      engines.push({ container, facts: readNimContainer({ image: nim, env: container.env, args: container.args, envKey: joinPath(containerPath, "env") }), nim });
      return;
    }
    const facts = readEngineArgs(container.command, container.args, container.env);
    if (facts) engines.push({ container, facts });
  });
  if (engines.length === 0) return null;
  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", engines[0].container.nameRange);
  const several = engines.length > 1;
  const deployments = [];
  for (const { container, facts, nim } of engines) {
    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    if (!facts.model && !nim) {
      ctx.note("model-missing", `no model found in the engine arguments of container ${container.name}: name the model on its command line; ${label} is not checked`, container.nameRange, "warning");
    }
    const d = finish(ctx, { facts, container, declaration, model: facts.model, label, where: container.nameRange, podSpec: podSpecPath });
    if (d) deployments.push(d);
  }
  return { deployments, notes: ctx.notes };
}
function llmInferenceService(ctx) {
  const spec = at(ctx.document.value, ["spec"]);
  if (!isRecord(spec)) return null;
  const podSpecPath = "spec.template";
  const containers = at(spec, ["template", "containers"]);
  let container;
  if (Array.isArray(containers)) {
    let index = containers.findIndex((c) => isRecord(c) && c.name === "main");
    if (index < 0) index = containers.findIndex((c) => isRecord(c));
    if (index >= 0) container = readContainer(ctx.document, containers[index], joinPath(joinPath(podSpecPath, "containers"), index), `containers[${index}]`);
  }
  const where = container?.nameRange ?? ctx.keyRangeOf("spec");
  const items2 = container ?? { path: podSpecPath, name: "main", nameRange: where, command: [], args: [], env: [], hasEnvFrom: false };
  let facts = items2.command.length > 0 ? readEngineArgs(items2.command, items2.args, items2.env) : readEngineArgs(vllmEntrypoint(where, items2.path), items2.args, items2.env);
  if (!facts) return null;
  const uri = ctx.textAt("spec.model.uri");
  const servedName = ctx.textAt("spec.model.name");
  let model = uri ? modelFromUri(uri) : void 0;
  if (!model && facts.model && !facts.model.value.startsWith(MOUNT_PATH)) model = facts.model;
  if (!model && servedName) {
    model = servedName;
    ctx.note("model-from-served-name", `no spec.model.uri: the model is read from spec.model.name (${servedName.value}), the name it is served under`, servedName.range, "notice");
  }
  if (!model) {
    ctx.note("model-missing", `no model found: set spec.model.uri (hf://org/name); ${ctx.name} is not checked`, ctx.keyRangeOf("spec"), "warning");
  }
  if (model && model !== facts.model && items2.command.length === 0) {
    facts = rereadWithModel(vllmEntrypoint(where, items2.path), items2.args, items2.env, model, facts);
  }
  for (const [key, fact] of [["tensor", "tensorParallel"], ["pipeline", "pipelineParallel"]]) {
    const p = `spec.parallelism.${key}`;
    const raw = at(spec, ["parallelism", key]);
    if (raw === void 0 || raw === null) continue;
    const n = parseWholeNumber(raw);
    if (n === void 0 || n < 1) {
      ctx.note("not-whole-number", `${p} is ${describeValue(raw)}, not a whole number`, ctx.rangeOf(p), "warning");
      continue;
    }
    const previous = facts[fact];
    if (previous && previous.value !== n) {
      ctx.note("value-overridden", `${p} is ${n} but ${previous.path} says ${previous.value}: ${p} is used`, ctx.rangeOf(p), "warning");
    }
    facts[fact] = { value: n, range: ctx.rangeOf(p), path: p };
  }
  for (const key of ["data", "dataLocal", "expert"]) {
    const raw = at(spec, ["parallelism", key]);
    const n = parseWholeNumber(raw);
    if (n !== void 0 && n > 1 || key === "expert" && raw === true) {
      const p = `spec.parallelism.${key}`;
      ctx.note("not-modelled", `${p} is not modelled: each engine is checked with the tensor \xD7 pipeline parallel GPUs alone`, ctx.rangeOf(p), "notice");
    }
  }
  if (at(spec, ["worker"]) !== void 0 && at(spec, ["worker"]) !== null) {
    ctx.note("not-modelled", `spec.worker (multi-node serving) is not modelled: ${ctx.name} is checked as one pod`, ctx.keyRangeOf("spec.worker"), "notice");
  }
  if (isRecord(at(spec, ["prefill"]))) {
    ctx.note("not-modelled", `spec.prefill (disaggregated prefill) is not checked: only the decode pods of ${ctx.name} are`, ctx.keyRangeOf("spec.prefill"), "notice");
  }
  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", where);
  const deployment = finish(ctx, { facts, container: items2, declaration, model, label: ctx.name, where, podSpec: podSpecPath });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function finish(ctx, parts) {
  const { facts, container, declaration, model, label, where } = parts;
  for (const problem of facts.problems) {
    if (container.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  const own = container.ownCount;
  const checked = model !== void 0;
  let gpu = declaration.gpu;
  const mig = own && container.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? container.ownMig : void 0;
  if (mig) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  for (const n of declaration.notes) {
    if ((checked || own) && !declaration.count && n.code === "gpu-count-missing") continue;
    if (own && n.code === "gpu-count-from-instance-type") continue;
    if (own && own.value !== declaration.count?.value && n.code === "gpu-count-summed") continue;
    if (n.code === "gpu-type-missing") {
      if (mig) continue;
      ctx.note(n.code, `${n.message} (for KServe: the annotation ${GPU_ANNOTATION} under metadata.annotations, or the nodeSelector under ${parts.podSpec})`, n.range, n.severity);
    } else {
      ctx.add(n);
    }
  }
  if (!model) return null;
  return deploymentFromFacts({
    name: label,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: "kserve",
    range: ctx.deploymentRange,
    facts: { ...facts, model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    count: own ?? declaration.count,
    howToCount: `add resources.limits nvidia.com/gpu to ${container.path}`,
    serving: where,
    note: ctx.note
  });
}

// src/adapt/kubeai.ts
var KUBEAI_MARKERS = ["kubeai.org"];
var FORMAT6 = "kubeai";
var KUBEAI_API_GROUP = "kubeai.org/";
var KUBEAI_PROFILES = {
  "nvidia-gpu-l4": "L4",
  "nvidia-gpu-h100": "H100-SXM",
  "nvidia-gpu-a100-80gb": "A100-80GB",
  "nvidia-gpu-a100-40gb": "A100-40GB",
  "nvidia-gpu-gh200": null
};
var NON_LLM_ENGINES = /* @__PURE__ */ new Set(["fasterwhisper", "infinity"]);
function adaptKubeAI(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(KUBEAI_API_GROUP) || kind !== "Model") return null;
  if (!isRecord(value.spec)) return null;
  return kubeAIModel(objectContext(document, file, absolutePath, kind), value.spec);
}
function modelFromUrl(url, ollama) {
  const text = url.value.trim();
  const [base = text, query = ""] = text.split("?", 2);
  if (/^ollama:\/\//i.test(base)) return { ...url, value: base };
  const named = ollama && /^pvc:\/\//i.test(base) ? new URLSearchParams(query).get("model")?.trim() : void 0;
  if (named) return { ...url, value: `ollama://${named}` };
  return modelFromUri(url);
}
var OLLAMA_KV_TYPES = { f16: "fp16", q8_0: "int8", q4_0: "int4" };
function kubeAIModel(ctx, spec) {
  const specKey = ctx.keyRangeOf("spec");
  const engineText = scalarText(spec.engine)?.trim();
  const engine = engineText?.toLowerCase();
  if (engine !== void 0 && NON_LLM_ENGINES.has(engine)) return null;
  if (Array.isArray(spec.features) && spec.features.length > 0 && !spec.features.some((f) => scalarText(f)?.trim() === "TextGeneration")) return null;
  const url = ctx.textAt("spec.url");
  const model = url ? modelFromUrl(url, engine === "ollama") : void 0;
  if (!model) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.url (hf://org/name); ${ctx.name} is not checked`, specKey, "warning");
  const args = argItems(ctx.document, spec.args, "spec.args");
  const serving = args.length > 0 ? ctx.keyRangeOf("spec.args", specKey) : specKey;
  let facts = null;
  if (engine === "vllm") {
    const entry = [
      { text: "vllm", range: serving, path: "spec.engine (entrypoint)" },
      { text: "serve", range: serving, path: "spec.engine (entrypoint)" }
    ];
    const injected = model ? [
      { text: "--model", range: model.range, path: model.path, via: { key: "url" } },
      { text: model.value, range: model.range, path: model.path, via: { key: "url" } }
    ] : [];
    facts = readEngineArgs(entry, [...args, ...injected], []);
    ctx.add(...facts?.problems ?? []);
  } else if (engineText !== void 0 && args.length > 0) {
    ctx.note("engine-args-not-read", `spec.engine is ${engineText}: its spec.args are not read, only vLLM's are`, serving, "notice");
  }
  const profile = ctx.textAt("spec.resourceProfile");
  let gpu;
  let count;
  if (!profile) {
    ctx.note(
      "gpu-type-missing",
      `no spec.resourceProfile: the GPU of ${ctx.name} is not known, so it is checked for the memory it needs per GPU, not against a GPU; set e.g. nvidia-gpu-l4:1, ${DECLARE_IN_CONFIG}`,
      specKey,
      "notice"
    );
    count = { value: 1, range: specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  } else {
    const colon = profile.value.lastIndexOf(":");
    const profileName = (colon >= 0 ? profile.value.slice(0, colon) : profile.value).trim();
    const countText = colon >= 0 ? profile.value.slice(colon + 1).trim() : "";
    const mapped = Object.prototype.hasOwnProperty.call(KUBEAI_PROFILES, profileName) ? KUBEAI_PROFILES[profileName] : void 0;
    if (mapped === null) {
      ctx.note("gpu-profile-unknown", `spec.resourceProfile ${profileName} is not in the GPU catalog: it is kept as the GPU name, which the catalog does not resolve`, profile.range, "notice");
    } else if (mapped === void 0) {
      ctx.note(
        "gpu-profile-unknown",
        `spec.resourceProfile ${profileName} is not a known KubeAI GPU profile (${Object.keys(KUBEAI_PROFILES).join(", ")}): it is kept as the GPU name; state the GPU with a known profile`,
        profile.range,
        "notice"
      );
    }
    gpu = { value: mapped ?? profileName, range: profile.range, path: `spec.resourceProfile (${profileName})` };
    if (countText === "") {
      ctx.note("gpu-count-assumed", `spec.resourceProfile ${profile.value} gives no GPU count: checked as 1 GPU; write ${profileName}:<count>`, profile.range, "notice");
      count = { value: 1, range: profile.range, path: "assumed: 1 GPU", via: { assumed: true } };
    } else {
      const n = parseWholeNumber(countText);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `spec.resourceProfile count ${describeValue(countText)} is not a whole number of GPUs: ${ctx.name} is not checked`, profile.range, "warning");
      } else {
        count = { value: n, range: profile.range, path: "spec.resourceProfile (count)" };
      }
    }
  }
  const ollama = engine === "ollama" ? ollamaServer(ctx, spec) : void 0;
  if (!model || !count) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT6, model, gpu, count, serving);
  if (facts) {
    applyEngineFacts(deployment, facts);
  } else if (ollama) {
    if (ollama.contextLength) deployment.contextLength = ollama.contextLength;
    if (ollama.parallel) deployment.concurrency = ollama.parallel;
    if (ollama.kvCache) deployment.kvCachePrecision = ollama.kvCache;
  } else {
    const precision = precisionFromModelName(model.value);
    if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  }
  return { deployments: [deployment], notes: ctx.notes };
}
function ollamaServer(ctx, spec) {
  const out = {};
  if (Array.isArray(spec.env)) {
    ctx.note("key-not-accepted", `spec.env is a list: a KubeAI Model takes its env as a map (OLLAMA_CONTEXT_LENGTH: "8192"), so it is not read`, ctx.keyRangeOf("spec.env"), "warning");
  }
  const env = new Map(envFromMap(ctx.document, spec.env, "spec.env").map((e) => [e.name, e]));
  const number = (name, unit) => {
    const e = env.get(name);
    if (!e) return void 0;
    const text = (e.value ?? "").trim().replace(/^["']|["']$/g, "").trim();
    const n = /^\d{1,10}$/.test(text) ? Number(text) : void 0;
    if (n === void 0 || n < 1) {
      ctx.note("not-whole-number", `${e.path} is ${describeValue(e.value)}, not a positive whole number of ${unit}: Ollama ignores it and its default applies`, e.range, "warning");
      return void 0;
    }
    return { value: n, range: e.range, path: e.path, via: { env: name } };
  };
  const contextLength = number("OLLAMA_CONTEXT_LENGTH", "tokens");
  if (contextLength) out.contextLength = contextLength;
  const parallel = number("OLLAMA_NUM_PARALLEL", "requests");
  if (parallel) out.parallel = parallel;
  const kv = env.get("OLLAMA_KV_CACHE_TYPE");
  if (kv) {
    const text = (kv.value ?? "").trim().toLowerCase();
    const precision = OLLAMA_KV_TYPES[text];
    const flash = /^(1|true)$/i.test(env.get("OLLAMA_FLASH_ATTENTION")?.value?.trim() ?? "");
    if (!precision) {
      ctx.note("precision-unknown", `${kv.path} is ${describeValue(kv.value)}, not a cache type Ollama knows (${Object.keys(OLLAMA_KV_TYPES).join(", ")}): an FP16 cache is checked`, kv.range, "warning");
    } else if (!flash && precision !== "fp16") {
      ctx.note(
        "setting-ignored",
        `${kv.path} is ${text}, which Ollama applies only with flash attention, and spec.env does not set OLLAMA_FLASH_ATTENTION: an FP16 cache is checked; set OLLAMA_FLASH_ATTENTION: "1" to have ${text} checked`,
        kv.range,
        "notice"
      );
    } else {
      out.kvCache = { value: precision, range: kv.range, path: kv.path, via: { env: "OLLAMA_KV_CACHE_TYPE" } };
    }
  }
  return out;
}

// src/adapt/llm-d.ts
var LLM_D_MARKERS = ["modelArtifacts"];
var FORMAT7 = "llm-d";
var ROLES = ["decode", "prefill"];
var ACCELERATOR_RESOURCES = {
  nvidia: "nvidia.com/gpu",
  "intel-i915": "gpu.intel.com/i915",
  "intel-xe": "gpu.intel.com/xe",
  "intel-gaudi": "habana.ai/gaudi",
  amd: "amd.com/gpu",
  google: "google.com/tpu",
  "rebellions-atom": "rebellions.ai/ATOM"
};
var SIMULATOR_IMAGE = "llm-d-inference-sim";
function adaptLlmD(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.modelArtifacts)) return null;
  const roles = ROLES.filter((r) => isRecord(value[r]) && value[r].create !== false);
  if (roles.length === 0) return null;
  const sink = noteSink();
  const modelArtifacts = value.modelArtifacts;
  const artifacts = () => artifactsModel(document, modelArtifacts, sink.note);
  const baseName = scalarText(modelArtifacts.name)?.trim() || artifactsModel(document, modelArtifacts, () => {
  })?.model.value || "modelservice";
  const multinode = value.multinode === true || scalarText(value.multinode)?.trim() === "true";
  const deployments = [];
  for (const role of roles) {
    const d = readRole({ document, file, absolutePath, values: value, role, spec: value[role], artifacts, name: `${baseName}/${role}`, multinode, ...sink });
    if (d) deployments.push(d);
  }
  return { deployments, notes: sink.notes };
}
var NAME_TEMPLATE = /\{\{-?\s*\.Values\.modelArtifacts\.name\s*-?\}\}/;
function artifactsModel(document, artifacts, note) {
  const namePath = "modelArtifacts.name";
  const nameText = scalarText(artifacts.name)?.trim();
  const named = nameText ? { value: nameText, range: rangeAt(document, namePath), path: namePath, via: { key: "name" } } : void 0;
  const uriPath = "modelArtifacts.uri";
  const uriRange = rangeAt(document, uriPath);
  const written = scalarText(artifacts.uri)?.trim();
  if (!written) {
    if (named) return { model: named, key: "name" };
    note("model-missing", `modelArtifacts has neither uri nor name: write uri: hf://<org>/<model> (or name: <org>/<model>) to have the model checked`, rangeAt(document, "modelArtifacts"), "warning");
    return void 0;
  }
  const templated = NAME_TEMPLATE.test(written);
  if (templated && !named) {
    note("model-missing", `${uriPath} ${written} names modelArtifacts.name, which is not set: set name: <org>/<model>`, uriRange, "warning");
    return void 0;
  }
  const uri = templated ? written.replace(new RegExp(NAME_TEMPLATE.source, "g"), nameText) : written;
  if (uri.includes("{{")) {
    if (named) {
      note("model-unresolved", `${uriPath} ${written} is a template llm-physics does not render: the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
      return { model: named, key: "name" };
    }
    note("model-missing", `${uriPath} ${written} is a template llm-physics does not render, and modelArtifacts.name is not set: write the model as hf://<org>/<model>`, uriRange, "warning");
    return void 0;
  }
  const at2 = templated ? named : { value: uri, range: uriRange, path: uriPath, via: { key: "uri" } };
  const key = templated ? "name" : "uri";
  if (uri.startsWith("hf://")) return { model: modelFromUri({ ...at2, value: uri }), key };
  const hfCache = /^pvc\+hf:\/\/(?:[^/]+\/)+([^/]+)\/([^/]+?)\/*$/.exec(uri);
  if (hfCache) return { model: { ...at2, value: `${hfCache[1]}/${hfCache[2]}` }, key };
  if (named) {
    note("model-from-served-name", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://): the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
    return { model: named, key: "name" };
  }
  note("model-missing", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://) and modelArtifacts.name is not set: set name: <org>/<model> to have the model checked`, uriRange, "warning");
  return void 0;
}
var PARALLELISM_KEYS = ["tensor", "data", "dataLocal", "workers"];
function readParallelism(document, spec, role, note) {
  const base = `${role}.parallelism`;
  const raw = spec.parallelism;
  const anchor = document.ranges.get(base)?.key ?? document.ranges.get(role)?.key ?? rangeAt(document, role);
  if (raw !== void 0 && raw !== null && !isRecord(raw)) {
    note("chart-values-invalid", `${base} is not a mapping of tensor, data, dataLocal and workers: it is not read, and each size is 1`, rangeAt(document, base), "warning");
  }
  const given = {};
  for (const key of PARALLELISM_KEYS) {
    const v = isRecord(raw) ? raw[key] : void 0;
    if (v === void 0 || v === null) continue;
    const path = `${base}.${key}`;
    const n = parseWholeNumber(v);
    if (n === void 0) {
      note("not-whole-number", `${path} is ${describeValue(v)}, not a whole number: it is not used`, rangeAt(document, path), "warning");
      continue;
    }
    if (n === 0) {
      note("chart-default", `${path} is 0, which the chart takes as not set`, rangeAt(document, path), "notice");
      continue;
    }
    given[key] = { value: n, written: true, range: rangeAt(document, path), path, via: { key } };
  }
  const derived = (value, how) => ({ value, written: false, how, range: anchor, path: base, via: { key: "parallelism" } });
  const { tensor, data, dataLocal, workers } = given;
  const divide = (num, numKey, den, denKey) => {
    if (num.value % den.value === 0) return derived(num.value / den.value, `${numKey} \xF7 ${denKey}`);
    note(
      "chart-values-invalid",
      `${num.path} (${num.value}) is not a multiple of ${den.path} (${den.value}): the chart fails ("parallelism.${numKey} must be a multiple of parallelism.${denKey}") and ${role} is not checked`,
      num.range,
      "warning"
    );
    return null;
  };
  const t = tensor ?? derived(1, "not set");
  const d = data ?? (dataLocal && workers ? derived(dataLocal.value * workers.value, "dataLocal \xD7 workers") : dataLocal ? derived(dataLocal.value, "dataLocal") : derived(1, "not set"));
  const dl = dataLocal ?? (data && workers ? divide(data, "data", workers, "workers") : data ? derived(data.value, "data") : derived(1, "not set"));
  const w = workers ?? (data && dataLocal ? divide(data, "data", dataLocal, "dataLocal") : derived(1, "not set"));
  if (!dl || !w) return null;
  const p = { tensor: t, data: d, dataLocal: dl, workers: w };
  for (const key of ["data", "dataLocal", "workers"]) {
    const s = p[key];
    if (s.written || s.value === 1) continue;
    note(
      "chart-default",
      `${base}.${key} is not set: the chart derives it as ${s.how} = ${s.value}, but its values.yaml sets ${key}: 1 since v0.3.14, so a chart of that version runs ${role} with ${key} 1; checked with ${s.value}: write ${key}: ${s.value} to be sure`,
      anchor,
      "notice"
    );
  }
  if ((p.data.value > 1 || p.dataLocal.value > 1) && p.data.value !== p.dataLocal.value * p.workers.value) {
    note(
      "chart-values-invalid",
      `${base} data ${p.data.value} is not dataLocal ${p.dataLocal.value} \xD7 workers ${p.workers.value}: vLLM waits for data-parallel ranks no pod runs; make data = dataLocal \xD7 workers`,
      p.data.written ? p.data.range : anchor,
      "warning"
    );
  }
  return p;
}
function sizePath(s, key) {
  return s.written ? s.path : `${s.path} (${key} = ${s.how})`;
}
function readRole(input) {
  const { document, role, spec, note, add } = input;
  const where = document.ranges.get(role)?.key ?? rangeAt(document, role);
  const p = readParallelism(document, spec, role, note);
  if (!p) return null;
  if (role === "prefill" && spec.replicas === void 0) {
    note("chart-default", `prefill.replicas is not set: the chart's default is 0, so no prefill pod runs; ${input.name} is checked as one would run: set prefill.replicas`, where, "notice");
  }
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (!containers.some((c) => isRecord(c))) {
    note(
      "chart-default",
      `${role}.containers is not set: the chart's default container runs the llm-d inference simulator, which loads no model, so ${role} is not checked; add a container with modelCommand: vllmServe`,
      where,
      "notice"
    );
    return null;
  }
  const acceleratorType = scalarText(isRecord(spec.accelerator) ? spec.accelerator.type : void 0)?.trim() ?? scalarText(isRecord(input.values.accelerator) ? input.values.accelerator.type : void 0)?.trim() ?? "nvidia";
  if (acceleratorType === "cpu") {
    note("not-modelled", `accelerator.type is cpu: ${role} runs on CPUs, which llm-physics does not check`, where, "notice");
    return null;
  }
  const configured = isRecord(input.values.accelerator) && isRecord(input.values.accelerator.resources) ? scalarText(input.values.accelerator.resources[acceleratorType]) : void 0;
  const resource = configured ?? ACCELERATOR_RESOURCES[acceleratorType] ?? "nvidia.com/gpu";
  const env = injectedEnv(input, p);
  let engine;
  let first;
  let refused = false;
  for (let index = 0; index < containers.length && !engine; index++) {
    const container = containers[index];
    if (!isRecord(container)) continue;
    const cpath2 = `${role}.containers[${index}]`;
    const cname = scalarText(container.name)?.trim() || "vllm";
    first ??= { cpath: cpath2, name: cname };
    if (scalarText(container.image)?.includes(SIMULATOR_IMAGE)) {
      note("engine-args-not-read", `container ${cname} of ${role} runs the llm-d inference simulator (${scalarText(container.image)}), which loads no model: it is not checked`, rangeAt(document, `${cpath2}.image`), "notice");
      refused = true;
      continue;
    }
    const read2 = readContainer2(input, container, cpath2, p, env);
    if (read2 === REFUSED) refused = true;
    else if (read2) engine = { ...read2, cpath: cpath2, index };
  }
  if (!engine) {
    if (first && !refused) {
      note(
        "gpu-container-no-engine",
        `container ${first.name} of ${role} gets GPUs from the chart but runs no engine llm-physics reads, so ${role} is not checked: set modelCommand: vllmServe, or start the engine in its command (vllm serve <org/model>)`,
        rangeAt(document, first.cpath),
        "notice"
      );
    }
    return null;
  }
  const { facts, cpath, mode } = engine;
  add(...facts.problems);
  const downloaded = facts.model ? void 0 : input.artifacts();
  if (!facts.model && downloaded) {
    facts.model = downloaded.model;
    note("model-unresolved", `the command of ${cpath} names no model llm-physics can read: ${downloaded.model.path} (${downloaded.model.value}) is checked, the model the chart downloads`, rangeAt(document, cpath), "notice");
  }
  if (!facts.model) return null;
  compareWithParallelism(input, facts, p, cpath, mode);
  const counted = gpuCountOf(document, cpath);
  add(...counted.notes);
  const perPod = p.tensor.value * p.dataLocal.value;
  let count = counted.count;
  if (count && count.value !== perPod) {
    note(
      "value-overridden",
      `${count.path} is ${count.value}, but ${role}.parallelism gives tensor \xD7 dataLocal = ${p.tensor.value} \xD7 ${p.dataLocal.value} = ${perPod} GPUs: the chart keeps ${count.value} (and annotates llm-d.ai/accelerator-warning); drop the limit or make the parallelism match`,
      count.range,
      "warning"
    );
  }
  if (!count) {
    const anchor = document.ranges.get(`${role}.parallelism`)?.key ?? where;
    count = { value: perPod, range: anchor, path: `${role}.parallelism (tensor \xD7 dataLocal = ${p.tensor.value} \xD7 ${p.dataLocal.value}, the chart's ${resource} limit)`, via: { key: "parallelism" } };
  }
  let group;
  const workers = p.workers;
  if (workers.value > 1 && input.multinode) {
    group = { value: workers.value, range: workers.range, path: sizePath(workers, "workers"), via: workers.via };
    note(
      "multi-node",
      `multinode is true: ${role} runs as a LeaderWorkerSet whose groups are ${workers.value} pods of ${count.value} GPU${count.value === 1 ? "" : "s"} (${sizePath(workers, "workers")}), checked as one deployment over ${workers.value * count.value} GPUs`,
      workers.range,
      "notice"
    );
  } else if (workers.value > 1) {
    note(
      "chart-values-invalid",
      `${sizePath(workers, "workers")} is ${workers.value} pods per group, but multinode is not true: the chart makes a Deployment of single pods${p.data.value > p.dataLocal.value ? `, each running DP_SIZE ${p.data.value} with DP_SIZE_LOCAL ${p.dataLocal.value} and waiting for ranks no pod runs` : ""}; ${role} is checked as one pod: set multinode: true`,
      workers.range,
      "warning"
    );
  }
  const gpu = roleGpu(input, counted.mig);
  const nodeLabels2 = roleNodeLabels(document, spec, role);
  return deploymentFromFacts({
    name: input.name,
    subject: `${role} (${cpath})`,
    file: input.file,
    absolutePath: input.absolutePath,
    format: FORMAT7,
    range: where,
    facts,
    gpu,
    nodeLabels: nodeLabels2,
    count,
    ...group ? { group } : {},
    howToCount: `set ${role}.parallelism, or add resources.limits ${resource} to ${cpath}`,
    serving: rangeAt(document, cpath),
    note
  });
}
function injectedEnv(input, p) {
  const { document, role } = input;
  const sizeVar = (name, s) => ({
    name,
    value: String(s.value),
    range: s.range,
    path: `${s.path} (${name}${s.written ? "" : ` = ${s.how}`}, set by the chart)`,
    via: s.via,
    from: s.path
  });
  const chart = [sizeVar("DP_SIZE", p.data), sizeVar("TP_SIZE", p.tensor), sizeVar("DP_SIZE_LOCAL", p.dataLocal)];
  const secret = isRecord(input.values.modelArtifacts) ? scalarText(input.values.modelArtifacts.authSecretName)?.trim() : void 0;
  if (secret) {
    chart.push({ name: "HF_TOKEN", value: null, range: rangeAt(document, "modelArtifacts.authSecretName"), path: "modelArtifacts.authSecretName (HF_TOKEN, from the Secret)", via: { key: "authSecretName" }, from: "modelArtifacts.authSecretName" });
  }
  const lws = [];
  if (input.multinode) {
    const at2 = rangeAt(document, "multinode");
    lws.push(
      { ...sizeVar("LWS_GROUP_SIZE", p.workers), path: `${p.workers.path} (LWS_GROUP_SIZE, set by the LeaderWorkerSet)` },
      // The leader's values: its engine is the one checked.
      { name: "LWS_WORKER_INDEX", value: "0", range: at2, path: "multinode (LWS_WORKER_INDEX, the leader's, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" },
      { name: "LWS_LEADER_ADDRESS", value: `${role}-leader-0`, range: at2, path: "multinode (LWS_LEADER_ADDRESS, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" }
    );
  }
  return { lws, chart };
}
var REFUSED = "refused";
function readContainer2(input, container, cpath, p, injected) {
  const { document, note } = input;
  const written = scalarText(container.modelCommand)?.trim();
  const modeRange = rangeAt(document, `${cpath}.modelCommand`);
  let mode = "custom";
  if (written === "vllmServe" || written === "imageDefault" || written === "custom") mode = written;
  else if (written !== void 0) {
    note("chart-values-invalid", `${cpath}.modelCommand is ${written}: the chart fails ("Valid values are vllmServe, imageDefault and custom"); read as custom`, modeRange, "warning");
  }
  const ownCommand = argItems(document, container.command, `${cpath}.command`);
  const ownArgs = argItems(document, container.args, `${cpath}.args`);
  const userEnv = envFromList(document, container.env, `${cpath}.env`);
  for (const v of userEnv) {
    const chartVar = injected.chart.find((c) => c.name === v.name && c.name !== "HF_TOKEN");
    if (chartVar && chartVar.value !== v.value) {
      note(
        "value-overridden",
        `${v.path} sets ${v.name} to ${v.value ?? "a valueFrom"}, but the chart appends ${v.name}=${chartVar.value} from ${chartVar.from} after the container's env, and the later one wins: set ${input.role}.parallelism instead`,
        v.range,
        "warning"
      );
    }
  }
  const env = [...injected.lws.filter((l) => !userEnv.some((v) => v.name === l.name)), ...userEnv, ...injected.chart];
  if (mode === "custom") {
    if (ownCommand.length === 0) {
      note(
        "chart-values-invalid",
        `${cpath} has ${written ? "modelCommand custom" : "no modelCommand (custom by default)"} and no command: the chart fails ("a command is required"); set modelCommand: vllmServe, or write the command`,
        written ? modeRange : rangeAt(document, cpath),
        "warning"
      );
      return REFUSED;
    }
    const facts2 = readEngineArgs(ownCommand, ownArgs, env);
    return facts2 ? { facts: facts2, mode } : null;
  }
  if (ownCommand.length > 0) {
    note("value-overridden", `${cpath}.command is not used: with modelCommand ${mode} the chart writes the command itself`, rangeAt(document, `${cpath}.command`), "notice");
  }
  const artifacts = input.artifacts();
  if (!artifacts) return REFUSED;
  const model = { text: artifacts.model.value, range: artifacts.model.range, path: artifacts.model.path, via: { key: artifacts.key } };
  const chartItem = (text) => ({ text, range: modeRange, path: `${cpath}.modelCommand (${mode}: ${text})` });
  const command = mode === "vllmServe" ? [chartItem("vllm"), chartItem("serve")] : [];
  const args = mode === "vllmServe" ? [model] : [chartItem("--model"), model];
  const flags = [
    ["--tensor-parallel-size", "tensor"],
    ["--data-parallel-size", "data"],
    ["--data-parallel-size-local", "dataLocal"]
  ];
  for (const [flag, key] of flags) {
    const s = p[key];
    if (s.value <= 1) continue;
    const at2 = { range: s.range, path: sizePath(s, key), via: s.via };
    args.push({ text: flag, ...at2 }, { text: String(s.value), ...at2 });
  }
  const facts = readEngineArgs(command, [...args, ...ownArgs], env);
  return facts ? { facts, mode } : null;
}
var UNREAD_FLAG_CODES = /* @__PURE__ */ new Set(["script-unreadable", "flag-value-invalid", "flag-without-value", "flag-value-empty", "env-var-from-secret", "arg-not-split"]);
function compareWithParallelism(input, facts, p, cpath, mode) {
  const { note, role } = input;
  const unread = facts.problems.some((n) => UNREAD_FLAG_CODES.has(n.code));
  const pairs = [
    [facts.tensorParallel, "tensor", "--tensor-parallel-size", "TP_SIZE"],
    [facts.dataParallel, "data", "--data-parallel-size", "DP_SIZE"],
    [facts.dataParallelLocal, "dataLocal", "--data-parallel-size-local", "DP_SIZE_LOCAL"]
  ];
  for (const [fact, key, flag, variable] of pairs) {
    const s = p[key];
    if (!s.written) continue;
    if (fact && fact.value !== s.value) {
      note(
        "value-overridden",
        `${fact.path} is ${fact.value}, but ${s.path} is ${s.value}: the engine runs with ${fact.value}, while the chart sizes ${role}'s pods from the parallelism; ${mode === "custom" ? `pass $${variable}` : `drop ${flag} from the args`}, or set ${s.path}: ${fact.value}`,
        fact.range,
        "warning"
      );
    } else if (!fact && s.value > 1 && mode === "custom" && !unread) {
      note(
        "chart-values-invalid",
        `${s.path} is ${s.value}, but the command of ${cpath} passes no ${flag} (the chart gives it as $${variable}): the engine runs with its default, while the chart sizes ${role}'s pods for ${s.value}; add ${flag} $${variable}`,
        s.range,
        "warning"
      );
    }
  }
}
function roleGpu(input, mig) {
  const { document, spec, role, note, add } = input;
  const choices = [];
  const accelerators = spec.acceleratorTypes;
  if (isRecord(accelerators)) {
    const labelKey = scalarText(accelerators.labelKey)?.trim();
    const values = Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
    if (labelKey) choices.push(gpuFromLabelValues(document, labelKey, `${role}.acceleratorTypes.labelValues`, `${role}.acceleratorTypes`));
    else if (values.length > 0) {
      note(
        "chart-values-invalid",
        `${role}.acceleratorTypes has labelValues but no labelKey: the chart writes no node affinity without one, so the values select nothing; add labelKey: ${PRODUCT_LABEL}`,
        rangeAt(document, `${role}.acceleratorTypes`),
        "warning"
      );
    }
  }
  choices.push(gpuFromSelector(document, `${role}.nodeSelector`, `${role}.nodeSelector`));
  choices.push(gpuFromSelector(document, `${role}.extraConfig.nodeSelector`, `${role}.extraConfig.nodeSelector`));
  choices.push(gpuFromSelectorTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`, `${role}.extraConfig.affinity`));
  for (const c of choices) add(...c.notes);
  const found = choices.flatMap((c) => c.gpu ? [c.gpu] : []);
  let gpu = found[0];
  const id = (g) => gpuLookup.find(g.value)?.id ?? g.value;
  for (const other of found.slice(1)) {
    if (gpu && id(other) !== id(gpu)) {
      note("gpu-selectors-disagree", `${other.path} names ${id(other)}, not ${id(gpu)} as ${gpu.path} does: checked as ${gpu.value}; make the selectors agree`, gpu.range, "notice");
    }
  }
  if (mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    add(...sliced.notes);
  }
  if (!gpu) {
    note(
      "gpu-type-missing",
      `no GPU type is declared for ${role}: ${input.name} is checked for the memory it needs per GPU, not against a GPU; add ${role}.acceleratorTypes with labelKey ${PRODUCT_LABEL} and labelValues [NVIDIA-H100-80GB-HBM3], or a ${role}.nodeSelector ${PRODUCT_LABEL}, ${DECLARE_IN_CONFIG}`,
      document.ranges.get(role)?.key ?? rangeAt(document, role),
      "notice"
    );
  }
  return gpu;
}
function roleNodeLabels(document, spec, role) {
  const own = nodeLabelsOfSelector(document, `${role}.nodeSelector`) ?? nodeLabelsOfSelector(document, `${role}.extraConfig.nodeSelector`);
  const terms = nodeLabelsOfTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`);
  const accelerators = spec.acceleratorTypes;
  const labelKey = isRecord(accelerators) ? scalarText(accelerators.labelKey)?.trim() : void 0;
  const values = isRecord(accelerators) && Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
  const one = labelKey && values.length === 1 ? scalarText(values[0])?.trim() : void 0;
  const labels = { ...one ? { [labelKey]: one } : {}, ...terms?.labels ?? {}, ...own?.labels ?? {} };
  if (Object.keys(labels).length === 0) return void 0;
  return { labels, range: own?.range ?? terms?.range ?? rangeAt(document, `${role}.acceleratorTypes`) };
}

// src/adapt/ome.ts
var OME_MARKERS = ["ome.io/"];
var API_GROUP3 = "ome.io/";
var FORMAT8 = "ome";
var DEFAULT_PRIORITY = 1;
var MODEL_FORMAT_WEIGHT = 10;
var MODEL_FRAMEWORK_WEIGHT = 5;
var MODEL_FLAG = { vllm: "--model", sglang: "--model-path", tgi: "--model-id", trtllm: "--model" };
var COUNT_NOTES2 = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed", "gpu-count-from-node-label", "gpu-count-exceeds-node"]);
var SHELL2 = /^(?:.*\/)?(?:ba|z|da)?sh$/;
function adaptOme(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP3)) return null;
  if (kind !== "InferenceService") return null;
  const ctx = objectContext(document, file, absolutePath, "InferenceService");
  return inferenceService(ctx, references);
}
var KIND_NAMES = {
  OmeServingRuntime: "ServingRuntime",
  OmeClusterServingRuntime: "ClusterServingRuntime",
  OmeBaseModel: "BaseModel",
  OmeClusterBaseModel: "ClusterBaseModel"
};
function sourceOf(object) {
  const kind = KIND_NAMES[object.kind] ?? object.kind;
  return { object, label: `${kind} ${object.name}` };
}
function textIn(source, path) {
  const doc = source.object.document;
  const text = scalarText(at(doc.value, path.split(".")))?.trim();
  if (!text) return void 0;
  return { value: text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${source.label} ${path}`, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function keyRangeIn(source, path) {
  const doc = source.object.document;
  const r = doc.ranges.get(path);
  return r?.key ?? r?.value ?? doc.range;
}
function lookUp(ctx, references, kinds, name, namespace) {
  const namespaced = references.find(kinds[0], name.value, namespace);
  const found = namespaced.length > 0 ? namespaced : references.find(kinds[1], name.value);
  const object = firstFound(found, name, ctx.note);
  return object ? sourceOf(object) : void 0;
}
function versioned(raw) {
  if (!isRecord(raw)) return void 0;
  const name = scalarText(raw.name)?.trim();
  if (!name) return void 0;
  const out = { name, weight: parseWholeNumber(raw.weight) ?? 0 };
  const version = scalarText(raw.version)?.trim();
  if (version) out.version = version;
  const operator = scalarText(raw.operator)?.trim();
  if (operator) out.operator = operator;
  return out;
}
function parseModelSize(text) {
  const t = text.trim();
  const unit = t.slice(-1);
  const multiplier = unit === "T" ? 1e12 : unit === "B" ? 1e9 : unit === "M" ? 1e6 : 1;
  const number = multiplier === 1 ? t : t.slice(0, -1);
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(number)) return 0;
  return Number(number) * multiplier;
}
function modelTraits(spec) {
  const traits = {};
  if (!isRecord(spec)) return traits;
  const format = versioned(spec.modelFormat);
  if (format) traits.format = format;
  const framework = versioned(spec.modelFramework);
  if (framework) traits.framework = framework;
  const architecture = scalarText(spec.modelArchitecture)?.trim();
  if (architecture) traits.architecture = architecture;
  const quantization = scalarText(spec.quantization)?.trim();
  if (quantization) traits.quantization = quantization;
  const size = scalarText(spec.modelParameterSize)?.trim();
  if (size) traits.size = { text: size, value: parseModelSize(size) };
  return traits;
}
function traitsLabel(t) {
  const parts = [t.format ? `${t.format.name}${t.format.version ? ` ${t.format.version}` : ""}` : "no modelFormat"];
  if (t.architecture) parts.push(t.architecture);
  if (t.quantization) parts.push(t.quantization);
  if (t.size) parts.push(t.size.text);
  return parts.join(", ");
}
function parseVersion(text) {
  const first = text.indexOf(".");
  const second = first < 0 ? -1 : text.indexOf(".", first + 1);
  const parts = first < 0 ? [text] : second < 0 ? [text.slice(0, first), text.slice(first + 1)] : [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
  const whole = (s) => /^(?:0|[1-9]\d*)$/.test(s) ? Number(s) : void 0;
  const prefix = parts[0].startsWith("v") ? "v" : "";
  const major = whole(parts[0].slice(prefix.length));
  const minor = whole(parts[1] ?? "0");
  const tail = /^(\d+)(.*)$/.exec(parts[2] ?? "0");
  const patch = tail ? whole(tail[1]) : void 0;
  if (major === void 0 || minor === void 0 || patch === void 0) return void 0;
  return { prefix, numbers: [major, minor, patch], extra: tail[2], precision: parts.length };
}
function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a.numbers[i] !== b.numbers[i]) return a.numbers[i] > b.numbers[i] ? 1 : -1;
  return a.extra === b.extra ? 0 : a.extra < b.extra ? -1 : 1;
}
function versionAdmits(supported, model) {
  const base = parseVersion(model.version);
  const offered = parseVersion(supported.version);
  if (!base || !offered) return false;
  const operator = supported.operator ?? "Equal";
  if (base.extra !== "" || offered.extra !== "" || operator === "Equal") return compareVersions(offered, base) === 0;
  if (base.precision !== offered.precision || base.prefix !== offered.prefix) return false;
  const cmp = compareVersions(offered, base);
  if (operator === "GreaterThan") return cmp > 0;
  if (operator === "GreaterThanOrEqual") return cmp >= 0;
  return cmp === 0;
}
function formatEntries(spec) {
  const list = spec.supportedModelFormats;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const raw of list) {
    if (!isRecord(raw)) continue;
    const entry = { priority: parseWholeNumber(raw.priority) ?? DEFAULT_PRIORITY, diffusion: isRecord(raw.diffusionPipeline) };
    const format = versioned(raw.modelFormat);
    if (format) entry.format = format;
    const framework = versioned(raw.modelFramework);
    if (framework) entry.framework = framework;
    const architecture = scalarText(raw.modelArchitecture)?.trim();
    if (architecture) entry.architecture = architecture;
    const quantization = scalarText(raw.quantization)?.trim();
    if (quantization) entry.quantization = quantization;
    if (typeof raw.autoSelect === "boolean") entry.autoSelect = raw.autoSelect;
    out.push(entry);
  }
  return out;
}
function formatMismatch(model, f) {
  if (f.diffusion) return "it serves diffusion pipelines";
  if (f.architecture !== model.architecture && model.architecture !== void 0) {
    return f.architecture ? `architecture ${f.architecture}, not ${model.architecture}` : `no modelArchitecture (the model's is ${model.architecture})`;
  }
  if (f.quantization !== model.quantization && model.quantization !== void 0) {
    return f.quantization ? `quantization ${f.quantization}, not ${model.quantization}` : `no quantization (the model's is ${model.quantization})`;
  }
  if (!f.format) return "no modelFormat";
  if (model.format) {
    if (f.format.name !== model.format.name) return `modelFormat ${f.format.name}, not ${model.format.name}`;
    const reason = versionMismatch("modelFormat", f.format, model.format);
    if (reason) return reason;
  }
  if (model.framework) {
    if (!f.framework) return `no modelFramework (the model's is ${model.framework.name})`;
    if (f.framework.name !== model.framework.name) return `modelFramework ${f.framework.name}, not ${model.framework.name}`;
    const reason = versionMismatch("modelFramework", f.framework, model.framework);
    if (reason) return reason;
  }
  return void 0;
}
function versionMismatch(what, supported, model) {
  if (model.version === void 0) return void 0;
  if (supported.version === void 0) return `${what} ${supported.name} without a version (the model's is ${model.version})`;
  if (versionAdmits(supported, model)) return void 0;
  return `${what} version ${supported.operator && supported.operator !== "Equal" ? `${supported.operator} ` : ""}${supported.version}, not ${model.version}`;
}
function formatScore(model, f) {
  const formatMatches = f.format !== void 0 && (model.format === void 0 || f.format.name === model.format.name && !versionMismatch("", f.format, model.format));
  if (f.format && !formatMatches) return 0;
  const frameworkMatches = f.framework !== void 0 && (model.framework === void 0 || f.framework.name === model.framework.name && !versionMismatch("", f.framework, model.framework));
  if (f.framework && !frameworkMatches) return 0;
  if (!f.framework && model.framework) return 0;
  let score = 0;
  if (formatMatches) score += (f.format.weight || MODEL_FORMAT_WEIGHT) * f.priority;
  if (frameworkMatches) score += (f.framework.weight || MODEL_FRAMEWORK_WEIGHT) * f.priority;
  return score;
}
function sizeRangeOf(spec) {
  if (!isRecord(spec.modelSizeRange)) return void 0;
  const out = {};
  const min = scalarText(spec.modelSizeRange.min)?.trim();
  const max = scalarText(spec.modelSizeRange.max)?.trim();
  if (min) out.min = min;
  if (max) out.max = max;
  return out;
}
function rangeText(r) {
  return `${r.min ?? "any"}\u2013${r.max ?? "any"}`;
}
function incompatibility(spec, model) {
  const entries = formatEntries(spec);
  if (entries.length === 0) return "it lists no supportedModelFormats";
  if (!entries.some((f) => formatMismatch(model, f) === void 0)) return `it supports ${entries.map((f) => formatMismatch(model, f)).join("; ")}`;
  const range = sizeRangeOf(spec);
  if (model.size && range) {
    const min = range.min !== void 0 ? parseModelSize(range.min) : -Infinity;
    const max = range.max !== void 0 ? parseModelSize(range.max) : Infinity;
    if (model.size.value < min || model.size.value > max) return `model size ${model.size.text} is outside its modelSizeRange ${rangeText(range)}`;
  }
  return void 0;
}
function evaluateRuntime(source, model) {
  const spec = at(source.object.document.value, ["spec"]);
  if (!isRecord(spec)) return { reason: "it has no spec" };
  if (spec.disabled === true) return { reason: "it is disabled" };
  const reason = incompatibility(spec, model);
  if (reason) return { reason };
  const entries = formatEntries(spec);
  if (!entries.some((f) => f.autoSelect === true)) return { reason: "no supportedModelFormats entry has autoSelect: true" };
  let score = 0;
  let priority = DEFAULT_PRIORITY;
  for (const f of entries) {
    if (f.autoSelect === false) continue;
    const s = formatScore(model, f);
    if (s > score) {
      score = s;
      priority = f.priority;
    }
  }
  if (score <= 0) return { reason: "its autoSelect entries do not match the model's format and framework" };
  const range = sizeRangeOf(spec);
  let sizeDistance = 0;
  if (model.size && range) {
    const size = model.size.value;
    sizeDistance = Math.abs(parseModelSize(range.min ?? "0") - size) + Math.abs(parseModelSize(range.max ?? "0") - size);
  }
  return { candidate: { source, score, priority, sizeDistance, ...range ? { range } : {} } };
}
function selectRuntime2(references, namespace, model) {
  const rejected = [];
  let matching = 0;
  let chosen2;
  for (const kind of ["OmeServingRuntime", "OmeClusterServingRuntime"]) {
    const candidates = [];
    for (const object of references.all(kind)) {
      if (kind === "OmeServingRuntime" && namespace && object.namespace && object.namespace !== namespace) continue;
      const source = sourceOf(object);
      const { candidate, reason } = evaluateRuntime(source, model);
      if (candidate) candidates.push(candidate);
      else rejected.push(`${source.label}: ${reason}`);
    }
    candidates.sort((a, b) => b.score - a.score || a.sizeDistance - b.sizeDistance || (a.source.object.name < b.source.object.name ? -1 : a.source.object.name > b.source.object.name ? 1 : 0));
    matching += candidates.length;
    chosen2 ??= candidates[0];
  }
  return chosen2 ? { chosen: chosen2, matching, rejected } : { matching, rejected };
}
function readRunner(ctx, where) {
  const raw = at(where.doc.value, where.path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  if (!isRecord(raw)) {
    ctx.note("not-a-mapping", `${where.label ? `${where.label} ` : ""}${where.path} is ${describeValue(raw)}, not a container: it is not read`, where.doc.ranges.get(where.path)?.value ?? where.doc.range, "warning");
    return void 0;
  }
  const items2 = readContainer(where.doc, raw, where.path, "runner");
  ctx.add(...gpuCountOf(where.doc, where.path).notes.map((n) => where.label ? { ...n, message: `${where.label}: ${n.message}` } : n));
  if (!where.label) return items2;
  const label = where.label;
  const prefix = (item) => ({ ...item, path: `${label} ${item.path}` });
  const out = { ...items2, command: items2.command.map(prefix), args: items2.args.map(prefix), env: items2.env.map(prefix) };
  if (items2.ownCount) out.ownCount = prefix(items2.ownCount);
  if (items2.ownMig) out.ownMig = prefix(items2.ownMig);
  return out;
}
function mergeRunners(base, own) {
  if (!base || !own) return own ?? base;
  const overridden = new Set(own.env.map((e) => e.name));
  const merged = {
    path: own.path,
    name: own.name !== "runner" ? own.name : base.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command,
    args: own.args.length > 0 ? own.args : base.args,
    env: [...base.env.filter((e) => !overridden.has(e.name)), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom
  };
  const count = own.ownCount ?? base.ownCount;
  if (count) merged.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig;
  if (count && mig) merged.ownMig = mig;
  return merged;
}
function inferenceService(ctx, references) {
  const value = ctx.document.value;
  const name = ctx.name;
  const namespace = scalarText(at(value, ["metadata", "namespace"]))?.trim() || void 0;
  const specKey = ctx.keyRangeOf("spec");
  const done = () => ({ deployments: [], notes: ctx.notes });
  const engineRaw = at(value, ["spec", "engine"]);
  if (!isRecord(engineRaw)) {
    const predictor = isRecord(at(value, ["spec", "predictor"]));
    ctx.note(
      "engine-missing",
      engineRaw === void 0 || engineRaw === null ? `${name} has no spec.engine, so OME deploys no engine for it${predictor ? " (spec.predictor is deprecated and not read)" : ""}: add spec.engine (minReplicas: 1) to serve the model; ${name} is not checked` : `spec.engine of ${name} is ${describeValue(engineRaw)}, not a mapping: OME cannot deploy its engine; ${name} is not checked`,
      engineRaw === void 0 ? specKey : ctx.rangeOf("spec.engine"),
      engineRaw === void 0 || engineRaw === null ? "notice" : "warning"
    );
    return done();
  }
  const engineKey = ctx.keyRangeOf("spec.engine", specKey);
  const modelName = ctx.textAt("spec.model.name");
  let model;
  if (!modelName) {
    ctx.note("model-missing", `no spec.model.name: name the BaseModel or ClusterBaseModel ${name} serves; ${name} is not checked`, ctx.keyRangeOf("spec.model", specKey), "warning");
  } else {
    model = lookUp(ctx, references, ["OmeBaseModel", "OmeClusterBaseModel"], modelName, namespace);
    if (!model) {
      ctx.note(
        "base-model-not-found",
        `${modelName.path} is ${modelName.value}, a BaseModel or ClusterBaseModel not found in the files checked: the model it serves (spec.storage.storageUri) and what selects its runtime are not known; check the model's file together with this one to have ${name} checked`,
        modelName.range,
        "notice"
      );
    }
  }
  const modelSpec = model ? at(model.object.document.value, ["spec"]) : void 0;
  const traits = modelTraits(modelSpec);
  if (model && isRecord(modelSpec) && modelSpec.disabled === true) {
    ctx.note("reference-disabled", `${model.label} is disabled (spec.disabled: true): OME refuses to serve it`, model.object.document.ranges.get("spec.disabled")?.value ?? model.object.document.range, "warning");
  }
  const runtimeName = ctx.textAt("spec.runtime.name");
  let runtime;
  if (runtimeName) {
    runtime = lookUp(ctx, references, ["OmeServingRuntime", "OmeClusterServingRuntime"], runtimeName, namespace);
    if (!runtime) {
      ctx.note(
        "runtime-not-found",
        `${runtimeName.path} is ${runtimeName.value}, a ClusterServingRuntime or ServingRuntime not found in the files checked: its engine's command line, GPUs and node selector are not read${ownsCommand(value) ? ", only spec.engine's" : `, and spec.engine gives no runner command of its own, so ${name} is not checked`}; check the runtime's file together with this one to have them read`,
        runtimeName.range,
        "notice"
      );
    } else if (model) {
      const spec = at(runtime.object.document.value, ["spec"]);
      if (isRecord(spec) && spec.disabled === true) {
        ctx.note("reference-disabled", `${runtime.label} is disabled (spec.disabled: true): OME refuses to run ${name} on it`, runtime.object.document.ranges.get("spec.disabled")?.value ?? runtimeName.range, "warning");
      } else if (isRecord(spec)) {
        const reason = incompatibility(spec, traits);
        if (reason) {
          ctx.note("runtime-incompatible", `${runtime.label} does not support ${model.label} (${traitsLabel(traits)}): ${reason}, so OME refuses it; name a runtime that supports the model, or fix the runtime's supportedModelFormats and modelSizeRange`, runtimeName.range, "warning");
        }
      }
    }
  } else if (model) {
    runtime = autoSelected(ctx, references, namespace, model, traits);
  }
  if (!model) return done();
  const uri = textIn(model, "spec.storage.storageUri");
  const storagePath = textIn(model, "spec.storage.path");
  const engine = mergeEngine(ctx, runtime);
  const runner = engine.runner;
  if (!runner || runner.command.length === 0 && runner.args.length === 0) {
    if (runtime) {
      ctx.note(
        "runtime-no-containers",
        `${runtime.label} has no spec.engineConfig.runner${engine.multi ? " (nor leader.runner)" : ""} with a command, and spec.engine.runner gives none: there is no engine command line to read; ${name} is not checked`,
        keyRangeIn(runtime, "spec.engineConfig"),
        "warning"
      );
    }
    return done();
  }
  const env = [...runner.env];
  if (storagePath && !env.some((e) => e.name === "MODEL_PATH")) env.push({ name: "MODEL_PATH", value: storagePath.value, range: storagePath.range, path: `${storagePath.path} (MODEL_PATH, set by OME)` });
  const size = engine.size?.value ?? 0;
  const leaderGpus = runner.ownCount;
  let command = runner.command;
  let args = runner.args;
  if (leaderGpus && leaderGpus.value > 0) {
    const pods = 1 + size;
    const n = leaderGpus.value * pods;
    const how = `${leaderGpus.value} GPU${leaderGpus.value === 1 ? "" : "s"} \xD7 ${pods} pod${pods === 1 ? "" : "s"}, set by OME`;
    const without = env.filter((e) => e.name !== "PARALLELISM_SIZE");
    env.length = 0;
    env.push(...without, { name: "PARALLELISM_SIZE", value: String(n), range: leaderGpus.range, path: `${leaderGpus.path} (PARALLELISM_SIZE ${n}: ${how})` });
    const all = [...command, ...args].map((item, i, list) => {
      const flag = list[i - 1]?.text.trim();
      if (item.text.trim() !== "$(PARALLELISM_SIZE)" || !flag || !flag.startsWith("-")) return item;
      return { text: String(n), range: item.range, path: `${item.path} (${flag} $(PARALLELISM_SIZE) = ${n}: ${how})`, via: { flag } };
    });
    command = all.slice(0, command.length);
    args = all.slice(command.length);
  }
  if (engine.multi) {
    const group = engine.size?.range ?? engineKey;
    env.push({ name: "LWS_GROUP_SIZE", value: String(1 + size), range: group, path: "LWS_GROUP_SIZE (set by LeaderWorkerSet)" });
    for (const v of ["LWS_LEADER_ADDRESS", "LWS_WORKER_INDEX"]) env.push({ name: v, value: null, range: group, path: `${v} (set by LeaderWorkerSet)` });
  }
  let facts = readEngineArgs(command, args, env);
  if (!facts) {
    ctx.note(
      "runtime-no-engine",
      `${runtime ? `${runtime.label} ` : ""}${runner.path} runs no engine llm-physics reads (vLLM, SGLang, TGI, TensorRT-LLM): write the engine's command (python3 -m sglang.launch_server \u2026) in the runner to have ${name} checked`,
      runner.nameRange,
      "warning"
    );
    return done();
  }
  let modelFact = uri ? modelFromUri(uri) : void 0;
  if (!modelFact && facts.model && !facts.model.value.startsWith("/") && !facts.model.value.includes("$(")) modelFact = facts.model;
  if (!modelFact) {
    ctx.note(
      "model-missing",
      `${model.label} has no spec.storage.storageUri: the model OME downloads is not known; set spec.storage.storageUri (hf://org/name) in it; ${name} is not checked`,
      keyRangeIn(model, isRecord(at(modelSpec, ["storage"])) ? "spec.storage" : "spec"),
      "warning"
    );
    return done();
  }
  const shell = runner.command.length > 0 && SHELL2.test(runner.command[0].text.trim());
  if (!shell && modelFact !== facts.model) facts = reread(command, args, env, modelFact, facts);
  if (isRecord(at(value, ["spec", "decoder"]))) {
    ctx.note("not-modelled", `spec.decoder (prefill-decode disaggregation) is not checked: only the engine's pods of ${name} are`, ctx.keyRangeOf("spec.decoder"), "notice");
  }
  const acceleratorClass = ctx.textAt("spec.acceleratorSelector.acceleratorClass") ?? ctx.textAt("spec.engine.acceleratorOverride.acceleratorClass");
  if (acceleratorClass) {
    ctx.note("not-modelled", `${acceleratorClass.path} ${acceleratorClass.value}: AcceleratorClass objects are not read, so the node selector and resources it adds are not checked`, acceleratorClass.range, "notice");
  }
  const count = engineCount(ctx, engine, name);
  const declaration = engineGpu(ctx, engine, engineKey, name);
  const deployment = finish2(ctx, { facts, model: modelFact, runner, declaration, count, where: engineKey, runtime });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function ownsCommand(value) {
  return ["runner", "leader"].some((key) => {
    const runner = key === "runner" ? at(value, ["spec", "engine", "runner"]) : at(value, ["spec", "engine", "leader", "runner"]);
    return isRecord(runner) && (Array.isArray(runner.command) && runner.command.length > 0 || Array.isArray(runner.args) && runner.args.length > 0);
  });
}
function autoSelected(ctx, references, namespace, model, traits) {
  const where = ctx.keyRangeOf("spec.model", ctx.keyRangeOf("spec"));
  const missing = [!traits.format && "spec.modelFormat.name", !traits.architecture && "spec.modelArchitecture"].filter((m) => typeof m === "string");
  if (missing.length > 0) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and ${model.label} does not write ${missing.join(" or ")}, by which OME selects a runtime (its model agent fills them from the checkpoint's config.json): the runtime cannot be known from the files; name it in spec.runtime.name, or write ${missing.join(" and ")} in the model; ${ctx.name} is not checked`,
      where,
      "notice"
    );
    return void 0;
  }
  const selection = selectRuntime2(references, namespace, traits);
  const shown = selection.rejected.slice(0, 5).join("; ") + (selection.rejected.length > 5 ? `; and ${selection.rejected.length - 5} more` : "");
  if (!selection.chosen) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and no runtime in the files checked would be auto-selected for ${model.label} (${traitsLabel(traits)})${shown ? `: ${shown}` : ": none is in the files checked"}; name the runtime in spec.runtime.name, or check the runtime's file together with this one; ${ctx.name} is not checked`,
      where,
      "notice"
    );
    return void 0;
  }
  const { chosen: chosen2, matching } = selection;
  const sizeText2 = traits.size && chosen2.range ? `, model size ${traits.size.text} within its modelSizeRange ${rangeText(chosen2.range)}` : "";
  const of = matching === 1 ? "the only runtime" : `the highest-ranked of ${matching} runtimes`;
  ctx.note(
    "runtime-auto-selected",
    `spec.runtime is not set: OME auto-selects a runtime for ${model.label} (${traitsLabel(traits)}); of those in the files checked, ${chosen2.source.label} is ${of} that support it with autoSelect: true (priority ${chosen2.priority}${sizeText2}), and its engine is read; name the runtime in spec.runtime.name to be sure which runs`,
    where,
    "notice"
  );
  return chosen2.source;
}
function reread(command, args, env, model, previous) {
  const via = model.via ?? { key: model.path };
  const injected = [
    { text: MODEL_FLAG[previous.engine], range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via }
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return { ...previous, model };
  facts.model = model;
  facts.problems = previous.problems;
  return facts;
}
function mergeEngine(ctx, runtime) {
  const own = ctx.document;
  const base = runtime?.object.document;
  const has = (doc, path) => doc !== void 0 && isRecord(at(doc.value, path.split(".")));
  const leader = has(own, "spec.engine.leader") || has(base, "spec.engineConfig.leader");
  const worker = has(own, "spec.engine.worker") || has(base, "spec.engineConfig.worker");
  const multi = leader || worker;
  const part = (side, sub) => {
    if (side === "own") return { doc: own, path: `spec.engine${sub}.runner` };
    return base && runtime ? { doc: base, path: `spec.engineConfig${sub}.runner`, label: runtime.label } : void 0;
  };
  const read2 = (where) => where ? readRunner(ctx, where) : void 0;
  const main = leader ? ".leader" : "";
  const engine = {
    multi,
    podSpecs: []
  };
  const runner = mergeRunners(read2(part("base", main)), read2(part("own", main)));
  if (runner) engine.runner = runner;
  if (multi) {
    const workerRunner = mergeRunners(read2(part("base", ".worker")), read2(part("own", ".worker")));
    if (workerRunner) engine.worker = workerRunner;
    const size = workerSize(ctx, own, "spec.engine.worker.size") ?? (base && runtime ? workerSize(ctx, base, "spec.engineConfig.worker.size", runtime.label) : void 0);
    if (size) engine.size = size;
  }
  engine.podSpecs.push({ doc: own, path: `spec.engine${main}` });
  if (multi && main) engine.podSpecs.push({ doc: own, path: "spec.engine" });
  if (base && runtime) {
    engine.podSpecs.push({ doc: base, path: `spec.engineConfig${main}`, label: runtime.label });
    engine.podSpecs.push({ doc: base, path: "spec", label: runtime.label });
  }
  return engine;
}
function workerSize(ctx, doc, path, label) {
  const raw = at(doc.value, path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  const range = doc.ranges.get(path)?.value ?? doc.range;
  const shown = label ? `${label} ${path}` : path;
  const n = parseWholeNumber(raw);
  if (n === void 0) {
    ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of worker pods: not used`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${shown} is the string ${describeValue(raw)}: OME expects a number; read as ${n}`, range, "warning");
  return { value: n, range, path: shown, via: { key: "size" } };
}
function engineCount(ctx, engine, name) {
  const leader = engine.runner?.ownCount;
  if (!engine.multi || !engine.size || engine.size.value === 0 || !leader) return leader;
  const size = engine.size;
  let worker = engine.worker?.ownCount;
  if (!worker) {
    ctx.note(
      "gpu-count-assumed",
      `no GPU count is declared for the workers of ${name}: each is checked with the leader's ${leader.value}; add resources.limits nvidia.com/gpu to spec.engine.worker.runner (or the runtime's spec.engineConfig.worker.runner)`,
      size.range,
      "notice"
    );
    worker = leader;
  }
  const total = leader.value + size.value * worker.value;
  const pods = size.value + 1;
  const workers = `worker.size ${size.value}`;
  const path = worker.value === leader.value ? `${leader.path} (${leader.value} per pod) \xD7 ${pods} pods (1 leader + ${workers})` : `${leader.path} (${leader.value}) + ${workers} \xD7 ${worker.path} (${worker.value})`;
  ctx.note(
    "multi-node",
    `${size.path} is ${size.value}: OME runs ${name} as a LeaderWorkerSet of ${pods} pods (1 leader and ${size.value} worker${size.value === 1 ? "" : "s"}), checked as one deployment over all ${total} GPUs`,
    size.range,
    "notice"
  );
  return { value: total, range: leader.range, path };
}
function engineGpu(ctx, engine, anchor, name) {
  let labels;
  for (const spec of engine.podSpecs) {
    if (spec.path !== "spec" && !isRecord(at(spec.doc.value, spec.path.split(".")))) continue;
    const declaration2 = gpuFromPodSpec(spec.doc, spec.path, "metadata", anchor);
    labels ??= declaration2.nodeLabels;
    if (!declaration2.gpu) continue;
    const label = spec.label;
    const out = {
      gpu: label ? { ...declaration2.gpu, path: `${label} ${declaration2.gpu.path}` } : declaration2.gpu,
      notes: declaration2.notes.filter((n) => !COUNT_NOTES2.has(n.code) && n.code !== "gpu-type-missing")
    };
    if (declaration2.source) out.source = declaration2.source;
    const nodeLabels2 = declaration2.nodeLabels ?? labels;
    if (nodeLabels2) out.nodeLabels = nodeLabels2;
    return out;
  }
  const where = engine.multi ? "spec.engine.leader" : "spec.engine";
  const declaration = {
    notes: [
      {
        code: "gpu-type-missing",
        message: `no GPU type is declared for ${name}: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} to ${where} (or to the runtime's spec.engineConfig), the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        range: anchor,
        severity: "notice"
      }
    ]
  };
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
function finish2(ctx, parts) {
  const { facts, runner, declaration, count, where } = parts;
  for (const problem of facts.problems) {
    if (runner.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the runner's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  let gpu = declaration.gpu;
  const mig = count && runner.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? runner.ownMig : void 0;
  if (mig) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  for (const n of declaration.notes) {
    if (mig && n.code === "gpu-type-missing") continue;
    ctx.add(n);
  }
  const runnerPath = parts.runtime ? "spec.engine.runner (or the runtime's spec.engineConfig.runner)" : "spec.engine.runner";
  return deploymentFromFacts({
    name: ctx.name,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: FORMAT8,
    range: ctx.deploymentRange,
    facts: { ...facts, model: parts.model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    ...count ? { count } : {},
    howToCount: `add resources.limits nvidia.com/gpu to ${runnerPath}`,
    serving: where,
    note: ctx.note
  });
}

// src/adapt/production-stack.ts
var PRODUCTION_STACK_MARKERS = ["servingEngineSpec"];
var FORMAT9 = "production-stack";
var VLLM_CONFIG_FLAGS = [
  ["maxModelLen", "--max-model-len"],
  ["tensorParallelSize", "--tensor-parallel-size"],
  ["pipelineParallelSize", "--pipeline-parallel-size"],
  ["dtype", "--dtype"],
  ["gpuMemoryUtilization", "--gpu-memory-utilization"],
  ["maxNumSeqs", "--max-num-seqs"]
];
var HOW_TO_SELECT = `add nodeSelectorTerms to the modelSpec entry with a matchExpression on ${PRODUCT_LABEL} (operator In, values [NVIDIA-L4])`;
var HOW_TO_TYPE = `${HOW_TO_SELECT}; a values file has no place for the llm-physics.dev/gpu annotation`;
function adaptProductionStack(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.servingEngineSpec) || !Array.isArray(value.servingEngineSpec.modelSpec)) return null;
  const specs = value.servingEngineSpec.modelSpec;
  const { notes, note, add } = noteSink();
  const deployments = [];
  specs.forEach((spec, i) => {
    const base = `servingEngineSpec.modelSpec[${i}]`;
    const entryRange = rangeAt(document, base);
    if (!isRecord(spec)) return;
    const name = scalarText(spec.name) ?? `modelSpec[${i}]`;
    const nameRange = document.ranges.get(`${base}.name`)?.value ?? entryRange;
    const modelURL = scalarText(spec.modelURL);
    if (modelURL === void 0 || modelURL.trim() === "") {
      note("model-missing", `modelSpec ${name} has no modelURL: set modelURL to the Hugging Face id or path of the model to have it checked`, nameRange, "warning");
      return;
    }
    const modelPath = `${base}.modelURL`;
    const modelRange = rangeAt(document, modelPath);
    const command = [
      { text: "vllm", range: modelRange, path: "(chart) vllm" },
      { text: "serve", range: modelRange, path: "(chart) serve" },
      { text: modelURL, range: modelRange, path: modelPath, via: { key: "modelURL" } }
    ];
    const args = [];
    const config = isRecord(spec.vllmConfig) ? spec.vllmConfig : {};
    for (const [key, flag] of VLLM_CONFIG_FLAGS) {
      const raw = scalarText(config[key]);
      if (raw === void 0) continue;
      const path = `${base}.vllmConfig.${key}`;
      const range = rangeAt(document, path);
      args.push({ text: flag, range, path, via: { key } }, { text: raw, range, path, via: { key } });
    }
    args.push(...argItems(document, config.extraArgs, `${base}.vllmConfig.extraArgs`));
    const facts = readEngineArgs(command, args, envFromList(document, spec.env, `${base}.env`));
    if (!facts) return;
    add(...facts.problems);
    let count;
    const rawCount = spec.requestGPU;
    if (rawCount !== void 0 && rawCount !== null) {
      const n = parseWholeNumber(rawCount);
      const path = `${base}.requestGPU`;
      if (n === void 0) note("not-whole-number", `${path} is ${describeValue(rawCount)}, not a whole number of GPUs`, rangeAt(document, path), "warning");
      else count = { value: n, range: rangeAt(document, path), path };
    }
    const selected = gpuFromSelectorTerms(document, `${base}.nodeSelectorTerms`, `${base}.nodeSelectorTerms`);
    let gpu = selected.gpu;
    const requestType = scalarText(spec.requestGPUType)?.trim();
    const typePath = `${base}.requestGPUType`;
    let mig = false;
    if (requestType) {
      const typeRange = rangeAt(document, typePath);
      if (requestType.includes("/")) {
        const profile = migProfileOf(requestType);
        if (profile) {
          mig = true;
          const sliced = gpuOfMig({ profile, range: typeRange, path: typePath }, gpu);
          gpu = sliced.gpu;
          add(...sliced.notes);
        } else if (!GPU_RESOURCES.includes(requestType)) note("gpu-resource-unknown", `${typePath} ${requestType} is not a GPU resource llm-physics counts`, typeRange, "notice");
      } else if (!gpu) {
        if (gpuLookup.find(requestType)) {
          gpu = { value: requestType, range: typeRange, path: typePath };
          note(
            "gpu-type-misplaced",
            `${typePath} is the Kubernetes resource the chart requests (nvidia.com/gpu by default), not a GPU model: "${requestType}: ${count?.value ?? 1}" cannot be scheduled; checked as ${requestType}, but ${HOW_TO_SELECT} instead`,
            typeRange,
            "warning"
          );
        } else {
          note("gpu-resource-unknown", `${typePath} ${requestType} is neither a GPU resource (nvidia.com/gpu) nor a GPU llm-physics knows`, typeRange, "warning");
        }
      }
    }
    add(...selected.notes);
    if (!facts.model) return;
    if (!gpu && !mig) {
      note("gpu-type-missing", `no GPU type is declared for modelSpec ${name}: it is checked for the memory it needs per GPU, not against a GPU; ${HOW_TO_TYPE}, ${DECLARE_IN_CONFIG}`, nameRange, "notice");
    }
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: FORMAT9,
      range: nameRange,
      facts,
      gpu,
      nodeLabels: nodeLabelsOfTerms(document, `${base}.nodeSelectorTerms`),
      ...count ? { count } : {},
      howToCount: `set requestGPU on modelSpec ${name}`,
      serving: document.ranges.get(`${base}.vllmConfig`)?.key ?? nameRange,
      note
    });
    if (d) deployments.push(d);
  });
  return { deployments, notes };
}

// src/adapt/skypilot.ts
var FORMAT10 = "skypilot";
function adaptSkyPilot(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || typeof value.run !== "string" || value.type !== void 0) return null;
  return skypilot(document, value, file, absolutePath);
}
function skypilot(document, value, file, absolutePath) {
  const runRange = rangeAt(document, "run");
  const script = { text: value.run, range: runRange, path: "run" };
  const { notes, note, add } = noteSink();
  let resourcesPath = "resources";
  let resources = isRecord(value.resources) ? value.resources : void 0;
  for (const key of ["ordered", "any_of"]) {
    const list = resources?.[key];
    if (resources && resources.accelerators === void 0 && Array.isArray(list) && isRecord(list[0])) {
      if (list.length > 1) note("alternatives-first-checked", `resources.${key} lists ${list.length} alternatives: checked on the first`, rangeAt(document, `resources.${key}`), "notice");
      resources = list[0];
      resourcesPath = `resources.${key}[0]`;
    }
  }
  const accPath = `${resourcesPath}.accelerators`;
  const choices = acceleratorChoices(document, resources?.accelerators, accPath);
  const nodes = parseWholeNumber(value.num_nodes);
  const env = [...runtimeEnv(choices[0], { SKYPILOT_NUM_GPUS_PER_NODE: 1, SKYPILOT_NUM_NODES: 0 }, nodes ?? 1), ...launcherEnv(document, value.envs, "envs")];
  const read2 = readScripts([script], env, "envs");
  if (!read2) return null;
  const { facts } = read2;
  add(...facts.problems);
  const name = scalarText(value.name) ?? "skypilot-task";
  const where = document.ranges.get("name")?.value ?? document.ranges.get("run")?.key ?? document.range;
  const picked = firstAccelerator(choices, accPath);
  add(...picked.notes);
  const choice2 = picked.choice;
  if (!facts.model) {
    note("model-missing", `no model found in the run script: pass the model after \`vllm serve\` (or --model-path for SGLang) with a value written in the file; ${name} is not checked`, runRange, "warning");
    return { deployments: [], notes };
  }
  if (!choice2) {
    note(
      "gpu-type-missing",
      `no accelerator is declared: ${name} is checked for the memory it needs per GPU, not against a GPU; add resources.accelerators, e.g. H100:8, ${DECLARE_IN_CONFIG}`,
      where,
      "notice"
    );
    const d2 = deploymentFromFacts({ name, file, absolutePath, format: FORMAT10, range: where, facts, howToCount: "add resources.accelerators, e.g. H100:8", serving: runRange, note });
    return { deployments: d2 ? [d2] : [], notes };
  }
  let count = { value: choice2.choice.count, range: choice2.range, path: choice2.path };
  if (nodes !== void 0 && nodes > 1) {
    count = { ...count, value: count.value * nodes, path: `${choice2.path} \xD7 num_nodes (${nodes})` };
    note("multi-node", `num_nodes is ${nodes}: the engine is checked as one deployment over ${count.value} GPUs`, rangeAt(document, "num_nodes"), "notice");
  }
  const gpu = { value: choice2.choice.gpu, range: choice2.range, path: choice2.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: FORMAT10, range: where, facts, gpu, count, howToCount: "", serving: runRange, note });
  return { deployments: d ? [d] : [], notes };
}

// src/adapt/unread.ts
var UNREAD_KINDS = [
  {
    kind: "DynamoComponentDeployment",
    groups: ["nvidia.com"],
    project: "NVIDIA Dynamo",
    source: "ai-dynamo/dynamo deploy/cloud/operator/config/crd/bases/nvidia.com_dynamocomponentdeployments.yaml (created by the operator from a DynamoGraphDeployment)",
    instead: "the DynamoGraphDeployment it belongs to, which is read"
  },
  {
    kind: "SeldonDeployment",
    groups: ["machinelearning.seldon.io"],
    project: "Seldon Core",
    source: "SeldonIO/seldon-core operator/config/crd/bases/machinelearning.seldon.io_seldondeployments.yaml"
  },
  {
    kind: "Model",
    groups: ["mlops.seldon.io"],
    project: "Seldon Core 2",
    source: "SeldonIO/seldon-core k8s/yaml/crds.yaml (models.mlops.seldon.io)",
    marker: "mlops.seldon.io"
  },
  {
    kind: "BentoDeployment",
    groups: ["serving.yatai.ai"],
    project: "BentoML Yatai",
    source: "bentoml/yatai-deployment config/crd/bases/serving.yatai.ai_bentodeployments.yaml"
  },
  {
    kind: "VLLMRuntime",
    // serving.vllm.ai is the group of the operator's first samples.
    groups: ["production-stack.vllm.ai", "serving.vllm.ai"],
    project: "the vLLM production-stack operator",
    source: "vllm-project/production-stack operator/config/crd/bases/production-stack.vllm.ai_vllmruntimes.yaml",
    instead: "the production-stack Helm values (servingEngineSpec.modelSpec), which are read"
  },
  {
    kind: "StormService",
    groups: ["orchestration.aibrix.ai"],
    project: "AIBrix",
    source: "vllm-project/aibrix config/crd/orchestration/orchestration.aibrix.ai_stormservices.yaml",
    instead: "a Kubernetes Deployment per role (prefill, decode) running vllm serve, which is read"
  },
  {
    kind: "ArksApplication",
    // arks.scitix.ai is the group of Arks' earlier samples.
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksapplications.yaml"
  },
  {
    kind: "ArksDisaggregatedApplication",
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksdisaggregatedapplications.yaml"
  },
  {
    kind: "Playground",
    groups: ["inference.llmaz.io"],
    project: "llmaz",
    source: "InftyAI/llmaz config/crd/bases/inference.llmaz.io_playgrounds.yaml",
    marker: "inference.llmaz.io"
  },
  {
    kind: "ModelServing",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelservings.yaml"
  },
  {
    kind: "ModelBooster",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelboosters.yaml"
  },
  {
    kind: "NIMPipeline",
    groups: ["apps.nvidia.com"],
    project: "the NVIDIA NIM Operator",
    source: "NVIDIA/k8s-nim-operator config/crd/bases/apps.nvidia.com_nimpipelines.yaml",
    instead: "a NIMService per model, which is read"
  },
  {
    kind: "ModelService",
    groups: ["llm-d.ai"],
    project: "llm-d's model service",
    source: "llm-d/llm-d-model-service config/crd/bases/llm-d.ai_modelservices.yaml",
    instead: "the llm-d modelservice Helm values (modelArtifacts), which are read"
  }
];
var UNREAD_MARKERS = [...new Set(UNREAD_KINDS.map((k) => k.marker ?? k.kind))];
function unreadKindOf(value) {
  if (!isRecord(value)) return void 0;
  const { kind, apiVersion } = value;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return void 0;
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  return UNREAD_KINDS.find((k) => k.kind === kind && k.groups.includes(group));
}
function adaptUnread(document, file, absolutePath) {
  const known = unreadKindOf(document.value);
  if (!known) return null;
  const ctx = objectContext(document, file, absolutePath, known.kind);
  const apiVersion = String(document.value.apiVersion);
  const named = ctx.name === known.kind ? "" : ` ${ctx.name}`;
  ctx.note(
    "format-not-read",
    `${known.kind}${named} (${apiVersion}, ${known.project}) is not read yet by llm-physics: the deployment it declares is not checked; to have it checked, describe it in a native llm-physics manifest beside it (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count)` + (known.instead ? `, or declare it as ${known.instead}` : ""),
    ctx.rangeOf("kind", ctx.deploymentRange),
    "notice"
  );
  return { deployments: [], notes: ctx.notes };
}

// src/adapt/index.ts
var ADAPTERS = [
  { format: "kserve", markers: KSERVE_MARKERS, adapt: adaptKServe },
  { format: "ome", markers: OME_MARKERS, adapt: adaptOme },
  { format: "nim", markers: NIM_MARKERS, adapt: adaptNim },
  { format: "kubeai", markers: KUBEAI_MARKERS, adapt: adaptKubeAI },
  { format: "kaito", markers: KAITO_MARKERS, adapt: adaptKaito },
  { format: "dynamo", markers: DYNAMO_MARKERS, adapt: adaptDynamo },
  { format: "aibrix", markers: AIBRIX_MARKERS, adapt: adaptAibrix },
  { format: "kubernetes", markers: KUBERNETES_MARKERS, adapt: adaptKubernetes },
  { format: "production-stack", markers: PRODUCTION_STACK_MARKERS, adapt: adaptProductionStack },
  { format: "llm-d", markers: LLM_D_MARKERS, adapt: adaptLlmD },
  { format: "ray-serve", markers: RAY_MARKERS, adapt: adaptRay },
  { format: "kuberay", markers: KUBERAY_MARKERS, adapt: adaptRayCluster },
  { format: "skypilot", markers: LAUNCHER_MARKERS, adapt: adaptSkyPilot },
  { format: "dstack", markers: DSTACK_MARKERS, adapt: adaptDstack },
  // Last: kinds of LLM-serving projects not read yet, each announced rather than skipped.
  { format: "unread", markers: UNREAD_MARKERS, adapt: adaptUnread }
];
var ALL_MARKERS = [...NATIVE_MARKERS, ...ADAPTERS.flatMap((a) => a.markers)];

// src/evaluate/evaluate.ts
function ruleSeverity(rule, settings) {
  const setting = settings.severity[rule.id];
  if (setting === "off") return null;
  return setting ?? rule.defaultSeverity;
}
function lessSevere(a, b) {
  return severityRank(a) <= severityRank(b) ? a : b;
}
function runRule(rule, context) {
  try {
    return rule.check ? rule.check(context) : [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        message: `this rule could not be evaluated on ${context.deployment.name} (${reason}); this is a bug in llm-physics: please report it with the manifest`,
        range: context.deployment.range
      }
    ];
  }
}
function evaluateDeployment(context, settings) {
  const findings = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    const severity = ruleSeverity(rule, settings);
    if (severity === null) continue;
    for (const result of runRule(rule, context)) {
      const { deployment } = context;
      const elsewhere = result.range.file !== void 0 && result.range.file !== deployment.file;
      findings.push({
        ruleId: rule.id,
        severity: result.severity ? lessSevere(result.severity, severity) : severity,
        message: elsewhere ? `${deployment.name} (${deployment.file}:${deployment.range.line}): ${result.message}` : result.message,
        file: result.range.file ?? deployment.file,
        deployment: context.deployment.name,
        line: result.range.line,
        column: result.range.column,
        endLine: result.range.endLine,
        endColumn: result.range.endColumn,
        // A fix without a file lies in the deployment's, which is the finding's unless it is elsewhere.
        ...result.fix ? { fix: elsewhere && !result.fix.range.file ? { ...result.fix, range: { ...result.fix.range, file: deployment.file } } : result.fix } : {}
      });
    }
  }
  return findings;
}
function applySeverity(findings, settings) {
  const result = [];
  for (const finding of findings) {
    const setting = settings.severity[finding.ruleId];
    if (setting === "off") continue;
    if (setting === void 0 || setting === finding.severity) {
      result.push(finding);
      continue;
    }
    const rule = ruleById(finding.ruleId);
    const atDefault = rule === void 0 || severityRank(finding.severity) >= severityRank(rule.defaultSeverity);
    const severity = atDefault ? setting : lessSevere(finding.severity, setting);
    result.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return result;
}

// src/evaluate/suppressions.ts
var SUPPRESSION_RULES = ["suppression-without-reason", "unused-suppression"];
var DIRECTIVE = /^#\s*llm-physics-ignore(?=\s|$)(.*)$/s;
function parseDirective(body) {
  const dash = body.indexOf("--");
  const ids = dash < 0 ? body : body.slice(0, dash);
  const reason = dash < 0 ? "" : body.slice(dash + 2).trim();
  return {
    ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ""),
    reason: reason === "" ? null : reason
  };
}
function findSuppressions(file) {
  const text = file.text;
  const all = file.comments;
  const lineOf = (offset) => file.lineCounter.linePos(offset).line;
  const lineCount = text.length === 0 ? 1 : lineOf(text.length);
  const ownLine = (c) => {
    const start = text.lastIndexOf("\n", c.offset - 1) + 1;
    return text.slice(start, c.offset).trim() === "";
  };
  const commentOnlyLines = new Set(all.filter(ownLine).map((c) => lineOf(c.offset)));
  const result = [];
  for (const comment of all) {
    const match = DIRECTIVE.exec(comment.source.replace(/\r$/, ""));
    if (!match) continue;
    const line = lineOf(comment.offset);
    let coversLine = line;
    if (ownLine(comment)) {
      coversLine = line + 1;
      while (commentOnlyLines.has(coversLine) && coversLine <= lineCount) coversLine++;
    }
    result.push({
      file: file.file,
      line,
      ...parseDirective(match[1] ?? ""),
      range: toRange(file.lineCounter, comment.offset, comment.offset + comment.source.replace(/\r$/, "").length),
      coversLine
    });
  }
  return result;
}
function startsInside(finding, range) {
  const afterStart = finding.line > range.line || finding.line === range.line && finding.column >= range.column;
  const beforeEnd = finding.line < range.endLine || finding.line === range.endLine && finding.column < range.endColumn;
  return afterStart && beforeEnd;
}
function nodesStartingOn(file, line) {
  const ranges = [];
  for (const document of file.documents) {
    for (const path of document.ranges.values()) if (path.whole.line === line) ranges.push(path.whole);
  }
  return ranges;
}
var ruleLookup = createLookup(RULES.map((rule) => ({ id: rule.id, aliases: [] })));
function suppressible(ruleId) {
  return !SUPPRESSION_RULES.includes(ruleId);
}
function stageFinding(ruleId, suppression, message) {
  return {
    ruleId,
    severity: ruleById(ruleId)?.defaultSeverity ?? "warning",
    message,
    file: suppression.file,
    line: suppression.range.line,
    column: suppression.range.column,
    endLine: suppression.range.endLine,
    endColumn: suppression.range.endColumn
  };
}
function unusedMessage(id, suppression) {
  if (!ruleById(id)) {
    const suggestions = ruleLookup.suggest(id);
    const valid = RULES.map((rule) => rule.id).filter(suppressible);
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `${quote(s)}`).join(" or ")}?` : `the rule ids are ${valid.join(", ")}`;
    return `${quote(id)} is not a rule id, so this llm-physics-ignore suppresses nothing for it; ${hint}`;
  }
  if (!suppressible(id)) return `${id} findings cannot be suppressed; remove ${quote(id)} from this llm-physics-ignore comment`;
  const where = suppression.coversLine === suppression.line ? "this line" : `line ${suppression.coversLine}`;
  return `llm-physics-ignore ${id} suppressed nothing: no ${id} finding starts on ${where} or inside the node that starts there; remove it, or move the comment to the finding's line or the line above it`;
}
function applySuppressions(file, findings, suppressions) {
  const mine = suppressions.filter((s) => s.file === file.file);
  const coverage = mine.map((s) => nodesStartingOn(file, s.coversLine));
  const used = mine.map(() => /* @__PURE__ */ new Set());
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    let hidden = false;
    if (finding.file === file.file && suppressible(finding.ruleId)) {
      mine.forEach((s, i) => {
        if (!s.ruleIds.includes(finding.ruleId)) return;
        if (finding.line === s.coversLine || coverage[i].some((range) => startsInside(finding, range))) {
          used[i].add(finding.ruleId);
          hidden = true;
        }
      });
    }
    (hidden ? suppressed : kept).push(finding);
  }
  const own = [];
  mine.forEach((s, i) => {
    const ids = s.ruleIds.join(", ");
    if (s.ruleIds.length === 0) {
      own.push(
        stageFinding(
          "unused-suppression",
          s,
          "llm-physics-ignore names no rule id, so it suppresses nothing; write `# llm-physics-ignore <rule-id> -- <reason>`"
        )
      );
    } else if (s.reason === null) {
      own.push(
        stageFinding(
          "suppression-without-reason",
          s,
          `llm-physics-ignore ${ids} gives no reason; say why after a double dash: \`# llm-physics-ignore ${ids} -- <reason>\``
        )
      );
    }
    for (const id of new Set(s.ruleIds)) if (!used[i].has(id)) own.push(stageFinding("unused-suppression", s, unusedMessage(id, s)));
  });
  return { kept, suppressed, findings: own };
}

// src/report/bounds.ts
var FINDINGS_PER_RULE_PER_FILE = 100;
var REPORT_VALUE_MAX_CHARS = 200;
function capFindings(findings, perRulePerFile = FINDINGS_PER_RULE_PER_FILE) {
  const sorted = [...findings].sort(compareFindings);
  const counts = /* @__PURE__ */ new Map();
  const cut = /* @__PURE__ */ new Map();
  const kept = [];
  for (const f of sorted) {
    const key = `${f.file}\0${f.ruleId}`;
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    if (seen < perRulePerFile) {
      kept.push(f);
      continue;
    }
    const entry = cut.get(key);
    if (!entry) cut.set(key, { first: f, count: 1, severity: f.severity });
    else {
      entry.count++;
      if (severityRank(f.severity) > severityRank(entry.severity)) entry.severity = f.severity;
    }
  }
  for (const { first, count, severity } of cut.values()) {
    const total = perRulePerFile + count;
    kept.push({
      ruleId: first.ruleId,
      severity,
      message: `${groupDigits(count)} more ${first.ruleId} finding${count === 1 ? "" : "s"} in this file from here on are not listed (${groupDigits(total)} in all; at most ${perRulePerFile} of a rule are listed per file); fix the ones above and run again`,
      file: first.file,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn
    });
  }
  return kept.sort(compareFindings);
}
function boundValue(value, maxChars = REPORT_VALUE_MAX_CHARS) {
  const escaped = escapeControl(value);
  if (escaped.length <= maxChars) return escaped;
  return `${cutAt(escaped, maxChars)}\u2026 (${groupDigits(value.length)} characters)`;
}
function boundFact(fact) {
  return { ...fact, value: typeof fact.value === "string" ? boundValue(fact.value) : fact.value, path: boundValue(fact.path, 400) };
}
function boundDeployment(d) {
  const facts = {};
  for (const [name, fact] of Object.entries(d.facts)) facts[name] = boundFact(fact);
  return {
    ...d,
    name: boundValue(d.name),
    model: {
      ...d.model,
      input: boundValue(d.model.input),
      id: d.model.id === null ? null : boundValue(d.model.id),
      name: d.model.name === null ? null : boundValue(d.model.name),
      resolvedFrom: d.model.resolvedFrom === null ? null : boundMessage(d.model.resolvedFrom, 600)
    },
    hardware: { ...d.hardware, gpu: d.hardware.gpu === null ? null : boundValue(d.hardware.gpu) },
    facts,
    estimate: d.estimate === null ? null : {
      ...d.estimate,
      model: { ...d.estimate.model, id: boundValue(d.estimate.model.id), name: boundValue(d.estimate.model.name), resolvedFrom: boundMessage(d.estimate.model.resolvedFrom, 600) }
    }
  };
}
function boundReport(report) {
  return {
    ...report,
    deployments: report.deployments.map(boundDeployment),
    findings: report.findings.map((f) => ({ ...f, message: boundMessage(f.message), ...f.deployment !== void 0 ? { deployment: boundValue(f.deployment) } : {} })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: boundMessage(s.reason) }))
  };
}

// src/report/build.ts
function verdictOf(findings, estimated) {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (!estimated) return "incomplete";
  return findings.length > 0 ? "warn" : "pass";
}
function factsOf(deployment) {
  const facts = {};
  for (const name of FACT_NAMES) {
    const fact = deployment[name];
    if (!fact) continue;
    const value = typeof fact.value === "string" || typeof fact.value === "number" ? fact.value : fact.value.name ?? "inline architecture";
    facts[name] = {
      value,
      file: fact.range.file ?? deployment.file,
      line: fact.range.line,
      column: fact.range.column,
      path: fact.path,
      ...fact.via && "assumed" in fact.via ? { assumed: true } : {}
    };
  }
  return facts;
}
function deploymentReport(context, findings, reads = []) {
  const { deployment } = context;
  const e = context.estimate;
  const model = context.model.ok ? context.model.value : null;
  const modelValue = deployment.model.value;
  const scenario = e ? e.scenarios[e.primaryPrecision] : void 0;
  return {
    name: deployment.name,
    file: deployment.file,
    line: deployment.range.line,
    format: deployment.format,
    model: {
      input: typeof modelValue === "string" ? modelValue : modelValue.name ?? "inline architecture",
      id: model?.id ?? null,
      name: model?.name ?? null,
      resolvedFrom: model?.resolvedFrom ?? null,
      source: model ? model.source ?? "catalog" : null,
      revision: model?.revision ?? null,
      paramsTotal: e?.model.paramsTotal ?? null,
      paramsActive: e?.model.paramsActive ?? null,
      weightsBytes: e?.model.weightsBytes ?? null,
      checkpoint: model?.checkpoint ?? null
    },
    hardware: { gpu: deployment.gpu?.value ?? null, gpuId: context.gpu.ok ? context.gpu.value.id : null, count: deployment.gpuCount.value },
    requirement: context.requirement,
    precision: e?.primaryPrecision ?? deployment.precision?.value ?? null,
    tier: e?.tier ?? null,
    scenarios: e?.scenarios ?? {},
    headroomPercent: scenario?.headroomPercent ?? null,
    bandwidth: e ? e.bandwidth : null,
    facts: factsOf(deployment),
    concurrencyIsEngineCap: deployment.concurrencyIsEngineCap === true,
    verdict: verdictOf(findings, e !== null),
    estimate: e,
    ...reads.length > 0 ? { reads: [...reads] } : {}
  };
}

// src/pipeline/read.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/read/marker-scan.ts
function commonness(byte) {
  const c = String.fromCharCode(byte);
  if ("etaoinsrhl".includes(c)) return 10;
  if (` -:
"'`.includes(c)) return 10;
  if ("dcumfpgwyb".includes(c)) return 7;
  if (c >= "a" && c <= "z") return 4;
  if (c >= "A" && c <= "Z" || c >= "0" && c <= "9") return 4;
  return 3;
}
function markerScanner(markers) {
  const unique = [...new Set(markers)].filter((m) => m.length > 0);
  for (const m of unique) {
    if (!/^[\x20-\x7e]+$/.test(m)) throw new Error(`marker ${JSON.stringify(m)} is not printable ASCII`);
  }
  const needed = unique.filter((m) => !unique.some((o) => o !== m && m.includes(o)));
  const single = needed.filter((m) => m.length === 1).map((m) => m.charCodeAt(0));
  const anchored = /* @__PURE__ */ new Map();
  for (const m of needed) {
    if (m.length === 1) continue;
    const bytes = Uint8Array.from(m, (ch) => ch.charCodeAt(0));
    let offset = 0;
    let best = Infinity;
    for (let i = 0; i + 1 < bytes.length; i++) {
      const score = commonness(bytes[i]) + commonness(bytes[i + 1]);
      if (score < best) {
        best = score;
        offset = i;
      }
    }
    const key = bytes[offset] << 8 | bytes[offset + 1];
    const list = anchored.get(key) ?? [];
    list.push({ bytes, offset });
    anchored.set(key, list);
  }
  const table = new Uint16Array(65536);
  const groups = [[]];
  for (const [key, list] of anchored) {
    table[key] = groups.length;
    groups.push(list);
  }
  return {
    test(data) {
      const n = data.length;
      for (const byte of single) if (data.indexOf(byte) >= 0) return true;
      for (let i = 0; i + 1 < n; i++) {
        const group = table[data[i] << 8 | data[i + 1]];
        if (group === 0) continue;
        for (const { bytes, offset } of groups[group]) {
          const start = i - offset;
          const length = bytes.length;
          if (start < 0 || start + length > n) continue;
          let k = 0;
          while (k < length && data[start + k] === bytes[k]) k++;
          if (k === length) return true;
        }
      }
      return false;
    }
  };
}

// src/pipeline/read.ts
function markerPattern(markers) {
  return new RegExp(markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}
var MARKERS = markerScanner([...ALL_MARKERS, ...REFERENCE_MARKERS]);
var REFERENCE_PATTERN = markerPattern(REFERENCE_MARKERS);
function hasMarker(content) {
  return MARKERS.test(typeof content === "string" ? Buffer.from(content, "latin1") : content);
}
function sizeText(bytes) {
  return bytes >= 1e6 ? `${formatFixed(bytes / 1e6, 1)} MB (10^6 bytes)` : `${formatInteger(bytes)} bytes`;
}
var SNIFF_BYTES = 64 * 1024;
function bytesHaveMarker(bytes, detected = detectEncoding(bytes)) {
  return detected.encoding === "UTF-8" ? hasMarker(bytes) : hasMarker(decodeLoosely(bytes, detected));
}
function readCandidate(entry, maxFileSizeBytes, prefilter, root) {
  const read2 = readGuarded(entry.absolutePath, {
    root,
    maxBytes: maxFileSizeBytes,
    transient: true,
    ...entry.explicit ? {} : { headBytesWhenTooLarge: SNIFF_BYTES },
    ...entry.realPath !== void 0 ? { realPath: entry.realPath } : {},
    ...entry.regular === true ? { regular: true } : {}
  });
  if (!read2.ok) {
    if (read2.refusal === "too-large") {
      if (!entry.explicit && read2.head && !bytesHaveMarker(read2.head)) return { kind: "skip" };
      return {
        kind: "problem",
        message: `file is ${sizeText(read2.sizeBytes ?? maxFileSizeBytes + 1)}, over the limit of ${sizeText(maxFileSizeBytes)}; split it, or raise maxFileSizeBytes in .llm-physics.yml`
      };
    }
    return { kind: "problem", message: `file ${read2.message}` };
  }
  const buffer = read2.bytes;
  const detected = detectEncoding(buffer);
  const utf8 = detected.encoding === "UTF-8";
  const candidate = entry.explicit || bytesHaveMarker(buffer, detected);
  if (prefilter && !candidate) return { kind: "skip" };
  if (utf8) {
    const nul2 = buffer.indexOf(0);
    if (nul2 >= 0) {
      if (!candidate) return { kind: "skip" };
      return { kind: "problem", message: `file is binary (a NUL byte at offset ${nul2}), not YAML; exclude it or pass only YAML files` };
    }
  }
  const decoded = decodeText(buffer, detected);
  if (!decoded.ok) return candidate ? { kind: "problem", message: decoded.message } : { kind: "skip" };
  const nul = utf8 ? -1 : decoded.text.indexOf("\0");
  if (nul >= 0) {
    if (!candidate) return { kind: "skip" };
    return { kind: "problem", message: `file is binary (a NUL character at character ${nul} of its ${detected.encoding} text), not YAML; exclude it or pass only YAML files` };
  }
  return { kind: "text", text: decoded.text };
}
function readRepository(files, options) {
  const { prefilter, root } = options;
  const references = new ReferenceIndex();
  const referenceFiles = /* @__PURE__ */ new Map();
  const candidates = [];
  const unchanged = [];
  for (const entry of files) {
    const checked = !options.onlyFiles || options.onlyFiles.has(entry.file);
    const read2 = readCandidate(entry, options.maxFileSizeBytes, prefilter, root);
    if (read2.kind === "skip") continue;
    const candidate = { entry, read: read2 };
    if (read2.kind === "text" && REFERENCE_PATTERN.test(read2.text)) {
      candidate.parsed = parseYamlFile(entry.file, read2.text);
      references.addFile(candidate.parsed.documents, entry.file, entry.absolutePath);
      referenceFiles.set(entry.file, candidate.parsed);
    }
    if (checked) candidates.push(candidate);
    else if (read2.kind === "text") unchanged.push(candidate);
  }
  return { candidates, unchanged, references, referenceFiles };
}
function recordingReferences(references) {
  const files = /* @__PURE__ */ new Set();
  return {
    files,
    references: {
      find: (kind, name, namespace) => {
        const found = references.find(kind, name, namespace);
        for (const object of found) files.add(object.file);
        return found;
      },
      all: (kind) => references.all(kind)
    }
  };
}
function rangeFiles(value, into, depth) {
  if (depth < 0 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) rangeFiles(item, into, depth - 1);
    return;
  }
  const record = value;
  if (typeof record.file === "string" && typeof record.line === "number" && typeof record.column === "number") into.add(record.file);
  for (const item of Object.values(record)) rangeFiles(item, into, depth - 1);
}
function filesRead(deployment, notes, looked, cwd) {
  const files = new Set(looked);
  rangeFiles(deployment, files, 3);
  for (const note of notes) files.add(note.file);
  const model = deployment.model.value;
  if (typeof model === "string") {
    const config = configPathFor(model, deployment.baseDir);
    if (config !== void 0) {
      const rel = relative(resolve(cwd), config);
      if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) files.add(rel.split(sep).join("/"));
    }
  }
  files.delete(deployment.file);
  return [...files].sort();
}
function readsChanged(reads, changed) {
  return reads !== void 0 && reads.some((file) => changed.has(file));
}

// src/pipeline/gpus.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function specOf(custom, file) {
  const tera = 1e12;
  return {
    id: custom.id,
    name: custom.name ?? custom.id,
    vendor: custom.vendor ?? "nvidia",
    memoryBytes: custom.memoryMiB * 2 ** 20,
    bandwidthBytesPerSec: custom.bandwidthGBPerSec * 1e9,
    peakFlopsPerSec: {
      bf16: custom.bf16TFLOPS * tera,
      fp16: (custom.fp16TFLOPS ?? custom.bf16TFLOPS) * tera,
      fp8: custom.fp8TFLOPS !== void 0 ? custom.fp8TFLOPS * tera : null,
      int8: custom.int8TOPS !== void 0 ? custom.int8TOPS * tera : null
    },
    fp8Native: custom.fp8TFLOPS !== void 0,
    ...custom.interconnect ? { interconnect: custom.interconnect } : {},
    aliases: custom.aliases,
    source: `${file} gpuTypes: ${custom.source}`
  };
}
var catalogs = /* @__PURE__ */ new WeakMap();
function gpuCatalogFor(config) {
  const known = catalogs.get(config);
  if (known) return known;
  const file = config.file ?? ".llm-physics.yml";
  const custom = config.gpuTypes.map((g) => specOf(g, file));
  const base = createLookup(GPUS);
  for (const [i, spec] of custom.entries()) {
    for (const name of [spec.id, ...spec.aliases]) {
      const holder = base.find(name);
      if (holder) {
        const range = config.gpuTypes[i].range;
        throw new ConfigError(`gpuTypes: ${quote(name)} is already the catalog's ${holder.id}; name that GPU by it, or give the new one another id`, file, range.line, range.column);
      }
    }
  }
  const gpus = [...GPUS, ...custom];
  let lookup;
  try {
    lookup = createLookup(gpus);
  } catch (error) {
    throw new ConfigError(`gpuTypes: ${error.message}; give every GPU its own names`, file);
  }
  const catalog = { gpus, lookup };
  catalogs.set(config, catalog);
  return catalog;
}
function matches(mapping, deployment) {
  if (mapping.paths && !mapping.paths.some((glob) => import_picomatch.default.isMatch(deployment.file, glob, { dot: true }))) return false;
  if (mapping.nodeSelector) {
    const labels = deployment.nodeLabels?.labels ?? {};
    for (const [key, value] of Object.entries(mapping.nodeSelector)) {
      if (!Object.prototype.hasOwnProperty.call(labels, key) || labels[key] !== value) return false;
    }
  }
  return true;
}
var MEMORY_REQUEST_SHARE = 0.9;
function smallestWithMemory(gpus, memoryBytes) {
  return gpus.filter((g) => !g.unifiedMemory && !("mig" in g && g.mig) && g.memoryBytes >= memoryBytes * MEMORY_REQUEST_SHARE).sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id))[0];
}
function withDeclaredGpu(deployment, config, catalog) {
  if (deployment.gpu) return deployment;
  const mapping = config.gpus.find((m) => matches(m, deployment));
  if (mapping) {
    const assumedCount = deployment.gpuCount.via !== void 0 && "assumed" in deployment.gpuCount.via;
    const count = mapping.count !== void 0 && assumedCount ? { value: mapping.count, range: mapping.gpu.range, path: mapping.gpu.path.replace(".gpu ", ".count "), via: { key: "gpus" } } : void 0;
    return { ...deployment, gpu: mapping.gpu, ...count ? { gpuCount: count } : {} };
  }
  const request = deployment.gpuMemoryBytes;
  if (request) {
    const gpu = smallestWithMemory(catalog.gpus, request.value);
    if (gpu) {
      const exposed = formatGiB(gpu.memoryBytes);
      return {
        ...deployment,
        gpu: { value: gpu.id, range: request.range, path: `${request.path} (${formatGB(request.value)}: the smallest catalog GPU with that memory, ${gpu.id}, ${exposed} exposed)`, via: { assumed: true } }
      };
    }
  }
  return deployment;
}

// src/physics/consistency.ts
function architectureProblems(arch) {
  const problems = [];
  const a = arch.attention;
  if (!arch.mlp && !arch.moe) problems.push("it has neither mlp nor moe: give the feed-forward block as mlp (dense) or moe (experts)");
  if (a.kind === "standard" && a.numHeads % a.numKvHeads !== 0) {
    problems.push(`attention.numHeads ${a.numHeads} is not a multiple of attention.numKvHeads ${a.numKvHeads}: each KV head serves a whole group of query heads`);
  }
  const moe = arch.moe;
  if (moe) {
    if (moe.topK > moe.numExperts) problems.push(`moe.topK ${moe.topK} is more than moe.numExperts ${moe.numExperts}`);
    const dense = moe.firstDenseLayers ?? 0;
    if (dense > 0 && !arch.mlp) problems.push(`moe.firstDenseLayers is ${dense} but there is no mlp for those dense layers`);
    if (dense > arch.numLayers) problems.push(`moe.firstDenseLayers ${dense} is more than numLayers ${arch.numLayers}`);
  }
  const types = arch.slidingWindow?.layerTypes;
  if (types && types.length !== arch.numLayers) {
    problems.push(`slidingWindow.layerTypes lists ${types.length} layers but numLayers is ${arch.numLayers}`);
  }
  return problems;
}

// src/pipeline/resolve.ts
function inlineModelInput(deployment, inline) {
  const problems = architectureProblems(inline.architecture);
  if (problems.length > 0) {
    return { ok: false, message: `the inline architecture cannot be computed: ${problems.join("; ")}`, suggestions: [], failure: "inline-architecture-invalid" };
  }
  const value = {
    id: inline.name ?? `${deployment.name} (inline architecture)`,
    name: inline.name ?? "inline architecture",
    architecture: inline.architecture,
    maxContextTokens: inline.maxContextTokens,
    nativePrecision: "bf16",
    resolvedFrom: `inline in ${deployment.file}`,
    source: "inline"
  };
  return { ok: true, value };
}
function resolveGpuName(name, catalog) {
  const gpu = catalog.lookup.find(name);
  if (gpu) return { ok: true, value: gpu };
  return { ok: false, message: `unknown GPU ${quote(name)}`, suggestions: catalog.lookup.suggest(name) };
}
function servingContext(deployment, model, gpu) {
  if (deployment.contextLength) return { contextTokens: deployment.contextLength.value, model };
  if (model.servingDefaults?.engine === "ollama") {
    const totalVramBytes = gpu.memoryBytes * deployment.gpuCount.value;
    const context = ollamaContext({ totalVramBytes, modelContextTokens: model.maxContextTokens });
    const tokens = context.contextTokens ?? 4096;
    const why = `context ${tokens} tokens assumed: Ollama's default num_ctx (v0.15.5 and later choose it by total VRAM, here ${formatGiB(totalVramBytes)}); set OLLAMA_CONTEXT_LENGTH or the Modelfile's num_ctx and declare it to check another`;
    return { contextTokens: tokens, model: { ...model, assumptions: [...model.assumptions ?? [], why] } };
  }
  return { contextTokens: model.maxContextTokens, model };
}
function estimateDeployment(deployment, resolved, gpu) {
  const { contextTokens, model } = servingContext(deployment, resolved, gpu);
  const options = {
    gpuCount: deployment.gpuCount.value,
    precision: deployment.precision?.value,
    kvPrecision: deployment.kvCachePrecision?.value,
    contextTokens,
    batch: deployment.concurrencyIsEngineCap ? 1 : deployment.concurrency?.value ?? 1,
    targetTokensPerSec: deployment.targetTokensPerSecond?.value,
    memoryFraction: deployment.memoryFraction?.value,
    tensorParallel: deployment.tensorParallel?.value,
    pipelineParallel: deployment.pipelineParallel?.value,
    dataParallel: deployment.dataParallel?.value,
    expertsSpanDataParallel: deployment.expertsSpanDataParallel,
    ...deployment.engine ? { engine: engineSettingsOf(deployment) } : {},
    ...speedEngineOf(deployment, model)
  };
  try {
    const first = estimate(model, gpu, options);
    return deployment.contextChosenByEngine ? engineChosenContext(first, model, gpu, options) : first;
  } catch (error) {
    if (!(error instanceof EstimateError)) throw error;
  }
  const count = options.gpuCount;
  if (count < 1) return null;
  const asked = `tensor parallel ${options.tensorParallel ?? 1} \xD7 pipeline parallel ${options.pipelineParallel ?? 1}${options.dataParallel ? ` \xD7 data parallel ${options.dataParallel}` : ""}`;
  const pp = Math.min(options.pipelineParallel ?? 1, count);
  const dp = Math.max(1, Math.min(options.dataParallel ?? 1, Math.floor(count / (pp * (options.tensorParallel ?? 1)))));
  const tp = Math.max(1, Math.min(options.tensorParallel ?? count, Math.floor(count / (pp * dp))));
  try {
    const fallback = estimate(model, gpu, { ...options, tensorParallel: tp, pipelineParallel: pp, dataParallel: dp });
    fallback.notes.push(
      `${asked} needs more than the ${count} GPU${count === 1 ? "" : "s"} the deployment has: estimated at tensor parallel ${tp} \xD7 pipeline parallel ${pp}${dp > 1 || options.dataParallel ? ` \xD7 data parallel ${dp}` : ""}, the most they allow`
    );
    return fallback;
  } catch (error) {
    if (error instanceof EstimateError) return null;
    throw error;
  }
}
function speedEngineOf(deployment, model) {
  const e = deployment.engine;
  if (e) return { speedEngine: { name: e.name, ...e.version ? { version: e.version } : {}, ...e.eager ? { eager: true } : {} } };
  if (model.servingDefaults?.engine === "ollama") return { speedEngine: { name: "ollama" } };
  return {};
}
function engineSettingsOf(deployment) {
  const engine = deployment.engine;
  return engineSettingsFor(engine.name, {
    ...engine.version !== void 0 ? { version: engine.version } : {},
    ...deployment.memoryFraction ? { memoryFraction: deployment.memoryFraction.value } : {},
    ...deployment.concurrencyIsEngineCap && deployment.concurrency ? { maxNumSeqs: deployment.concurrency.value } : {},
    ...engine.eager ? { eager: true } : {}
  });
}
function engineChosenContext(full, model, gpu, options) {
  const scenario = full.scenarios[full.primaryPrecision];
  if (!scenario || scenario.fits || full.kvCapacityTokens < 16) return full;
  const tokens = Math.min(full.kvCapacityTokens, model.maxContextTokens);
  const why = `context ${tokens} tokens assumed: no max-model-len is set, and the engine lowers it to what fits at start (the model's ${model.maxContextTokens} do not)`;
  const chosen2 = estimate({ ...model, assumptions: [...model.assumptions ?? [], why] }, gpu, { ...options, contextTokens: tokens });
  return chosen2.scenarios[chosen2.primaryPrecision]?.fits ? chosen2 : full;
}
function requirementOf(deployment, model, catalog) {
  const candidates = catalog.gpus.filter((g) => !g.unifiedMemory && !g.mig).sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id));
  const perGpu = model.servingDefaults !== void 0 || deployment.contextChosenByEngine === true;
  let first = null;
  const fitting = [];
  for (const gpu of candidates) {
    if (first && !perGpu) {
      const s2 = first.scenarios[first.primaryPrecision];
      if (s2.perGpuBytes <= usableBytes(gpu.memoryBytes, first.inputs.memoryFraction)) fitting.push(gpu.id);
      continue;
    }
    const e = estimateDeployment(deployment, model, gpu);
    if (!e) continue;
    first ??= e;
    if (e.scenarios[e.primaryPrecision]?.fits) fitting.push(gpu.id);
  }
  if (!first) return null;
  const s = first.scenarios[first.primaryPrecision];
  return {
    precision: first.primaryPrecision,
    perGpuBytes: s.perGpuBytes,
    perGpuWeightsBytes: s.perGpuWeightsBytes,
    perGpuKvCacheBytes: s.perGpuKvCacheBytes,
    perGpuWorkspaceBytes: s.perGpuWorkspaceBytes,
    gpuCount: first.hardware.count,
    tensorParallel: first.inputs.tensorParallel,
    pipelineParallel: first.inputs.pipelineParallel,
    dataParallel: first.inputs.dataParallel,
    contextTokens: first.inputs.contextTokens,
    requiredBandwidthBytesPerSec: first.bandwidth.requiredBytesPerSec,
    fittingGpus: fitting
  };
}
function withDataParallelPods(deployment) {
  const dp = deployment.dataParallel?.value ?? 1;
  const local = deployment.dataParallelLocal;
  if (!local || local.value >= dp) return deployment;
  const perRank = (deployment.tensorParallel?.value ?? 1) * (deployment.pipelineParallel?.value ?? 1);
  const count = deployment.gpuCount;
  if (count.value >= perRank * dp || count.value < perRank * local.value) return deployment;
  const pods = Math.ceil(dp / local.value);
  return {
    ...deployment,
    gpuCount: { ...count, value: count.value * pods, path: `${count.path} \xD7 ${pods} pods (data parallel ${dp} \xF7 ${local.value} ranks per pod)` }
  };
}
function resolveDeployment(declared, repository, config, external) {
  const catalog = gpuCatalogFor(config);
  const deployment = withDataParallelPods(withDeclaredGpu(declared, config, catalog));
  const modelValue = deployment.model.value;
  const model = typeof modelValue === "string" ? resolveManifestModel(modelValue, deployment.baseDir, repository, external) : inlineModelInput(deployment, modelValue);
  const gpu = deployment.gpu ? (() => {
    const found = resolveGpuName(deployment.gpu.value, catalog);
    return found.ok ? found : { ok: false, suggestions: found.suggestions };
  })() : { ok: false, suggestions: [], undeclared: true };
  const estimate2 = model.ok && gpu.ok ? estimateDeployment(deployment, model.value, gpu.value) : null;
  return {
    deployment,
    model,
    gpu,
    estimate: estimate2,
    requirement: model.ok && !gpu.ok ? requirementOf(deployment, model.value, catalog) : null,
    policy: effectivePolicy(config.policy, deployment.policy)
  };
}

// src/pipeline/check.ts
var VERSION = "0.1.0";
var FAIL_ON = ["error", "warning", "notice", "never"];
function failsAt(report, failOn) {
  if (failOn === "never") return false;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}
var MAX_DEPLOYMENTS_PER_FILE = 1e3;
function fileProblem(file, message) {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...FILE_START };
}
function adaptDocument(document, file, absolutePath, references, findings, adapters = ADAPTERS) {
  for (const adapter of adapters) {
    try {
      const adapted = adapter.adapt(document, file, absolutePath, references);
      if (adapted) return adapted;
    } catch (error) {
      findings.push({
        ruleId: "incomplete-deployment",
        severity: "warning",
        message: `this document could not be read as ${adapter.format} (${error.message}), so it is not checked; please report it with the document to the llm-physics issue tracker`,
        file,
        ...document.range
      });
      return null;
    }
  }
  return null;
}
function adaptFile(entry, parsed, references, options) {
  const { config } = options;
  const settings = { severity: config.rules };
  const steps = [{ findings: applySeverity(parsed.findings, settings) }];
  let deployments = 0;
  let unchecked = null;
  let looked = /* @__PURE__ */ new Set();
  const evaluate = (deployment, notes, unlessGpuMapped = []) => {
    if (deployments === MAX_DEPLOYMENTS_PER_FILE) {
      unchecked ??= deployment;
      return;
    }
    deployments++;
    steps.push({ deployment, notes, reads: filesRead(deployment, [...notes, ...unlessGpuMapped], looked, options.cwd), ...unlessGpuMapped.length > 0 ? { unlessGpuMapped } : {} });
  };
  for (const document of parsed.documents) {
    if (!isNativeDocument(document.value)) {
      const failures = [];
      const recording = recordingReferences(references);
      looked = recording.files;
      const adapted = adaptDocument(document, entry.file, entry.absolutePath, recording.references, failures);
      steps.push({ findings: applySeverity(failures, settings) });
      if (!adapted) continue;
      const toFinding = (note) => ({ ruleId: "incomplete-deployment", severity: note.severity, message: note.message, file: entry.file, ...note.range });
      const notes = applySeverity(adapted.notes.filter((n) => n.code !== "gpu-type-missing").map(toFinding), settings);
      const gpuMissing = applySeverity(adapted.notes.filter((n) => n.code === "gpu-type-missing").map(toFinding), settings);
      const [only, ...others] = adapted.deployments;
      if (only && others.length === 0) {
        evaluate(only, notes.map((n) => ({ ...n, deployment: only.name })), gpuMissing.map((n) => ({ ...n, deployment: only.name })));
      } else {
        steps.push({ findings: [...notes, ...gpuMissing] });
        adapted.deployments.forEach((d) => evaluate(d, []));
      }
      continue;
    }
    const schemaFindings = validateDocument("inference-deployment", document, entry.file);
    if (schemaFindings.length > 0) {
      steps.push({ findings: applySeverity(schemaFindings, settings) });
      continue;
    }
    looked = /* @__PURE__ */ new Set();
    evaluate(adaptNative(document, entry.file, entry.absolutePath), []);
  }
  if (unchecked !== null) {
    const first = unchecked;
    steps.push({
      findings: applySeverity(
        [{ ...fileProblem(entry.file, `file holds more than ${MAX_DEPLOYMENTS_PER_FILE} deployments; the first ${MAX_DEPLOYMENTS_PER_FILE} are checked and the rest, from ${first.name} on, are not: split the file`), ...first.range }],
        settings
      )
    });
  }
  if (entry.explicit && parsed.documents.length === 0 && parsed.findings.length === 0) {
    steps.push({ findings: applySeverity([{ ...fileProblem(entry.file, "file has no YAML documents (it is empty or only comments): nothing to check"), severity: "notice" }], settings) });
  }
  return { steps };
}
function evaluateFile(adapted, options, repository, external) {
  const settings = { severity: options.config.rules };
  const findings = [];
  const evaluated = [];
  for (const step of adapted.steps) {
    if ("findings" in step) {
      findings.push(...step.findings);
      continue;
    }
    const context = resolveDeployment(step.deployment, repository, options.config, external);
    const mapped = !step.deployment.gpu && context.deployment.gpu !== void 0;
    const own = [...step.notes, ...mapped ? [] : step.unlessGpuMapped ?? [], ...evaluateDeployment(context, settings)];
    findings.push(...own);
    evaluated.push({ context, findings: own, reads: step.reads });
  }
  return { findings, evaluated };
}
function modelReferences(files) {
  const references = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (const step of file.steps) {
      if (!("deployment" in step)) continue;
      const value = step.deployment.model.value;
      if (typeof value === "string" && !configPathFor(value, step.deployment.baseDir)) references.add(value);
    }
  }
  return references;
}
function runCheck(options) {
  return prepareCheck(options).finish(options.external);
}
function prepareCheck(options) {
  gpuCatalogFor(options.config);
  const discovery = discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude
  });
  const prefilter = options.prefilter ?? true;
  const root = realRoot(options.cwd);
  const repository = { root: options.cwd, realRoot: root };
  const settings = { severity: options.config.rules };
  const baseline = options.baseline === void 0 ? loadBaseline(null, options.cwd) : options.baseline;
  const { candidates, unchanged, references, referenceFiles } = readRepository(discovery.files, { maxFileSizeBytes: options.config.maxFileSizeBytes, prefilter, root, ...options.onlyFiles ? { onlyFiles: options.onlyFiles } : {} });
  const checked = [];
  for (const { entry, read: read2, parsed } of candidates) {
    if (read2.kind === "problem") {
      checked.push({ file: entry.file, problem: applySeverity([fileProblem(entry.file, read2.message)], settings)[0] });
      continue;
    }
    const yamlFile = parsed ?? parseYamlFile(entry.file, read2.text);
    const adapted = adaptFile(entry, yamlFile, references, options);
    if (!prefilter && !entry.explicit && !adapted.steps.some((step) => "deployment" in step) && !hasMarker(read2.text)) continue;
    checked.push({ file: entry.file, yamlFile, adapted });
  }
  if (options.onlyFiles) {
    const changed = options.onlyFiles;
    for (const { entry, read: read2, parsed } of unchanged) {
      if (read2.kind !== "text") continue;
      const yamlFile = parsed ?? parseYamlFile(entry.file, read2.text);
      const adapted = adaptFile(entry, yamlFile, references, options);
      if (adapted.steps.some((step) => "deployment" in step && readsChanged(step.reads, changed))) checked.push({ file: entry.file, yamlFile, adapted });
    }
  }
  const finish3 = (external, extra = []) => {
    const findings = applySeverity(extra, settings);
    const evaluated = [];
    let suppressed = 0;
    const suppress = (parsed, list, stage) => {
      const applied = applySuppressions(parsed, list, findSuppressions(parsed));
      findings.push(...applied.kept);
      if (stage) findings.push(...applySeverity(applied.findings, settings));
      suppressed += applied.suppressed.length;
    };
    const pending = /* @__PURE__ */ new Map();
    const checkedReferenceFiles = /* @__PURE__ */ new Set();
    const later = (file, list) => {
      const waiting = pending.get(file);
      if (waiting) waiting.push(...list);
      else pending.set(file, [...list]);
    };
    for (const item of checked) {
      if ("problem" in item) {
        findings.push(item.problem);
        continue;
      }
      const result = evaluateFile(item.adapted, options, repository, external);
      evaluated.push(...result.evaluated);
      const own = result.findings.filter((f) => f.file === item.file);
      for (const f of result.findings) if (f.file !== item.file) later(f.file, [f]);
      if (referenceFiles.has(item.file)) {
        checkedReferenceFiles.add(item.file);
        later(item.file, own);
      } else {
        suppress(item.yamlFile, own, true);
      }
    }
    for (const [file, list] of pending) {
      const parsed = referenceFiles.get(file);
      if (parsed) suppress(parsed, list, checkedReferenceFiles.has(file));
      else findings.push(...list);
    }
    options.onFindings?.(findings);
    const reported = new Set(findings);
    const deployments = evaluated.map((e) => deploymentReport(e.context, e.findings.filter((f) => reported.has(f)), e.reads));
    const accepted = baseline ? applyBaseline(findings, baseline) : null;
    const listed = capFindings(accepted ? accepted.kept : findings);
    deployments.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    const count = (severity) => listed.filter((f) => f.severity === severity).length;
    return boundReport({
      tool: { name: "llm-physics", version: VERSION },
      deployments,
      findings: listed,
      skipped: discovery.skipped,
      summary: {
        errors: count("error"),
        warnings: count("warning"),
        notices: count("notice"),
        files: checked.length,
        deployments: deployments.length,
        suppressed,
        ...accepted ? { baselined: accepted.baselined.length } : {}
      }
    });
  };
  return { modelReferences: modelReferences(checked.flatMap((c) => "adapted" in c ? [c.adapted] : [])), repository, finish: finish3 };
}

export {
  VERSION,
  FAIL_ON,
  failsAt,
  MAX_DEPLOYMENTS_PER_FILE,
  adaptDocument,
  runCheck,
  prepareCheck
};
