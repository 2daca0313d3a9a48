import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  quote
} from "./chunk-LRW7K6N5.js";
import {
  exists,
  isInside
} from "./chunk-MF5XHCMM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-NOE7O2GR.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch2());
import { readdirSync, realpathSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
var DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/dist/**"];
var DiscoveryError = class extends Error {
};
var OUTSIDE_LINK_REASON = "symlink that leads outside the repository; not followed";
function toReportPath(cwd, absolutePath) {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : relative(cwd, absolutePath);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
var MATCH_OPTIONS = { dot: true };
var DEFAULT_EXCLUDED_NAMES = new Set(DEFAULT_EXCLUDE.map((p) => p.slice("**/".length, -"/**".length)));
function matchers(include, ignore) {
  const whole = ignore.filter((p) => p.endsWith("/**"));
  const others = ignore.filter((p) => !DEFAULT_EXCLUDE.includes(p));
  const ignoreOthers = others.length > 0 ? (0, import_picomatch.default)(others, MATCH_OPTIONS) : () => false;
  return {
    include: (0, import_picomatch.default)(include, MATCH_OPTIONS),
    ignore: (0, import_picomatch.default)(ignore, MATCH_OPTIONS),
    ignoreUnpruned: (path, name) => DEFAULT_EXCLUDED_NAMES.has(name) || ignoreOthers(path),
    prune: whole.length > 0 ? (0, import_picomatch.default)(whole, MATCH_OPTIONS) : () => false
  };
}
function isGlob(path) {
  return import_picomatch.default.scan(path).isGlob;
}
function discover(options) {
  const cwd = resolve(options.cwd);
  const realRoot = realpathSync.native(cwd);
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const ignore = [...DEFAULT_EXCLUDE, ...options.exclude ?? []];
  const found = /* @__PURE__ */ new Map();
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const streaming = options.onFile !== void 0 && paths.every((path) => {
    const absolute = resolve(cwd, path);
    return !exists(absolute) || isDirectory(absolute);
  });
  const onFound = streaming ? options.onFile : () => {
  };
  const skipped = /* @__PURE__ */ new Map();
  const skip = (absolutePath, reason) => {
    const file = toReportPath(cwd, absolutePath);
    if (!skipped.has(file)) skipped.set(file, { file, reason });
  };
  const addWalked = (absolutePath, file, real, regular) => {
    if (found.has(real)) return;
    const entry = { absolutePath, file, explicit: false, realPath: real, ...regular ? { regular } : {} };
    found.set(real, entry);
    onFound(entry);
  };
  const add = (absolutePath, explicit, knownReal, regular = false) => {
    const file = toReportPath(cwd, absolutePath);
    let real = knownReal;
    if (real === void 0) {
      try {
        real = realpathSync.native(absolutePath);
      } catch {
      }
    }
    if (real !== void 0 && !isInside(realRoot, real)) return skip(absolutePath, OUTSIDE_LINK_REASON);
    const key = real ?? absolutePath;
    const previous = found.get(key);
    if (!previous) {
      const entry = { absolutePath, file, explicit, ...real !== void 0 ? { realPath: real } : {}, ...regular ? { regular } : {} };
      found.set(key, entry);
      onFound(entry);
    } else if (explicit) previous.explicit = true;
  };
  const walk = (base, m, matchFrom = base) => {
    let matched = 0;
    let excluded = 0;
    const prefix = (from, path) => {
      const rel = toReportPath(from, path);
      return rel === "." ? "" : `${rel}/`;
    };
    const baseRel = prefix(matchFrom, base).slice(0, -1);
    const baseSegments = baseRel === "" ? [] : baseRel.split("/");
    const unpruned = baseSegments.every((_, i) => !m.prune(baseSegments.slice(0, i + 1).join("/")));
    const selected = (rel, name) => {
      if (!m.include(rel)) return false;
      if (unpruned ? m.ignoreUnpruned(rel, name) : m.ignore(rel)) {
        excluded++;
        return false;
      }
      matched++;
      return true;
    };
    const visited = /* @__PURE__ */ new Set();
    const stack = [{ dir: base, rel: prefix(matchFrom, base), file: prefix(cwd, base) }];
    while (stack.length > 0) {
      const { dir, real: knownReal, rel: relDir, file: fileDir } = stack.pop();
      let real;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch {
        continue;
      }
      if (!isInside(realRoot, real)) {
        skip(dir, OUTSIDE_LINK_REASON);
        continue;
      }
      if (visited.has(real)) continue;
      visited.add(real);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
      const realPrefix = real.endsWith(sep) ? real : real + sep;
      const realIsPath = realPrefix === dirPrefix;
      const relIsFile = relDir === fileDir;
      const subdirs = [];
      for (const entry of entries) {
        const name = entry.name;
        const path = dirPrefix + name;
        const rel = relDir + name;
        let isDir = entry.isDirectory();
        let regular = entry.isFile();
        let entryReal = realIsPath ? path : realPrefix + name;
        if (entry.isSymbolicLink()) {
          let target;
          try {
            target = realpathSync.native(path);
          } catch {
            if (selected(rel, name)) add(path, false);
            continue;
          }
          let targetIsDir = false;
          try {
            const stats = statSync(target);
            targetIsDir = stats.isDirectory();
            regular = stats.isFile();
          } catch {
            continue;
          }
          if (!isInside(realRoot, target)) {
            if (targetIsDir && !m.prune(rel) || !targetIsDir && selected(rel, name)) skip(path, OUTSIDE_LINK_REASON);
            continue;
          }
          isDir = targetIsDir;
          entryReal = target;
        }
        if (isDir) {
          if (!m.prune(rel)) subdirs.push({ dir: path, real: entryReal, rel: `${rel}/`, file: `${fileDir}${name}/` });
        } else if (selected(rel, name)) {
          addWalked(path, relIsFile ? rel : fileDir + name, entryReal, regular);
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
    return { matched, excluded };
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!isInside(cwd, absolute)) {
      throw new DiscoveryError(`path ${quote(path)} is outside the repository (${cwd}); run llm-physics from the repository's root, or with that directory as the working directory`);
    }
    if (exists(absolute)) {
      if (isDirectory(absolute)) walk(absolute, matchers(include, ignore));
      else add(absolute, true);
    } else if (isGlob(path)) {
      const scanned = import_picomatch.default.scan(path);
      const start = resolve(cwd, scanned.base || ".");
      const { matched, excluded } = exists(start) && isDirectory(start) && isInside(cwd, start) ? walk(start, matchers([path], ignore), cwd) : { matched: 0, excluded: 0 };
      if (matched === 0) {
        const why = excluded > 0 ? `: the ${excluded === 1 ? "file" : `${excluded} files`} it matches ${excluded === 1 ? "is" : "are"} excluded (${ignore.map((g) => quote(g)).join(", ")})` : "";
        throw new DiscoveryError(`glob ${quote(path)} matches no file (relative to ${cwd})${why}; fix the pattern, or remove it from the paths`);
      }
    } else {
      throw new DiscoveryError(`path ${quote(path)} does not exist (relative to ${cwd}); pass files, directories or quoted globs`);
    }
  }
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  const files = [...found.values()].sort(byFile);
  if (options.onFile && !streaming) for (const file of files) options.onFile(file);
  return { files, skipped: [...skipped.values()].sort(byFile) };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/pipeline/read-thread.ts
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
var READ_WORKER_CODE = true ? '"use strict";var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf;var __hasOwnProp=Object.prototype.hasOwnProperty;var __commonJS=(cb,mod)=>function __require(){try{return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports}catch(e){throw mod=0,e}};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from==="object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:true}):target,mod));var require_constants=__commonJS({"node_modules/picomatch/lib/constants.js"(exports2,module2){"use strict";var WIN_SLASH="\\\\\\\\/";var WIN_NO_SLASH=`[^${WIN_SLASH}]`;var DEFAULT_MAX_EXTGLOB_RECURSION=0;var DOT_LITERAL="\\\\.";var PLUS_LITERAL="\\\\+";var QMARK_LITERAL="\\\\?";var SLASH_LITERAL="\\\\/";var ONE_CHAR="(?=.)";var QMARK="[^/]";var END_ANCHOR=`(?:${SLASH_LITERAL}|$)`;var START_ANCHOR=`(?:^|${SLASH_LITERAL})`;var DOTS_SLASH=`${DOT_LITERAL}{1,2}${END_ANCHOR}`;var NO_DOT=`(?!${DOT_LITERAL})`;var NO_DOTS=`(?!${START_ANCHOR}${DOTS_SLASH})`;var NO_DOT_SLASH=`(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;var NO_DOTS_SLASH=`(?!${DOTS_SLASH})`;var QMARK_NO_DOT=`[^.${SLASH_LITERAL}]`;var STAR=`${QMARK}*?`;var SEP="/";var POSIX_CHARS={DOT_LITERAL,PLUS_LITERAL,QMARK_LITERAL,SLASH_LITERAL,ONE_CHAR,QMARK,END_ANCHOR,DOTS_SLASH,NO_DOT,NO_DOTS,NO_DOT_SLASH,NO_DOTS_SLASH,QMARK_NO_DOT,STAR,START_ANCHOR,SEP};var WINDOWS_CHARS={...POSIX_CHARS,SLASH_LITERAL:`[${WIN_SLASH}]`,QMARK:WIN_NO_SLASH,STAR:`${WIN_NO_SLASH}*?`,DOTS_SLASH:`${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,NO_DOT:`(?!${DOT_LITERAL})`,NO_DOTS:`(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,NO_DOT_SLASH:`(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,NO_DOTS_SLASH:`(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,QMARK_NO_DOT:`[^.${WIN_SLASH}]`,START_ANCHOR:`(?:^|[${WIN_SLASH}])`,END_ANCHOR:`(?:[${WIN_SLASH}]|$)`,SEP:"\\\\"};var POSIX_REGEX_SOURCE={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\\\x00-\\\\x7F",blank:" \\\\t",cntrl:"\\\\x00-\\\\x1F\\\\x7F",digit:"0-9",graph:"\\\\x21-\\\\x7E",lower:"a-z",print:"\\\\x20-\\\\x7E ",punct:"\\\\-!\\"#$%&\'()\\\\*+,./:;<=>?@[\\\\]^_`{|}~",space:" \\\\t\\\\r\\\\n\\\\v\\\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};module2.exports={DEFAULT_MAX_EXTGLOB_RECURSION,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE,REGEX_BACKSLASH:/\\\\(?![*+?^${}(|)[\\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\\].,$*+?^{}()|\\\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\\\?)((\\W)(\\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\\[.*?[^\\\\]\\]|\\\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(chars){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${chars.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(win32){return win32===true?WINDOWS_CHARS:POSIX_CHARS}}}});var require_utils=__commonJS({"node_modules/picomatch/lib/utils.js"(exports2){"use strict";var{REGEX_BACKSLASH,REGEX_REMOVE_BACKSLASH,REGEX_SPECIAL_CHARS,REGEX_SPECIAL_CHARS_GLOBAL}=require_constants();exports2.isObject=val=>val!==null&&typeof val==="object"&&!Array.isArray(val);exports2.hasRegexChars=str=>REGEX_SPECIAL_CHARS.test(str);exports2.isRegexChar=str=>str.length===1&&exports2.hasRegexChars(str);exports2.escapeRegex=str=>str.replace(REGEX_SPECIAL_CHARS_GLOBAL,"\\\\$1");exports2.toPosixSlashes=str=>str.replace(REGEX_BACKSLASH,"/");exports2.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const platform=navigator.platform.toLowerCase();return platform==="win32"||platform==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};exports2.removeBackslashes=str=>{return str.replace(REGEX_REMOVE_BACKSLASH,match=>{return match==="\\\\"?"":match})};exports2.escapeLast=(input,char,lastIdx)=>{const idx=input.lastIndexOf(char,lastIdx);if(idx===-1)return input;if(input[idx-1]==="\\\\")return exports2.escapeLast(input,char,idx-1);return`${input.slice(0,idx)}\\\\${input.slice(idx)}`};exports2.removePrefix=(input,state={})=>{let output=input;if(output.startsWith("./")){output=output.slice(2);state.prefix="./"}return output};exports2.wrapOutput=(input,state={},options={})=>{const prepend=options.contains?"":"^";const append=options.contains?"":"$";let output=`${prepend}(?:${input})${append}`;if(state.negated===true){output=`(?:^(?!${output}).*$)`}return output};exports2.basename=(path,{windows}={})=>{const segs=path.split(windows?/[\\\\/]/:"/");const last=segs[segs.length-1];if(last===""){return segs[segs.length-2]}return last}}});var require_scan=__commonJS({"node_modules/picomatch/lib/scan.js"(exports2,module2){"use strict";var utils=require_utils();var{CHAR_ASTERISK,CHAR_AT,CHAR_BACKWARD_SLASH,CHAR_COMMA,CHAR_DOT,CHAR_EXCLAMATION_MARK,CHAR_FORWARD_SLASH,CHAR_LEFT_CURLY_BRACE,CHAR_LEFT_PARENTHESES,CHAR_LEFT_SQUARE_BRACKET,CHAR_PLUS,CHAR_QUESTION_MARK,CHAR_RIGHT_CURLY_BRACE,CHAR_RIGHT_PARENTHESES,CHAR_RIGHT_SQUARE_BRACKET}=require_constants();var isPathSeparator=code=>{return code===CHAR_FORWARD_SLASH||code===CHAR_BACKWARD_SLASH};var depth=token=>{if(token.isPrefix!==true){token.depth=token.isGlobstar?Infinity:1}};var scan=(input,options)=>{const opts=options||{};const length=input.length-1;const scanToEnd=opts.parts===true||opts.tokens===true||opts.scanToEnd===true;const slashes=[];const tokens=[];const parts=[];let str=input;let index=-1;let start=0;let lastIndex=0;let isBrace=false;let isBracket=false;let isGlob2=false;let isExtglob=false;let isGlobstar=false;let braceEscaped=false;let backslashes=false;let negated=false;let negatedExtglob=false;let finished=false;let braces=0;let prev;let code;let token={value:"",depth:0,isGlob:false};const eos=()=>index>=length;const peek=()=>str.charCodeAt(index+1);const advance=()=>{prev=code;return str.charCodeAt(++index)};while(index<length){code=advance();let next;if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;code=advance();if(code===CHAR_LEFT_CURLY_BRACE){braceEscaped=true}continue}if(braceEscaped===true||code===CHAR_LEFT_CURLY_BRACE){braces++;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_CURLY_BRACE){braces++;continue}if(braceEscaped!==true&&code===CHAR_DOT&&(code=advance())===CHAR_DOT){isBrace=token.isBrace=true;isGlob2=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(braceEscaped!==true&&code===CHAR_COMMA){isBrace=token.isBrace=true;isGlob2=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_RIGHT_CURLY_BRACE){braces--;if(braces===0){braceEscaped=false;isBrace=token.isBrace=true;finished=true;break}}}if(scanToEnd===true){continue}break}if(code===CHAR_FORWARD_SLASH){slashes.push(index);tokens.push(token);token={value:"",depth:0,isGlob:false};if(finished===true)continue;if(prev===CHAR_DOT&&index===start+1){start+=2;continue}lastIndex=index+1;continue}if(opts.noext!==true){const isExtglobChar=code===CHAR_PLUS||code===CHAR_AT||code===CHAR_ASTERISK||code===CHAR_QUESTION_MARK||code===CHAR_EXCLAMATION_MARK;if(isExtglobChar===true&&peek()===CHAR_LEFT_PARENTHESES){isGlob2=token.isGlob=true;isExtglob=token.isExtglob=true;finished=true;if(code===CHAR_EXCLAMATION_MARK&&index===start){negatedExtglob=true}if(scanToEnd===true){let parens=0;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_PARENTHESES){parens++;continue}if(code===CHAR_RIGHT_PARENTHESES&&--parens===0){finished=true;break}}continue}break}}if(code===CHAR_ASTERISK){if(prev===CHAR_ASTERISK)isGlobstar=token.isGlobstar=true;isGlob2=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_QUESTION_MARK){isGlob2=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_LEFT_SQUARE_BRACKET){while(eos()!==true&&(next=advance())){if(next===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(next===CHAR_RIGHT_SQUARE_BRACKET){isBracket=token.isBracket=true;isGlob2=token.isGlob=true;finished=true;break}}if(scanToEnd===true){continue}break}if(opts.nonegate!==true&&code===CHAR_EXCLAMATION_MARK&&index===start){negated=token.negated=true;start++;continue}if(opts.noparen!==true&&code===CHAR_LEFT_PARENTHESES){isGlob2=token.isGlob=true;if(scanToEnd===true){let parens=1;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_PARENTHESES){parens++;continue}if(code===CHAR_RIGHT_PARENTHESES&&--parens===0){finished=true;break}}continue}break}if(isGlob2===true){finished=true;if(scanToEnd===true){continue}break}}if(opts.noext===true){isExtglob=false;isGlob2=false}let base=str;let prefix="";let glob="";if(start>0){prefix=str.slice(0,start);str=str.slice(start);lastIndex-=start}if(base&&isGlob2===true&&lastIndex>0){base=str.slice(0,lastIndex);glob=str.slice(lastIndex)}else if(isGlob2===true){base="";glob=str}else{base=str}if(base&&base!==""&&base!=="/"&&base!==str){if(isPathSeparator(base.charCodeAt(base.length-1))){base=base.slice(0,-1)}}if(opts.unescape===true){if(glob)glob=utils.removeBackslashes(glob);if(base&&backslashes===true){base=utils.removeBackslashes(base)}}const state={prefix,input,start,base,glob,isBrace,isBracket,isGlob:isGlob2,isExtglob,isGlobstar,negated,negatedExtglob};if(opts.tokens===true){state.maxDepth=0;if(!isPathSeparator(code)){tokens.push(token)}state.tokens=tokens}if(opts.parts===true||opts.tokens===true){let prevIndex;for(let idx=0;idx<slashes.length;idx++){const n2=prevIndex!==void 0?prevIndex+1:start;const i=slashes[idx];const value2=input.slice(n2,i);if(opts.tokens){if(idx===0&&start!==0){tokens[idx].isPrefix=true;tokens[idx].value=prefix}else{tokens[idx].value=value2}depth(tokens[idx]);state.maxDepth+=tokens[idx].depth}if(i>=start){parts.push(value2);prevIndex=i}}const n=prevIndex!==void 0?prevIndex+1:start;const value=input.slice(n);parts.push(value);if(opts.tokens&&prevIndex&&prevIndex+1<input.length){tokens[tokens.length-1].value=value;depth(tokens[tokens.length-1]);state.maxDepth+=tokens[tokens.length-1].depth}state.slashes=slashes;state.parts=parts}return state};module2.exports=scan}});var require_parse=__commonJS({"node_modules/picomatch/lib/parse.js"(exports2,module2){"use strict";var constants2=require_constants();var utils=require_utils();var{MAX_LENGTH,POSIX_REGEX_SOURCE,REGEX_NON_SPECIAL_CHARS,REGEX_SPECIAL_CHARS_BACKREF,REPLACEMENTS}=constants2;var expandRange=(args,options)=>{if(typeof options.expandRange==="function"){return options.expandRange(...args,options)}args.sort();const value=`[${args.join("-")}]`;try{new RegExp(value)}catch(ex){return args.map(v=>utils.escapeRegex(v)).join("..")}return value};var syntaxError=(type,char)=>{return`Missing ${type}: "${char}" - use "\\\\\\\\${char}" to match literal characters`};var splitTopLevel=input=>{const parts=[];let bracket=0;let paren=0;let quote2=0;let value="";let escaped=false;for(const ch of input){if(escaped===true){value+=ch;escaped=false;continue}if(ch==="\\\\"){value+=ch;escaped=true;continue}if(ch===\'"\'){quote2=quote2===1?0:1;value+=ch;continue}if(quote2===0){if(ch==="["){bracket++}else if(ch==="]"&&bracket>0){bracket--}else if(bracket===0){if(ch==="("){paren++}else if(ch===")"&&paren>0){paren--}else if(ch==="|"&&paren===0){parts.push(value);value="";continue}}}value+=ch}parts.push(value);return parts};var isPlainBranch=branch=>{let escaped=false;for(const ch of branch){if(escaped===true){escaped=false;continue}if(ch==="\\\\"){escaped=true;continue}if(/[?*+@!()[\\]{}]/.test(ch)){return false}}return true};var normalizeSimpleBranch=branch=>{let value=branch.trim();let changed=true;while(changed===true){changed=false;if(/^@\\([^\\\\()[\\]{}|]+\\)$/.test(value)){value=value.slice(2,-1);changed=true}}if(!isPlainBranch(value)){return}return value.replace(/\\\\(.)/g,"$1")};var hasRepeatedCharPrefixOverlap=branches=>{const values=branches.map(normalizeSimpleBranch).filter(Boolean);for(let i=0;i<values.length;i++){for(let j=i+1;j<values.length;j++){const a=values[i];const b=values[j];const char=a[0];if(!char||a!==char.repeat(a.length)||b!==char.repeat(b.length)){continue}if(a===b||a.startsWith(b)||b.startsWith(a)){return true}}}return false};var parseRepeatedExtglob=(pattern,requireEnd=true)=>{if(pattern[0]!=="+"&&pattern[0]!=="*"||pattern[1]!=="("){return}let bracket=0;let paren=0;let quote2=0;let escaped=false;for(let i=1;i<pattern.length;i++){const ch=pattern[i];if(escaped===true){escaped=false;continue}if(ch==="\\\\"){escaped=true;continue}if(ch===\'"\'){quote2=quote2===1?0:1;continue}if(quote2===1){continue}if(ch==="["){bracket++;continue}if(ch==="]"&&bracket>0){bracket--;continue}if(bracket>0){continue}if(ch==="("){paren++;continue}if(ch===")"){paren--;if(paren===0){if(requireEnd===true&&i!==pattern.length-1){return}return{type:pattern[0],body:pattern.slice(2,i),end:i}}}}};var buildCharClassStar=chars=>{const source=chars.length===1?utils.escapeRegex(chars[0]):`[${chars.map(ch=>utils.escapeRegex(ch)).join("")}]`;return`${source}*`};var getStarExtglobSequenceChars=pattern=>{let index=0;const chars=[];while(index<pattern.length){const match=parseRepeatedExtglob(pattern.slice(index),false);if(!match||match.type!=="*"){return}const branches=splitTopLevel(match.body).map(branch2=>branch2.trim());if(branches.length!==1){return}const branch=normalizeSimpleBranch(branches[0]);if(!branch||branch.length!==1){return}chars.push(branch);index+=match.end+1}if(chars.length<1){return}return chars};var repeatedExtglobRecursion=pattern=>{let depth=0;let value=pattern.trim();let match=parseRepeatedExtglob(value);while(match){depth++;value=match.body.trim();match=parseRepeatedExtglob(value)}return depth};var analyzeRepeatedExtglob=(body,options)=>{if(options.maxExtglobRecursion===false){return{risky:false}}const max=typeof options.maxExtglobRecursion==="number"?options.maxExtglobRecursion:constants2.DEFAULT_MAX_EXTGLOB_RECURSION;const branches=splitTopLevel(body).map(branch=>branch.trim());if(branches.length>1){if(branches.some(branch=>branch==="")||branches.some(branch=>/^[*?]+$/.test(branch))||hasRepeatedCharPrefixOverlap(branches)){return{risky:true}}}const safeChars=[];let sawStarSequence=false;let combinable=true;for(const branch of branches){const chars=getStarExtglobSequenceChars(branch);if(chars){sawStarSequence=true;safeChars.push(...chars);continue}const literal=normalizeSimpleBranch(branch);if(literal&&literal.length===1){safeChars.push(literal);continue}combinable=false;if(repeatedExtglobRecursion(branch)>max){return{risky:true}}}if(sawStarSequence){return combinable?{risky:true,safeOutput:buildCharClassStar([...new Set(safeChars)])}:{risky:true}}return{risky:false}};var parse=(input,options)=>{if(typeof input!=="string"){throw new TypeError("Expected a string")}input=REPLACEMENTS[input]||input;const opts={...options};const max=typeof opts.maxLength==="number"?Math.min(MAX_LENGTH,opts.maxLength):MAX_LENGTH;let len=input.length;if(len>max){throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`)}const bos={type:"bos",value:"",output:opts.prepend||""};const tokens=[bos];const capture=opts.capture?"":"?:";const PLATFORM_CHARS=constants2.globChars(opts.windows);const EXTGLOB_CHARS=constants2.extglobChars(PLATFORM_CHARS);const{DOT_LITERAL,PLUS_LITERAL,SLASH_LITERAL,ONE_CHAR,DOTS_SLASH,NO_DOT,NO_DOT_SLASH,NO_DOTS_SLASH,QMARK,QMARK_NO_DOT,STAR,START_ANCHOR}=PLATFORM_CHARS;const globstar=opts2=>{return`(${capture}(?:(?!${START_ANCHOR}${opts2.dot?DOTS_SLASH:DOT_LITERAL}).)*?)`};const nodot=opts.dot?"":NO_DOT;const qmarkNoDot=opts.dot?QMARK:QMARK_NO_DOT;let star=opts.bash===true?globstar(opts):STAR;if(opts.capture){star=`(${star})`}if(typeof opts.noext==="boolean"){opts.noextglob=opts.noext}const state={input,index:-1,start:0,dot:opts.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens};input=utils.removePrefix(input,state);len=input.length;const extglobs=[];const braces=[];const stack=[];let prev=bos;let value;const eos=()=>state.index===len-1;const peek=state.peek=(n=1)=>input[state.index+n];const advance=state.advance=()=>input[++state.index]||"";const remaining=()=>input.slice(state.index+1);const consume=(value2="",num=0)=>{state.consumed+=value2;state.index+=num};const append=token=>{state.output+=token.output!=null?token.output:token.value;consume(token.value)};const negate=()=>{let count=1;while(peek()==="!"&&(peek(2)!=="("||peek(3)==="?")){advance();state.start++;count++}if(count%2===0){return false}state.negated=true;state.start++;return true};const increment=type=>{state[type]++;stack.push(type)};const decrement=type=>{state[type]--;stack.pop()};const push=tok=>{if(prev.type==="globstar"){const isBrace=state.braces>0&&(tok.type==="comma"||tok.type==="brace");const isExtglob=tok.extglob===true||extglobs.length&&(tok.type==="pipe"||tok.type==="paren");if(tok.type!=="slash"&&tok.type!=="paren"&&!isBrace&&!isExtglob){state.output=state.output.slice(0,-prev.output.length);prev.type="star";prev.value="*";prev.output=star;state.output+=prev.output}}if(extglobs.length&&tok.type!=="paren"){extglobs[extglobs.length-1].inner+=tok.value}if(tok.value||tok.output)append(tok);if(prev&&prev.type==="text"&&tok.type==="text"){prev.output=(prev.output||prev.value)+tok.value;prev.value+=tok.value;return}tok.prev=prev;tokens.push(tok);prev=tok};const extglobOpen=(type,value2)=>{const token={...EXTGLOB_CHARS[value2],conditions:1,inner:""};token.prev=prev;token.parens=state.parens;token.output=state.output;token.startIndex=state.index;token.tokensIndex=tokens.length;const output=(opts.capture?"(":"")+token.open;increment("parens");push({type,value:value2,output:state.output?"":ONE_CHAR});push({type:"paren",extglob:true,value:advance(),output});extglobs.push(token)};const extglobClose=token=>{const literal=input.slice(token.startIndex,state.index+1);const body=input.slice(token.startIndex+2,state.index);const analysis=analyzeRepeatedExtglob(body,opts);if((token.type==="plus"||token.type==="star")&&analysis.risky){const safeOutput=analysis.safeOutput?(token.output?"":ONE_CHAR)+(opts.capture?`(${analysis.safeOutput})`:analysis.safeOutput):void 0;const open=tokens[token.tokensIndex];open.type="text";open.value=literal;open.output=safeOutput||utils.escapeRegex(literal);for(let i=token.tokensIndex+1;i<tokens.length;i++){tokens[i].value="";tokens[i].output="";delete tokens[i].suffix}state.output=token.output+open.output;state.backtrack=true;push({type:"paren",extglob:true,value,output:""});decrement("parens");return}let output=token.close+(opts.capture?")":"");let rest;if(token.type==="negate"){let extglobStar=star;if(token.inner&&token.inner.length>1&&token.inner.includes("/")){extglobStar=globstar(opts)}if(extglobStar!==star||eos()||/^\\)+$/.test(remaining())){output=token.close=`)$))${extglobStar}`}if(token.inner.includes("*")&&(rest=remaining())&&/^\\.[^\\\\/.]+$/.test(rest)){const expression=parse(rest,{...options,fastpaths:false}).output;output=token.close=`)${expression})${extglobStar})`}if(token.prev.type==="bos"){state.negatedExtglob=true}}push({type:"paren",extglob:true,value,output});decrement("parens")};if(opts.fastpaths!==false&&!/(^[*!]|[/()[\\]{}"])/.test(input)){let backslashes=false;let output=input.replace(REGEX_SPECIAL_CHARS_BACKREF,(m,esc,chars,first,rest,index)=>{if(first==="\\\\"){backslashes=true;return m}if(first==="?"){if(esc){return esc+first+(rest?QMARK.repeat(rest.length):"")}if(index===0){return qmarkNoDot+(rest?QMARK.repeat(rest.length):"")}return QMARK.repeat(chars.length)}if(first==="."){return DOT_LITERAL.repeat(chars.length)}if(first==="*"){if(esc){return esc+first+(rest?star:"")}return star}return esc?m:`\\\\${m}`});if(backslashes===true){if(opts.unescape===true){output=output.replace(/\\\\/g,"")}else{output=output.replace(/\\\\+/g,m=>{return m.length%2===0?"\\\\\\\\":m?"\\\\":""})}}if(output===input&&opts.contains===true){state.output=input;return state}state.output=utils.wrapOutput(output,state,options);return state}while(!eos()){value=advance();if(value==="\\0"){continue}if(value==="\\\\"){const next=peek();if(next==="/"&&opts.bash!==true){continue}if(next==="."||next===";"){continue}if(!next){value+="\\\\";push({type:"text",value});continue}const match=/^\\\\+/.exec(remaining());let slashes=0;if(match&&match[0].length>2){slashes=match[0].length;state.index+=slashes;if(slashes%2!==0){value+="\\\\"}}if(opts.unescape===true){value=advance()}else{value+=advance()}if(state.brackets===0){push({type:"text",value});continue}}if(state.brackets>0&&(value!=="]"||prev.value==="["||prev.value==="[^")){if(opts.posix!==false&&value===":"){const inner=prev.value.slice(1);if(inner.includes("[")){prev.posix=true;if(inner.includes(":")){const idx=prev.value.lastIndexOf("[");const pre=prev.value.slice(0,idx);const rest2=prev.value.slice(idx+2);const posix=POSIX_REGEX_SOURCE[rest2];if(posix){prev.value=pre+posix;state.backtrack=true;advance();if(!bos.output&&tokens.indexOf(prev)===1){bos.output=ONE_CHAR}continue}}}}if(value==="["&&peek()!==":"||value==="-"&&peek()==="]"){value=`\\\\${value}`}if(value==="]"&&(prev.value==="["||prev.value==="[^")){value=`\\\\${value}`}if(opts.posix===true&&value==="!"&&prev.value==="["){value="^"}prev.value+=value;append({value});continue}if(state.quotes===1&&value!==\'"\'){value=utils.escapeRegex(value);prev.value+=value;append({value});continue}if(value===\'"\'){state.quotes=state.quotes===1?0:1;if(opts.keepQuotes===true){push({type:"text",value})}continue}if(value==="("){increment("parens");push({type:"paren",value});continue}if(value===")"){if(state.parens===0&&opts.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const extglob=extglobs[extglobs.length-1];if(extglob&&state.parens===extglob.parens+1){extglobClose(extglobs.pop());continue}push({type:"paren",value,output:state.parens?")":"\\\\)"});decrement("parens");continue}if(value==="["){if(opts.nobracket===true||!remaining().includes("]")){if(opts.nobracket!==true&&opts.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}value=`\\\\${value}`}else{increment("brackets")}push({type:"bracket",value});continue}if(value==="]"){if(opts.nobracket===true||prev&&prev.type==="bracket"&&prev.value.length===1){push({type:"text",value,output:`\\\\${value}`});continue}if(state.brackets===0){if(opts.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value,output:`\\\\${value}`});continue}decrement("brackets");const prevValue=prev.value.slice(1);if(prev.posix!==true&&prevValue[0]==="^"&&!prevValue.includes("/")){value=`/${value}`}prev.value+=value;append({value});if(opts.literalBrackets===false||utils.hasRegexChars(prevValue)){continue}const escaped=utils.escapeRegex(prev.value);state.output=state.output.slice(0,-prev.value.length);if(opts.literalBrackets===true){state.output+=escaped;prev.value=escaped;continue}prev.value=`(${capture}${escaped}|${prev.value})`;state.output+=prev.value;continue}if(value==="{"&&opts.nobrace!==true){increment("braces");const open={type:"brace",value,output:"(",outputIndex:state.output.length,tokensIndex:state.tokens.length};braces.push(open);push(open);continue}if(value==="}"){const brace=braces[braces.length-1];if(opts.nobrace===true||!brace){push({type:"text",value,output:value});continue}let output=")";if(brace.dots===true){const arr=tokens.slice();const range=[];for(let i=arr.length-1;i>=0;i--){tokens.pop();if(arr[i].type==="brace"){break}if(arr[i].type!=="dots"){range.unshift(arr[i].value)}}output=expandRange(range,opts);state.backtrack=true}if(brace.comma!==true&&brace.dots!==true){const out=state.output.slice(0,brace.outputIndex);const toks=state.tokens.slice(brace.tokensIndex);brace.value=brace.output="\\\\{";value=output="\\\\}";state.output=out;for(const t of toks){state.output+=t.output||t.value}}push({type:"brace",value,output});decrement("braces");braces.pop();continue}if(value==="|"){if(extglobs.length>0){extglobs[extglobs.length-1].conditions++}push({type:"text",value});continue}if(value===","){let output=value;const brace=braces[braces.length-1];if(brace&&stack[stack.length-1]==="braces"){brace.comma=true;output="|"}push({type:"comma",value,output});continue}if(value==="/"){if(prev.type==="dot"&&state.index===state.start+1){state.start=state.index+1;state.consumed="";state.output="";tokens.pop();prev=bos;continue}push({type:"slash",value,output:SLASH_LITERAL});continue}if(value==="."){if(state.braces>0&&prev.type==="dot"){if(prev.value===".")prev.output=DOT_LITERAL;const brace=braces[braces.length-1];prev.type="dots";prev.output+=value;prev.value+=value;brace.dots=true;continue}if(state.braces+state.parens===0&&prev.type!=="bos"&&prev.type!=="slash"){push({type:"text",value,output:DOT_LITERAL});continue}push({type:"dot",value,output:DOT_LITERAL});continue}if(value==="?"){const isGroup=prev&&prev.value==="(";if(!isGroup&&opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){extglobOpen("qmark",value);continue}if(prev&&prev.type==="paren"){const next=peek();let output=value;if(prev.value==="("&&!/[!=<:]/.test(next)||next==="<"&&!/<([!=]|\\w+>)/.test(remaining())){output=`\\\\${value}`}push({type:"text",value,output});continue}if(opts.dot!==true&&(prev.type==="slash"||prev.type==="bos")){push({type:"qmark",value,output:QMARK_NO_DOT});continue}push({type:"qmark",value,output:QMARK});continue}if(value==="!"){if(opts.noextglob!==true&&peek()==="("){if(peek(2)!=="?"||!/[!=<:]/.test(peek(3))){extglobOpen("negate",value);continue}}if(opts.nonegate!==true&&state.index===0){negate();continue}}if(value==="+"){if(opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){extglobOpen("plus",value);continue}if(prev&&prev.value==="("||opts.regex===false){push({type:"plus",value,output:PLUS_LITERAL});continue}if(prev&&(prev.type==="bracket"||prev.type==="paren"||prev.type==="brace")||state.parens>0){push({type:"plus",value});continue}push({type:"plus",value:PLUS_LITERAL});continue}if(value==="@"){if(opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){push({type:"at",extglob:true,value,output:""});continue}push({type:"text",value});continue}if(value!=="*"){if(value==="$"||value==="^"){value=`\\\\${value}`}const match=REGEX_NON_SPECIAL_CHARS.exec(remaining());if(match){value+=match[0];state.index+=match[0].length}push({type:"text",value});continue}if(prev&&(prev.type==="globstar"||prev.star===true)){prev.type="star";prev.star=true;prev.value+=value;prev.output=star;state.backtrack=true;state.globstar=true;consume(value);continue}let rest=remaining();if(opts.noextglob!==true&&/^\\([^?]/.test(rest)){extglobOpen("star",value);continue}if(prev.type==="star"){if(opts.noglobstar===true){consume(value);continue}const prior=prev.prev;const before=prior.prev;const isStart=prior.type==="slash"||prior.type==="bos";const afterStar=before&&(before.type==="star"||before.type==="globstar");if(opts.bash===true&&(!isStart||rest[0]&&rest[0]!=="/")){push({type:"star",value,output:""});continue}const isBrace=state.braces>0&&(prior.type==="comma"||prior.type==="brace");const isExtglob=extglobs.length&&(prior.type==="pipe"||prior.type==="paren");if(!isStart&&prior.type!=="paren"&&!isBrace&&!isExtglob){push({type:"star",value,output:""});continue}while(rest.slice(0,3)==="/**"){const after=input[state.index+4];if(after&&after!=="/"){break}rest=rest.slice(3);consume("/**",3)}const isEnd=eos()||state.parens>0&&rest===")".repeat(state.parens)&&!extglobs.some(extglob=>extglob.type==="negate");if(prior.type==="bos"&&eos()){prev.type="globstar";prev.value+=value;prev.output=globstar(opts);state.output=prev.output;state.globstar=true;consume(value);continue}if(prior.type==="slash"&&prior.prev.type!=="bos"&&!afterStar&&isEnd){state.output=state.output.slice(0,-(prior.output+prev.output).length);prior.output=`(?:${prior.output}`;prev.type="globstar";prev.output=globstar(opts)+(opts.strictSlashes?")":"|$)");prev.value+=value;state.globstar=true;state.output+=prior.output+prev.output;consume(value);continue}if(prior.type==="slash"&&prior.prev.type!=="bos"&&rest[0]==="/"){const end=rest[1]!==void 0?"|$":"";state.output=state.output.slice(0,-(prior.output+prev.output).length);prior.output=`(?:${prior.output}`;prev.type="globstar";prev.output=`${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;prev.value+=value;state.output+=prior.output+prev.output;state.globstar=true;consume(value+advance());push({type:"slash",value:"/",output:""});continue}if(prior.type==="bos"&&rest[0]==="/"){prev.type="globstar";prev.value+=value;prev.output=`(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;state.output=prev.output;state.globstar=true;consume(value+advance());push({type:"slash",value:"/",output:""});continue}state.output=state.output.slice(0,-prev.output.length);prev.type="globstar";prev.output=globstar(opts);prev.value+=value;state.output+=prev.output;state.globstar=true;consume(value);continue}const token={type:"star",value,output:star};if(opts.bash===true){token.output=".*?";if(prev.type==="bos"||prev.type==="slash"){token.output=nodot+token.output}push(token);continue}if(prev&&(prev.type==="bracket"||prev.type==="paren")&&opts.regex===true){token.output=value;push(token);continue}if(state.index===state.start||prev.type==="slash"||prev.type==="dot"){if(prev.type==="dot"){state.output+=NO_DOT_SLASH;prev.output+=NO_DOT_SLASH}else if(opts.dot===true){state.output+=NO_DOTS_SLASH;prev.output+=NO_DOTS_SLASH}else{state.output+=nodot;prev.output+=nodot}if(peek()!=="*"){state.output+=ONE_CHAR;prev.output+=ONE_CHAR}}push(token)}while(state.brackets>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));state.output=utils.escapeLast(state.output,"[");decrement("brackets")}while(state.parens>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));state.output=utils.escapeLast(state.output,"(");decrement("parens")}while(state.braces>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));state.output=utils.escapeLast(state.output,"{");decrement("braces")}if(opts.strictSlashes!==true&&(prev.type==="star"||prev.type==="bracket")){push({type:"maybe_slash",value:"",output:`${SLASH_LITERAL}?`})}if(state.backtrack===true){state.output="";for(const token of state.tokens){state.output+=token.output!=null?token.output:token.value;if(token.suffix){state.output+=token.suffix}}}return state};parse.fastpaths=(input,options)=>{const opts={...options};const max=typeof opts.maxLength==="number"?Math.min(MAX_LENGTH,opts.maxLength):MAX_LENGTH;const len=input.length;if(len>max){throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`)}input=REPLACEMENTS[input]||input;const{DOT_LITERAL,SLASH_LITERAL,ONE_CHAR,DOTS_SLASH,NO_DOT,NO_DOTS,NO_DOTS_SLASH,STAR,START_ANCHOR}=constants2.globChars(opts.windows);const nodot=opts.dot?NO_DOTS:NO_DOT;const slashDot=opts.dot?NO_DOTS_SLASH:NO_DOT;const capture=opts.capture?"":"?:";const state={negated:false,prefix:""};let star=opts.bash===true?".*?":STAR;if(opts.capture){star=`(${star})`}const globstar=opts2=>{if(opts2.noglobstar===true)return star;return`(${capture}(?:(?!${START_ANCHOR}${opts2.dot?DOTS_SLASH:DOT_LITERAL}).)*?)`};const create=str=>{switch(str){case"*":return`${nodot}${ONE_CHAR}${star}`;case".*":return`${DOT_LITERAL}${ONE_CHAR}${star}`;case"*.*":return`${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;case"*/*":return`${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;case"**":return nodot+globstar(opts);case"**/*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;case"**/*.*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;case"**/.*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;default:{const match=/^(.*?)\\.(\\w+)$/.exec(str);if(!match)return;const source2=create(match[1]);if(!source2)return;return source2+DOT_LITERAL+match[2]}}};const output=utils.removePrefix(input,state);let source=create(output);if(source&&opts.strictSlashes!==true){source+=`${SLASH_LITERAL}?`}return source};module2.exports=parse}});var require_picomatch=__commonJS({"node_modules/picomatch/lib/picomatch.js"(exports2,module2){"use strict";var scan=require_scan();var parse=require_parse();var utils=require_utils();var constants2=require_constants();var isObject=val=>val&&typeof val==="object"&&!Array.isArray(val);var picomatch2=(glob,options,returnState=false)=>{if(Array.isArray(glob)){const fns=glob.map(input=>picomatch2(input,options,returnState));const arrayMatcher=str=>{for(const isMatch of fns){const state2=isMatch(str);if(state2)return state2}return false};return arrayMatcher}const isState=isObject(glob)&&glob.tokens&&glob.input;if(glob===""||typeof glob!=="string"&&!isState){throw new TypeError("Expected pattern to be a non-empty string")}const opts=options||{};const posix=opts.windows;const regex=isState?picomatch2.compileRe(glob,options):picomatch2.makeRe(glob,options,false,true);const state=regex.state;delete regex.state;let isIgnored=()=>false;if(opts.ignore){const ignoreOpts={...options,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch2(opts.ignore,ignoreOpts,returnState)}const matcher=(input,returnObject=false)=>{const{isMatch,match,output}=picomatch2.test(input,regex,options,{glob,posix});const result={glob,state,regex,posix,input,output,match,isMatch};if(typeof opts.onResult==="function"){opts.onResult(result)}if(isMatch===false){result.isMatch=false;return returnObject?result:false}if(isIgnored(input)){if(typeof opts.onIgnore==="function"){opts.onIgnore(result)}result.isMatch=false;return returnObject?result:false}if(typeof opts.onMatch==="function"){opts.onMatch(result)}return returnObject?result:true};if(returnState){matcher.state=state}return matcher};picomatch2.test=(input,regex,options,{glob,posix}={})=>{if(typeof input!=="string"){throw new TypeError("Expected input to be a string")}if(input===""){return{isMatch:false,output:""}}const opts=options||{};const format=opts.format||(posix?utils.toPosixSlashes:null);let match=input===glob;let output=match&&format?format(input):input;if(match===false){output=format?format(input):input;match=output===glob}if(match===false||opts.capture===true){if(opts.matchBase===true||opts.basename===true){match=picomatch2.matchBase(input,regex,options,posix)}else{match=regex.exec(output)}}return{isMatch:Boolean(match),match,output}};picomatch2.matchBase=(input,glob,options,posix=options&&options.windows)=>{const regex=glob instanceof RegExp?glob:picomatch2.makeRe(glob,options);return regex.test(utils.basename(input,{windows:posix}))};picomatch2.isMatch=(str,patterns,options)=>picomatch2(patterns,options)(str);picomatch2.parse=(pattern,options)=>{if(Array.isArray(pattern))return pattern.map(p=>picomatch2.parse(p,options));return parse(pattern,{...options,fastpaths:false})};picomatch2.scan=(input,options)=>scan(input,options);picomatch2.compileRe=(state,options,returnOutput=false,returnState=false)=>{if(returnOutput===true){return state.output}const opts=options||{};const prepend=opts.contains?"":"^";const append=opts.contains?"":"$";let source=`${prepend}(?:${state.output})${append}`;if(state&&state.negated===true){source=`^(?!${source}).*$`}const regex=picomatch2.toRegex(source,options);if(returnState===true){regex.state=state}return regex};picomatch2.makeRe=(input,options={},returnOutput=false,returnState=false)=>{if(!input||typeof input!=="string"){throw new TypeError("Expected a non-empty string")}let parsed={negated:false,fastpaths:true};if(options.fastpaths!==false&&(input[0]==="."||input[0]==="*")){parsed.output=parse.fastpaths(input,options)}if(!parsed.output){parsed=parse(input,options)}return picomatch2.compileRe(parsed,options,returnOutput,returnState)};picomatch2.toRegex=(source,options)=>{try{const opts=options||{};return new RegExp(source,opts.flags||(opts.nocase?"i":""))}catch(err){if(options&&options.debug===true)throw err;return/$^/}};picomatch2.constants=constants2;module2.exports=picomatch2}});var require_picomatch2=__commonJS({"node_modules/picomatch/index.js"(exports2,module2){"use strict";var pico=require_picomatch();var utils=require_utils();function picomatch2(glob,options,returnState=false){if(options&&(options.windows===null||options.windows===void 0)){options={...options,windows:utils.isWindows()}}return pico(glob,options,returnState)}Object.assign(picomatch2,pico);module2.exports=picomatch2}});var import_node_worker_threads=require("node:worker_threads");var import_node_fs2=require("node:fs");var import_node_path2=require("node:path");var import_picomatch=__toESM(require_picomatch2());var import_node_fs=require("node:fs");var import_node_path=require("node:path");function isInside(root,path){if(import_node_path.sep==="/"&&path.startsWith(root)){if(path.length===root.length)return true;const rest=path.slice(root.endsWith("/")?root.length-1:root.length);if(rest[0]==="/"&&!rest.includes("/..")&&!rest.includes("/./")&&!rest.endsWith("/."))return true}const rel=(0,import_node_path.relative)(root,path);return rel===""||!rel.startsWith("..")&&!(0,import_node_path.isAbsolute)(rel)}function exists(path){try{(0,import_node_fs.lstatSync)(path);return true}catch{return false}}function realRoot(root){return import_node_fs.realpathSync.native(root)}function kindOf(stats){if(stats.isDirectory())return"a directory";if(stats.isFIFO())return"a named pipe (FIFO)";if(stats.isCharacterDevice())return"a character device";if(stats.isBlockDevice())return"a block device";if(stats.isSocket())return"a socket";if(stats.isSymbolicLink())return"a symlink";return"not a regular file"}function errnoCode(error){return error.code??"an error"}function resolveReal(path){try{return{ok:true,realPath:import_node_fs.realpathSync.native(path)}}catch(error){const code=errnoCode(error);let isLink=false;try{isLink=(0,import_node_fs.lstatSync)(path).isSymbolicLink()}catch{}if(code==="ELOOP")return{ok:false,refusal:"unreadable",message:"is a symlink that leads to itself (a loop); fix or remove the link"};if(code==="ENOENT"||code==="ENOTDIR"){return isLink?{ok:false,refusal:"missing",message:"is a symlink whose target does not exist; fix or remove the link"}:{ok:false,refusal:"missing",message:"does not exist"}}return{ok:false,refusal:"unreadable",message:`could not be resolved (${code}); check that it is readable`}}}var OPEN_FLAGS=import_node_fs.constants.O_RDONLY|(import_node_fs.constants.O_NONBLOCK??0)|(import_node_fs.constants.O_NOFOLLOW??0);function readGuarded(path,options){const resolved=options.realPath!==void 0?{ok:true,realPath:options.realPath}:resolveReal(path);if(!resolved.ok)return resolved;const{realPath}=resolved;if(options.root!==null&&!isInside(options.root,realPath)){return{ok:false,refusal:"outside",message:"is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository"}}let before;if(options.regular!==true||options.realPath===void 0){try{before=(0,import_node_fs.statSync)(realPath)}catch(error){return{ok:false,refusal:"unreadable",message:`could not be read (${errnoCode(error)}); check that it exists and is readable`}}if(!before.isFile()){return{ok:false,refusal:"not-regular",message:`is ${kindOf(before)}, not a regular file, so it is not read`,...before.isDirectory()?{directory:true}:{}}}}let fd;try{fd=(0,import_node_fs.openSync)(realPath,OPEN_FLAGS)}catch(error){return{ok:false,refusal:"unreadable",message:`could not be read (${errnoCode(error)}); check its permissions`}}try{const stats=(0,import_node_fs.fstatSync)(fd);if(!before&&!stats.isFile()){return{ok:false,refusal:"not-regular",message:`is ${kindOf(stats)}, not a regular file, so it is not read`,...stats.isDirectory()?{directory:true}:{}}}if(before&&(!stats.isFile()||stats.ino!==before.ino||stats.dev!==before.dev)){return{ok:false,refusal:"not-regular",message:"changed while it was being opened, so it is not read; run again"}}if(stats.size>options.maxBytes){const head=options.headBytesWhenTooLarge?readUpTo(fd,Math.min(options.headBytesWhenTooLarge,stats.size)):void 0;return{ok:false,refusal:"too-large",message:"is over the size limit",sizeBytes:stats.size,...head?{head}:{}}}const bytes=readUpTo(fd,options.maxBytes+1,stats.size+1,options.transient===true);if(bytes.length>options.maxBytes)return{ok:false,refusal:"too-large",message:"is over the size limit",sizeBytes:bytes.length};return{ok:true,bytes,realPath}}catch(error){return{ok:false,refusal:"unreadable",message:`could not be read (${errnoCode(error)}); check its permissions`}}finally{(0,import_node_fs.closeSync)(fd)}}var SCRATCH=Buffer.allocUnsafe(64*1024);var TRANSIENT=Buffer.allocUnsafe(64*1024);function readUpTo(fd,limit,firstBytes=SCRATCH.length,transient=false){const size=Math.max(1,Math.min(limit,firstBytes));const first=transient&&size<=TRANSIENT.length?TRANSIENT.subarray(0,size):Buffer.allocUnsafe(size);let total=(0,import_node_fs.readSync)(fd,first,0,first.length,0);if(total<first.length)return first.subarray(0,total);const chunks=[first.subarray(0,total)];while(total<limit){const n=(0,import_node_fs.readSync)(fd,SCRATCH,0,Math.min(SCRATCH.length,limit-total),total);if(n===0)break;chunks.push(Buffer.from(SCRATCH.subarray(0,n)));total+=n}return chunks.length===1?chunks[0]:Buffer.concat(chunks,total)}var QUOTE_MAX_CHARS=120;var INVISIBLE=/[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff]/g;var SHORT_ESCAPES={"\\n":"\\\\n","\\r":"\\\\r","	":"\\\\t"};function escapeOne(c){return SHORT_ESCAPES[c]??`\\\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`}function escapeControl(text){return text.replace(INVISIBLE,escapeOne)}function groupDigits(n){return Math.round(n).toString().replace(/\\B(?=(\\d{3})+(?!\\d))/g,",")}function cutAt(text,maxChars){if(text.length<=maxChars)return text;const end=/[\\ud800-\\udbff]/.test(text[maxChars-1]??"")?maxChars-1:maxChars;return text.slice(0,end)}function quote(value,maxChars=QUOTE_MAX_CHARS){const text=typeof value==="string"?value:String(value);const shown=cutAt(text,maxChars);const body=escapeControl(shown);return shown.length<text.length?`"${body}\\u2026" (${groupDigits(text.length)} characters)`:`"${body}"`}var DEFAULT_INCLUDE=["**/*.yaml","**/*.yml"];var DEFAULT_EXCLUDE=["**/node_modules/**","**/.git/**","**/dist/**"];var DiscoveryError=class extends Error{};var OUTSIDE_LINK_REASON="symlink that leads outside the repository; not followed";function toReportPath(cwd,absolutePath){const prefix=cwd.endsWith(import_node_path2.sep)?cwd:cwd+import_node_path2.sep;const rel=absolutePath.startsWith(prefix)?absolutePath.slice(prefix.length):(0,import_node_path2.relative)(cwd,absolutePath);return(rel===""?".":rel).split(import_node_path2.sep).join("/")}var MATCH_OPTIONS={dot:true};var DEFAULT_EXCLUDED_NAMES=new Set(DEFAULT_EXCLUDE.map(p=>p.slice("**/".length,-"/**".length)));function matchers(include,ignore){const whole=ignore.filter(p=>p.endsWith("/**"));const others=ignore.filter(p=>!DEFAULT_EXCLUDE.includes(p));const ignoreOthers=others.length>0?(0,import_picomatch.default)(others,MATCH_OPTIONS):()=>false;return{include:(0,import_picomatch.default)(include,MATCH_OPTIONS),ignore:(0,import_picomatch.default)(ignore,MATCH_OPTIONS),ignoreUnpruned:(path,name)=>DEFAULT_EXCLUDED_NAMES.has(name)||ignoreOthers(path),prune:whole.length>0?(0,import_picomatch.default)(whole,MATCH_OPTIONS):()=>false}}function isGlob(path){return import_picomatch.default.scan(path).isGlob}function discover(options){const cwd=(0,import_node_path2.resolve)(options.cwd);const realRoot2=import_node_fs2.realpathSync.native(cwd);const include=options.include&&options.include.length>0?options.include:DEFAULT_INCLUDE;const ignore=[...DEFAULT_EXCLUDE,...options.exclude??[]];const found=new Map;const paths=options.paths.length>0?options.paths:["."];const streaming=options.onFile!==void 0&&paths.every(path=>{const absolute=(0,import_node_path2.resolve)(cwd,path);return!exists(absolute)||isDirectory(absolute)});const onFound=streaming?options.onFile:()=>{};const skipped=new Map;const skip=(absolutePath,reason)=>{const file=toReportPath(cwd,absolutePath);if(!skipped.has(file))skipped.set(file,{file,reason})};const addWalked=(absolutePath,file,real,regular)=>{if(found.has(real))return;const entry={absolutePath,file,explicit:false,realPath:real,...regular?{regular}:{}};found.set(real,entry);onFound(entry)};const add=(absolutePath,explicit,knownReal,regular=false)=>{const file=toReportPath(cwd,absolutePath);let real=knownReal;if(real===void 0){try{real=import_node_fs2.realpathSync.native(absolutePath)}catch{}}if(real!==void 0&&!isInside(realRoot2,real))return skip(absolutePath,OUTSIDE_LINK_REASON);const key=real??absolutePath;const previous=found.get(key);if(!previous){const entry={absolutePath,file,explicit,...real!==void 0?{realPath:real}:{},...regular?{regular}:{}};found.set(key,entry);onFound(entry)}else if(explicit)previous.explicit=true};const walk=(base,m,matchFrom=base)=>{let matched=0;let excluded=0;const prefix=(from,path)=>{const rel=toReportPath(from,path);return rel==="."?"":`${rel}/`};const baseRel=prefix(matchFrom,base).slice(0,-1);const baseSegments=baseRel===""?[]:baseRel.split("/");const unpruned=baseSegments.every((_,i)=>!m.prune(baseSegments.slice(0,i+1).join("/")));const selected=(rel,name)=>{if(!m.include(rel))return false;if(unpruned?m.ignoreUnpruned(rel,name):m.ignore(rel)){excluded++;return false}matched++;return true};const visited=new Set;const stack=[{dir:base,rel:prefix(matchFrom,base),file:prefix(cwd,base)}];while(stack.length>0){const{dir,real:knownReal,rel:relDir,file:fileDir}=stack.pop();let real;try{real=knownReal??import_node_fs2.realpathSync.native(dir)}catch{continue}if(!isInside(realRoot2,real)){skip(dir,OUTSIDE_LINK_REASON);continue}if(visited.has(real))continue;visited.add(real);let entries;try{entries=(0,import_node_fs2.readdirSync)(dir,{withFileTypes:true})}catch{continue}const dirPrefix=dir.endsWith(import_node_path2.sep)?dir:dir+import_node_path2.sep;const realPrefix=real.endsWith(import_node_path2.sep)?real:real+import_node_path2.sep;const realIsPath=realPrefix===dirPrefix;const relIsFile=relDir===fileDir;const subdirs=[];for(const entry of entries){const name=entry.name;const path=dirPrefix+name;const rel=relDir+name;let isDir=entry.isDirectory();let regular=entry.isFile();let entryReal=realIsPath?path:realPrefix+name;if(entry.isSymbolicLink()){let target;try{target=import_node_fs2.realpathSync.native(path)}catch{if(selected(rel,name))add(path,false);continue}let targetIsDir=false;try{const stats=(0,import_node_fs2.statSync)(target);targetIsDir=stats.isDirectory();regular=stats.isFile()}catch{continue}if(!isInside(realRoot2,target)){if(targetIsDir&&!m.prune(rel)||!targetIsDir&&selected(rel,name))skip(path,OUTSIDE_LINK_REASON);continue}isDir=targetIsDir;entryReal=target}if(isDir){if(!m.prune(rel))subdirs.push({dir:path,real:entryReal,rel:`${rel}/`,file:`${fileDir}${name}/`})}else if(selected(rel,name)){addWalked(path,relIsFile?rel:fileDir+name,entryReal,regular)}}for(let i=subdirs.length-1;i>=0;i--)stack.push(subdirs[i])}return{matched,excluded}};for(const path of paths){const absolute=(0,import_node_path2.resolve)(cwd,path);if(!isInside(cwd,absolute)){throw new DiscoveryError(`path ${quote(path)} is outside the repository (${cwd}); run llm-physics from the repository\'s root, or with that directory as the working directory`)}if(exists(absolute)){if(isDirectory(absolute))walk(absolute,matchers(include,ignore));else add(absolute,true)}else if(isGlob(path)){const scanned=import_picomatch.default.scan(path);const start=(0,import_node_path2.resolve)(cwd,scanned.base||".");const{matched,excluded}=exists(start)&&isDirectory(start)&&isInside(cwd,start)?walk(start,matchers([path],ignore),cwd):{matched:0,excluded:0};if(matched===0){const why=excluded>0?`: the ${excluded===1?"file":`${excluded} files`} it matches ${excluded===1?"is":"are"} excluded (${ignore.map(g=>quote(g)).join(", ")})`:"";throw new DiscoveryError(`glob ${quote(path)} matches no file (relative to ${cwd})${why}; fix the pattern, or remove it from the paths`)}}else{throw new DiscoveryError(`path ${quote(path)} does not exist (relative to ${cwd}); pass files, directories or quoted globs`)}}const byFile=(a,b)=>a.file<b.file?-1:a.file>b.file?1:0;const files=[...found.values()].sort(byFile);if(options.onFile&&!streaming)for(const file of files)options.onFile(file);return{files,skipped:[...skipped.values()].sort(byFile)}}function isDirectory(path){try{return(0,import_node_fs2.statSync)(path).isDirectory()}catch{return false}}var GiB=2**30;function formatInteger(value){return formatFixed(value,0)}var FIXED_FORMATS=new Map;function intlFixed(value,digits){let format=FIXED_FORMATS.get(digits);if(!format){format=new Intl.NumberFormat("en-US",{minimumFractionDigits:digits,maximumFractionDigits:digits});FIXED_FORMATS.set(digits,format)}return format.format(value)}function groupThousands(digits){if(digits.length<=3)return digits;let out=digits.slice(0,digits.length%3||3);for(let i=out.length;i<digits.length;i+=3)out+=","+digits.slice(i,i+3);return out}function formatFixed(value,digits){if(!Number.isInteger(digits)||digits<0||digits>20)return intlFixed(value,digits);const shortest=String(Math.abs(value));if(!Number.isFinite(value)||Object.is(value,-0)||shortest.includes("e"))return intlFixed(value,digits);const point=shortest.indexOf(".");let whole=point<0?shortest:shortest.slice(0,point);let fraction=point<0?"":shortest.slice(point+1);if(fraction.length>digits){const up=fraction.charCodeAt(digits)>=53;fraction=fraction.slice(0,digits);if(up){const kept=(whole+fraction).split("");let i=kept.length-1;while(i>=0&&kept[i]==="9")kept[i--]="0";if(i>=0)kept[i]=String.fromCharCode(kept[i].charCodeAt(0)+1);else kept.unshift("1");const joined=kept.join("");whole=joined.slice(0,joined.length-digits);fraction=joined.slice(joined.length-digits)}}else fraction=fraction.padEnd(digits,"0");return`${value<0?"-":""}${groupThousands(whole)}${digits>0?`.${fraction}`:""}`}function detectEncoding(bytes){const[b0,b1,b2,b3]=[bytes[0],bytes[1],bytes[2],bytes[3]];const four=bytes.length>=4;if(four&&b0===0&&b1===0&&b2===254&&b3===255)return{encoding:"UTF-32BE",bomBytes:4};if(four&&b0===255&&b1===254&&b2===0&&b3===0)return{encoding:"UTF-32LE",bomBytes:4};if(bytes.length>=2&&b0===254&&b1===255)return{encoding:"UTF-16BE",bomBytes:2};if(bytes.length>=2&&b0===255&&b1===254)return{encoding:"UTF-16LE",bomBytes:2};if(bytes.length>=3&&b0===239&&b1===187&&b2===191)return{encoding:"UTF-8",bomBytes:3};if(four&&b0===0&&b1===0&&b2===0&&b3!==0)return{encoding:"UTF-32BE",bomBytes:0};if(four&&b0!==0&&b1===0&&b2===0&&b3===0)return{encoding:"UTF-32LE",bomBytes:0};if(bytes.length>=2&&b0===0&&b1!==0)return{encoding:"UTF-16BE",bomBytes:0};if(bytes.length>=2&&b0!==0&&b1===0)return{encoding:"UTF-16LE",bomBytes:0};return{encoding:"UTF-8",bomBytes:0}}var UTF8_FATAL=new TextDecoder("utf-8",{fatal:true,ignoreBOM:true});var UTF8_LOOSE=new TextDecoder("utf-8",{ignoreBOM:true});var UTF16_FATAL=new TextDecoder("utf-16le",{fatal:true,ignoreBOM:true});var UTF16_LOOSE=new TextDecoder("utf-16le",{ignoreBOM:true});function utf16(bytes,bigEndian,fatal){if(bytes.length%2!==0){if(fatal)throw new Error("odd number of bytes");bytes=bytes.subarray(0,bytes.length-1)}const source=bigEndian?Buffer.from(bytes).swap16():bytes;return(fatal?UTF16_FATAL:UTF16_LOOSE).decode(source)}function utf32(bytes,bigEndian,fatal){if(bytes.length%4!==0&&fatal)throw new Error("byte count not a multiple of 4");const view=new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength-bytes.byteLength%4);const parts=[];let chunk=[];for(let offset=0;offset<view.byteLength;offset+=4){let code=view.getUint32(offset,!bigEndian);if(code>1114111||code>=55296&&code<=57343){if(fatal)throw new Error(`no character U+${code.toString(16).toUpperCase()}`);code=65533}chunk.push(code);if(chunk.length===8192){parts.push(String.fromCodePoint(...chunk));chunk=[]}}parts.push(String.fromCodePoint(...chunk));return parts.join("")}function decodeAs(bytes,detected,fatal){const body=bytes.subarray(detected.bomBytes);switch(detected.encoding){case"UTF-8":return(fatal?UTF8_FATAL:UTF8_LOOSE).decode(body);case"UTF-16LE":return utf16(body,false,fatal);case"UTF-16BE":return utf16(body,true,fatal);case"UTF-32LE":return utf32(body,false,fatal);case"UTF-32BE":return utf32(body,true,fatal)}}function decodeText(bytes,detected=detectEncoding(bytes)){try{return{ok:true,text:decodeAs(bytes,detected,true)}}catch{return{ok:false,encoding:detected.encoding,message:`file is not valid ${detected.encoding} text; save it as UTF-8`}}}function decodeLoosely(bytes,detected=detectEncoding(bytes)){return decodeAs(bytes,detected,false)}function sizeText(bytes){return bytes>=1e6?`${formatFixed(bytes/1e6,1)} MB (10^6 bytes)`:`${formatInteger(bytes)} bytes`}var SNIFF_BYTES=64*1024;function textHasMarker(scanner,content){return scanner.test(typeof content==="string"?Buffer.from(content,"latin1"):content)}function bytesHaveMarker(scanner,bytes,detected=detectEncoding(bytes)){return detected.encoding==="UTF-8"?scanner.test(bytes):textHasMarker(scanner,decodeLoosely(bytes,detected))}function readCandidate(entry,options){const{maxFileSizeBytes,prefilter,root,scanner}=options;const read=readGuarded(entry.absolutePath,{root,maxBytes:maxFileSizeBytes,transient:true,...entry.explicit?{}:{headBytesWhenTooLarge:SNIFF_BYTES},...entry.realPath!==void 0?{realPath:entry.realPath}:{},...entry.regular===true?{regular:true}:{}});if(!read.ok){if(read.refusal==="too-large"){if(!entry.explicit&&read.head&&!bytesHaveMarker(scanner,read.head))return{kind:"skip"};return{kind:"problem",message:`file is ${sizeText(read.sizeBytes??maxFileSizeBytes+1)}, over the limit of ${sizeText(maxFileSizeBytes)}; split it, or raise maxFileSizeBytes in .llm-physics.yml`}}return{kind:"problem",message:`file ${read.message}`}}const buffer=read.bytes;const detected=detectEncoding(buffer);const utf8=detected.encoding==="UTF-8";const candidate=entry.explicit||bytesHaveMarker(scanner,buffer,detected);if(prefilter&&!candidate)return{kind:"skip"};if(utf8){const nul2=buffer.indexOf(0);if(nul2>=0){if(!candidate)return{kind:"skip"};return{kind:"problem",message:`file is binary (a NUL byte at offset ${nul2}), not YAML; exclude it or pass only YAML files`}}}const decoded=decodeText(buffer,detected);if(!decoded.ok)return candidate?{kind:"problem",message:decoded.message}:{kind:"skip"};const nul=utf8?-1:decoded.text.indexOf("\\0");if(nul>=0){if(!candidate)return{kind:"skip"};return{kind:"problem",message:`file is binary (a NUL character at character ${nul} of its ${detected.encoding} text), not YAML; exclude it or pass only YAML files`}}return{kind:"text",text:decoded.text}}var WINDOW=6;function markerScanner(markers){const unique=[...new Set(markers)].filter(m=>m.length>0);for(const m of unique){if(!/^[\\x20-\\x7e]+$/.test(m))throw new Error(`marker ${JSON.stringify(m)} is not printable ASCII`)}const needed=unique.filter(m=>!unique.some(o=>o!==m&&m.includes(o)));const short=needed.filter(m=>m.length<WINDOW).map(m=>Buffer.from(m,"latin1"));const long=needed.filter(m=>m.length>=WINDOW).map(m=>Uint8Array.from(m,ch=>ch.charCodeAt(0)));const w=long.length>0?Math.min(255,...long.map(m=>m.length)):0;const shift=new Uint8Array(65536).fill(Math.max(1,w-1));const groupOf=new Uint16Array(65536);const groups=[[]];for(const m of long){for(let q=0;q+2<=w;q++){const pair=m[q]<<8|m[q+1];shift[pair]=Math.min(shift[pair],w-2-q)}const last=m[w-2]<<8|m[w-1];if(groupOf[last]===0){groupOf[last]=groups.length;groups.push([])}groups[groupOf[last]].push(m)}return{test(data){if(short.length>0){const buffer=Buffer.isBuffer(data)?data:Buffer.from(data.buffer,data.byteOffset,data.byteLength);for(const needle of short)if(buffer.indexOf(needle)>=0)return true}if(w===0)return false;const n=data.length;let end=w-1;while(end<n){const pair=data[end-1]<<8|data[end];const jump=shift[pair];if(jump>0){end+=jump;continue}const start=end-w+1;for(const m of groups[groupOf[pair]]){const length=m.length;if(start+length>n)continue;let k=0;while(k<length&&data[start+k]===m[k])k++;if(k===length)return true}end++}return false}}}var FOUND_PER_BATCH=512;var KEPT_PER_BATCH=8;var FileReader=class{constructor(cwd,settings,send){this.send=send;this.options={maxFileSizeBytes:settings.maxFileSizeBytes,prefilter:true,root:realRoot(cwd),scanner:markerScanner(settings.markers)}}send;found=0;options;batch=[];foundInBatch=0;add(entry){this.found++;this.foundInBatch++;const read=readCandidate(entry,this.options);if(read.kind!=="skip")this.batch.push({entry,read});if(this.batch.length>=KEPT_PER_BATCH||this.foundInBatch>=FOUND_PER_BATCH)this.flush()}flush(){if(this.batch.length>0)this.send(this.batch);this.batch=[];this.foundInBatch=0}};var FILES_PER_LOOK=64;var port=import_node_worker_threads.parentPort;if(port){const post=message=>port.postMessage(message);const data=import_node_worker_threads.workerData;const{walk}=data;const settingsPort="settingsPort"in data?data.settingsPort:void 0;const state={waiting:[]};const take=given=>{const reader=new FileReader(walk.cwd,given,files=>post({type:"files",files}));for(const entry of state.waiting.splice(0))reader.add(entry);return state.reader=reader};const look=from=>{const received=from?(0,import_node_worker_threads.receiveMessageOnPort)(from):void 0;return received?take(received.message):void 0};const failed=error=>post({type:"error",discovery:error instanceof DiscoveryError,message:error instanceof Error?error.message:String(error)});try{if("settings"in data)take(data.settings);let sinceLook=0;const discovery=discover({...walk,onFile:entry=>{if(!state.reader&&++sinceLook>=FILES_PER_LOOK){sinceLook=0;look(settingsPort)}if(state.reader)state.reader.add(entry);else state.waiting.push(entry)}});const end=reader=>{reader.flush();post({type:"done",skipped:discovery.skipped,found:reader.found});settingsPort?.close()};const ready=state.reader??look(settingsPort);if(ready)end(ready);else{settingsPort.once("message",given=>{try{end(take(given))}catch(error){failed(error)}})}}catch(error){failed(error)}}\n' : void 0;
function walksDirectories(walk) {
  return walk.paths.length === 0 || walk.paths.some((path) => {
    try {
      return !statSync2(resolve2(walk.cwd, path)).isFile();
    } catch {
      return true;
    }
  });
}
function threadFailure(detail) {
  return new Error(`reading the repository on its own thread failed (${detail}); run again, or set LLM_PHYSICS_READ_WORKER=0 to read on the main thread`);
}
var ReadThread = class _ReadThread {
  constructor(worker, walk, settingsPort) {
    this.worker = worker;
    this.walk = walk;
    this.settingsPort = settingsPort;
    const hear = (event) => this.listener ? this.listener(event) : this.early.push(event);
    worker.on("message", (message) => hear({ type: "message", message }));
    worker.on("error", (error) => hear({ type: "error", error }));
    worker.on("exit", (code) => hear({ type: "exit", code }));
    if (settingsPort) {
      worker.unref();
      settingsPort.unref();
    }
  }
  worker;
  walk;
  settingsPort;
  /** What the thread heard before a consumer came (a thread started ahead), in order. */
  early = [];
  listener;
  consumed = false;
  /**
   * Start the read worker from `code` on `walk`; without `settings`, it walks and waits for them
   * (`go`), and does not keep the process alive until it is consumed. Undefined when no thread can
   * be had (a runtime limit): the caller reads on the main thread.
   */
  static start(code, walk, settings) {
    const channel = settings ? void 0 : new MessageChannel();
    const workerData = settings ? { walk, settings } : { walk, settingsPort: channel.port2 };
    let worker;
    try {
      worker = new Worker(code, { eval: true, workerData, resourceLimits: { maxYoungGenerationSizeMb: 4 }, ...channel ? { transferList: [channel.port2] } : {} });
    } catch {
      channel?.port1.close();
      return void 0;
    }
    return new _ReadThread(worker, walk, channel?.port1);
  }
  /** How to read, for a thread started without it. */
  go(settings) {
    this.settingsPort?.postMessage(settings);
  }
  /** Stop the thread, consumed or not (a thread started ahead whose walk the run does not take). */
  cancel() {
    this.consumed = true;
    this.settingsPort?.close();
    void this.worker.terminate();
  }
  /** Hand each batch to `onBatch` (awaited, one at a time, in order); once only, and not after `cancel`. */
  consume(onBatch) {
    if (this.consumed) return Promise.reject(new Error("a read thread is used once: this one was consumed or stopped"));
    this.consumed = true;
    this.worker.ref();
    return new Promise((resolve3, reject) => {
      let chain = Promise.resolve();
      let finished = false;
      let settled = false;
      const fail = (error) => {
        if (settled) return;
        settled = true;
        this.cancel();
        reject(error);
      };
      const handle = (event) => {
        if (event.type === "error") return fail(threadFailure(event.error instanceof Error ? event.error.message : String(event.error)));
        if (event.type === "exit") {
          if (!finished) fail(threadFailure(`it stopped with exit code ${event.code} before it was done`));
          return;
        }
        const { message } = event;
        if (settled) return;
        if (message.type === "files") {
          chain = chain.then(() => settled ? void 0 : onBatch(message.files)).catch(fail);
        } else if (message.type === "done") {
          finished = true;
          const { skipped, found } = message;
          chain = chain.then(() => {
            if (settled) return;
            settled = true;
            resolve3({ skipped, found });
          }, fail);
        } else {
          fail(message.discovery ? new DiscoveryError(message.message) : threadFailure(message.message));
        }
      };
      for (const event of this.early.splice(0)) handle(event);
      this.listener = handle;
    });
  }
};

export {
  require_picomatch2 as require_picomatch,
  DiscoveryError,
  discover,
  READ_WORKER_CODE,
  walksDirectories,
  ReadThread
};
