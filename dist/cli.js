#!/usr/bin/env node
import { createRequire as __cpCreateRequire } from 'node:module';
const require = __cpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run3, space) => space ? run3.slice(0, run3.length - run3.length % 2) + SPACE : run3,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run3, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run3.length && !run3[index].wildcard; index++) {
        separator += run3[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run3 = [];
      const flush = () => {
        let lastWildcard;
        run3.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run3.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at)})[^\\/])*`;
        });
        run3 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run3.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path4) => {
      const end = path4.length - 1;
      const index = path4.lastIndexOf(
        SLASH,
        path4[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path4 : path4.slice(index + 1);
    };
    var parentOf = (path4) => {
      if (path4.charCodeAt(0) === SLASH_CODE || path4.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path4.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path4.length - 1;
      const cut = path4.lastIndexOf(
        SLASH,
        path4.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path4.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path4) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path4)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path4, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path4) : path4;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path4
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path4, originalPath, doThrow) => {
      if (!isString(path4)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path4) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path4)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path4) => {
      const first = path4.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path4.length === 1) {
        return true;
      }
      const second = path4.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path4.length === 2 || path4.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path4) {
        checkPath(
          path4,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path4 ? this._t(path4, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path4 = convertPath(target);
        if (!path4 || path4.charCodeAt(path4.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path4);
        }
        const dir = this._t(path4, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path4);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path4, cache) {
        if (path4 in cache) {
          return cache[path4];
        }
        const parentPath = parentOf(path4);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path4] = parent && parent.ignored ? parent : this._rules.test(path4, MODE_IGNORE);
      }
      ignores(path4) {
        return this._test(path4, this._ignoreCache, convertPath(path4)).ignored;
      }
      createFilter() {
        return (path4) => !this.ignores(path4);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path4) {
        return this._test(path4, this._testCache, convertPath(path4));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path4) => checkPath(convertPath(path4), path4, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path4) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path4) || isNotRelative(path4);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar9 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar9(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap8;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar9;
    exports.isSeq = isSeq6;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap8 = fc.start.source === "{";
      const fcName = isMap8 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap8 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap8 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap8 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap8 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap8) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap8 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path4) => {
      const parent = visit2.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar9 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar9;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument5(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument5(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument5;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse4;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var valid = (version, options) => {
      const v = parse4(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var clean = (version, options) => {
      const s = parse4(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse4(version1, null, true);
      const v2 = parse4(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse4(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse4(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse4(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse4 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse4,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/version.ts
function isStrictSemver(value) {
  return STRICT_SEMVER.test(value);
}
function semverFix(value) {
  const cleaned = import_semver.default.valid(import_semver.default.coerce(value, { includePrerelease: true }) ?? "");
  if (cleaned && cleaned !== value) return `use "${cleaned}" (MAJOR.MINOR.PATCH, no "v", no leading zeros)`;
  return 'use MAJOR.MINOR.PATCH, optionally with -prerelease and +build parts, e.g. "1.2.0" or "1.3.0-rc.1"';
}
function highestVersion(versions) {
  let best;
  for (const v of versions) {
    if (!isStrictSemver(v)) continue;
    if (best === void 0 || import_semver.default.compare(v, best) > 0) best = v;
  }
  return best;
}
function resolveVersion(options) {
  const input = options.input?.trim();
  if (input) return { version: input, source: "input" };
  const tag = options.tag?.trim();
  const prefix = options.tagPrefix ?? "";
  if (tag?.startsWith(prefix)) return { version: tag.slice(prefix.length), source: "tag" };
  return { version: options.manifestVersion, source: "manifest" };
}
function compareToExisting(version, existing) {
  const list = [...existing];
  if (list.includes(version)) return { order: "same", highest: highestVersion(list) };
  const highest = highestVersion(list);
  if (highest !== void 0 && import_semver.default.compare(version, highest) < 0) return { order: "lower", highest };
  return { order: "new", highest };
}
var import_semver, STRICT_SEMVER;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    STRICT_SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
  }
});

// src/report/problems.ts
function hasErrors(problems, strict = false) {
  return problems.some((p) => p.severity === "error" || strict && p.severity === "warning");
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
  );
}
var NO_POSITION;
var init_problems = __esm({
  "src/report/problems.ts"() {
    "use strict";
    NO_POSITION = { line: 0, column: 0 };
  }
});

// src/slipway/json-source.ts
function parseJsonSource(text2) {
  const body = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  let value;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw toSyntaxError(body, error);
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(body, { lineCounter: lines, keepSourceTokens: false });
  const pairs = /* @__PURE__ */ new Map();
  if ((0, import_yaml.isMap)(doc.contents)) {
    for (const pair of doc.contents.items) {
      if ((0, import_yaml.isScalar)(pair.key)) pairs.set(String(pair.key.value), pair);
    }
  }
  const at = (offset) => {
    if (offset === void 0) return NO_POSITION;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const rootStart = doc.contents?.range?.[0];
  return {
    value,
    keyPosition: (key) => at(pairs.get(key)?.key?.range?.[0] ?? rootStart),
    valuePosition: (key) => at(pairs.get(key)?.value?.range?.[0] ?? rootStart),
    valueRange: (key) => {
      const range = pairs.get(key)?.value?.range;
      return range ? [range[0], range[1]] : void 0;
    }
  };
}
function toSyntaxError(text2, error) {
  const match = /position (\d+)/.exec(error.message);
  const offset = match ? Number(match[1]) : text2.length;
  const before = text2.slice(0, offset).split("\n");
  const position = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
  return new JsonSyntaxError(reason || "invalid JSON", position);
}
var import_yaml, JsonSyntaxError;
var init_json_source = __esm({
  "src/slipway/json-source.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_problems();
    JsonSyntaxError = class extends Error {
      constructor(message, position) {
        super(message);
        this.position = position;
      }
      position;
    };
  }
});

// src/slipway/naming.ts
function splitName(name) {
  const at = name.indexOf("__");
  if (at < 0) return { namespace: name, localname: name };
  return { namespace: name.slice(0, at), localname: name.slice(at + 2) };
}
function nameProblem(value) {
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes === 0) return "is empty";
  if (bytes > MAX_NAME_BYTES) return `is ${bytes} bytes long; the limit is ${MAX_NAME_BYTES}`;
  if (!NAME_PATTERN.test(value)) {
    return "may only contain lower-case letters, digits and underscores (^[a-z0-9_]+$)";
  }
  return void 0;
}
function publisherForOwner(owner) {
  return owner.toLowerCase().replaceAll("-", "_");
}
function repositoryForName(name) {
  return `slipway_${splitName(name).namespace}`;
}
function tarballName(publisher, name, version) {
  return `${publisher}.${name}.${version}.tar`;
}
var NAME_PATTERN, MAX_NAME_BYTES, COMPONENT_REFERENCE;
var init_naming = __esm({
  "src/slipway/naming.ts"() {
    "use strict";
    NAME_PATTERN = /^[a-z0-9_]+$/;
    MAX_NAME_BYTES = 64;
    COMPONENT_REFERENCE = /^(?<publisher>\w+)\.(?<name>\w+)\.(?<version>.+)$/;
  }
});

// src/slipway/component.ts
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
function displayPath(path4) {
  const rel = relative(process.cwd(), path4);
  if (rel === "") return ".";
  const shown = !rel.startsWith("..") && !isAbsolute(rel) ? rel : path4;
  return shown.split(sep).join("/");
}
function checkManifest(text2, file) {
  const problems = [];
  const report = (at, code, message, fix, severity = "error") => problems.push({ file, ...at, severity, code, message, fix });
  let source;
  try {
    source = parseJsonSource(text2);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    report(
      error.position,
      "slipway/json-syntax",
      `${MANIFEST} is not valid JSON: ${error.message}`,
      "fix the JSON syntax at this position"
    );
    return { text: text2, problems };
  }
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report(
      { line: 1, column: 1 },
      "slipway/not-an-object",
      `${MANIFEST} must be a JSON object`,
      "wrap the fields in { \u2026 }"
    );
    return { text: text2, problems };
  }
  const fields = value;
  for (const key of REQUIRED) {
    if (!(key in fields)) {
      report(
        source.keyPosition(key),
        "slipway/missing-field",
        `required field "${key}" is missing`,
        `add "${key}" to ${MANIFEST}`
      );
    }
  }
  for (const key of Object.keys(fields)) {
    if (!KNOWN.has(key)) {
      report(
        source.keyPosition(key),
        "slipway/unknown-field",
        `unknown field "${key}": Slipway rejects manifests with fields other than ${[...KNOWN].join(", ")}`,
        `remove "${key}" (or move it under "constants")`
      );
    }
  }
  for (const key of ["publisher", "name"]) {
    if (!(key in fields)) continue;
    const v = fields[key];
    const why = typeof v === "string" ? nameProblem(v) : "must be a string";
    if (why) {
      report(
        source.valuePosition(key),
        `slipway/${key}-invalid`,
        `"${key}" ${why}`,
        `use 1\u201364 bytes of a-z, 0-9 and _, e.g. "${suggestName(v)}"`
      );
    }
  }
  if (typeof fields.name === "string" && fields.name.includes("__")) {
    const { namespace, localname } = splitName(fields.name);
    if (!namespace || !localname) {
      report(
        source.valuePosition("name"),
        "slipway/name-empty-part",
        `"name" "${fields.name}" has an empty ${namespace ? "local name after" : "namespace before"} "__"`,
        'write the name as <namespace>__<localname>, both parts non-empty, or drop the "__"'
      );
    }
  }
  if ("version" in fields) {
    const v = fields.version;
    if (typeof v !== "string" || !isStrictSemver(v)) {
      report(
        source.valuePosition("version"),
        "slipway/version-invalid",
        `"version" ${JSON.stringify(v)} is not a strict SemVer 2.0.0 version`,
        semverFix(String(v))
      );
    }
  }
  for (const key of ["input", "output"]) {
    const v = fields[key];
    if (key in fields && (v === null || typeof v !== "object" && typeof v !== "string" || Array.isArray(v))) {
      report(
        source.valuePosition(key),
        "slipway/schema-invalid",
        `"${key}" must be a schema object (or "canvas")`,
        `use {} to accept anything`
      );
    }
  }
  if ("description" in fields) {
    const d = fields.description;
    if (typeof d !== "string") {
      report(
        source.valuePosition("description"),
        "slipway/description-invalid",
        '"description" must be a string',
        "write the description as a string"
      );
    } else if ([...d].length > MAX_DESCRIPTION) {
      report(
        source.valuePosition("description"),
        "slipway/description-too-long",
        `"description" is ${[...d].length} characters; the limit is ${MAX_DESCRIPTION}`,
        `shorten it to ${MAX_DESCRIPTION} characters or fewer`
      );
    }
  }
  for (const key of ["callouts", "rigging"]) {
    const v = fields[key];
    if (key in fields && (typeof v !== "object" || v === null || Array.isArray(v))) {
      report(
        source.valuePosition(key),
        `slipway/${key}-invalid`,
        `"${key}" must be an object`,
        `write "${key}" as { \u2026 } or remove it`
      );
    }
  }
  const ok = !problems.some((p) => p.severity === "error");
  return { manifest: ok ? fields : void 0, source, text: text2, problems };
}
function suggestName(value) {
  const s = String(value ?? "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").slice(0, 64);
  return s || "my_component";
}
async function checkRunner(dir, manifest, file) {
  const problems = [];
  const has = async (name) => (await stat(join(dir, name)).catch(() => null))?.isFile() ?? false;
  const at = { file, line: 0, column: 0 };
  if (await has("run.wasm")) return problems;
  if (await has("run.js")) {
    const jsFile = join(dir, "js_component.json");
    if (!await has("js_component.json")) return problems;
    const shown = displayPath(jsFile);
    let scripts;
    try {
      scripts = JSON.parse(await readFile(jsFile, "utf8")).scripts;
    } catch (error) {
      problems.push({
        ...at,
        file: shown,
        severity: "error",
        code: "slipway/js-component-invalid",
        message: `js_component.json is not valid JSON: ${error.message}`,
        fix: "fix the JSON syntax"
      });
      return problems;
    }
    if (scripts !== void 0 && !Array.isArray(scripts)) {
      problems.push({
        ...at,
        file: shown,
        severity: "error",
        code: "slipway/js-component-invalid",
        message: '"scripts" in js_component.json must be a list of file names',
        fix: 'write "scripts": ["a.js", \u2026]'
      });
      return problems;
    }
    for (const script of scripts ?? []) {
      if (typeof script !== "string" || !await has(script)) {
        problems.push({
          ...at,
          file: shown,
          severity: "error",
          code: "slipway/js-script-missing",
          message: `script ${JSON.stringify(script)} listed in js_component.json does not exist`,
          fix: 'add the file or remove it from "scripts"'
        });
      }
    }
    return problems;
  }
  if (manifest.rigging !== void 0) return problems;
  problems.push({
    ...at,
    severity: "warning",
    code: "slipway/no-runner",
    message: 'the component has no run.wasm, no run.js and no "rigging": Slipway will have nothing to run',
    fix: "build run.wasm (or add run.js) into the component folder before packing"
  });
  return problems;
}
function checkConventions(manifest, source, c, file) {
  const problems = [];
  const [owner = "", repo = ""] = c.repository.split("/");
  const off = "or set conventions: none (--conventions none) if you do not publish to Slipway's registry";
  const expectedPublisher = publisherForOwner(owner);
  if (manifest.publisher !== expectedPublisher) {
    problems.push({
      file,
      ...source.valuePosition("publisher"),
      severity: "error",
      code: "conventions/publisher",
      message: `"publisher" is "${manifest.publisher}" but the repository owner "${owner}" gives "${expectedPublisher}": Slipway's registry looks for the release under github.com/${manifest.publisher.replaceAll("_", "-")}`,
      fix: `set "publisher" to "${expectedPublisher}", ${off}`
    });
  }
  const expectedRepo = repositoryForName(manifest.name);
  if (repo.toLowerCase() !== expectedRepo) {
    problems.push({
      file,
      ...source.valuePosition("name"),
      severity: "error",
      code: "conventions/repository",
      message: `the repository is "${repo}" but a component named "${manifest.name}" must be released from "${expectedRepo}"`,
      fix: `rename the repository to ${expectedRepo} or the component to match it, ${off}`
    });
  }
  if (c.tag !== void 0 && c.tag !== c.version) {
    problems.push({
      file,
      line: 0,
      column: 0,
      severity: "error",
      code: "conventions/tag",
      message: `the release tag would be "${c.tag}" but Slipway's registry downloads from the tag "${c.version}" (the bare version)`,
      fix: `push the tag "${c.version}" instead, ${off}`
    });
  }
  return problems;
}
function stampVersion(text2, source, version) {
  const range = source.valueRange("version");
  if (!range) throw new Error('stampVersion: the manifest has no "version" value');
  const offset = text2.charCodeAt(0) === 65279 ? 1 : 0;
  return text2.slice(0, range[0] + offset) + JSON.stringify(version) + text2.slice(range[1] + offset);
}
var MANIFEST, REQUIRED, OPTIONAL, KNOWN, MAX_DESCRIPTION;
var init_component = __esm({
  "src/slipway/component.ts"() {
    "use strict";
    init_version();
    init_json_source();
    init_naming();
    MANIFEST = "slipway_component.json";
    REQUIRED = ["publisher", "name", "version", "input", "output"];
    OPTIONAL = ["description", "callouts", "rigging", "constants"];
    KNOWN = /* @__PURE__ */ new Set([...REQUIRED, ...OPTIONAL]);
    MAX_DESCRIPTION = 256;
  }
});

// src/yaml-positions.ts
function parseYaml(text2, options = {}) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text2, { lineCounter, uniqueKeys: false, prettyErrors: true });
  const errors = [
    ...doc.errors.map((e) => ({ ...describeError2(e, FIRST_LINE), severity: "error" })),
    ...doc.warnings.map((e) => ({ ...describeError2(e, FIRST_LINE), severity: "warning" }))
  ];
  if (options.uniqueKeys !== false) {
    for (const key of repeatedKeys(doc.contents)) {
      errors.push({
        message: "Map keys must be unique",
        at: positionOf(key, lineCounter),
        severity: "error"
      });
    }
    errors.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  }
  return { doc, lineCounter, errors };
}
function repeatedKeys(root) {
  const repeated = [];
  const stack = [root];
  const keys = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml3.isMap)(node)) {
      keys.clear();
      for (const pair of node.items) {
        if ((0, import_yaml3.isScalar)(pair.key)) {
          if (keys.has(pair.key.value)) repeated.push(pair.key);
          keys.add(pair.key.value);
        } else {
          stack.push(pair.key);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml3.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return repeated;
}
function describeError2(error, fallback) {
  const pos = error.linePos?.[0];
  const message = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
  return { message, at: pos ? { line: pos.line, column: pos.col } : { ...fallback } };
}
function positionOf(node, lineCounter) {
  const target = node && "key" in node && node.key ? node.key : node;
  const start = target?.range?.[0];
  return start === void 0 ? { line: 0, column: 0 } : positionAtOffset(start, lineCounter);
}
function positionAtOffset(offset, lineCounter) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function pairOf(map, key) {
  if (!(0, import_yaml3.isMap)(map)) return void 0;
  return map.items.find((p) => keyText(p) === key);
}
function keyText(pair) {
  return (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : "";
}
function pairsOf(node) {
  return (0, import_yaml3.isMap)(node) ? node.items : [];
}
function kindOf(node) {
  if (node === null || node === void 0) return "empty";
  if ((0, import_yaml3.isMap)(node)) return "a mapping";
  if ((0, import_yaml3.isSeq)(node)) return "a list";
  if ((0, import_yaml3.isScalar)(node)) {
    const v = node.value;
    if (v === null) return "empty";
    return typeof v === "string" ? "a string" : `a ${typeof v}`;
  }
  return "an alias";
}
function stringOf(node) {
  return (0, import_yaml3.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
var import_yaml3, FIRST_LINE;
var init_yaml_positions = __esm({
  "src/yaml-positions.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    FIRST_LINE = { line: 1, column: 1 };
  }
});

// src/serverless/publish-yaml.ts
function classifyVersion(version) {
  if (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) return "release";
  if (/^dev(\.(0|[1-9]\d*)\.(0|[1-9]\d*))?$/.test(version)) return "dev";
  if (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)-[0-9A-Za-z.-]+$/.test(version)) return "prerelease";
  return "invalid";
}
function nameProblem2(name) {
  if (name.trim() === "") return "is empty";
  if (name.includes("/"))
    return "contains '/', which the registry's URLs (/packages/{name}/release) cannot carry";
  if (name.includes("@")) return "contains '@', which separates name from version (name@version)";
  if (/\s/.test(name)) return "contains whitespace";
  return void 0;
}
function inspectPublishYaml(text2, file) {
  const problems = [];
  const summary = {};
  const report = (at2, code, message, fix, severity = "error") => problems.push({ file, ...at2, severity, code, message, fix });
  const { doc, lineCounter, errors } = parseYaml(text2);
  for (const e of errors) {
    report(
      e.at,
      "serverless/yaml-syntax",
      `publish.yaml is not valid YAML: ${e.message}`,
      "fix the YAML syntax",
      e.severity
    );
  }
  if (errors.some((e) => e.severity === "error")) return { problems, summary };
  const root = doc.contents;
  if (!(0, import_yaml9.isMap)(root)) {
    report(
      positionOf(root, lineCounter).line ? positionOf(root, lineCounter) : { line: 1, column: 1 },
      "serverless/yaml-syntax",
      `publish.yaml must be a mapping of keys (Edition, Type, Name, \u2026), but it is ${kindOf(root)}`,
      "write publish.yaml as `Key: value` lines, starting with `Edition: 3.0.0`"
    );
    return { problems, summary };
  }
  const at = (key) => positionOf(pairOf(root, key)?.value ?? pairOf(root, key), lineCounter);
  const keyAt = (key) => positionOf(pairOf(root, key), lineCounter);
  const top = positionOf(root, lineCounter);
  const value = (key) => pairOf(root, key)?.value;
  const edition = value("Edition");
  const editionText = (0, import_yaml9.isScalar)(edition) ? String(edition.value) : void 0;
  if (!pairOf(root, "Edition")) {
    report(
      top,
      "serverless/publish-required",
      "publish.yaml has no Edition",
      "add `Edition: 3.0.0` as the first line"
    );
  } else if (editionText === "1.0.0" || editionText === "2.0.0") {
    report(
      at("Edition"),
      "serverless/publish-edition-v2",
      `Edition ${editionText} is a V2 package: it belongs to the V2 tool \`s cli registry publish\`, not the current registry`,
      "move the package to Edition 3.0.0 (Type Application \u2192 Project, s.yaml edition 3.0.0 with resources), or publish it with `s cli registry publish`"
    );
  } else if (!(0, import_yaml9.isScalar)(edition) || typeof edition.value !== "string" || edition.value !== "3.0.0") {
    report(
      at("Edition"),
      "serverless/publish-edition",
      `Edition must be the string 3.0.0, but it is ${(0, import_yaml9.isScalar)(edition) ? JSON.stringify(edition.value) : kindOf(edition)}`,
      "write `Edition: 3.0.0`"
    );
  }
  for (const key of REQUIRED2) {
    if (key === "Edition" || pairOf(root, key)) continue;
    const near = pairsOf(root).find(
      (p) => (0, import_yaml9.isScalar)(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase()
    );
    report(
      near ? positionOf(near, lineCounter) : top,
      "serverless/publish-required",
      near ? `publish.yaml has no ${key} (keys are case-sensitive: found ${String(near.key.value)})` : `publish.yaml has no ${key}`,
      `add a \`${key}:\` entry${hintFor(key)}`
    );
  }
  checkType(value("Type"), at("Type"), report, summary);
  checkName(value("Name"), at("Name"), report, summary);
  checkProvider(value("Provider"), lineCounter, report);
  checkVersion(value("Version"), at("Version"), report, summary);
  checkString(value("Description"), "Description", at("Description"), report);
  checkCategory(value("Category"), at("Category"), report);
  checkMapping(
    value("Service"),
    "Service",
    at("Service"),
    report,
    "e.g. `Service:\\n  \u51FD\u6570\u8BA1\u7B97:\\n    Authorities:\\n      - AliyunFCFullAccess`"
  );
  checkEffective(value("Effective"), at("Effective"), report);
  checkParameters(value("Parameters"), at("Parameters"), lineCounter, report, summary);
  if (pairOf(root, "HomePage")) checkString(value("HomePage"), "HomePage", at("HomePage"), report);
  if (pairOf(root, "Organization"))
    checkString(value("Organization"), "Organization", at("Organization"), report);
  if (pairOf(root, "Tags")) checkStringList(value("Tags"), "Tags", at("Tags"), lineCounter, report);
  if (summary.type === "Component") {
    const commands = value("Commands");
    const empty = !pairOf(root, "Commands") || commands === null || (0, import_yaml9.isMap)(commands) && commands.items.length === 0 || (0, import_yaml9.isSeq)(commands) && commands.items.length === 0 || (0, import_yaml9.isScalar)(commands) && (commands.value === null || commands.value === "");
    if (empty) {
      report(
        pairOf(root, "Commands") ? keyAt("Commands") : top,
        "serverless/publish-commands",
        "a Component's publish.yaml needs a non-empty Commands (the registry shows them as the component's commands)",
        "add `Commands:` with one `command: description` line per command, e.g. `deploy: \u90E8\u7F72\u51FD\u6570`"
      );
    } else if (!(0, import_yaml9.isMap)(commands)) {
      report(
        at("Commands"),
        "serverless/publish-field-type",
        `Commands must be a mapping of command: description, but it is ${kindOf(commands)}`,
        "write one `command: description` line per command under `Commands:`"
      );
    }
  }
  for (const pair of pairsOf(root)) {
    const key = (0, import_yaml9.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (KNOWN2.includes(key)) continue;
    const near = KNOWN2.find((k) => k.toLowerCase() === key.toLowerCase());
    report(
      positionOf(pair, lineCounter),
      "serverless/publish-unknown-key",
      `publish.yaml key ${JSON.stringify(key)} is not part of the Edition 3.0.0 schema and is ignored`,
      near ? `rename it to ${near} (keys are case-sensitive)` : key === "Properties" ? "Edition 3.0.0 calls this Parameters: rename it" : `remove it, or use one of ${KNOWN2.join(", ")}`,
      "warning"
    );
  }
  return { problems, summary };
}
function hintFor(key) {
  switch (key) {
    case "Type":
      return " (Component, Plugin or Project)";
    case "Provider":
      return " listing clouds, e.g. `- \u963F\u91CC\u4E91`";
    case "Version":
      return ", e.g. `Version: 0.0.1`";
    case "Category":
      return ", e.g. `Category: \u57FA\u7840\u4E91\u670D\u52A1`";
    case "Service":
      return " (a mapping of the cloud services used)";
    case "Effective":
      return " (Public, Private or Organization)";
    case "Parameters":
      return " (a JSON schema: `type: object` and `properties:`)";
    default:
      return "";
  }
}
function checkType(node, at, report, summary) {
  if (node === void 0) return;
  const type = stringOf(node);
  if (type !== void 0) summary.type = type;
  if (type !== void 0 && PACKAGE_TYPES.includes(type)) return;
  if (type === "Application") {
    report(
      at,
      "serverless/publish-type",
      "Type Application is the V2 name: Edition 3.0.0 calls an application a Project",
      "write `Type: Project` (and give src/s.yaml edition 3.0.0 with resources)"
    );
    return;
  }
  report(
    at,
    "serverless/publish-type",
    `Type must be one of ${PACKAGE_TYPES.join(", ")}, but it is ${type === void 0 ? kindOf(node) : JSON.stringify(type)}`,
    "write `Type: Component`, `Type: Plugin` or `Type: Project`"
  );
}
function checkName(node, at, report, summary) {
  const name = checkString(node, "Name", at, report, {
    code: "serverless/publish-name",
    fix: "write the package name, e.g. `Name: my-component`"
  });
  if (name === void 0) return;
  summary.name = name;
  const why = nameProblem2(name);
  if (why) {
    report(
      at,
      "serverless/publish-name",
      `Name ${JSON.stringify(name)} ${why}`,
      "use letters, digits, '-' and '_' only, e.g. `Name: my-component`"
    );
  }
}
function checkProvider(node, lineCounter, report) {
  if (node === void 0) return;
  if (!(0, import_yaml9.isSeq)(node)) {
    report(
      positionOf(node, lineCounter),
      "serverless/publish-provider",
      `Provider must be a list, but it is ${kindOf(node)}`,
      "write `Provider:` followed by lines such as `  - \u963F\u91CC\u4E91`"
    );
    return;
  }
  if (node.items.length === 0) {
    report(
      positionOf(node, lineCounter),
      "serverless/publish-provider",
      "Provider is an empty list",
      "list at least one cloud, e.g. `- \u963F\u91CC\u4E91`"
    );
  }
  for (const item of node.items) {
    const value = stringOf(item);
    if (value !== void 0 && PROVIDERS.includes(value)) continue;
    report(
      positionOf(item, lineCounter),
      "serverless/publish-provider",
      `Provider ${value === void 0 ? kindOf(item) : JSON.stringify(value)} is not one the registry knows`,
      `use one of: ${PROVIDERS.join(", ")}`
    );
  }
}
function checkVersion(node, at, report, summary) {
  if (node === void 0) return;
  const version = stringOf(node);
  if (version === void 0) {
    const shown = (0, import_yaml9.isScalar)(node) ? JSON.stringify(node.value) : kindOf(node);
    report(
      at,
      "serverless/publish-version",
      `Version must be a string such as 0.0.1, but YAML reads ${shown}`,
      "write three numbers, e.g. `Version: 0.1.0` (a value like 1.0 is read as a number)"
    );
    return;
  }
  summary.version = version;
  const kind = classifyVersion(version);
  if (kind === "invalid") {
    report(
      at,
      "serverless/publish-version",
      `Version ${JSON.stringify(version)} is not a version the registry takes (x.y.z, or dev / dev.x.y for development)`,
      "write three numbers, e.g. `Version: 0.1.0`"
    );
  } else if (kind === "prerelease") {
    report(
      at,
      "serverless/publish-version",
      `Version ${JSON.stringify(version)} is a pre-release; the registry is only known to take x.y.z and dev.x.y`,
      "publish x.y.z, or dev.x.y for a development build",
      "warning"
    );
  }
}
function checkString(node, key, at, report, { code = "serverless/publish-field-type", fix = `write \`${key}:\` followed by text` } = {}) {
  if (node === void 0) return void 0;
  const value = stringOf(node);
  if (value === void 0) report(at, code, `${key} must be a string, but it is ${kindOf(node)}`, fix);
  return value;
}
function checkStringList(node, key, at, lineCounter, report) {
  if (!(0, import_yaml9.isSeq)(node)) {
    report(
      at,
      "serverless/publish-field-type",
      `${key} must be a list of strings, but it is ${kindOf(node)}`,
      `write \`${key}:\` followed by \`  - text\` lines`
    );
    return;
  }
  for (const item of node.items) {
    if (stringOf(item) === void 0) {
      report(
        positionOf(item, lineCounter),
        "serverless/publish-field-type",
        `${key} items must be strings, but one is ${kindOf(item)}`,
        "quote the value"
      );
    }
  }
}
function checkMapping(node, key, at, report, example) {
  if (node === void 0 || (0, import_yaml9.isMap)(node)) return;
  report(at, "serverless/publish-field-type", `${key} must be a mapping, but it is ${kindOf(node)}`, example);
}
function checkCategory(node, at, report) {
  const category = checkString(node, "Category", at, report, { fix: "write e.g. `Category: \u57FA\u7840\u4E91\u670D\u52A1`" });
  if (category === void 0 || CATEGORIES.includes(category)) return;
  report(
    at,
    "serverless/publish-category",
    `Category ${JSON.stringify(category)} is not one of the registry's categories`,
    `use one of: ${CATEGORIES.join(", ")}`,
    "warning"
  );
}
function checkEffective(node, at, report) {
  if (node === void 0) return;
  const value = stringOf(node);
  if (value !== void 0 && EFFECTIVE.includes(value)) return;
  report(
    at,
    "serverless/publish-effective",
    `Effective must be Public, Private or Organization, but it is ${value === void 0 ? kindOf(node) : JSON.stringify(value)}`,
    "write `Effective: Public` (or Private, or Organization)"
  );
}
function checkParameters(node, at, lineCounter, report, summary) {
  if (node === void 0) return;
  if (!(0, import_yaml9.isMap)(node)) {
    report(
      at,
      "serverless/publish-field-type",
      `Parameters must be a mapping (a JSON schema), but it is ${kindOf(node)}`,
      "write `Parameters:` with `type: object` and `properties: {}` when there are none"
    );
    return;
  }
  const expected = {
    type: (n) => stringOf(n) !== void 0,
    additionalProperties: (n) => (0, import_yaml9.isScalar)(n) && typeof n.value === "boolean",
    required: (n) => (0, import_yaml9.isSeq)(n),
    properties: (n) => (0, import_yaml9.isMap)(n)
  };
  const wanted = {
    type: "a string",
    additionalProperties: "true or false",
    required: "a list",
    properties: "a mapping"
  };
  for (const [key, ok] of Object.entries(expected)) {
    const pair = pairOf(node, key);
    if (!pair || ok(pair.value)) continue;
    report(
      positionOf(pair.value ?? pair, lineCounter),
      "serverless/publish-field-type",
      `Parameters.${key} must be ${wanted[key]}, but it is ${kindOf(pair.value)}`,
      `write Parameters.${key} as ${wanted[key]}`
    );
  }
  const properties = pairOf(node, "properties")?.value;
  if ((0, import_yaml9.isMap)(properties)) {
    summary.parameterNames = pairsOf(properties).map((p) => (0, import_yaml9.isScalar)(p.key) ? String(p.key.value) : "");
  }
}
var import_yaml9, PACKAGE_TYPES, PROVIDERS, CATEGORIES, EFFECTIVE, REQUIRED2, OPTIONAL2, KNOWN2;
var init_publish_yaml = __esm({
  "src/serverless/publish-yaml.ts"() {
    "use strict";
    import_yaml9 = __toESM(require_dist(), 1);
    init_yaml_positions();
    PACKAGE_TYPES = ["Component", "Plugin", "Project"];
    PROVIDERS = [
      "\u963F\u91CC\u4E91",
      "\u817E\u8BAF\u4E91",
      "\u534E\u4E3A\u4E91",
      "\u767E\u5EA6\u667A\u80FD\u4E91",
      "AWS",
      "Azure",
      "Google Cloud Platform",
      "\u4E13\u6709\u4E91",
      "\u5176\u5B83",
      "\u706B\u5C71\u5F15\u64CE",
      "Alibaba Cloud",
      "Tencent Cloud",
      "Huawei Cloud",
      "Baidu Cloud",
      "Private Cloud",
      "Others"
    ];
    CATEGORIES = [
      "\u4EBA\u5DE5\u667A\u80FD",
      "Web \u5E94\u7528",
      "\u57FA\u7840\u4E91\u670D\u52A1",
      "\u65B0\u624B\u5165\u95E8",
      "\u5F00\u6E90\u9879\u76EE",
      "Jamstack",
      "\u51FD\u6570Connector",
      "IoT",
      "\u5176\u5B83",
      "\u6570\u636E\u5904\u7406",
      "\u76D1\u63A7\u544A\u8B66",
      "\u56FE\u6587\u5904\u7406",
      "\u97F3\u89C6\u9891\u5904\u7406",
      "\u5168\u6808\u5E94\u7528",
      "Web\u6846\u67B6",
      "\u4E91\u5E94\u7528",
      "\u57FA\u7840\u4E91\u4EA7\u54C1",
      "Artificial Intelligence",
      "Web Appilication",
      "Basic cloud services",
      "onboarding",
      "Open Source",
      "Function Connector",
      "Others",
      "Big Data",
      "Monitoring alarm",
      "Image and text processing",
      "Audio and video processing",
      "Fullstack application",
      "Web Framework",
      "Cloud Application",
      "Basic cloud products"
    ];
    EFFECTIVE = ["Public", "Private", "Organization"];
    REQUIRED2 = [
      "Edition",
      "Type",
      "Name",
      "Provider",
      "Version",
      "Description",
      "Category",
      "Service",
      "Effective",
      "Parameters"
    ];
    OPTIONAL2 = ["HomePage", "Tags", "Organization", "Schema", "Commands"];
    KNOWN2 = [...REQUIRED2, ...OPTIONAL2];
  }
});

// src/serverless/s-yaml.ts
import { isAbsolute as isAbsolute2, resolve as resolvePath } from "node:path";
function tokenizeExpression(expr, hyphens = false) {
  const tokens = [];
  const n = expr.length;
  const nameEnd = (from, allowHyphen) => {
    let k = from;
    while (k < n && (IDENT.test(expr[k]) || allowHyphen && expr[k] === "-" && k + 1 < n && IDENT.test(expr[k + 1])))
      k++;
    return k;
  };
  let i = 0;
  while (i < n) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === "`") {
      i = skipQuoted(expr, i);
      continue;
    }
    if (/\d/.test(c)) {
      while (i < n && /[\w.]/.test(expr[i])) i++;
      continue;
    }
    if (!IDENT_START.test(c) || i > 0 && /[\w$.]/.test(expr[i - 1])) {
      i++;
      continue;
    }
    const start = i;
    let j = nameEnd(i + 1, hyphens);
    const root = expr.slice(start, j);
    const segments = [];
    for (; ; ) {
      if (expr[j] === "." && j + 1 < n && IDENT.test(expr[j + 1])) {
        const k2 = nameEnd(j + 1, true);
        segments.push(expr.slice(j + 1, k2));
        j = k2;
        continue;
      }
      if (expr[j] === "[") {
        const m = /^\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/.exec(expr.slice(j));
        if (m) {
          segments.push(m[1] ?? m[2] ?? m[3]);
          j += m[0].length;
          continue;
        }
      }
      break;
    }
    let k = j;
    while (k < n && (expr[k] === " " || expr[k] === "	")) k++;
    if (expr[k] === "(") {
      const close = matchingParen(expr, k);
      const end = close === -1 ? n : close;
      tokens.push({
        kind: "call",
        root,
        segments,
        args: splitArgs(expr.slice(k + 1, end), k + 1),
        offset: start
      });
      i = end + 1;
      continue;
    }
    tokens.push({ kind: "path", root, segments, offset: start });
    i = j;
  }
  return tokens;
}
function skipQuoted(text2, start) {
  const quote = text2[start];
  let i = start + 1;
  while (i < text2.length && text2[i] !== quote) i += text2[i] === "\\" ? 2 : 1;
  return i + 1;
}
function matchingParen(text2, open) {
  let depth = 0;
  for (let i = open; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'" || c === "`") {
      i = skipQuoted(text2, i) - 1;
    } else if (c === "(") {
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function splitArgs(inner, base) {
  const args = [];
  let depth = 0;
  let from = 0;
  const push = (to) => {
    const raw = inner.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const q = /^(['"`])([\s\S]*)\1$/.exec(trimmed);
    const single = q && skipQuoted(trimmed, 0) === trimmed.length;
    args.push({ raw: trimmed, offset: base + from + lead, quoted: single ? q[2] : void 0 });
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"' || c === "'" || c === "`") i = skipQuoted(inner, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(inner.length);
  return args;
}
function maskTemplate(text2) {
  const spans = [];
  const params = [];
  const masked = text2.replace(/\{\{([\s\S]*?)\}\}/g, (whole, inner, offset) => {
    spans.push([offset, offset + whole.length]);
    const code = inner.trim().replace(/^@/, "").trim();
    const statement = STATEMENT.test(code);
    if (!statement) {
      const name = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
      if (name) params.push({ name, offset });
    }
    return whole.replace(/[^\n]/g, statement ? " " : "x");
  });
  return { text: masked, spans, params };
}
function checkSYaml(text2, file, opts) {
  return new SYamlChecker(text2, file, opts).run();
}
var import_yaml10, TOP_KEYS_3, TOP_KEYS_1, RESOURCE_KEYS_3, SERVICE_KEYS_1, ACTION_ITEM_KEYS, HOOKS, FUNCTIONS_3, FUNCTIONS_1, LITERAL_ARG_FUNCTIONS, ROOTS_3, RESOURCE_SECTIONS, THIS_MEMBERS, JS_NAMES, EXPRESSION, IDENT_START, IDENT, STATEMENT, SYamlChecker, MinHeap;
var init_s_yaml = __esm({
  "src/serverless/s-yaml.ts"() {
    "use strict";
    import_yaml10 = __toESM(require_dist(), 1);
    init_yaml_positions();
    TOP_KEYS_3 = [
      "edition",
      "name",
      "access",
      "vars",
      "flow",
      "template",
      "extend",
      "validation",
      "actions",
      "resources",
      "env"
    ];
    TOP_KEYS_1 = ["edition", "name", "access", "vars", "actions", "services"];
    RESOURCE_KEYS_3 = ["component", "props", "actions", "extend", "allow_failure"];
    SERVICE_KEYS_1 = ["component", "props", "actions", "access"];
    ACTION_ITEM_KEYS = ["run", "path", "plugin", "args", "component", "allow_failure", "replace_output"];
    HOOKS = ["pre", "success", "fail", "complete", "post"];
    FUNCTIONS_3 = ["env", "file", "path", "json", "yaml", "str", "base64", "secret", "regex", "config"];
    FUNCTIONS_1 = ["env", "file", "path", "config"];
    LITERAL_ARG_FUNCTIONS = ["env", "file", "path", "config", "secret", "regex"];
    ROOTS_3 = ["vars", "resources", "components", "this", "cwd", "credential"];
    RESOURCE_SECTIONS = ["props", "output", "info", "vars"];
    THIS_MEMBERS = ["name", "access", "component", "props", "output", "vars", "info"];
    JS_NAMES = /* @__PURE__ */ new Set([
      "true",
      "false",
      "null",
      "undefined",
      "NaN",
      "Infinity",
      "typeof",
      "instanceof",
      "in",
      "of",
      "new",
      "void",
      "JSON",
      "Math",
      "Number",
      "String",
      "Boolean",
      "Object",
      "Array",
      "Date",
      "parseInt",
      "parseFloat",
      "isNaN",
      "encodeURIComponent",
      "decodeURIComponent"
    ]);
    EXPRESSION = /\$\{([\w\W]*?)\}/g;
    IDENT_START = /[A-Za-z_$]/;
    IDENT = /[\w$]/;
    STATEMENT = /^(\/|if\b|else\b|each\b|set\b|block\b|include\b|extend\b)/;
    SYamlChecker = class {
      constructor(text2, file, opts) {
        this.file = file;
        this.opts = opts;
        this.source = text2;
        if (opts.template) {
          const masked = maskTemplate(text2);
          this.source = masked.text;
          this.spans = masked.spans;
        }
      }
      file;
      opts;
      problems = [];
      lineCounter;
      source;
      spans = [];
      v3 = true;
      resources = /* @__PURE__ */ new Map();
      resourceList = [];
      vars;
      templates;
      usesExtend = false;
      /** deps[i]: the resources whose output resource i's props use, with where (first use). */
      deps = [];
      report(at, code, message, fix, severity = "error") {
        this.problems.push({ file: this.file, line: at.line, column: at.column, severity, code, message, fix });
      }
      at(node) {
        return positionOf(node, this.lineCounter);
      }
      run() {
        const { doc, lineCounter, errors } = parseYaml(this.source, { uniqueKeys: !this.opts.template });
        this.lineCounter = lineCounter;
        for (const e of errors) {
          this.report(
            e.at,
            "s-yaml/yaml-syntax",
            `s.yaml is not valid YAML: ${e.message}`,
            "fix the YAML syntax",
            e.severity
          );
        }
        if (errors.some((e) => e.severity === "error")) return { problems: this.problems, deployOrder: [] };
        const root = doc.contents;
        if (!(0, import_yaml10.isMap)(root)) {
          this.report(
            { line: 1, column: 1 },
            "s-yaml/yaml-syntax",
            `s.yaml must be a mapping (edition, name, resources, \u2026), but it is ${kindOf(root)}`,
            "start the file with `edition: 3.0.0`, `name: \u2026` and `resources:`"
          );
          return { problems: this.problems, deployOrder: [] };
        }
        const container = this.checkTopLevel(root);
        this.collectResources(container);
        this.walkTopLevel(root, container, doc);
        this.checkCycles();
        if (this.v3) this.checkFlow(pairOf(root, "flow")?.value);
        return { problems: this.problems, deployOrder: this.deployOrder() };
      }
      /** Edition, required and unknown keys; returns the resources (3.x) or services (1.x) node. */
      checkTopLevel(root) {
        const top = this.at(root);
        const editionPair = pairOf(root, "edition");
        const hasResources = !!pairOf(root, "resources");
        const hasServices = !!pairOf(root, "services");
        const edition = editionPair ? editionPair.value : void 0;
        const editionText = (0, import_yaml10.isScalar)(edition) && edition.value !== null ? String(edition.value) : void 0;
        if (!editionPair) {
          this.report(top, "s-yaml/required", "s.yaml has no edition", "add `edition: 3.0.0` as the first line");
          this.v3 = hasResources || !hasServices;
        } else if (editionText === "3.0.0" || editionText === "1.0.0" || editionText === "2.0.0") {
          this.v3 = editionText === "3.0.0";
        } else {
          this.report(
            this.at(edition ?? editionPair),
            "s-yaml/edition",
            `edition ${editionText === void 0 ? kindOf(edition) : JSON.stringify(editionText)} is not one the engine knows: only the string 3.0.0 selects the 3.x format, anything else is read as 1.x`,
            "write `edition: 3.0.0` (with resources) or `edition: 1.0.0` (with services)"
          );
          this.v3 = hasResources || !hasServices;
        }
        this.usesExtend = this.v3 && !!pairOf(root, "extend");
        if (!pairOf(root, "name")) {
          this.report(
            top,
            "s-yaml/required",
            "s.yaml has no name (the application name components receive)",
            "add `name: my-app`",
            "warning"
          );
        }
        let container;
        if (this.v3) {
          if (hasResources) container = pairOf(root, "resources")?.value;
          else if (hasServices) {
            this.report(
              this.at(pairOf(root, "services")),
              "s-yaml/services-in-v3",
              "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML.",
              "rename `services:` to `resources:` (or run 's cli fc3 s2tos3')"
            );
            container = pairOf(root, "services")?.value;
          } else if (!this.usesExtend) {
            this.report(
              top,
              "s-yaml/required",
              "s.yaml has no resources",
              "add `resources:` with at least one resource and its `component`"
            );
          }
        } else if (hasServices) {
          container = pairOf(root, "services")?.value;
        } else if (hasResources) {
          this.report(
            this.at(pairOf(root, "resources")),
            "s-yaml/resources-in-v1",
            `'resources' is the 3.0.0 keyword, but edition is ${editionText ?? "missing"}: the engine reads 'services' and finds nothing to run`,
            "set `edition: 3.0.0`"
          );
          container = pairOf(root, "resources")?.value;
        } else {
          this.report(
            top,
            "s-yaml/required",
            "s.yaml has no services",
            "add `services:` with at least one service and its `component`"
          );
        }
        const known = this.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
        for (const pair of pairsOf(root)) {
          const key = keyText(pair);
          if (known.includes(key)) continue;
          if (this.v3 && key === "services" && !hasResources) continue;
          if (!this.v3 && key === "resources" && !hasServices) continue;
          this.report(
            this.at(pair),
            "s-yaml/unknown-key",
            `top-level key ${JSON.stringify(key)} is not read by the engine for edition ${this.v3 ? "3.0.0" : "1.x"}`,
            `remove it, or use one of ${known.join(", ")}`,
            "warning"
          );
        }
        for (const [key, want] of [
          ["vars", "mapping"],
          ["template", "mapping"],
          ["flow", "mapping"],
          ["actions", "mapping"],
          ["extend", "string"],
          ["access", "string"]
        ]) {
          const pair = pairOf(root, key);
          if (!pair || !known.includes(key)) continue;
          const ok = want === "mapping" ? (0, import_yaml10.isMap)(pair.value) : stringOf(pair.value) !== void 0;
          if (!ok) this.typeProblem(pair.value ?? pair, key, `a ${want}`, pair.value);
        }
        if (container !== void 0 && !(0, import_yaml10.isMap)(container)) {
          this.typeProblem(
            container ?? pairOf(root, this.v3 ? "resources" : "services"),
            this.v3 ? "resources" : "services",
            "a mapping of names to resources",
            container
          );
        }
        this.vars = pairOf(root, "vars")?.value;
        this.templates = pairOf(root, "template")?.value;
        return container;
      }
      typeProblem(node, what, want, actual) {
        this.report(
          this.at(node),
          "s-yaml/type",
          `${what} must be ${want}, but it is ${kindOf(actual)}`,
          `write ${what} as ${want}`
        );
      }
      collectResources(container) {
        const word = this.v3 ? "resource" : "service";
        const allowed = this.v3 ? RESOURCE_KEYS_3 : SERVICE_KEYS_1;
        for (const pair of pairsOf(container)) {
          const name = keyText(pair);
          if (this.resources.has(name)) continue;
          const resource = {
            name,
            index: this.resourceList.length,
            node: pair.value,
            keyPos: this.at(pair)
          };
          this.resources.set(name, resource);
          this.resourceList.push(resource);
          this.deps.push(/* @__PURE__ */ new Map());
          if (!(0, import_yaml10.isMap)(pair.value)) {
            this.typeProblem(
              pair.value ?? pair,
              `${word} ${name}`,
              "a mapping with component and props",
              pair.value
            );
            continue;
          }
          const component = pairOf(pair.value, "component");
          const componentName = stringOf(component?.value);
          if (!componentName?.trim()) {
            this.report(
              component ? this.at(component.value ?? component) : resource.keyPos,
              "s-yaml/component-missing",
              `${word} ${name} has no component`,
              `add \`component: <name>\` to ${name}, e.g. \`component: fc3\``
            );
          }
          for (const p of pairsOf(pair.value)) {
            const key = keyText(p);
            if (allowed.includes(key)) continue;
            this.report(
              this.at(p),
              "s-yaml/unknown-key",
              `${word} ${name} has key ${JSON.stringify(key)}, which the engine does not read`,
              key === "access" && this.v3 ? "set access once at the top level, or pass -a on the command line" : `move it under props, or use one of ${allowed.join(", ")}`,
              "warning"
            );
          }
          if (this.v3) this.checkResourceExtend(name, pairOf(pair.value, "extend")?.value);
        }
      }
      checkResourceExtend(name, extend) {
        if (extend === void 0) return;
        if (!(0, import_yaml10.isMap)(extend)) {
          this.typeProblem(extend, `resources.${name}.extend`, "a mapping with name (and ignore)", extend);
          return;
        }
        const templateName = pairOf(extend, "name");
        const value = stringOf(templateName?.value);
        if (value === void 0 || !pairOf(this.templates, value)) {
          this.report(
            this.at(templateName?.value ?? templateName ?? extend),
            "s-yaml/unknown-template",
            `resource ${name} extends template ${value === void 0 ? "(no name)" : JSON.stringify(value)}, which is not defined under template`,
            "add that template under the top-level `template:` key, or fix extend.name"
          );
        }
        const ignore3 = pairOf(extend, "ignore");
        if (ignore3 && !(0, import_yaml10.isSeq)(ignore3.value))
          this.typeProblem(
            ignore3.value ?? ignore3,
            `resources.${name}.extend.ignore`,
            "a list of prop names",
            ignore3.value
          );
      }
      // -- references --
      walkTopLevel(root, container, doc) {
        const none = { inProps: false, inTemplate: false, quiet: false };
        for (const pair of pairsOf(root)) {
          if (pair.value === container) continue;
          const key = keyText(pair);
          if (key === "actions") {
            if ((0, import_yaml10.isMap)(pair.value)) this.checkActions(pair.value, void 0);
            this.walk(pair.value, none, doc);
          } else {
            this.walk(pair.value, { ...none, inTemplate: key === "template" }, doc);
          }
        }
        for (const resource of this.resourceList) {
          if (!(0, import_yaml10.isMap)(resource.node)) continue;
          for (const p of pairsOf(resource.node)) {
            const key = keyText(p);
            if (key === "actions" && (0, import_yaml10.isMap)(p.value)) this.checkActions(p.value, resource);
            else if (key === "actions" && p.value !== null)
              this.typeProblem(
                p.value,
                `${resource.name}.actions`,
                "a mapping of <hook>-<command> to lists",
                p.value
              );
            const ctx = {
              resource: resource.index,
              inProps: key === "props",
              inTemplate: false,
              quiet: false
            };
            this.walk(p.value, ctx, doc, key === "props" ? /* @__PURE__ */ new Set() : void 0);
          }
        }
      }
      walk(node, ctx, doc, seen) {
        if ((0, import_yaml10.isScalar)(node)) {
          if (typeof node.value === "string" && node.value.includes("${"))
            this.checkScalar(node, ctx);
        } else if ((0, import_yaml10.isMap)(node)) {
          for (const pair of node.items) this.walk(pair.value, ctx, doc, seen);
        } else if ((0, import_yaml10.isSeq)(node)) {
          for (const item of node.items) this.walk(item, ctx, doc, seen);
        } else if ((0, import_yaml10.isAlias)(node) && ctx.inProps && seen && !seen.has(node)) {
          seen.add(node);
          const target = node.resolve(doc);
          if (target && !seen.has(target)) {
            seen.add(target);
            this.walk(target, { ...ctx, quiet: true }, doc, seen);
          }
        }
      }
      checkScalar(node, ctx) {
        const value = node.value;
        const [start, end] = node.range ?? [0, 0];
        const raw = this.source.slice(start, end);
        let cursor = 0;
        EXPRESSION.lastIndex = 0;
        let rest = value;
        for (let m = EXPRESSION.exec(value); m; m = EXPRESSION.exec(value)) {
          const found = raw.indexOf(m[0], cursor);
          const exact = found >= 0;
          const base = exact ? start + found : start;
          if (exact) cursor = found + m[0].length;
          rest = rest.replace(m[0], "");
          if (this.overlapsTemplate(base, base + m[0].length)) continue;
          this.checkExpression(m[1], exact ? base + 2 : void 0, base, ctx);
        }
        if (!ctx.quiet && rest.includes("${")) {
          this.report(
            this.at(node),
            "s-yaml/unclosed-expression",
            "this value has `${` without a closing `}`, so it is left as text",
            "close the expression with `}`, or remove the `${`",
            "warning"
          );
        }
      }
      overlapsTemplate(from, to) {
        return this.spans.some(([s, e]) => s < to && e > from);
      }
      /** `inner`: offset of the expression text in the source, when known exactly; `fallback` otherwise. */
      checkExpression(expr, inner, fallback, ctx) {
        const pos = (offset) => positionAtOffset(inner === void 0 ? fallback : inner + offset, this.lineCounter);
        this.checkTokens(tokenizeExpression(expr, !this.v3), 0, pos, ctx);
      }
      checkTokens(tokens, shift, pos, ctx) {
        for (const token of tokens) {
          if (token.kind === "path") {
            this.checkPath(token.root, token.segments, token.offset + shift, pos, ctx);
            continue;
          }
          if (token.segments.length > 0) {
            this.checkPath(token.root, token.segments.slice(0, -1), token.offset + shift, pos, ctx);
            for (const arg of token.args)
              this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
            continue;
          }
          this.checkCall(token, shift, pos, ctx);
        }
      }
      checkCall(call, shift, pos, ctx) {
        const name = call.root;
        const functions = this.v3 ? FUNCTIONS_3 : FUNCTIONS_1;
        if (!functions.includes(name)) {
          if (!JS_NAMES.has(name) && !ctx.quiet) {
            this.report(
              pos(call.offset + shift),
              "s-yaml/unknown-function",
              `${name}() is not a function of edition ${this.v3 ? "3.0.0" : "1.x"} YAML`,
              `use one of ${functions.map((f) => `${f}()`).join(", ")}`
            );
          }
          for (const arg of call.args)
            this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
          return;
        }
        call.args.forEach((arg, index) => {
          if (index > 0 || !LITERAL_ARG_FUNCTIONS.includes(name)) {
            this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
            return;
          }
          let literal = arg.quoted;
          if (literal === void 0 && !this.v3) literal = arg.raw;
          if (literal === void 0) {
            const lead = /^[A-Za-z_$][\w$]*/.exec(arg.raw)?.[0];
            if (lead && (ROOTS_3.includes(lead) || FUNCTIONS_3.includes(lead))) {
              this.checkTokens(tokenizeExpression(arg.raw), arg.offset + shift, pos, ctx);
            } else if (!ctx.quiet) {
              this.report(
                pos(arg.offset + shift),
                "s-yaml/unquoted-argument",
                `${name}(${arg.raw}) passes an unquoted argument: 3.0.0 expressions are JavaScript, so ${arg.raw} is read as a variable${lead ? "" : " (or a syntax error)"}`,
                `quote it: \${${name}('${arg.raw}')}`
              );
            }
            return;
          }
          if ((name === "file" || name === "path") && !ctx.quiet)
            this.checkFileTarget(name, literal, pos(arg.offset + shift));
        });
      }
      checkFileTarget(fn, target, at) {
        if (!this.opts.exists || target.includes("${") || target.startsWith("~") || target.trim() === "") return;
        const full = isAbsolute2(target) ? target : resolvePath(this.opts.baseDir, target);
        if (this.opts.exists(full)) return;
        this.report(
          at,
          "s-yaml/missing-file",
          `${fn}('${target}') points at ${full}, which does not exist`,
          "fix the path: it is relative to the folder of s.yaml"
        );
      }
      checkPath(root, segments, offset, pos, ctx) {
        if (JS_NAMES.has(root)) return;
        const resource = this.resources.get(root);
        const report = (code, message, fix) => {
          if (!ctx.quiet) this.report(pos(offset), code, message, fix);
        };
        const shown = [root, ...segments].join(".");
        if (root === "vars") return this.checkVarPath(segments, report);
        if (root === "this") {
          if (ctx.resource === void 0 && !ctx.inTemplate) {
            report(
              "s-yaml/this-outside-resource",
              `\${${shown}} is outside any ${this.v3 ? "resource" : "service"}: this only means something inside one`,
              `move it into a ${this.v3 ? "resource" : "service"}, or name the resource explicitly (\${resources.<name>.props\u2026})`
            );
          } else if (segments[0] !== void 0 && !THIS_MEMBERS.includes(segments[0])) {
            report(
              "s-yaml/unknown-variable",
              `\${${shown}}: this has no member ${segments[0]}`,
              `use one of this.${THIS_MEMBERS.join(", this.")}`
            );
          }
          return;
        }
        if (this.v3) {
          if (root === "resources" || root === "components") {
            const target = segments[0];
            if (target === void 0) return;
            if (!this.resources.has(target)) {
              if (!this.usesExtend) {
                report(
                  "s-yaml/unknown-resource",
                  `\${${shown}} names resource ${target}, which is not in resources`,
                  `use one of: ${this.names()}`
                );
              }
              return;
            }
            const section = segments[1];
            if (section !== void 0 && !RESOURCE_SECTIONS.includes(section)) {
              report(
                "s-yaml/unknown-variable",
                `\${${shown}}: a resource has no ${section}`,
                `use ${root}.${target}.${RESOURCE_SECTIONS.join(` or ${root}.${target}.`)}`
              );
              return;
            }
            if (root === "resources" && section === "output" && ctx.inProps && ctx.resource !== void 0) {
              this.addDependency(ctx.resource, this.resources.get(target).index, offset, pos);
            }
            return;
          }
          if (root === "cwd" || root === "credential") return;
          if (root === "env") {
            report(
              "s-yaml/env-dot-syntax",
              `\${${shown}} does not work in 3.0.0 YAML`,
              `write \${env('${segments[0] ?? "NAME"}')}`
            );
            return;
          }
          if (resource) {
            report(
              "s-yaml/unknown-variable",
              `\${${shown}} is the 1.x form: 3.0.0 reaches other resources through resources.`,
              `write \${resources.${shown}}`
            );
            return;
          }
          report(
            "s-yaml/unknown-variable",
            `\${${shown}}: ${root} is not a variable of 3.0.0 YAML`,
            `use vars.*, resources.<name>.*, this.*, env('\u2026'), file('\u2026') or path('\u2026')`
          );
          return;
        }
        if (root === "env" || root === "aliyun-cli") return;
        if (resource) {
          const section = segments[0];
          if (section !== void 0 && section !== "props" && section !== "output") {
            report(
              "s-yaml/unknown-variable",
              `\${${shown}}: a service has no ${section}`,
              `use ${root}.props\u2026 or ${root}.output\u2026`
            );
          } else if (section === "output" && ctx.inProps && ctx.resource !== void 0) {
            this.addDependency(ctx.resource, resource.index, offset, pos);
          }
          return;
        }
        if (segments[0] === "output" || segments[0] === "props") {
          report(
            "s-yaml/unknown-resource",
            `\${${shown}} names service ${root}, which is not in services`,
            `use one of: ${this.names()}`
          );
          return;
        }
        report(
          "s-yaml/unknown-variable",
          `\${${shown}}: ${root} is not a variable of 1.x YAML`,
          "use vars.*, <service>.props.*, <service>.output.*, this.*, env(\u2026) or file(\u2026)"
        );
      }
      checkVarPath(segments, report) {
        if (segments.length === 0 || this.usesExtend) return;
        let node = this.vars;
        let walked = "vars";
        for (const segment of segments) {
          if ((0, import_yaml10.isMap)(node)) {
            if (pairOf(node, "<<")) return;
            const pair = pairOf(node, segment);
            if (!pair) {
              report(
                "s-yaml/undefined-var",
                `\${vars.${segments.join(".")}}: ${walked} has no ${segment}`,
                walked === "vars" && this.vars === void 0 ? `add \`vars:\` with \`${segment}: \u2026\`` : `define ${segment} under ${walked}`
              );
              return;
            }
            node = pair.value;
          } else if ((0, import_yaml10.isSeq)(node) && /^\d+$/.test(segment)) {
            node = node.items[Number(segment)];
          } else if ((node === void 0 || node === null) && walked === "vars") {
            report(
              "s-yaml/undefined-var",
              `\${vars.${segments.join(".")}}: there is no vars section`,
              `add \`vars:\` with \`${segment}: \u2026\``
            );
            return;
          } else {
            return;
          }
          walked = `${walked}.${segment}`;
        }
      }
      names() {
        return this.resourceList.map((r) => r.name).join(", ") || "(none)";
      }
      depOffsets = /* @__PURE__ */ new Map();
      addDependency(from, to, offset, pos) {
        const deps = this.deps[from];
        if (deps.has(to)) return;
        deps.set(to, offset);
        this.depOffsets.set(`${from}>${to}`, { offset, pos });
      }
      // -- actions --
      checkActions(actions, resource) {
        const level = resource ? this.v3 ? "Project" : "Service" : "Global";
        for (const pair of pairsOf(actions)) {
          const key = keyText(pair);
          const keyPos = this.at(pair);
          const magic = key.includes("${");
          const parts = key.split("-");
          const hook = parts[0] ?? "";
          const command = parts[1];
          if (parts.length < 2 || !command) {
            this.report(
              keyPos,
              "s-yaml/action-key",
              `action key ${JSON.stringify(key)} is not <hook>-<command>, so it never runs`,
              "write e.g. `pre-deploy:` or `success-deploy:`"
            );
          } else if (!HOOKS.includes(hook)) {
            this.report(
              keyPos,
              "s-yaml/action-hook",
              `action ${JSON.stringify(key)} uses hook ${JSON.stringify(hook)}, which the engine never runs`,
              "use pre, success, fail or complete"
            );
          } else if (hook === "post" && (this.v3 || !resource)) {
            this.report(
              keyPos,
              "s-yaml/action-post-hook",
              "the action hook 'post-<command>' has been renamed to 'complete-<command>'",
              `rename it to complete-${parts.slice(1).join("-")}`,
              "warning"
            );
          }
          if (!magic && parts.length > 2 && command) {
            this.report(
              keyPos,
              "s-yaml/action-command-dash",
              `the engine splits ${JSON.stringify(key)} at every '-': it runs on \`${command}\`, never on \`${parts.slice(1).join("-")}\``,
              "actions cannot target a command containing a dash; use the command name without one"
            );
          }
          if (!(0, import_yaml10.isSeq)(pair.value)) {
            this.report(
              this.at(pair.value ?? pair),
              "s-yaml/action-not-list",
              `${level} action ${key} is invalid, it must be array`,
              "write each step as a list item: `- run: npm install`"
            );
            continue;
          }
          for (const item of pair.value.items) this.checkActionItem(item, key, resource);
        }
      }
      checkActionItem(item, key, resource) {
        if (!(0, import_yaml10.isMap)(item)) {
          this.report(
            this.at(item),
            "s-yaml/action-item",
            `an item of action ${key} is ${kindOf(item)}, not a mapping`,
            "write `- run: <command>`, `- plugin: <name>` or `- component: <name> <command>`"
          );
          return;
        }
        const kinds = ["run", "plugin", "component"].filter((k) => {
          const v = pairOf(item, k)?.value;
          return v !== void 0 && v !== null && !((0, import_yaml10.isScalar)(v) && (v.value === null || v.value === ""));
        });
        if (kinds.length !== 1) {
          this.report(
            this.at(item),
            "s-yaml/action-item",
            kinds.length === 0 ? `an item of action ${key} has none of run, plugin or component` : `an item of action ${key} has ${kinds.join(" and ")}: the engine only uses ${kinds[0]}`,
            "give each item exactly one of run, plugin or component (split it into several items)"
          );
        }
        const component = pairOf(item, "component");
        if (component && kinds.includes("component")) {
          if (!resource) {
            this.report(
              this.at(component),
              "s-yaml/action-component-global",
              `global action ${key} has a component item, which the engine skips: component actions only run at ${this.v3 ? "resource" : "service"} level`,
              `move it into a ${this.v3 ? "resource" : "service"}'s actions, or use run/plugin`
            );
          } else {
            const words = (stringOf(component.value) ?? "").trim().split(/\s+/).filter(Boolean);
            if (words.length < 2) {
              this.report(
                this.at(component.value ?? component),
                "s-yaml/action-item",
                `component action ${JSON.stringify(stringOf(component.value) ?? "")} has no command`,
                "write `component: <component> <command> [args]`, e.g. `component: fc3 build --use-docker`"
              );
            }
          }
        }
        const args = pairOf(item, "args");
        if (args && args.value !== null && !(0, import_yaml10.isMap)(args.value)) {
          this.report(
            this.at(args.value),
            "s-yaml/action-plugin-args",
            `plugin args must be a mapping, but it is ${kindOf(args.value)}`,
            "write args as `key: value` lines under `args:`"
          );
        }
        const path4 = pairOf(item, "path");
        if (path4 && stringOf(path4.value) === void 0)
          this.typeProblem(path4.value ?? path4, "run path", "a folder path", path4.value);
        for (const p of pairsOf(item)) {
          const k = keyText(p);
          if (ACTION_ITEM_KEYS.includes(k)) continue;
          this.report(
            this.at(p),
            "s-yaml/unknown-key",
            `action item key ${JSON.stringify(k)} is not read by the engine`,
            `use ${ACTION_ITEM_KEYS.join(", ")}`,
            "warning"
          );
        }
      }
      // -- flow --
      checkFlow(flow) {
        if (!(0, import_yaml10.isMap)(flow)) return;
        for (const pair of pairsOf(flow)) {
          const command = keyText(pair);
          if (!(0, import_yaml10.isSeq)(pair.value)) {
            this.report(
              this.at(pair.value ?? pair),
              "s-yaml/flow-shape",
              `flow ${command} data format is invalid.`,
              "write the flow as a list of groups, e.g. `- [a]` then `- [b, c]`"
            );
            continue;
          }
          const group = /* @__PURE__ */ new Map();
          pair.value.items.forEach((g, gi) => {
            if (!(0, import_yaml10.isSeq)(g)) {
              this.report(
                this.at(g),
                "s-yaml/flow-shape",
                `flow ${command} data format is invalid.`,
                "each group is a list of resource names, e.g. `- [a, b]`"
              );
              return;
            }
            for (const item of g.items) {
              const name = stringOf(item);
              const resource = name === void 0 ? void 0 : this.resources.get(name);
              if (!resource) {
                this.report(
                  this.at(item),
                  "s-yaml/flow-unknown-resource",
                  `Resource ${name ?? kindOf(item)} is not found. Please check the content of flow.`,
                  `list only resources: ${this.names()}`
                );
                continue;
              }
              group.set(resource.index, { index: gi, node: item });
            }
          });
          for (const [index, place] of group) {
            for (const dep of this.deps[index].keys()) {
              const before = group.get(dep);
              const a = this.resourceList[index].name;
              const b = this.resourceList[dep].name;
              if (!before) {
                this.report(
                  this.at(place.node),
                  "s-yaml/flow-missing-dependency",
                  `flow ${command} runs ${a}, which uses the output of ${b}, but ${b} is not in the flow`,
                  `add ${b} to an earlier group of flow ${command}`,
                  "warning"
                );
              } else if (before.index >= place.index && dep !== index) {
                this.report(
                  this.at(place.node),
                  "s-yaml/flow-order",
                  `flow is invalid, ${b} must be executed before ${a}`,
                  `move ${b} to a group before the one holding ${a}`
                );
              }
            }
          }
        }
      }
      // -- dependencies --
      /** Reports each strongly connected component with a cycle once, with one cycle's path. */
      checkCycles() {
        const n = this.resourceList.length;
        const order = this.tarjan(n);
        for (const component of order) {
          const members = new Set(component);
          const single = component.length === 1 ? component[0] : void 0;
          if (single !== void 0 && !this.deps[single].has(single)) continue;
          const start = Math.min(...component);
          const path4 = this.cycleThrough(start, members);
          const names = [...path4, start].map((i) => this.resourceList[i].name);
          const next = path4[1] ?? start;
          const where = this.depOffsets.get(`${start}>${next}`);
          this.report(
            where ? where.pos(where.offset) : this.resourceList[start].keyPos,
            "s-yaml/dependency-cycle",
            `dependency cycle: ${names.join(" \u2192 ")}; the engine cannot order these and puts them last, in file order`,
            "break the cycle: one of these resources must not use the output of the next"
          );
        }
      }
      /** Strongly connected components (iterative Tarjan, linear in resources + references). */
      tarjan(n) {
        const index = new Int32Array(n).fill(-1);
        const low = new Int32Array(n);
        const onStack = new Uint8Array(n);
        const stack = [];
        const result = [];
        const adjacency = this.deps.map((d) => [...d.keys()]);
        let counter = 0;
        for (let root = 0; root < n; root++) {
          if (index[root] !== -1) continue;
          const work = [[root, 0]];
          index[root] = low[root] = counter++;
          stack.push(root);
          onStack[root] = 1;
          while (work.length > 0) {
            const frame = work[work.length - 1];
            const [v, next] = frame;
            const edges = adjacency[v];
            if (next < edges.length) {
              frame[1]++;
              const w = edges[next];
              if (index[w] === -1) {
                index[w] = low[w] = counter++;
                stack.push(w);
                onStack[w] = 1;
                work.push([w, 0]);
              } else if (onStack[w]) {
                low[v] = Math.min(low[v], index[w]);
              }
              continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low[parent[0]] = Math.min(low[parent[0]], low[v]);
            if (low[v] === index[v]) {
              const component = [];
              let w;
              do {
                w = stack.pop();
                onStack[w] = 0;
                component.push(w);
              } while (w !== v);
              result.push(component);
            }
          }
        }
        return result;
      }
      /** The shortest cycle from `start` back to itself inside `members` (breadth-first). */
      cycleThrough(start, members) {
        if (this.deps[start].has(start)) return [start];
        const parent = /* @__PURE__ */ new Map([[start, -1]]);
        const queue = [start];
        for (let head = 0; head < queue.length; head++) {
          const v = queue[head];
          for (const w of this.deps[v].keys()) {
            if (!members.has(w)) continue;
            if (w === start) {
              const path4 = [];
              for (let u = v; u !== -1; u = parent.get(u)) path4.push(u);
              return path4.reverse();
            }
            if (!parent.has(w)) {
              parent.set(w, v);
              queue.push(w);
            }
          }
        }
        return [start];
      }
      /**
       * The engine's order: repeatedly the first resource in file order whose dependencies are all
       * placed; what never becomes ready (cycles and what depends on them) goes last, in file order.
       * A min-heap of ready resources gives the same order in O((n + e) log n) instead of the engine's
       * rescans.
       */
      deployOrder() {
        const n = this.resourceList.length;
        const waiting = new Int32Array(n);
        const dependents = Array.from({ length: n }, () => []);
        this.deps.forEach((d, i) => {
          waiting[i] = d.size;
          for (const to of d.keys()) dependents[to].push(i);
        });
        const heap = new MinHeap();
        for (let i = 0; i < n; i++) if (waiting[i] === 0) heap.push(i);
        const placed = new Uint8Array(n);
        const order = [];
        while (heap.size > 0) {
          const i = heap.pop();
          placed[i] = 1;
          order.push(this.resourceList[i].name);
          for (const d of dependents[i]) if (--waiting[d] === 0) heap.push(d);
        }
        for (let i = 0; i < n; i++) if (!placed[i]) order.push(this.resourceList[i].name);
        return order;
      }
    };
    MinHeap = class {
      items = [];
      get size() {
        return this.items.length;
      }
      push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
          const p = i - 1 >> 1;
          if (a[p] <= value) break;
          a[i] = a[p];
          i = p;
        }
        a[i] = value;
      }
      pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
          let i = 0;
          for (; ; ) {
            const l = 2 * i + 1;
            if (l >= a.length) break;
            const r = l + 1;
            const c = r < a.length && a[r] < a[l] ? r : l;
            if (a[c] >= last) break;
            a[i] = a[c];
            i = c;
          }
          a[i] = last;
        }
        return top;
      }
    };
  }
});

// src/serverless/validate.ts
var validate_exports = {};
__export(validate_exports, {
  SERVERLESS_RULES: () => SERVERLESS_RULES,
  displayPath: () => displayPath,
  validateSYamlFile: () => validateSYamlFile,
  validateServerlessPackage: () => validateServerlessPackage
});
import { existsSync } from "node:fs";
import { readdir as readdir4, readFile as readFile7, stat as stat4 } from "node:fs/promises";
import { dirname as dirname4, join as join7, resolve as resolve6 } from "node:path";
async function validateServerlessPackage(dir) {
  const root = resolve6(dir);
  const problems = [];
  const report = (file, at, code, message, fix, severity = "error") => problems.push({ file: displayPath(file), ...at, severity, code, message, fix });
  const entries = await readdir4(root).catch(() => []);
  const find = (name) => entries.find((e) => e.toLowerCase() === name);
  if (!await isDir(join7(root, "src"))) {
    report(
      root,
      WHOLE,
      "serverless/missing-src",
      "the package has no src/ folder",
      "put the package content (for a Project: s.yaml and code) under src/"
    );
  }
  const readme = find("readme.md");
  if (!readme || !await isFile(join7(root, readme))) {
    report(
      root,
      WHOLE,
      "serverless/missing-readme",
      "the package has no readme.md (the registry page shows it)",
      "add readme.md describing the package"
    );
  }
  if (!find("version.md")) {
    report(
      root,
      WHOLE,
      "serverless/missing-version-md",
      "the package has no version.md (the release notes the registry shows)",
      "add version.md with what changed in this version",
      "warning"
    );
  }
  const publishName = ["publish.yaml", "publish.yml"].find((n) => entries.includes(n));
  let type;
  let parameterNames;
  if (!publishName) {
    report(
      root,
      WHOLE,
      "serverless/missing-publish-yaml",
      "the package has no publish.yaml",
      "add publish.yaml starting with `Edition: 3.0.0`"
    );
  } else {
    const file = join7(root, publishName);
    const inspected = inspectPublishYaml(await readFile7(file, "utf8"), displayPath(file));
    problems.push(...inspected.problems);
    type = inspected.summary.type === "Application" ? "Project" : inspected.summary.type;
    parameterNames = inspected.summary.parameterNames;
  }
  if (type === "Component" || type === "Plugin") await checkPackageJson(root, type, report);
  let deployOrder = [];
  if (type === "Project") {
    const sYaml = await checkProject(root, parameterNames, report);
    problems.push(...sYaml.problems);
    deployOrder = sYaml.deployOrder;
  }
  return { problems, deployOrder };
}
async function checkPackageJson(root, type, report) {
  const file = join7(root, "package.json");
  if (!await isFile(file)) {
    report(
      root,
      WHOLE,
      "serverless/missing-package-json",
      `a ${type} needs package.json (its main is what the engine loads)`,
      'add package.json with `"main": "./dist/index.js"`'
    );
    return;
  }
  let manifest;
  try {
    manifest = JSON.parse(await readFile7(file, "utf8"));
  } catch (error) {
    report(
      file,
      WHOLE,
      "serverless/package-main",
      `package.json is not valid JSON: ${error.message}`,
      "fix the JSON syntax"
    );
    return;
  }
  const main2 = manifest?.main;
  if (typeof main2 !== "string" || main2.trim() === "") {
    report(
      file,
      WHOLE,
      "serverless/package-main",
      `package.json has no main: the engine cannot load this ${type}`,
      'add `"main": "./dist/index.js"` (the built entry file)'
    );
    return;
  }
  const target = resolve6(root, main2);
  const candidates = [target, `${target}.js`, `${target}.json`, join7(target, "index.js")];
  for (const candidate of candidates) if (await isFile(candidate)) return;
  report(
    file,
    WHOLE,
    "serverless/package-main",
    `package.json main ${JSON.stringify(main2)} does not exist`,
    "build the package before validating (e.g. `npm run build`), or point main at the entry file"
  );
}
async function checkProject(root, parameterNames, report) {
  const src = join7(root, "src");
  const sName = ["s.yaml", "s.yml"].find((n) => existsSync(join7(src, n)));
  if (!sName) {
    report(
      root,
      WHOLE,
      "serverless/missing-s-yaml",
      "a Project needs src/s.yaml (or src/s.yml)",
      "add src/s.yaml with `edition: 3.0.0` and `resources:`"
    );
    return { problems: [], deployOrder: [] };
  }
  const sFile = join7(src, sName);
  const text2 = await readFile7(sFile, "utf8");
  const result = checkSYaml(text2, displayPath(sFile), { baseDir: src, exists: existsSync, template: true });
  const masked = maskTemplate(text2);
  const { doc } = parseYaml(masked.text, { uniqueKeys: false });
  const edition = pairOf(doc.contents, "edition")?.value;
  const resourcesPair = pairOf(doc.contents, "resources");
  if (!(0, import_yaml11.isScalar)(edition) || String(edition.value) !== "3.0.0" || !resourcesPair) {
    report(
      sFile,
      { line: 1, column: 1 },
      "serverless/project-s-yaml",
      "Invalid s.yaml, no resources: the registry takes a Project only with an edition 3.0.0 s.yaml holding resources",
      "move src/s.yaml to `edition: 3.0.0` with `resources:`"
    );
  }
  const resources = new Set(pairsOf(resourcesPair?.value).map(keyText));
  const build = await readAuxiliary(join7(src, "build"), "build", report);
  const variable = await readAuxiliary(join7(src, "variable"), "variable", report);
  if (resourcesPair) {
    if (build)
      checkResourceKeys(
        build,
        build.doc.contents,
        resources,
        "serverless/build-yaml-resource",
        "build.yaml",
        report
      );
    if (variable) {
      const services = pairOf(variable.doc.contents, "services")?.value;
      checkResourceKeys(
        variable,
        services,
        resources,
        "serverless/variable-yaml-resource",
        "variable.yaml services",
        report
      );
    }
  }
  if (parameterNames && !existsSync(join7(root, "hook"))) {
    const declared = /* @__PURE__ */ new Set([...parameterNames, "access", "appName"]);
    if (variable) {
      for (const service of pairsOf(pairOf(variable.doc.contents, "services")?.value)) {
        for (const p of pairsOf(service.value)) declared.add(keyText(p));
      }
      for (const p of pairsOf(pairOf(variable.doc.contents, "shared")?.value)) declared.add(keyText(p));
    }
    const lineStarts = lineStartsOf(text2);
    for (const { name, offset } of masked.params) {
      if (declared.has(name)) continue;
      report(
        sFile,
        positionIn(lineStarts, offset),
        "serverless/template-parameter",
        `{{ ${name} }} is not declared in publish.yaml Parameters.properties, so \`s init\` never asks for it and renders it empty`,
        `declare ${name} under Parameters.properties in publish.yaml, or remove the placeholder`,
        "warning"
      );
    }
  }
  return result;
}
async function readAuxiliary(base, label, report) {
  const file = [`${base}.yaml`, `${base}.yml`].find((f) => existsSync(f));
  if (!file) return void 0;
  const { doc, lineCounter, errors } = parseYaml(await readFile7(file, "utf8"));
  for (const e of errors) {
    report(
      file,
      e.at,
      "serverless/yaml-syntax",
      `${label}.yaml format error: ${e.message}`,
      "fix the YAML syntax",
      e.severity
    );
  }
  return errors.some((e) => e.severity === "error") ? void 0 : { file, doc, lineCounter };
}
function checkResourceKeys(aux, node, resources, code, label, report) {
  const names = [...resources].join(", ") || "(none)";
  for (const pair of pairsOf(node)) {
    const key = keyText(pair);
    if (resources.has(key)) continue;
    report(
      aux.file,
      positionOf(pair, aux.lineCounter),
      code,
      `${label}: ${key} is not a resource of src/s.yaml (${names})`,
      "rename it to one of the resources of src/s.yaml, or remove it"
    );
  }
}
function lineStartsOf(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) if (text2[i] === "\n") starts.push(i + 1);
  return starts;
}
function positionIn(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
async function validateSYamlFile(path4) {
  const file = resolve6(path4);
  let text2;
  try {
    text2 = await readFile7(file, "utf8");
  } catch (error) {
    return {
      problems: [
        {
          file: displayPath(file),
          line: 0,
          column: 0,
          severity: "error",
          code: "s-yaml/file-not-found",
          message: `cannot read ${displayPath(file)}: ${error.code ?? error.message}`,
          fix: "point at an existing s.yaml"
        }
      ],
      deployOrder: []
    };
  }
  return checkSYaml(text2, displayPath(file), { baseDir: dirname4(file), exists: existsSync });
}
var import_yaml11, SERVERLESS_RULES, isFile, isDir, WHOLE;
var init_validate = __esm({
  "src/serverless/validate.ts"() {
    "use strict";
    import_yaml11 = __toESM(require_dist(), 1);
    init_component();
    init_yaml_positions();
    init_publish_yaml();
    init_s_yaml();
    SERVERLESS_RULES = {
      "serverless/yaml-syntax": "publish.yaml, src/build.yaml and src/variable.yaml must be valid YAML mappings",
      "serverless/publish-required": "publish.yaml has every key the registry requires",
      "serverless/publish-edition": "publish.yaml Edition is 3.0.0",
      "serverless/publish-edition-v2": "Edition 1.0.0/2.0.0 packages belong to the V2 tool `s cli registry publish`",
      "serverless/publish-type": "Type is Component, Plugin or Project",
      "serverless/publish-name": "Name is a non-empty string without '/', '@' or whitespace",
      "serverless/publish-provider": "Provider is a list of clouds the registry knows",
      "serverless/publish-version": "Version is x.y.z, or dev / dev.x.y",
      "serverless/publish-field-type": "publish.yaml values have the types the schema requires",
      "serverless/publish-category": "Category is one of the registry's categories",
      "serverless/publish-effective": "Effective is Public, Private or Organization",
      "serverless/publish-commands": "a Component lists its Commands",
      "serverless/publish-unknown-key": "publish.yaml keys outside the schema are ignored",
      "serverless/missing-src": "every package has a src/ folder",
      "serverless/missing-publish-yaml": "every package has publish.yaml",
      "serverless/missing-readme": "every package has readme.md",
      "serverless/missing-version-md": "version.md (the release notes the registry shows) is recommended",
      "serverless/missing-package-json": "a Component or Plugin has package.json",
      "serverless/package-main": "package.json's main names an existing file",
      "serverless/missing-s-yaml": "a Project has src/s.yaml",
      "serverless/project-s-yaml": "a Project's src/s.yaml is edition 3.0.0 with resources",
      "serverless/build-yaml-resource": "src/build.yaml keys are resources of src/s.yaml",
      "serverless/variable-yaml-resource": "src/variable.yaml services keys are resources of src/s.yaml",
      "serverless/template-parameter": "{{ name }} placeholders in src/s.yaml are declared in publish.yaml Parameters"
    };
    isFile = async (path4) => (await stat4(path4).catch(() => void 0))?.isFile() ?? false;
    isDir = async (path4) => (await stat4(path4).catch(() => void 0))?.isDirectory() ?? false;
    WHOLE = { line: 0, column: 0 };
  }
});

// node_modules/buffer-crc32/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/buffer-crc32/dist/index.cjs"(exports, module) {
    "use strict";
    function getDefaultExportFromCjs(x) {
      return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
    }
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function ensureBuffer(input) {
      if (Buffer.isBuffer(input)) {
        return input;
      }
      if (typeof input === "number") {
        return Buffer.alloc(input);
      } else if (typeof input === "string") {
        return Buffer.from(input);
      } else {
        throw new Error("input must be buffer, number, or string, received " + typeof input);
      }
    }
    function bufferizeInt(num) {
      const tmp = ensureBuffer(4);
      tmp.writeInt32BE(num, 0);
      return tmp;
    }
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf);
      if (Buffer.isBuffer(previous)) {
        previous = previous.readUInt32BE(0);
      }
      let crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++) {
        crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    }
    function crc32() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    crc32.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc32.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    var bufferCrc32 = crc32;
    var index = /* @__PURE__ */ getDefaultExportFromCjs(bufferCrc32);
    module.exports = index;
  }
});

// node_modules/yazl/index.js
var require_yazl = __commonJS({
  "node_modules/yazl/index.js"(exports) {
    var fs = __require("fs");
    var Transform2 = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var zlib = __require("zlib");
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var errorMonitor = __require("events").errorMonitor;
    var crc32 = require_dist2();
    exports.ZipFile = ZipFile2;
    exports.dateToDosDateTime = dateToDosDateTime;
    util.inherits(ZipFile2, EventEmitter);
    function ZipFile2() {
      this.outputStream = new PassThrough();
      this.entries = [];
      this.outputStreamCursor = 0;
      this.ended = false;
      this.allDone = false;
      this.forceZip64Eocd = false;
      this.errored = false;
      this.on(errorMonitor, function() {
        this.errored = true;
      });
    }
    ZipFile2.prototype.addFile = function(realPath, metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, false);
      if (options == null) options = {};
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      self.entries.push(entry);
      fs.stat(realPath, function(err, stats) {
        if (err) return self.emit("error", err);
        if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
        entry.uncompressedSize = stats.size;
        if (options.mtime == null) entry.setLastModDate(stats.mtime);
        if (options.mode == null) entry.setFileAttributesMode(stats.mode);
        entry.setFileDataPumpFunction(function() {
          var readStream = fs.createReadStream(realPath);
          entry.state = Entry.FILE_DATA_IN_PROGRESS;
          readStream.on("error", function(err2) {
            self.emit("error", err2);
          });
          pumpFileDataReadStream(self, entry, readStream);
        });
        pumpEntries(self);
      });
    };
    ZipFile2.prototype.addReadStream = function(readStream, metadataPath, options) {
      this.addReadStreamLazy(metadataPath, options, function(cb) {
        cb(null, readStream);
      });
    };
    ZipFile2.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
      var self = this;
      if (typeof options === "function") {
        getReadStreamFunction = options;
        options = null;
      }
      if (options == null) options = {};
      metadataPath = validateMetadataPath(metadataPath, false);
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      self.entries.push(entry);
      entry.setFileDataPumpFunction(function() {
        entry.state = Entry.FILE_DATA_IN_PROGRESS;
        getReadStreamFunction(function(err, readStream) {
          if (err) return self.emit("error", err);
          pumpFileDataReadStream(self, entry, readStream);
        });
      });
      pumpEntries(self);
    };
    ZipFile2.prototype.addBuffer = function(buffer, metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, false);
      if (buffer.length > 1073741823) throw new Error("buffer too large: " + buffer.length + " > 1073741823");
      if (options == null) options = {};
      if (options.size != null) throw new Error("options.size not allowed");
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      entry.uncompressedSize = buffer.length;
      entry.crc32 = crc32.unsigned(buffer);
      entry.crcAndFileSizeKnown = true;
      self.entries.push(entry);
      if (entry.compressionLevel === 0) {
        setCompressedBuffer(buffer);
      } else {
        zlib.deflateRaw(buffer, { level: entry.compressionLevel }, function(err, compressedBuffer) {
          setCompressedBuffer(compressedBuffer);
        });
      }
      function setCompressedBuffer(compressedBuffer) {
        entry.compressedSize = compressedBuffer.length;
        entry.setFileDataPumpFunction(function() {
          writeToOutputStream(self, compressedBuffer);
          writeToOutputStream(self, entry.getDataDescriptor());
          entry.state = Entry.FILE_DATA_DONE;
          setImmediate(function() {
            pumpEntries(self);
          });
        });
        pumpEntries(self);
      }
    };
    ZipFile2.prototype.addEmptyDirectory = function(metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, true);
      if (options == null) options = {};
      if (options.size != null) throw new Error("options.size not allowed");
      if (options.compress != null) throw new Error("options.compress not allowed");
      if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, true, options);
      self.entries.push(entry);
      entry.setFileDataPumpFunction(function() {
        writeToOutputStream(self, entry.getDataDescriptor());
        entry.state = Entry.FILE_DATA_DONE;
        pumpEntries(self);
      });
      pumpEntries(self);
    };
    var eocdrSignatureBuffer = bufferFrom([80, 75, 5, 6]);
    ZipFile2.prototype.end = function(options, calculatedTotalSizeCallback) {
      if (typeof options === "function") {
        calculatedTotalSizeCallback = options;
        options = null;
      }
      if (options == null) options = {};
      if (this.ended) return;
      this.ended = true;
      if (this.errored) return;
      this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
      this.forceZip64Eocd = !!options.forceZip64Format;
      if (options.comment) {
        if (typeof options.comment === "string") {
          this.comment = encodeCp437(options.comment);
        } else {
          this.comment = options.comment;
        }
        if (this.comment.length > 65535) throw new Error("comment is too large");
        if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
      } else {
        this.comment = EMPTY_BUFFER;
      }
      pumpEntries(this);
    };
    function writeToOutputStream(self, buffer) {
      self.outputStream.write(buffer);
      self.outputStreamCursor += buffer.length;
    }
    function pumpFileDataReadStream(self, entry, readStream) {
      var crc32Watcher = new Crc32Watcher();
      var uncompressedSizeCounter = new ByteCounter();
      var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({ level: entry.compressionLevel }) : new PassThrough();
      var compressedSizeCounter = new ByteCounter();
      readStream.pipe(crc32Watcher).pipe(uncompressedSizeCounter).pipe(compressor).pipe(compressedSizeCounter).pipe(self.outputStream, { end: false });
      compressedSizeCounter.on("end", function() {
        entry.crc32 = crc32Watcher.crc32;
        if (entry.uncompressedSize == null) {
          entry.uncompressedSize = uncompressedSizeCounter.byteCount;
        } else {
          if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
        }
        entry.compressedSize = compressedSizeCounter.byteCount;
        self.outputStreamCursor += entry.compressedSize;
        writeToOutputStream(self, entry.getDataDescriptor());
        entry.state = Entry.FILE_DATA_DONE;
        pumpEntries(self);
      });
    }
    function determineCompressionLevel(options) {
      if (options.compress != null && options.compressionLevel != null) {
        if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
      }
      if (options.compressionLevel != null) return options.compressionLevel;
      if (options.compress === false) return 0;
      return 6;
    }
    function pumpEntries(self) {
      if (self.allDone || self.errored) return;
      if (self.ended && self.calculatedTotalSizeCallback != null) {
        var calculatedTotalSize = calculateTotalSize(self);
        if (calculatedTotalSize != null) {
          self.calculatedTotalSizeCallback(calculatedTotalSize);
          self.calculatedTotalSizeCallback = null;
        }
      }
      var entry = getFirstNotDoneEntry();
      function getFirstNotDoneEntry() {
        for (var i = 0; i < self.entries.length; i++) {
          var entry2 = self.entries[i];
          if (entry2.state < Entry.FILE_DATA_DONE) return entry2;
        }
        return null;
      }
      if (entry != null) {
        if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return;
        if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return;
        entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
        var localFileHeader = entry.getLocalFileHeader();
        writeToOutputStream(self, localFileHeader);
        entry.doFileDataPump();
      } else {
        if (self.ended) {
          self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
          self.entries.forEach(function(entry2) {
            var centralDirectoryRecord = entry2.getCentralDirectoryRecord();
            writeToOutputStream(self, centralDirectoryRecord);
          });
          writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
          self.outputStream.end();
          self.allDone = true;
        }
      }
    }
    function calculateTotalSize(self) {
      var pretendOutputCursor = 0;
      var centralDirectorySize = 0;
      for (var i = 0; i < self.entries.length; i++) {
        var entry = self.entries[i];
        if (entry.compressionLevel !== 0) return -1;
        if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
          if (entry.uncompressedSize == null) return -1;
        } else {
          if (entry.uncompressedSize == null) return null;
        }
        entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
        var useZip64Format = entry.useZip64Format();
        pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
        pretendOutputCursor += entry.uncompressedSize;
        if (!entry.crcAndFileSizeKnown) {
          if (useZip64Format) {
            pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
          } else {
            pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
          }
        }
        centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
        if (!entry.forceDosTimestamp) {
          centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
        }
        if (useZip64Format) {
          centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
        }
      }
      var endOfCentralDirectorySize = 0;
      if (self.forceZip64Eocd || self.entries.length >= 65535 || centralDirectorySize >= 65535 || pretendOutputCursor >= 4294967295) {
        endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
      }
      endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
      return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
    }
    function shouldIgnoreAdding(self) {
      if (self.ended) throw new Error("cannot add entries after calling end()");
      if (self.errored) return true;
      return false;
    }
    var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
    var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
    var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
    function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
      var needZip64Format = false;
      var normalEntriesLength = self.entries.length;
      if (self.forceZip64Eocd || self.entries.length >= 65535) {
        normalEntriesLength = 65535;
        needZip64Format = true;
      }
      var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
      var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
      if (self.forceZip64Eocd || sizeOfCentralDirectory >= 4294967295) {
        normalSizeOfCentralDirectory = 4294967295;
        needZip64Format = true;
      }
      var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
      if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 4294967295) {
        normalOffsetOfStartOfCentralDirectory = 4294967295;
        needZip64Format = true;
      }
      if (actuallyJustTellMeHowLongItWouldBe) {
        if (needZip64Format) {
          return ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE + END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
        } else {
          return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
        }
      }
      var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
      eocdrBuffer.writeUInt32LE(101010256, 0);
      eocdrBuffer.writeUInt16LE(0, 4);
      eocdrBuffer.writeUInt16LE(0, 6);
      eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
      eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
      eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
      eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
      eocdrBuffer.writeUInt16LE(self.comment.length, 20);
      self.comment.copy(eocdrBuffer, 22);
      if (!needZip64Format) return eocdrBuffer;
      var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
      zip64EocdrBuffer.writeUInt32LE(101075792, 0);
      writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
      zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
      zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
      zip64EocdrBuffer.writeUInt32LE(0, 16);
      zip64EocdrBuffer.writeUInt32LE(0, 20);
      writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
      writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
      writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
      writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
      var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
      zip64EocdlBuffer.writeUInt32LE(117853008, 0);
      zip64EocdlBuffer.writeUInt32LE(0, 4);
      writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
      zip64EocdlBuffer.writeUInt32LE(1, 16);
      return Buffer.concat([
        zip64EocdrBuffer,
        zip64EocdlBuffer,
        eocdrBuffer
      ]);
    }
    function validateMetadataPath(metadataPath, isDirectory) {
      if (metadataPath === "") throw new Error("empty metadataPath");
      metadataPath = metadataPath.replace(/\\/g, "/");
      if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
      if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
      var looksLikeDirectory = /\/$/.test(metadataPath);
      if (isDirectory) {
        if (!looksLikeDirectory) metadataPath += "/";
      } else {
        if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
      }
      return metadataPath;
    }
    var EMPTY_BUFFER = bufferAlloc(0);
    function Entry(metadataPath, isDirectory, options) {
      this.utf8FileName = bufferFrom(metadataPath);
      if (this.utf8FileName.length > 65535) throw new Error("utf8 file name too long. " + utf8FileName.length + " > 65535");
      this.isDirectory = isDirectory;
      this.state = Entry.WAITING_FOR_METADATA;
      this.setLastModDate(options.mtime != null ? options.mtime : /* @__PURE__ */ new Date());
      this.forceDosTimestamp = !!options.forceDosTimestamp;
      if (options.mode != null) {
        this.setFileAttributesMode(options.mode);
      } else {
        this.setFileAttributesMode(isDirectory ? 16893 : 33204);
      }
      if (isDirectory) {
        this.crcAndFileSizeKnown = true;
        this.crc32 = 0;
        this.uncompressedSize = 0;
        this.compressedSize = 0;
      } else {
        this.crcAndFileSizeKnown = false;
        this.crc32 = null;
        this.uncompressedSize = null;
        this.compressedSize = null;
        if (options.size != null) this.uncompressedSize = options.size;
      }
      if (isDirectory) {
        this.compressionLevel = 0;
      } else {
        this.compressionLevel = determineCompressionLevel(options);
      }
      this.forceZip64Format = !!options.forceZip64Format;
      if (options.fileComment) {
        if (typeof options.fileComment === "string") {
          this.fileComment = bufferFrom(options.fileComment, "utf-8");
        } else {
          this.fileComment = options.fileComment;
        }
        if (this.fileComment.length > 65535) throw new Error("fileComment is too large");
      } else {
        this.fileComment = EMPTY_BUFFER;
      }
    }
    Entry.WAITING_FOR_METADATA = 0;
    Entry.READY_TO_PUMP_FILE_DATA = 1;
    Entry.FILE_DATA_IN_PROGRESS = 2;
    Entry.FILE_DATA_DONE = 3;
    Entry.prototype.setLastModDate = function(date) {
      this.mtime = date;
      var dosDateTime = dateToDosDateTime(date);
      this.lastModFileTime = dosDateTime.time;
      this.lastModFileDate = dosDateTime.date;
    };
    Entry.prototype.setFileAttributesMode = function(mode) {
      if ((mode & 65535) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= 65535");
      this.externalFileAttributes = mode << 16 >>> 0;
    };
    Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
      this.doFileDataPump = doFileDataPump;
      this.state = Entry.READY_TO_PUMP_FILE_DATA;
    };
    Entry.prototype.useZip64Format = function() {
      return this.forceZip64Format || this.uncompressedSize != null && this.uncompressedSize > 4294967294 || this.compressedSize != null && this.compressedSize > 4294967294 || this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 4294967294;
    };
    var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
    var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
    var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
    var VERSION_MADE_BY = 3 << 8 | 63;
    var FILE_NAME_IS_UTF8 = 1 << 11;
    var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
    Entry.prototype.getLocalFileHeader = function() {
      var crc322 = 0;
      var compressedSize = 0;
      var uncompressedSize = 0;
      if (this.crcAndFileSizeKnown) {
        crc322 = this.crc32;
        compressedSize = this.compressedSize;
        uncompressedSize = this.uncompressedSize;
      }
      var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
      var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;
      fixedSizeStuff.writeUInt32LE(67324752, 0);
      fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
      fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
      fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
      fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
      fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
      fixedSizeStuff.writeUInt32LE(crc322, 14);
      fixedSizeStuff.writeUInt32LE(compressedSize, 18);
      fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
      fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
      fixedSizeStuff.writeUInt16LE(0, 28);
      return Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName
        // extra field (variable size)
        // no extra fields
      ]);
    };
    var DATA_DESCRIPTOR_SIZE = 16;
    var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
    Entry.prototype.getDataDescriptor = function() {
      if (this.crcAndFileSizeKnown) {
        return EMPTY_BUFFER;
      }
      if (!this.useZip64Format()) {
        var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
        buffer.writeUInt32LE(134695760, 0);
        buffer.writeUInt32LE(this.crc32, 4);
        buffer.writeUInt32LE(this.compressedSize, 8);
        buffer.writeUInt32LE(this.uncompressedSize, 12);
        return buffer;
      } else {
        var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
        buffer.writeUInt32LE(134695760, 0);
        buffer.writeUInt32LE(this.crc32, 4);
        writeUInt64LE(buffer, this.compressedSize, 8);
        writeUInt64LE(buffer, this.uncompressedSize, 16);
        return buffer;
      }
    };
    var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
    var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
    var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
    Entry.prototype.getCentralDirectoryRecord = function() {
      var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
      var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;
      var izutefBuffer = EMPTY_BUFFER;
      if (!this.forceDosTimestamp) {
        izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
        izutefBuffer.writeUInt16LE(21589, 0);
        izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
        var EB_UT_FL_MTIME = 1 << 0;
        var EB_UT_FL_ATIME = 1 << 1;
        izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
        var timestamp = Math.floor(this.mtime.getTime() / 1e3);
        if (timestamp < -2147483648) timestamp = -2147483648;
        if (timestamp > 2147483647) timestamp = 2147483647;
        izutefBuffer.writeUInt32LE(timestamp, 5);
      }
      var normalCompressedSize = this.compressedSize;
      var normalUncompressedSize = this.uncompressedSize;
      var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
      var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
      var zeiefBuffer = EMPTY_BUFFER;
      if (this.useZip64Format()) {
        normalCompressedSize = 4294967295;
        normalUncompressedSize = 4294967295;
        normalRelativeOffsetOfLocalHeader = 4294967295;
        versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;
        zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
        zeiefBuffer.writeUInt16LE(1, 0);
        zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
        writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
        writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
        writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
      }
      fixedSizeStuff.writeUInt32LE(33639248, 0);
      fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
      fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
      fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
      fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
      fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
      fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
      fixedSizeStuff.writeUInt32LE(this.crc32, 16);
      fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
      fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
      fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
      fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
      fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
      fixedSizeStuff.writeUInt16LE(0, 34);
      fixedSizeStuff.writeUInt16LE(0, 36);
      fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
      fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);
      return Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName,
        // extra field (variable size)
        izutefBuffer,
        zeiefBuffer,
        // file comment (variable size)
        this.fileComment
      ]);
    };
    Entry.prototype.getCompressionMethod = function() {
      var NO_COMPRESSION = 0;
      var DEFLATE_COMPRESSION = 8;
      return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
    };
    var minDosDate = new Date(1980, 0, 1);
    var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
    function dateToDosDateTime(jsDate) {
      if (jsDate < minDosDate) jsDate = minDosDate;
      else if (jsDate > maxDosDate) jsDate = maxDosDate;
      var date = 0;
      date |= jsDate.getDate() & 31;
      date |= (jsDate.getMonth() + 1 & 15) << 5;
      date |= (jsDate.getFullYear() - 1980 & 127) << 9;
      var time = 0;
      time |= Math.floor(jsDate.getSeconds() / 2);
      time |= (jsDate.getMinutes() & 63) << 5;
      time |= (jsDate.getHours() & 31) << 11;
      return { date, time };
    }
    function writeUInt64LE(buffer, n, offset) {
      var high = Math.floor(n / 4294967296);
      var low = n % 4294967296;
      buffer.writeUInt32LE(low, offset);
      buffer.writeUInt32LE(high, offset + 4);
    }
    util.inherits(ByteCounter, Transform2);
    function ByteCounter(options) {
      Transform2.call(this, options);
      this.byteCount = 0;
    }
    ByteCounter.prototype._transform = function(chunk, encoding, cb) {
      this.byteCount += chunk.length;
      cb(null, chunk);
    };
    util.inherits(Crc32Watcher, Transform2);
    function Crc32Watcher(options) {
      Transform2.call(this, options);
      this.crc32 = 0;
    }
    Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
      this.crc32 = crc32.unsigned(chunk, this.crc32);
      cb(null, chunk);
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    if (cp437.length !== 256) throw new Error("assertion failure");
    var reverseCp437 = null;
    function encodeCp437(string) {
      if (/^[\x20-\x7e]*$/.test(string)) {
        return bufferFrom(string, "utf-8");
      }
      if (reverseCp437 == null) {
        reverseCp437 = {};
        for (var i = 0; i < cp437.length; i++) {
          reverseCp437[cp437[i]] = i;
        }
      }
      var result = bufferAlloc(string.length);
      for (var i = 0; i < string.length; i++) {
        var b = reverseCp437[string[i]];
        if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
        result[i] = b;
      }
      return result;
    }
    function bufferAlloc(size) {
      bufferAlloc = modern;
      try {
        return bufferAlloc(size);
      } catch (e) {
        bufferAlloc = legacy;
        return bufferAlloc(size);
      }
      function modern(size2) {
        return Buffer.allocUnsafe(size2);
      }
      function legacy(size2) {
        return new Buffer(size2);
      }
    }
    function bufferFrom(something, encoding) {
      bufferFrom = modern;
      try {
        return bufferFrom(something, encoding);
      } catch (e) {
        bufferFrom = legacy;
        return bufferFrom(something, encoding);
      }
      function modern(something2, encoding2) {
        return Buffer.from(something2, encoding2);
      }
      function legacy(something2, encoding2) {
        return new Buffer(something2, encoding2);
      }
    }
    function bufferIncludes(buffer, content) {
      bufferIncludes = modern;
      try {
        return bufferIncludes(buffer, content);
      } catch (e) {
        bufferIncludes = legacy;
        return bufferIncludes(buffer, content);
      }
      function modern(buffer2, content2) {
        return buffer2.includes(content2);
      }
      function legacy(buffer2, content2) {
        for (var i = 0; i <= buffer2.length - content2.length; i++) {
          for (var j = 0; ; j++) {
            if (j === content2.length) return true;
            if (buffer2[i + j] !== content2[j]) break;
          }
        }
        return false;
      }
    }
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  artifactUri: () => artifactUri,
  toSarif: () => toSarif
});
import { isAbsolute as isAbsolute3 } from "node:path";
import { pathToFileURL } from "node:url";
function toSarif(problems, tool) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const results = problems.map((p) => {
    let index = ruleIndex.get(p.code);
    if (index === void 0) {
      index = rules.length;
      ruleIndex.set(p.code, index);
      const description = tool.ruleDescriptions?.[p.code];
      rules.push({
        id: p.code,
        ...description ? { shortDescription: { text: description } } : {},
        defaultConfiguration: { level: LEVELS[p.severity] }
      });
    }
    const region = p.line >= 1 ? { startLine: p.line, ...p.column >= 1 ? { startColumn: p.column } : {} } : void 0;
    return {
      ruleId: p.code,
      ruleIndex: index,
      level: LEVELS[p.severity],
      message: {
        text: p.fix ? `${p.message}${/[.!?]$/.test(p.message) ? "" : "."} Fix: ${p.fix}` : p.message
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: artifactUri(p.file) }, ...region ? { region } : {} }
        }
      ]
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function artifactUri(file) {
  if (isAbsolute3(file) || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
var SARIF_SCHEMA, LEVELS;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    LEVELS = { error: "error", warning: "warning", notice: "note" };
  }
});

// src/cli/main.ts
import { mkdtemp, rm as rm4 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join9, resolve as resolve8 } from "node:path";
import { parseArgs } from "node:util";

// src/errors.ts
var PublishError = class extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
  }
  code;
  hint;
  name = "PublishError";
};
var InvalidInputError = class extends PublishError {
  constructor(problems) {
    const errors = problems.filter((p) => p.severity === "error");
    super("invalid-input", `${errors.length} problem(s) in the input; nothing was written`);
    this.problems = problems;
  }
  problems;
};
var UsageError = class extends Error {
  name = "UsageError";
};
function describeError(error) {
  if (error instanceof PublishError) {
    return error.hint ? `${error.message}
  fix: ${error.hint}` : error.message;
  }
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

// src/list.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import { execFile } from "node:child_process";
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { dirname, join as join2, posix, resolve } from "node:path";
import { promisify } from "node:util";
init_component();
init_naming();
var run = promisify(execFile);
var PUBLISH_YAML = "publish.yaml";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function listComponents(root, options = {}) {
  const base = resolve(root);
  const ignored = await rootIgnore(base);
  const found = [];
  await walk(base, "", ignored, found);
  found.sort((a, b) => compare(a.path, b.path) || compare(a.kind, b.kind));
  if (options.changedSince === void 0) return found;
  const changed = changedFolders(
    await changedFiles(base, options.changedSince),
    new Set(found.map((c) => c.path))
  );
  return found.filter((c) => changed.has(c.path));
}
async function rootIgnore(base) {
  const rules = (0, import_ignore.default)();
  try {
    rules.add(await readFile2(join2(base, ".gitignore"), "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  return rules;
}
async function walk(base, rel, ignored, found) {
  const entries = await readdir(join2(base, rel), { withFileTypes: true });
  const path4 = rel === "" ? "." : rel;
  const files = new Set(
    entries.filter((e) => e.isFile() && !ignored.ignores(posix.join(rel, e.name))).map((e) => e.name)
  );
  if (files.has(MANIFEST)) found.push(await readSlipway(base, path4));
  if (files.has(PUBLISH_YAML)) found.push(await readServerless(base, path4));
  for (const entry of entries) {
    if (!entry.isDirectory() || SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const child = posix.join(rel, entry.name);
    if (ignored.ignores(`${child}/`)) continue;
    await walk(base, child, ignored, found);
  }
}
async function readSlipway(base, path4) {
  const source = await readFile2(join2(base, path4, MANIFEST), "utf8");
  const fields = asRecord(safely(() => JSON.parse(stripBom(source))));
  const publisher = text(fields.publisher);
  const name = text(fields.name);
  return {
    path: path4,
    kind: "slipway",
    name: publisher && name ? `${publisher}.${name}` : "",
    version: text(fields.version)
  };
}
async function readServerless(base, path4) {
  const source = await readFile2(join2(base, path4, PUBLISH_YAML), "utf8");
  const fields = asRecord(safely(() => (0, import_yaml2.parse)(source, { schema: "failsafe" })));
  return { path: path4, kind: "serverless", name: text(fields.Name), version: text(fields.Version) };
}
async function changedFiles(base, ref) {
  try {
    const { stdout } = await run(
      "git",
      ["diff", "--name-only", "--no-renames", "--relative", "-z", `${ref}...HEAD`, "--"],
      { cwd: base, maxBuffer: 64 * 1024 * 1024 }
    );
    return stdout.split("\0").filter((f) => f !== "");
  } catch (error) {
    const stderr = String(error.stderr ?? error.message).trim();
    throw new PublishError(
      "changed-since",
      `cannot list the files changed since "${ref}": ${stderr.split("\n")[0]}`,
      "the ref and HEAD need a common history in the clone: check out with fetch-depth: 0 (actions/checkout), or fetch the base branch first"
    );
  }
}
function changedFolders(files, folders) {
  const changed = /* @__PURE__ */ new Set();
  for (const file of files) {
    let dir = posix.dirname(file);
    while (!folders.has(dir) && dir !== ".") dir = posix.dirname(dir);
    if (folders.has(dir)) changed.add(dir);
  }
  return changed;
}
async function repositoryComponents(dir) {
  const root = await gitTopLevel(dir).catch(() => dirname(resolve(dir)));
  const names = (await listComponents(root)).filter((c) => c.kind === "slipway" && c.name !== "");
  return new Set(names.map((c) => c.name));
}
function parseSiblings(value) {
  const text2 = value?.trim() ?? "";
  if (text2 === "") return void 0;
  if (text2 === "none") return /* @__PURE__ */ new Set();
  const names = text2.split(/[\s,]+/).filter((n) => n !== "");
  const bad = names.filter((n) => !/^\w+\.\w+$/.test(n));
  if (bad.length > 0)
    throw new PublishError(
      "bad-input",
      `siblings: ${bad.map((b) => `"${b}"`).join(", ")} is not publisher.name`,
      "list the components released with this one as publisher.name (e.g. acme.charts__svg), or write none"
    );
  return new Set(names);
}
async function gitTopLevel(dir) {
  const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd: dir });
  return stdout.trim();
}
function stampSiblingVersions(manifestText, version, siblings) {
  const bom = manifestText.charCodeAt(0) === 65279 ? 1 : 0;
  const body = manifestText.slice(bom);
  JSON.parse(body);
  const root = (0, import_yaml2.parseDocument)(body).contents;
  const rigging = (0, import_yaml2.isMap)(root) ? root.get("rigging", true) : void 0;
  if (!(0, import_yaml2.isMap)(rigging)) return { text: manifestText, stamped: [] };
  const edits = [];
  for (const pair of rigging.items) {
    const step = pair.value;
    const component = (0, import_yaml2.isMap)(step) ? step.get("component", true) : void 0;
    if (!(0, import_yaml2.isScalar)(component) || typeof component.value !== "string" || !component.range) continue;
    const ref = COMPONENT_REFERENCE.exec(component.value)?.groups;
    if (!ref || !siblings.has(`${ref.publisher}.${ref.name}`) || ref.version === version) continue;
    const stamped = `${ref.publisher}.${ref.name}.${version}`;
    edits.push({
      range: [component.range[0], component.range[1]],
      text: JSON.stringify(stamped),
      note: `${String((0, import_yaml2.isScalar)(pair.key) ? pair.key.value : pair.key)}: ${component.value} \u2192 ${stamped}`
    });
  }
  let out = body;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
  }
  return { text: manifestText.slice(0, bom) + out, stamped: edits.map((e) => e.note) };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function stripBom(s) {
  return s.charCodeAt(0) === 65279 ? s.slice(1) : s;
}
function safely(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function text(value) {
  return typeof value === "string" ? value : "";
}

// src/slipway/inspect.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join3, resolve as resolve2 } from "node:path";

// src/github/repository.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";
var run2 = promisify2(execFile2);
function parseFullName(value) {
  const match = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(value.trim());
  return match ? { owner: match[1], name: match[2].replace(/\.git$/, "") } : void 0;
}
function parseRemote(url) {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)(?::\d+)?[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
    url.trim()
  );
  return match ? { host: match[1], owner: match[2], name: match[3] } : void 0;
}
async function detectRepository(dir, input, env = process.env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const named = (value, source) => {
    const parsed = parseFullName(value);
    if (!parsed) throw new Error(`"${value}" is not a repository name; write it as OWNER/NAME`);
    return {
      fullName: `${parsed.owner}/${parsed.name}`,
      ...parsed,
      webUrl: `${server}/${parsed.owner}/${parsed.name}`,
      source
    };
  };
  if (input?.trim()) return named(input, "input");
  if (env.GITHUB_REPOSITORY?.trim()) return named(env.GITHUB_REPOSITORY, "env");
  try {
    const { stdout } = await run2("git", ["-C", dir, "remote", "get-url", "origin"], { timeout: 1e4 });
    const remote = parseRemote(stdout);
    if (!remote) return void 0;
    return {
      fullName: `${remote.owner}/${remote.name}`,
      owner: remote.owner,
      name: remote.name,
      webUrl: `https://${remote.host}/${remote.owner}/${remote.name}`,
      source: "git"
    };
  } catch {
    return void 0;
  }
}

// src/slipway/inspect.ts
init_version();
init_component();
init_naming();
async function inspectComponent(dir, options = {}) {
  const root = resolve2(dir);
  const path4 = join3(root, MANIFEST);
  const file = displayPath(path4);
  let text2;
  try {
    text2 = await readFile3(path4, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    throw new PublishError(
      "no-manifest",
      `${file} does not exist`,
      `point the command at a component folder (one holding ${MANIFEST})`
    );
  }
  const check = checkManifest(text2, file);
  const problems = [...check.problems];
  if (!check.manifest || !check.source) return { problems };
  const manifest = check.manifest;
  problems.push(...await checkRunner(root, manifest, file));
  const resolved = resolveVersion({
    input: options.version,
    tag: options.tag,
    tagPrefix: options.tagPrefix,
    manifestVersion: manifest.version
  });
  if (resolved.source !== "manifest" && !isStrictSemver(resolved.version)) {
    const from = resolved.source === "input" ? "the version input" : `the tag "${options.tag}"`;
    problems.push({
      file,
      line: 0,
      column: 0,
      severity: "error",
      code: "version/invalid",
      message: `version "${resolved.version}" from ${from} is not a strict SemVer 2.0.0 version`,
      fix: resolved.source === "tag" ? `${semverFix(resolved.version)}; set tag-prefix if your tags carry one (e.g. "v")` : semverFix(resolved.version)
    });
  }
  const repository = await detectRepository(root, options.repository, options.env);
  if (repository && options.conventions !== "none") {
    const tag = resolved.source === "tag" ? options.tag : void 0;
    const found = checkConventions(
      manifest,
      check.source,
      { repository: repository.fullName, tag, version: resolved.version },
      file
    );
    problems.push(
      ...repository.source === "git" ? found.map((p) => ({
        ...p,
        severity: "warning",
        message: `${p.message} (repository from the git remote)`
      })) : found
    );
  }
  if (problems.some((p) => p.severity === "error")) return { problems };
  const stamped = resolved.version !== manifest.version;
  let packedText = stamped ? stampVersion(text2, check.source, resolved.version) : text2;
  let stampedReferences = [];
  if (resolved.source !== "manifest" && refersToNamespace(manifest)) {
    const candidates = options.siblings ?? await repositoryComponents(root);
    const siblings = new Set([...candidates].filter((c) => isSibling(manifest, c)));
    ({ text: packedText, stamped: stampedReferences } = stampSiblingVersions(
      packedText,
      resolved.version,
      siblings
    ));
  }
  return {
    problems,
    component: {
      dir: root,
      manifestFile: file,
      manifest: { ...manifest, version: resolved.version },
      version: resolved.version,
      versionSource: resolved.source,
      manifestVersion: manifest.version,
      packedManifest: Buffer.from(packedText, "utf8"),
      stampedReferences,
      repository
    }
  };
}
function isSibling(manifest, fullName) {
  const [publisher, name] = fullName.split(".");
  return publisher === manifest.publisher && name !== void 0 && name !== manifest.name && splitName(name).namespace === splitName(manifest.name).namespace;
}
function refersToNamespace(manifest) {
  const rigging = typeof manifest.rigging === "object" && manifest.rigging !== null ? manifest.rigging : {};
  return Object.values(rigging).some((step) => {
    const reference = step?.component;
    const ref = typeof reference === "string" ? COMPONENT_REFERENCE.exec(reference)?.groups : void 0;
    return ref !== void 0 && isSibling(manifest, `${ref.publisher}.${ref.name}`);
  });
}

// src/slipway/pack.ts
init_component();
init_naming();
import { mkdir, rename, rm as rm2, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join5, resolve as resolve4 } from "node:path";

// src/slipway/tarball.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { lstat, opendir, rm } from "node:fs/promises";
import { join as join4, resolve as resolve3, sep as sep2 } from "node:path";
var DEFAULT_MTIME_SECONDS = 315532800;
var MAX_TARBALL_BYTES = 2 * 1024 ** 3;
function defaultMtime(env = process.env) {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return DEFAULT_MTIME_SECONDS;
  if (!/^\d+$/.test(raw)) {
    throw new PublishError(
      "source-date-epoch",
      `SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`,
      "unset it or set it to e.g. $(git log -1 --format=%ct)"
    );
  }
  return Number(raw);
}
async function collectEntries(dir, exclude = []) {
  const root = resolve3(dir);
  const skip = new Set(exclude.map((p) => resolve3(p)));
  const entries = [];
  const walk2 = async (folder, prefix) => {
    for await (const item of await opendir(folder)) {
      if (item.name === ".git") continue;
      const absolute = join4(folder, item.name);
      if (skip.has(absolute)) continue;
      const path4 = prefix + item.name;
      const info = await lstat(absolute);
      if (info.isSymbolicLink()) {
        throw new PublishError(
          "symlink",
          `${path4} is a symbolic link; Slipway's packages hold regular files only (its own packer drops links silently, so users lose the file)`,
          `replace ${path4} with a copy of the file it points to, or move it out of the component folder`
        );
      }
      if (info.isDirectory()) {
        await walk2(absolute, `${path4}/`);
      } else if (info.isFile()) {
        entries.push({ path: path4, absolute, size: info.size, executable: (info.mode & 73) !== 0 });
      } else {
        throw new PublishError(
          "special-file",
          `${path4} is not a regular file (a socket, FIFO or device)`,
          `remove ${path4} from the component folder`
        );
      }
    }
  };
  await walk2(root, "");
  if (sep2 !== "/") for (const e of entries) e.path = e.path.split(sep2).join("/");
  return entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
function tarballSize(entries) {
  let total = 1024;
  for (const e of entries) {
    total += 512 + Math.ceil(e.size / 512) * 512;
    if (needsPax(e.path)) total += 1024 + Math.ceil(paxRecord(e.path).length / 512) * 512 - 512;
  }
  return total;
}
async function writeTarball(entries, out, options = {}) {
  const mtime = options.mtime ?? defaultMtime();
  const sizes = entries.map((e) => ({ path: e.path, size: options.replace?.get(e.path)?.length ?? e.size }));
  const expected = tarballSize(sizes);
  const limit = options.maxBytes ?? MAX_TARBALL_BYTES;
  if (expected > limit) {
    throw new PublishError(
      "too-large",
      `the package would be ${formatBytes(expected)}; a GitHub release asset is limited to ${formatBytes(limit)}`,
      "leave build inputs and large data out of the component folder"
    );
  }
  const writer = new HashingWriter(out);
  const buffer = Buffer.allocUnsafe(CHUNK);
  try {
    for (const [i, entry] of entries.entries()) {
      const size = sizes[i].size;
      writer.write(encodeHeaders(entry.path, size, entry.executable ? 493 : 420, mtime));
      const replacement = options.replace?.get(entry.path);
      if (replacement) writer.write(replacement);
      else copyInto(writer, entry, buffer);
      writer.write(ZEROS.subarray(0, (512 - size % 512) % 512));
      options.onProgress?.(writer.written, expected);
      if (i % 64 === 63) await new Promise(setImmediate);
    }
    writer.write(ZEROS.subarray(0, 1024));
    writer.close();
  } catch (error) {
    writer.abort();
    await rm(out, { force: true });
    throw error;
  }
  if (writer.written !== expected)
    throw new Error(`tarball size ${writer.written} differs from the computed ${expected}`);
  return { file: out, sha256: writer.digest(), size: writer.written, entries: entries.map((e) => e.path) };
}
var CHUNK = 4 * 1024 * 1024;
var ZEROS = Buffer.alloc(1024);
var HashingWriter = class {
  written = 0;
  fd;
  hash = createHash("sha256");
  constructor(path4) {
    this.fd = openSync(path4, "w");
  }
  write(bytes) {
    this.hash.update(bytes);
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off);
    this.written += bytes.length;
  }
  close() {
    closeSync(this.fd);
  }
  abort() {
    try {
      closeSync(this.fd);
    } catch {
    }
  }
  digest() {
    return this.hash.digest("hex");
  }
};
function copyInto(writer, entry, buffer) {
  const fd = openSync(entry.absolute, "r");
  try {
    let copied = 0;
    for (; ; ) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, entry.size - copied + 1), null);
      if (n === 0) break;
      copied += n;
      if (copied > entry.size) break;
      writer.write(buffer.subarray(0, n));
    }
    if (copied !== entry.size) {
      throw new PublishError(
        "file-changed",
        `${entry.path} changed size while it was being packed`,
        "do not write into the component folder while packing"
      );
    }
  } finally {
    closeSync(fd);
  }
}
function encodeHeaders(path4, size, mode, mtime) {
  if (!needsPax(path4)) return ustarHeader(splitUstar(path4), size, mode, mtime, "0");
  const record = paxRecord(path4);
  const pad = (512 - record.length % 512) % 512;
  const fallback = {
    name: Buffer.from(path4).subarray(-99).toString("latin1").replace(/[^\x20-\x7e]/g, "_"),
    prefix: ""
  };
  return Buffer.concat([
    ustarHeader({ name: "PaxHeader", prefix: "" }, record.length, 420, mtime, "x"),
    record,
    Buffer.alloc(pad),
    ustarHeader(fallback, size, mode, mtime, "0")
  ]);
}
function splitUstar(path4) {
  if (path4.length <= 100) return { name: path4, prefix: "" };
  let name = path4;
  let prefix = "";
  while (name.length > 100) {
    const i = name.indexOf("/");
    if (i === -1) return void 0;
    prefix += prefix ? `/${name.slice(0, i)}` : name.slice(0, i);
    name = name.slice(i + 1);
  }
  return prefix.length > 155 ? void 0 : { name, prefix };
}
var octal = (value, width) => `${value.toString(8).padStart(width - 1, "0")}\0`;
function ustarHeader(at, size, mode, mtime, type) {
  const h = Buffer.alloc(512);
  h.write(at.name, 0, 100, "latin1");
  h.write(octal(mode, 8), 100, "latin1");
  h.write(octal(0, 8), 108, "latin1");
  h.write(octal(0, 8), 116, "latin1");
  h.write(octal(size, 12), 124, "latin1");
  h.write(octal(mtime, 12), 136, "latin1");
  h.write("        ", 148, "latin1");
  h.write(type, 156, "latin1");
  h.write("ustar\x0000", 257, "latin1");
  h.write(octal(0, 8), 329, "latin1");
  h.write(octal(0, 8), 337, "latin1");
  h.write(at.prefix, 345, 155, "latin1");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  return h;
}
function needsPax(path4) {
  return !/^[\x20-\x7e]*$/.test(path4) || splitUstar(path4) === void 0;
}
function paxRecord(path4) {
  const body = ` path=${path4}
`;
  const bytes = Buffer.byteLength(body);
  let digits = String(bytes).length;
  if (bytes + digits >= 10 ** digits) digits++;
  return Buffer.from(`${bytes + digits}${body}`);
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

// src/slipway/pack.ts
async function packComponent(component, out, options = {}) {
  const fileName = tarballName(component.manifest.publisher, component.manifest.name, component.version);
  const isFolder = !out.endsWith(".tar") || (await stat2(out).catch(() => null))?.isDirectory() === true;
  const file = resolve4(isFolder ? join5(out, fileName) : out);
  await mkdir(dirname2(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const entries = await collectEntries(component.dir, [file, partial]);
  const replace = /* @__PURE__ */ new Map([[MANIFEST, component.packedManifest]]);
  try {
    const result = await writeTarball(entries, partial, { ...options, replace });
    await rename(partial, file);
    return { ...result, file, fileName, component };
  } finally {
    await rm2(partial, { force: true });
  }
}

// src/publish.ts
async function publish(options) {
  const artifact = options.slipway === false ? void 0 : await packChecked(options);
  const steps = await preflight(await options.targets(artifact));
  for (const step of steps) options.reporter.info(`plan: ${step.target}: ${step.description}`);
  if (options.dryRun) return { artifact, steps, outcomes: [], dryRun: true };
  const outcomes = await applySteps(steps, options.reporter);
  return { artifact, steps, outcomes, dryRun: false };
}
async function packChecked(options) {
  const component = await requireComponent(options.dir, options.inspect, options.reporter);
  const artifact = await packComponent(component, options.workDir, { onProgress: options.onProgress });
  options.reporter.info(`packed ${artifact.fileName}: ${artifact.size} bytes, sha256 ${artifact.sha256}`);
  if (options.expectedSha256 && options.expectedSha256 !== artifact.sha256) {
    throw new PublishError(
      "tarball-differs",
      `the tarball packed here has sha256 ${artifact.sha256}, not the reviewed ${options.expectedSha256}`,
      "publish from the same commit and SOURCE_DATE_EPOCH as the pack job (packing is reproducible), or re-run both jobs"
    );
  }
  return artifact;
}
async function requireComponent(dir, inspect2, reporter) {
  const { component, problems } = await inspectComponent(dir, inspect2);
  if (!component) throw new InvalidInputError(problems);
  for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
  if (component.versionSource !== "manifest") {
    reporter.notice(
      `publishing version ${component.version} (from the ${component.versionSource}); ${component.manifestFile} says ${component.manifestVersion}: the packed manifest carries ${component.version}, the file on disk is untouched`
    );
  }
  if (component.stampedReferences.length > 0) {
    reporter.notice(
      `rigging references to components released with this one, stamped with ${component.version} in the packed manifest: ${component.stampedReferences.join("; ")}`
    );
  }
  return component;
}
async function preflight(targets) {
  const steps = [];
  for (const target of targets) steps.push(await target.prepare());
  return steps;
}
async function applySteps(steps, reporter) {
  const outcomes = [];
  for (const step of steps) {
    const outcome = await step.apply();
    reporter.info(`${outcome.target}: ${outcome.done}`);
    outcomes.push(outcome);
  }
  return outcomes;
}

// src/cli/main.ts
init_problems();

// src/report/text.ts
init_problems();
function formatProblems(problems, format, ok) {
  const sorted = sortProblems(problems);
  if (format === "json") return `${JSON.stringify({ ok, problems: sorted }, null, 2)}
`;
  if (format === "github") return sorted.map(toWorkflowCommand).join("");
  return sorted.map((p) => `${formatProblem(p)}
`).join("");
}
function formatProblem(p) {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const fix = p.fix ? `
    fix: ${p.fix}` : "";
  return `${where}: ${p.severity} ${p.code}: ${p.message}${fix}`;
}
function summarizeProblems(problems) {
  const count = (s) => problems.filter((p) => p.severity === s).length;
  return `${count("error")} error(s), ${count("warning")} warning(s)`;
}
var escapeData = (s) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
var escapeProperty = (s) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
function toWorkflowCommand(p) {
  const command = p.severity === "error" ? "error" : p.severity === "warning" ? "warning" : "notice";
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.code)}`);
  const message = p.fix ? `${p.message}
fix: ${p.fix}` : p.message;
  return `::${command} ${props.join(",")}::${escapeData(message)}
`;
}

// src/serverless/client.ts
import { createHash as createHash3 } from "node:crypto";
import { Readable } from "node:stream";

// src/serverless/sign.ts
import { createHash as createHash2, randomInt } from "node:crypto";
var NONCE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var NONCE_LENGTH = 15;
function randomNonce() {
  let nonce = "";
  for (let i = 0; i < NONCE_LENGTH; i++) nonce += NONCE_ALPHABET[randomInt(NONCE_ALPHABET.length)];
  return nonce;
}
function hex(algorithm, text2) {
  return createHash2(algorithm).update(text2, "utf8").digest("hex");
}
function signHeaders(token, now = Date.now, random = randomNonce) {
  const timestamp = String(Math.floor(now() / 1e3));
  const nonce = random();
  return {
    token: hex("md5", token),
    nonce,
    timestamp,
    sign_code: hex("sha256", `${token}${nonce}${timestamp}`)
  };
}

// src/serverless/client.ts
var DEFAULT_REGISTRY_BASE = "https://server-serverlgistry-v-awljqvnszb.cn-hangzhou.fcapp.run/v3";
var DEFAULT_TOKEN_BASE = "https://api.devsapp.cn/v3";
function registryBases(baseUrl) {
  const base = baseUrl?.trim().replace(/\/+$/, "");
  if (base) return { packages: base, token: base };
  return { packages: DEFAULT_REGISTRY_BASE, token: DEFAULT_TOKEN_BASE };
}
var FORM_FIELDS = [
  "publish",
  "publish_en",
  "version_body",
  "version_body_en",
  "flowyaml",
  "syaml",
  "syaml_en",
  "readme",
  "readme_en"
];
var KNOWN_MESSAGES = [
  { zh: "\u672A\u627E\u5230\u6307\u5B9A\u8D44\u6E90", en: "specified resource not found", kind: "not-found" },
  {
    zh: "\u5F53\u524D\u7248\u672C\u53F7\u5E94\u5F53\u5927\u4E8E\u524D\u4E00\u6B21\u7248\u672C\u53F7",
    en: "the version must be greater than the previous one",
    kind: "version-order"
  },
  {
    zh: "\u767B\u9646\u53C2\u6570\u5F02\u5E38\uFF0C\u8BF7\u68C0\u67E5\u5FC5\u586B\u53C2\u6570\u6B63\u786E\u6027",
    en: "invalid login parameters: check that the required parameters are correct",
    kind: "auth"
  },
  { zh: "\u767B\u9646\u53C2\u6570\u5F02\u5E38", en: "invalid login parameters", kind: "auth" },
  { zh: "\u767B\u5F55\u53C2\u6570\u5F02\u5E38", en: "invalid login parameters", kind: "auth" },
  { zh: "\u6743\u9650\u5F02\u5E38", en: "permission denied", kind: "permission" }
];
function translateRegistryMessage(text2) {
  const known = KNOWN_MESSAGES.find((m) => text2.includes(m.zh));
  return known ? { en: known.en, kind: known.kind } : {};
}
var TOKEN_HINT = "the token is wrong or expired: create one with `s registry login` / the Serverless Devs console and store it as a secret";
var HINTS = {
  auth: TOKEN_HINT,
  permission: "the token\u2019s account may not publish this package: it belongs to another account, or publish.yaml names an Organization the account is not in",
  "version-order": "a new version must be greater than every version ever published, deleted ones included: bump Version in publish.yaml",
  "not-found": void 0
};
var ServerlessRegistryError = class extends PublishError {
  constructor(code, message, hint, details) {
    super(code, message, hint);
    this.details = details;
  }
  details;
};
function isNotFound(error) {
  return error instanceof ServerlessRegistryError && error.details.kind === "not-found";
}
var READ_ATTEMPTS = 3;
var ServerlessRegistryClient = class {
  baseUrl;
  #token;
  #secrets;
  #fetch;
  #retryDelayMs;
  #debug;
  constructor(options) {
    this.#token = options.token;
    this.#secrets = [options.token, createHash3("md5").update(options.token).digest("hex")].filter(Boolean);
    this.baseUrl = registryBases(options.baseUrl).packages;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#retryDelayMs = options.retryDelayMs ?? 500;
    this.#debug = options.debug ?? (() => {
    });
  }
  /** The signed-in account's packages, one page; also the cheapest check that the token is accepted. */
  async listMine(page = 1) {
    const body = await this.#call("list packages", "GET", `/package/user?page=${page}`, {
      signed: true,
      read: true
    });
    return expectArray(body, "list packages");
  }
  /** Every listed version of `name` (all pages); empty when the package does not exist. */
  async versions(name) {
    const all = [];
    const seen = /* @__PURE__ */ new Set();
    for (let page = 1; page <= 100; page++) {
      let body;
      try {
        body = await this.#call("list versions", "GET", `${packagePath(name)}/release?page=${page}`, {
          signed: true,
          read: true
        });
      } catch (error) {
        if (isNotFound(error)) break;
        throw error;
      }
      const items = expectArray(body, "list versions");
      const fresh = items.filter((r) => typeof r?.tag_name === "string" && !seen.has(r.tag_name));
      if (fresh.length === 0) break;
      for (const r of fresh) {
        seen.add(r.tag_name);
        all.push(r);
      }
    }
    return all;
  }
  /** One version's details, or null when the registry does not list it. */
  async version(name, version) {
    return this.#detail(`${packagePath(name)}/release/tags/${encodeURIComponent(version)}`, "get version");
  }
  async latest(name) {
    return this.#detail(`${packagePath(name)}/release/latest`, "get latest version");
  }
  /** Registers a release and returns the presigned URL its zip must be PUT to. */
  async publish(form) {
    const params = new URLSearchParams();
    for (const field of FORM_FIELDS) params.set(field, form[field] ?? "");
    const body = await this.#call("publish", "POST", "/packages/releases", {
      signed: true,
      read: false,
      form: params
    });
    const url = body?.url;
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
      throw new ServerlessRegistryError(
        "serverless-registry",
        "Serverless Registry publish: the answer has no upload URL",
        void 0,
        { operation: "publish" }
      );
    }
    return url;
  }
  /** PUTs the zip to the presigned URL with no extra headers (the URL is the credential; it works once). */
  async upload(url, body) {
    const init = { method: "PUT" };
    if (Buffer.isBuffer(body)) {
      init.body = new Uint8Array(body);
    } else {
      init.body = Readable.toWeb(Readable.from(body.stream));
      init.headers = { "content-length": String(body.length) };
      init.duplex = "half";
    }
    const response = await this.#send("upload", url, init);
    this.#debug(`PUT ${displayUrl(url)} -> ${response.status}`);
    if (!response.ok) throw await this.#plainHttpError("upload", url, response);
    await response.arrayBuffer();
  }
  /** Downloads a zipball (no signing: the URL may point at another host). */
  async download(zipballUrl) {
    return this.#withRetries("download", async (last) => {
      const response = await this.#send("download", zipballUrl, { method: "GET" });
      this.#debug(`GET ${displayUrl(zipballUrl)} -> ${response.status}`);
      if (response.status >= 500 && !last) {
        await response.body?.cancel();
        return RETRY;
      }
      if (!response.ok) throw await this.#plainHttpError("download", zipballUrl, response);
      return Buffer.from(await response.arrayBuffer());
    });
  }
  /** Deletes one version; its number can never be published again. */
  async deleteVersion(name, version) {
    await this.#call(
      "delete version",
      "DELETE",
      `${packagePath(name)}/release/tags/${encodeURIComponent(version)}`,
      {
        signed: true,
        read: false
      }
    );
  }
  async #detail(path4, operation) {
    try {
      const body = await this.#call(operation, "GET", path4, { signed: true, read: true });
      if (body === null || typeof body !== "object") return null;
      return body;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
  async #call(operation, method, path4, options) {
    const url = `${this.baseUrl}${path4}`;
    const attempt = async (last) => {
      const headers = options.signed ? signHeaders(this.#token) : {};
      if (options.form) headers["content-type"] = "application/x-www-form-urlencoded";
      const response = await this.#send(operation, url, { method, headers, body: options.form?.toString() });
      if (options.read && response.status >= 500 && !last) {
        await response.body?.cancel();
        this.#debug(`${method} ${pathOnly(path4)} -> ${response.status} (retrying)`);
        return RETRY;
      }
      const text2 = await response.text();
      const envelope = parseEnvelope(text2);
      this.#debug(
        `${method} ${pathOnly(path4)} -> ${response.status} request_id=${envelope?.request_id ?? "-"}`
      );
      if (envelope && typeof envelope.body === "string") {
        throw this.#serverError(operation, response.status, envelope.body, envelope.request_id);
      }
      if (!response.ok)
        throw this.#serverError(operation, response.status, envelope ? "" : text2.slice(0, 200));
      if (!envelope) {
        throw new ServerlessRegistryError(
          "serverless-registry",
          `Serverless Registry ${operation}: the answer is not the expected JSON envelope (HTTP ${response.status})`,
          void 0,
          { operation, status: response.status }
        );
      }
      return envelope.body;
    };
    return options.read ? this.#withRetries(operation, attempt) : attempt(true);
  }
  async #withRetries(operation, attempt) {
    for (let i = 0; ; i++) {
      const last = i === READ_ATTEMPTS - 1;
      try {
        const result = await attempt(last);
        if (result !== RETRY) return result;
      } catch (error) {
        if (!(error instanceof NetworkError) || last) throw error;
        this.#debug(`${operation}: network error, retrying`);
      }
      await sleep(this.#retryDelayMs * 2 ** i);
    }
  }
  async #send(operation, url, init) {
    try {
      return await this.#fetch(url, init);
    } catch (error) {
      const reason = error instanceof Error ? error.cause?.message ?? error.message : "";
      throw new NetworkError(
        "serverless-network",
        this.#redact(`Serverless Registry ${operation}: cannot reach ${displayUrl(url)}: ${reason}`),
        "check the network and the registry address, then re-run (a re-run finishes the job)",
        { operation }
      );
    }
  }
  #serverError(operation, status, text2, requestId) {
    const original = this.#redact(text2.trim());
    const { en, kind: known } = translateRegistryMessage(original);
    const kind = known ?? (status === 401 || status === 403 ? "auth" : void 0);
    const said = original ? `${original}${en ? ` (${en})` : ""}` : `HTTP ${status}`;
    const request = requestId ? ` [request_id ${requestId}]` : "";
    return new ServerlessRegistryError(
      kind ? `serverless-${kind}` : "serverless-registry",
      `Serverless Registry ${operation}: ${said}${request}`,
      kind ? HINTS[kind] : void 0,
      { operation, status, original, translation: en, requestId, kind }
    );
  }
  async #plainHttpError(operation, url, response) {
    const text2 = this.#redact(
      (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200)
    );
    const hint = operation === "upload" ? "the upload URL works once and expires: re-run to get a new one" : "the zipball cannot be read back; re-run later, or bump Version in publish.yaml";
    return new ServerlessRegistryError(
      `serverless-${operation}`,
      `Serverless Registry ${operation}: ${displayUrl(url)} answered HTTP ${response.status}${text2 ? `: ${text2}` : ""}`,
      hint,
      { operation, status: response.status, original: text2 }
    );
  }
  #redact(text2) {
    let out = text2;
    for (const secret of this.#secrets) out = out.split(secret).join("***");
    return out.replace(/\b[0-9a-f]{64}\b/gi, "***");
  }
};
var NetworkError = class extends ServerlessRegistryError {
};
var RETRY = /* @__PURE__ */ Symbol("retry");
function parseEnvelope(text2) {
  try {
    const value = JSON.parse(text2);
    if (value && typeof value === "object" && !Array.isArray(value) && "body" in value) {
      return value;
    }
  } catch {
  }
  return void 0;
}
function expectArray(body, operation) {
  if (Array.isArray(body)) return body;
  if (body === null || body === void 0) return [];
  throw new ServerlessRegistryError(
    "serverless-registry",
    `Serverless Registry ${operation}: expected a list, got ${typeof body}`,
    void 0,
    { operation }
  );
}
function packagePath(name) {
  return `/packages/${encodeURIComponent(name)}`;
}
function pathOnly(path4) {
  return path4.split("?")[0] ?? path4;
}
function displayUrl(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
function sleep(ms) {
  return ms > 0 ? new Promise((resolve9) => setTimeout(resolve9, ms)) : Promise.resolve();
}

// src/cli/main.ts
init_component();

// src/targets/file-registry.ts
import { createHash as createHash5 } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, link, mkdir as mkdir3, readdir as readdir2, readFile as readFile5, unlink } from "node:fs/promises";
import { join as join6, resolve as resolve5 } from "node:path";

// src/fppm/registry-update.ts
import { createHash as createHash4, randomUUID } from "node:crypto";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { chmod, mkdir as mkdir2, readFile as readFile4, stat as stat3, writeFile } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// src/fppm/line-diff.ts
function lineDiff(before, after, context = 2) {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const ops = a.slice(0, prefix).map((line) => ({ kind: " ", line }));
  ops.push(...lcsOps(midA, midB));
  for (const line of a.slice(a.length - suffix)) ops.push({ kind: " ", line });
  return printHunks(ops, context);
}
function printHunks(ops, context) {
  const keep = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === " ") return;
    for (let j = Math.max(0, i - context); j <= Math.min(ops.length - 1, i + context); j++) keep[j] = true;
  });
  const out = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < ops.length; ) {
    if (!keep[i]) {
      const op = ops[i];
      if (op.kind !== "+") oldLine++;
      if (op.kind !== "-") newLine++;
      i++;
      continue;
    }
    const hunk = [];
    const oldStart = oldLine;
    const newStart = newLine;
    for (; i < ops.length && keep[i]; i++) {
      const op = ops[i];
      hunk.push(op.kind + op.line);
      if (op.kind !== "+") oldLine++;
      if (op.kind !== "-") newLine++;
    }
    const oldCount = oldLine - oldStart;
    const newCount = newLine - newStart;
    out.push(
      `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`,
      ...hunk
    );
  }
  return out.join("\n") + "\n";
}
function splitLines(text2) {
  if (text2 === "") return [];
  const lines = text2.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function lcsOps(a, b) {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      table[i2 * width + j2] = a[i2] === b[j2] ? table[(i2 + 1) * width + j2 + 1] + 1 : Math.max(table[(i2 + 1) * width + j2], table[i2 * width + j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      ops.push({ kind: "-", line: a[i] });
      i++;
    } else {
      ops.push({ kind: "+", line: b[j] });
      j++;
    }
  }
  return ops;
}

// src/fppm/registry-check.ts
var import_yaml5 = __toESM(require_dist(), 1);
init_problems();
init_yaml_positions();

// src/fppm/registry-source.ts
var import_yaml4 = __toESM(require_dist(), 1);
init_yaml_positions();
var MAX_DEPTH = 128;
var MAX_ALIAS_COUNT = 100;
var SAFE_TAGS = new Set(
  ["null", "bool", "int", "float", "binary", "timestamp", "omap", "pairs", "set", "str", "seq", "map"].map(
    (name) => `tag:yaml.org,2002:${name}`
  )
);
SAFE_TAGS.add("!");
var NON_PRINTABLE = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function decodeRegistryBytes(bytes, file) {
  const problem = (line, column2, message, fix) => {
    throw new InvalidInputError([
      { file, line, column: column2, severity: "error", code: "registry-yaml/encoding", message, fix }
    ]);
  };
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    problem(
      1,
      1,
      "The file starts with a UTF-16 byte order mark; this tool edits UTF-8 files only and would otherwise rewrite every byte.",
      "Save the file as UTF-8."
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, column: column2 } = firstInvalidUtf8(bytes);
    return problem(
      line,
      column2,
      "The file is not valid UTF-8 here; PyYAML (fppm's reader) refuses it, and replacing the bytes would rewrite a line this tool does not mean to change.",
      "Save the file as UTF-8 (retype or remove the character at this position)."
    );
  }
}
function firstInvalidUtf8(bytes) {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    const lineBytes = bytes.subarray(start, end);
    try {
      strict.decode(lineBytes);
    } catch {
      const lossy = new TextDecoder("utf-8").decode(lineBytes);
      return { line, column: lossy.indexOf("\uFFFD") + 1 || 1 };
    }
    if (nl === -1) return { line, column: 1 };
    start = nl + 1;
  }
}
function parseRegistry(text2, file) {
  const problems = [];
  const reporter = (lineCounter2) => (offset, code, message, fix) => problems.push({
    file,
    ...positionAtOffset(offset, lineCounter2),
    severity: "error",
    code,
    message,
    fix
  });
  const early = countLines(text2);
  if (checkPrintable(text2, reporter(early)) || checkDepth(text2, reporter(early))) {
    return { lineCounter: early, problems };
  }
  const lineCounter = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text2, { lineCounter, version: "1.1", uniqueKeys: false });
  checkTags(doc, reporter(lineCounter));
  checkRepeatedKeys(doc, lineCounter, problems, file);
  if (doc.errors.length === 0 && problems.length === 0) checkAliases(doc, reporter(lineCounter));
  return { doc, lineCounter, problems };
}
function countLines(text2) {
  const lineCounter = new import_yaml4.LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text2.indexOf("\n"); at !== -1; at = text2.indexOf("\n", at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  return lineCounter;
}
function checkPrintable(text2, report) {
  const match = NON_PRINTABLE.exec(text2);
  if (!match) return false;
  const code = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
  report(
    match.index,
    "registry-yaml/non-printable",
    `The control character U+${code} is not allowed in YAML; PyYAML (fppm's reader) refuses the file.`,
    'Remove the character, or write it as an escape inside a double-quoted string (e.g. "\\t").'
  );
  return true;
}
function checkDepth(text2, report) {
  const stack = [];
  for (const token of new import_yaml4.Parser().parse(text2)) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop();
    const t = token;
    if (depth > MAX_DEPTH) {
      report(
        t.offset ?? 0,
        "registry-yaml/too-deep",
        `The YAML nests deeper than ${MAX_DEPTH} levels; a registry needs five, and deeper input is refused before it is read.`,
        "Flatten the structure: namespaces \u2192 packages \u2192 `git`/`stable`."
      );
      return true;
    }
    if (t.type === "document") stack.push({ token: t.value, depth });
    for (const item of t.items ?? []) {
      const { key, value } = item;
      if (key) stack.push({ token: key, depth: depth + 1 });
      if (value) stack.push({ token: value, depth: depth + 1 });
    }
  }
  return false;
}
function checkTags(doc, report) {
  (0, import_yaml4.visit)(doc, (_key, node) => {
    const tag = node?.tag;
    const range = node?.range;
    if (tag === void 0 || SAFE_TAGS.has(tag)) return;
    const shown = tag.replace(/^tag:yaml\.org,2002:/, "!!");
    report(
      range?.[0] ?? 0,
      "registry-yaml/unsafe-tag",
      `The tag \`${shown}\` is outside YAML's core types; PyYAML's safe_load (fppm's reader) refuses it.`,
      "Remove the tag and write the value as a plain string, list or mapping."
    );
  });
}
function checkRepeatedKeys(doc, lineCounter, problems, file) {
  (0, import_yaml4.visit)(doc, {
    Map(_key, map) {
      const first = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const key = (0, import_yaml4.isCollection)(pair.key) || (0, import_yaml4.isAlias)(pair.key) ? pair.key : pair.key?.value;
        const at = positionOf(pair.key, lineCounter);
        const earlier = first.get(key);
        if (earlier === void 0) {
          first.set(key, at.line);
          continue;
        }
        problems.push({
          file,
          ...at,
          severity: "error",
          code: "registry-yaml/duplicate-key",
          message: `The key \`${String(key)}\` is repeated (first on line ${earlier}); PyYAML (fppm's reader) silently keeps the last one, so this tool refuses the file rather than guess which was meant.`,
          fix: "Keep one of the two keys and delete the other."
        });
      }
    }
  });
}
function checkAliases(doc, report) {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let first = 0;
    (0, import_yaml4.visit)(doc, {
      Alias(_key, node) {
        first = node.range?.[0] ?? 0;
        return import_yaml4.visit.BREAK;
      }
    });
    report(
      first,
      "registry-yaml/alias-expansion",
      `Aliases (\`*name\`) expand this file beyond ${MAX_ALIAS_COUNT} copies of their anchors (an "alias bomb"); it is refused rather than expanded.`,
      "Write the entries out in full instead of through `&anchor`/`*alias`."
    );
  }
}

// src/fppm/registry-check.ts
var HEADER_KEYS = ["name", "description", "publisher", "updated-on"];
var Checker = class {
  constructor(text2, file, doc, lineCounter) {
    this.text = text2;
    this.file = file;
    this.doc = doc;
    this.lineCounter = lineCounter;
  }
  text;
  file;
  doc;
  lineCounter;
  problems = [];
  report(at, severity, code, message, fix) {
    const pos = typeof at === "number" ? positionAtOffset(at, this.lineCounter) : positionOf(at, this.lineCounter);
    this.problems.push({ file: this.file, ...pos, severity, code, message, fix });
  }
  resolve(node) {
    return (0, import_yaml5.isAlias)(node) ? { node: node.resolve(this.doc), alias: true } : { node, alias: false };
  }
};
var isNull = (node) => node == null || (0, import_yaml5.isScalar)(node) && node.value == null;
function inspect(text2, file) {
  const parsed = parseRegistry(text2, file);
  if (!parsed.doc) return { problems: parsed.problems };
  const { doc } = parsed;
  const c = new Checker(text2, file, doc, parsed.lineCounter);
  c.problems.push(...parsed.problems);
  reportParser(c);
  if (doc.errors.length > 0 || c.problems.some((p) => p.severity === "error"))
    return { problems: c.problems };
  const root = doc.contents;
  if (isNull(root)) {
    c.report(void 0, "error", "registry-yaml/empty", "The registry file has no content.", emptyFix());
    return { problems: c.problems, empty: true };
  }
  if (!(0, import_yaml5.isMap)(root)) {
    const message = "The registry file must be a mapping of header keys and `namespaces`.";
    c.report(root ?? void 0, "error", "registry-yaml/not-a-mapping", message, emptyFix());
    return { problems: c.problems };
  }
  checkHeader(c, root);
  const model = checkNamespaces(c, root);
  return { problems: c.problems, model };
}
function reportParser(c) {
  for (const error of c.doc.errors) {
    const { message, at } = describeError2(error, NO_POSITION);
    c.problems.push({
      file: c.file,
      ...at,
      severity: "error",
      code: "registry-yaml/syntax",
      message: `YAML syntax error: ${message}`,
      fix: "Correct the YAML at this position; fppm cannot read the file."
    });
  }
  for (const warning of c.doc.warnings) {
    if (warning.code === "TAG_RESOLVE_FAILED") continue;
    const { message, at } = describeError2(warning, NO_POSITION);
    c.problems.push({
      file: c.file,
      ...at,
      severity: "warning",
      code: "registry-yaml/yaml-warning",
      message,
      fix: "Check this YAML construct; it may not mean what it seems to."
    });
  }
}
function checkHeader(c, root) {
  for (const key of HEADER_KEYS) {
    const pair = findPair(root, key);
    if (!pair) {
      const message = `\`${key}\` is missing; fppm requires it.`;
      c.report(root, "error", "registry-yaml/missing-field", message, headerFix(key));
    } else if (isNull(c.resolve(pair.value).node)) {
      const message = `\`${key}\` is empty; fppm requires a value.`;
      c.report(pair.key, "error", "registry-yaml/null-field", message, headerFix(key));
    }
  }
}
function checkNamespaces(c, root) {
  const namespacesPair = findPair(root, "namespaces");
  const updatedOn = findPair(root, "updated-on")?.value;
  if (!namespacesPair) {
    const message = "`namespaces` is missing; fppm requires it.";
    c.report(root, "error", "registry-yaml/missing-field", message, headerFix("namespaces"));
    return void 0;
  }
  const namespacesValue = c.resolve(namespacesPair.value);
  const namespaces = namespacesValue.node;
  if (isNull(namespaces)) {
    c.report(
      namespacesPair.key,
      "error",
      "registry-yaml/null-field",
      "`namespaces` is empty; fppm requires a list (write `namespaces: []` for none).",
      headerFix("namespaces")
    );
    return void 0;
  }
  if (!(0, import_yaml5.isSeq)(namespaces)) {
    c.report(
      namespaces,
      "error",
      "registry-yaml/namespaces-not-list",
      "`namespaces` must be a list of single-key maps (`- Namespace:`).",
      "Write each namespace as a list item: `- MyNamespace:` followed by its packages."
    );
    return void 0;
  }
  const namespaceList = checkNamespaceItems(c, root, namespaces, namespacesValue.alias);
  if (!updatedOn) return void 0;
  return {
    root,
    updatedOn,
    namespacesKey: namespacesPair.key,
    namespaces,
    namespaceList,
    shared: namespacesValue.alias
  };
}
function checkNamespaceItems(c, root, namespaces, alias) {
  const namespaceList = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rawItem of namespaces.items) {
    const { node: item, alias: itemAlias } = c.resolve(rawItem);
    const single = singleKeyMap(item);
    if (!single) {
      c.report(
        item ?? rawItem,
        "error",
        "registry-yaml/namespace-not-single-key-map",
        "Each item of `namespaces` must be a map with exactly one key, the namespace name.",
        "Write the item as `- MyNamespace:` followed by a list of packages."
      );
      continue;
    }
    const name = String(single.key.value);
    if (seen.has(name)) {
      const message = `Namespace \`${name}\` is listed more than once.`;
      const fix = "Merge the packages of both items under one `- Namespace:` item.";
      c.report(single.key, "warning", "registry-yaml/duplicate-namespace", message, fix);
    }
    seen.add(name);
    const { node: packages, alias: packagesAlias } = c.resolve(single.pair.value);
    const ns = {
      name,
      key: single.key,
      packageList: [],
      shared: alias || itemAlias || packagesAlias,
      inFlow: !!root.flow || !!namespaces.flow || !!item.flow
    };
    namespaceList.push(ns);
    if (!(0, import_yaml5.isSeq)(packages)) {
      c.report(
        isNull(packages) ? single.key : packages,
        "error",
        "registry-yaml/packages-not-list",
        `Namespace \`${name}\` must hold a list of single-key maps (\`- Package:\`).`,
        "List each package as `- MyPackage:` with its `git` and `stable` indented below it."
      );
      continue;
    }
    ns.packages = packages;
    checkPackages(c, ns, packages);
  }
  return namespaceList;
}
function checkPackages(c, ns, packages) {
  const seen = /* @__PURE__ */ new Set();
  for (const rawItem of packages.items) {
    const { node: item, alias: itemAlias } = c.resolve(rawItem);
    const single = singleKeyMap(item);
    if (!single) {
      c.report(
        item ?? rawItem,
        "error",
        "registry-yaml/package-not-single-key-map",
        `Each item of namespace \`${ns.name}\` must be a map with exactly one key, the package name.`,
        "Write the item as `- MyPackage:` with its `git` and `stable` indented below it."
      );
      continue;
    }
    const name = String(single.key.value);
    if (seen.has(name)) {
      const message = `Package \`${ns.name}/${name}\` is listed more than once.`;
      c.report(
        single.key,
        "warning",
        "registry-yaml/duplicate-package",
        message,
        "Keep one entry per package."
      );
    }
    seen.add(name);
    const pkg = checkPackage(c, ns, name, single.key, single.pair.value);
    if (pkg) ns.packageList.push({ ...pkg, shared: pkg.shared || itemAlias });
  }
}
function checkPackage(c, ns, name, key, value) {
  const { node: details, alias: detailsAlias } = c.resolve(value);
  if (!(0, import_yaml5.isMap)(details)) {
    const what = (0, import_yaml5.isSeq)(details) ? "a list" : isNull(details) ? "empty" : "not a mapping";
    c.report(
      isNull(details) ? key : details,
      "error",
      "registry-yaml/package-details-not-mapping",
      `The details of \`${ns.name}/${name}\` are ${what}; fppm install reads them as a mapping (\`stable\`, \`git\`).`,
      "Write `git:` and `stable:` as keys of a mapping indented under the package, without `-`."
    );
    return void 0;
  }
  const git = checkStringField(c, ns, name, details, key, "git");
  const stable = checkStringField(c, ns, name, details, key, "stable");
  if (!git || !stable) return void 0;
  const anchored = !!stable.node.anchor || !!git.node.anchor;
  const shared = ns.shared || detailsAlias || git.alias || stable.alias || anchored;
  return { name, key, details, git: git.node, stable: stable.node, shared };
}
function checkStringField(c, ns, pkg, details, key, field) {
  const pair = findPair(details, field);
  const example = field === "git" ? "git: https://github.com/owner/repo" : 'stable: "1.0.0"';
  if (!pair) {
    const message = `\`${ns.name}/${pkg}\` has no \`${field}\`; fppm install reads it.`;
    c.report(
      key,
      "error",
      `registry-yaml/${field}-missing`,
      message,
      `Add \`${example}\` under the package.`
    );
    return void 0;
  }
  const { node, alias } = c.resolve(pair.value);
  const source = (0, import_yaml5.isScalar)(node) && node.range ? c.text.slice(node.range[0], node.range[1]).trim() : "";
  const pyYamlString = (0, import_yaml5.isScalar)(node) && node.type === "PLAIN" && /^[yYnN]$/.test(source);
  if ((0, import_yaml5.isScalar)(node) && (typeof node.value === "string" || pyYamlString)) return { node, alias };
  const quoteFix = (0, import_yaml5.isScalar)(node) && node.value != null ? `Quote it: \`${field}: "${source}"\`.` : `Write \`${example}\`.`;
  c.report(
    node ?? pair.key,
    "error",
    `registry-yaml/${field}-not-string`,
    `\`${field}\` of \`${ns.name}/${pkg}\` must be a string; ${describeValue(node, source)}.`,
    quoteFix
  );
  return void 0;
}
function describeValue(node, source) {
  if (!(0, import_yaml5.isScalar)(node)) return (0, import_yaml5.isSeq)(node) ? "it is a list" : (0, import_yaml5.isMap)(node) ? "it is a mapping" : "it is empty";
  if (node.value == null) return "it is empty";
  const kind = node.value instanceof Date ? "a date" : typeof node.value === "number" ? "a number" : typeof node.value;
  return `unquoted \`${source}\` is read as ${kind}`;
}
function emptyFix() {
  return "Start from fppm's layout: `name`, `publisher`, `description`, `updated-on` and `namespaces`.";
}
function headerFix(key) {
  const examples = {
    name: 'name: "MyRegistry"',
    publisher: 'publisher: "My Team"',
    description: 'description: "F Prime packages from My Team"',
    "updated-on": "updated-on: 10 JUL 2024",
    namespaces: "namespaces: []"
  };
  return `Add a top-level \`${examples[key] ?? `${key}: \u2026`}\`.`;
}
function findPair(map, key) {
  return map.items.find((pair) => (0, import_yaml5.isScalar)(pair.key) && pair.key.value === key);
}
function singleKeyMap(node) {
  if (!(0, import_yaml5.isMap)(node) || node.items.length !== 1) return void 0;
  const pair = node.items[0];
  return (0, import_yaml5.isScalar)(pair.key) && pair.key.value != null ? { pair, key: pair.key } : void 0;
}
function checkRegistryYaml(text2, file) {
  return sortProblems(inspect(text2, file).problems);
}

// src/fppm/registry-edit.ts
var import_semver2 = __toESM(require_semver2(), 1);
var import_yaml7 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
init_problems();

// src/fppm/registry-entry.ts
var MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
function formatUpdatedOn(date) {
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

// src/fppm/registry-render.ts
var import_yaml6 = __toESM(require_dist(), 1);
var DEFAULT_LAYOUT = {
  namespaceDash: 2,
  namespaceGap: 2,
  packageDash: 2,
  packageGap: 2,
  details: 2
};
function spaces(n) {
  return " ".repeat(Math.max(0, n));
}
function plainIsSafe(value, pattern) {
  if (!pattern.test(value) || value.endsWith(":")) return false;
  try {
    return (0, import_yaml6.parse)(`k: ${value}`, { version: "1.1" })?.k === value && (0, import_yaml6.parse)(`k: ${value}`)?.k === value;
  } catch {
    return false;
  }
}
function renderKey(value) {
  return plainIsSafe(value, /^[A-Za-z_][A-Za-z0-9_.-]*$/) ? value : JSON.stringify(value);
}
function renderValue(value) {
  const pattern = /^[A-Za-z0-9_./~+-](?:[A-Za-z0-9_./:@~+%=?&-]| (?=[A-Za-z0-9_./~+-]))*$/;
  return plainIsSafe(value, pattern) && !value.includes(": ") ? value : JSON.stringify(value);
}
function renderLike(node, value) {
  if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node.type === "QUOTE_SINGLE" && !/[\r\n]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return renderValue(value);
}
function packageLines(entry, dash, gap, layout) {
  const detail = spaces(dash + gap + layout.details);
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.package)}:`,
    `${detail}git: ${renderValue(entry.git)}`,
    `${detail}stable: ${JSON.stringify(entry.version)}`
  ];
}
function namespaceLines(entry, dash, gap, layout) {
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.namespace)}:`,
    ...packageLines(entry, dash + gap + layout.packageDash, layout.packageGap, layout)
  ];
}
function packageFlow(entry) {
  return `{${renderKey(entry.package)}: {git: ${JSON.stringify(entry.git)}, stable: ${JSON.stringify(entry.version)}}}`;
}
function column(text2, offset) {
  return offset - (text2.lastIndexOf("\n", offset - 1) + 1);
}
function lineEnd(text2, offset) {
  const nl = text2.indexOf("\n", offset);
  if (nl === -1) return text2.length;
  return text2[nl - 1] === "\r" ? nl - 1 : nl;
}
function contentEnd(text2, node) {
  if ((0, import_yaml6.isMap)(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    return Math.max(contentEnd(text2, last.key), contentEnd(text2, last.value));
  }
  if ((0, import_yaml6.isSeq)(node) && !node.flow && node.items.length > 0)
    return contentEnd(text2, node.items[node.items.length - 1]);
  const range = node?.range;
  if (!range) return 0;
  let end = range[1];
  while (end > range[0] && /[\r\n]/.test(text2[end - 1] ?? "")) end--;
  return end;
}
function replaceScalar(text2, node, insert) {
  const start = node.range[0];
  return { start, end: contentEnd(text2, node), insert };
}
function seqStyle(text2, seq) {
  if (seq.flow || !seq.range) return void 0;
  const dashAt = seq.range[0];
  const first = seq.items[0];
  const start = first?.range?.[0];
  const between = start === void 0 ? "" : text2.slice(dashAt + 1, start);
  const gap = start !== void 0 && /^ +$/.test(between) ? between.length + 1 : 2;
  return { dash: column(text2, dashAt), gap };
}
function learnLayout(text2, model) {
  const layout = { ...DEFAULT_LAYOUT };
  const namespaces = seqStyle(text2, model.namespaces);
  if (namespaces) {
    layout.namespaceDash = namespaces.dash - column(text2, model.namespacesKey.range[0]);
    layout.namespaceGap = namespaces.gap;
  }
  const ns = model.namespaceList.find((n) => n.packages && !n.packages.flow);
  const packages = ns?.packages && seqStyle(text2, ns.packages);
  if (ns && packages) {
    layout.packageDash = packages.dash - column(text2, ns.key.range[0]);
    layout.packageGap = packages.gap;
  }
  const pkg = model.namespaceList.flatMap((n) => n.packageList).find((p) => !p.details.flow);
  if (pkg) layout.details = column(text2, pkg.details.range[0]) - column(text2, pkg.key.range[0]);
  if (layout.namespaceDash < 0) layout.namespaceDash = DEFAULT_LAYOUT.namespaceDash;
  if (layout.packageDash < 0) layout.packageDash = DEFAULT_LAYOUT.packageDash;
  if (layout.details < 1) layout.details = DEFAULT_LAYOUT.details;
  if (layout.namespaceGap < 2) layout.namespaceGap = 2;
  if (layout.packageGap < 2) layout.packageGap = 2;
  return layout;
}
function appendToSeq(text2, seq, parentKey, blockParent, eol, block, flow) {
  const range = seq.range;
  const keyColumn = column(text2, parentKey.range[0]);
  if (!seq.flow) {
    const style = seqStyle(text2, seq);
    let at2 = lineEnd(text2, contentEnd(text2, seq));
    for (; ; ) {
      const nl = text2.indexOf("\n", at2);
      if (nl === -1) break;
      const next = text2.slice(nl + 1, lineEnd(text2, nl + 1));
      const indent = /^( *)#/.exec(next)?.[1];
      if (indent === void 0 || indent.length <= style.dash) break;
      at2 = lineEnd(text2, nl + 1);
    }
    return { start: at2, end: at2, insert: eol + block(style.dash, style.gap).join(eol) };
  }
  if (seq.items.length === 0) {
    const keyEnd = parentKey.range[1];
    const onKeyLine = !/[\r\n]/.test(text2.slice(keyEnd, range[0]));
    if (blockParent && onKeyLine && /^\s*:\s*$/.test(text2.slice(keyEnd, range[0]))) {
      let start = range[0];
      while (start > 0 && /[ \t]/.test(text2[start - 1] ?? "")) start--;
      const end = lineEnd(text2, range[0]);
      const rest = text2.slice(contentEnd(text2, seq), end);
      return {
        start,
        end,
        insert: rest + eol + block(keyColumn + DEFAULT_LAYOUT.namespaceDash, 2).join(eol)
      };
    }
    return { start: range[0] + 1, end: range[0] + 1, insert: flow() };
  }
  const at = contentEnd(text2, seq.items[seq.items.length - 1]);
  return { start: at, end: at, insert: `, ${flow()}` };
}
function applyEdits(text2, edits) {
  let out = text2;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

// src/fppm/registry-edit.ts
function applyRegistryEntry(text2, entry, file) {
  const version = parseVersion(entry);
  const source = text2 ?? "";
  const inspection = source.trim() === "" ? void 0 : inspect(source, file);
  if (!inspection || inspection.empty) return createFile(source, entry, version, file);
  if (inspection.problems.some((p) => p.severity === "error")) {
    throw new InvalidInputError(sortProblems(inspection.problems));
  }
  const model = inspection.model;
  if (!model) throw new Error(`bug: ${file} has no errors but was not read`);
  const { edits, notes, previousStable } = planEntry(source, model, entry, version);
  if (edits.length === 0) return { text: source, changed: false, notes, previousStable };
  if (!(0, import_yaml7.isScalar)(model.updatedOn) || model.updatedOn.anchor) {
    throw new PublishError(
      "registry-yaml-unsupported",
      `${file}: \`updated-on\` is not a plain value, so it cannot be updated in place`,
      `Write it as a date, e.g. \`updated-on: ${formatUpdatedOn(entry.today)}\`.`
    );
  }
  edits.push(
    replaceScalar(source, model.updatedOn, renderLike(model.updatedOn, formatUpdatedOn(entry.today)))
  );
  const out = applyEdits(source, edits);
  verifyEdit(source, out, entry, file);
  return { text: out, changed: out !== source, notes, previousStable };
}
function planEntry(source, model, entry, version) {
  const shortName = `${entry.namespace}/${entry.package}`;
  const ns = model.namespaceList.find(
    (n) => n.name === entry.namespace && n.packageList.some((p) => p.name === entry.package)
  ) ?? model.namespaceList.find((n) => n.name === entry.namespace);
  const pkg = ns?.packageList.find((p) => p.name === entry.package);
  const layout = learnLayout(source, model);
  if (pkg) return { ...movePackage(source, pkg, entry, version), previousStable: String(pkg.stable.value) };
  if (version.prerelease.length > 0) {
    const note2 = `${shortName} is not listed and ${entry.version} is a prerelease: no entry added (fppm installs \`stable\`); publish a stable version to list it`;
    return { edits: [], notes: [note2] };
  }
  if (ns?.packages)
    return {
      edits: [appendPackage(source, ns, entry, layout)],
      notes: [`added package ${shortName} with stable ${entry.version}`]
    };
  if (model.shared) throw sharedError(shortName);
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const edit = appendToSeq(
    source,
    model.namespaces,
    model.namespacesKey,
    !model.root.flow,
    eol,
    (dash, gap) => namespaceLines(entry, dash, gap, layout),
    () => `{${renderKey(entry.namespace)}: [${packageFlow(entry)}]}`
  );
  const note = `added namespace ${entry.namespace} and package ${shortName} with stable ${entry.version}`;
  return { edits: [edit], notes: [note] };
}
function movePackage(source, pkg, entry, version) {
  const shortName = `${entry.namespace}/${entry.package}`;
  const decision = decideStable(String(pkg.stable.value), entry.version, version);
  const notes = [decision.note.replace("{name}", shortName)];
  const edits = [];
  if (decision.move) {
    if (pkg.shared) throw sharedError(shortName);
    edits.push(replaceScalar(source, pkg.stable, JSON.stringify(entry.version)));
    if (pkg.git.value !== entry.git) {
      edits.push(replaceScalar(source, pkg.git, renderLike(pkg.git, entry.git)));
      notes.push(`${shortName}: git changed from ${String(pkg.git.value)} to ${entry.git}`);
    }
  } else if (pkg.git.value !== entry.git) {
    notes.push(`${shortName}: git is ${String(pkg.git.value)}, not ${entry.git}; left unchanged with stable`);
  }
  return { edits, notes };
}
function appendPackage(source, ns, entry, layout) {
  if (ns.shared) throw sharedError(`${entry.namespace}/${entry.package}`);
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  return appendToSeq(
    source,
    ns.packages,
    ns.key,
    !ns.inFlow,
    eol,
    (dash, gap) => packageLines(entry, dash, gap, layout),
    () => packageFlow(entry)
  );
}
function parseVersion(entry) {
  for (const [field, value] of [
    ["namespace", entry.namespace],
    ["package", entry.package],
    ["git", entry.git]
  ]) {
    if (value.trim() === "" || /[\r\n]/.test(value)) {
      throw new PublishError(
        "registry-entry-invalid",
        `the registry entry's ${field} is empty or spans lines`
      );
    }
  }
  const version = import_semver2.default.parse(entry.version);
  if (!version) {
    throw new PublishError(
      "registry-entry-invalid",
      `${entry.version} is not a semantic version, so its order against \`stable\` is unknown`,
      "Publish a version like 1.2.0 (a leading `v` is fine)."
    );
  }
  return version;
}
function decideStable(current, nextText, next) {
  if (next.prerelease.length > 0) {
    return { move: false, note: `{name}: ${nextText} is a prerelease; stable stays ${current}` };
  }
  const previous = import_semver2.default.parse(current);
  if (!previous) {
    return {
      move: true,
      note: `{name}: stable ${current} is not a semantic version; replaced by ${nextText}`
    };
  }
  const order = import_semver2.default.compare(next, previous);
  if (order > 0) return { move: true, note: `{name}: stable ${current} \u2192 ${nextText}` };
  if (order === 0) return { move: false, note: `{name}: stable is already ${current}` };
  return {
    move: false,
    note: `{name}: ${nextText} is older than stable ${current}; stable stays ${current}`
  };
}
function sharedError(shortName) {
  return new PublishError(
    "registry-yaml-unsupported",
    `${shortName} is reached through a YAML anchor or alias; editing it in place would change other entries too`,
    "Write the entry out in full (without `&anchor`/`*alias`) and publish again."
  );
}
function createFile(source, entry, version, file) {
  const shortName = `${entry.namespace}/${entry.package}`;
  if (version.prerelease.length > 0) {
    return {
      text: source,
      changed: false,
      notes: [
        `${shortName}: ${entry.version} is a prerelease; no registry file created (fppm installs \`stable\`); publish a stable version to list it`
      ]
    };
  }
  const header = {
    name: entry.header?.name ?? `${entry.namespace} registry`,
    publisher: entry.header?.publisher ?? entry.namespace,
    description: entry.header?.description ?? `F Prime packages published by ${entry.namespace}`
  };
  const lines = [
    `name: ${JSON.stringify(header.name)}`,
    `publisher: ${JSON.stringify(header.publisher)}`,
    `description: ${JSON.stringify(header.description)}`,
    `updated-on: ${formatUpdatedOn(entry.today)}`,
    "namespaces:",
    ...namespaceLines(entry, DEFAULT_LAYOUT.namespaceDash, DEFAULT_LAYOUT.namespaceGap, DEFAULT_LAYOUT)
  ];
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const prefix = source === "" || source.endsWith("\n") ? source : source + eol;
  const text2 = prefix + lines.join(eol) + eol;
  verifyEdit(source, text2, entry, file);
  return { text: text2, changed: true, notes: [`created ${file} with ${shortName} at stable ${entry.version}`] };
}
function verifyEdit(before, after, entry, file) {
  const problems = checkRegistryYaml(after, file).filter((p) => p.severity === "error");
  if (problems.length > 0) {
    throw new Error(
      `bug: the edited ${file} breaks fppm's rules: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("; ")}`
    );
  }
  const afterData = dataOf(after, file);
  const beforeData = before.trim() === "" ? null : dataOf(before, file);
  const expected = expectedData(beforeData, afterData, entry);
  if (!isDeepStrictEqual(afterData, expected)) {
    throw new Error(
      `bug: the edit of ${file} changed more than the entry of ${entry.namespace}/${entry.package}`
    );
  }
}
function dataOf(text2, file) {
  const { doc } = parseRegistry(text2, file);
  if (!doc) throw new Error(`bug: ${file} passed the checks but could not be parsed`);
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
function expectedData(before, after, entry) {
  const details = { git: entry.git, stable: entry.version };
  if (!before) {
    return { ...after, namespaces: [{ [entry.namespace]: [{ [entry.package]: details }] }] };
  }
  const expected = structuredClone(before);
  expected["updated-on"] = formatUpdatedOn(entry.today);
  const namespaces = expected["namespaces"];
  const holder = namespaces.find(
    (ns2) => Object.hasOwn(ns2, entry.namespace) && ns2[entry.namespace].some((p) => Object.hasOwn(p, entry.package))
  );
  if (holder) {
    const item = holder[entry.namespace].find((p) => Object.hasOwn(p, entry.package));
    Object.assign(item[entry.package], details);
    return expected;
  }
  const ns = namespaces.find((n) => Object.hasOwn(n, entry.namespace));
  if (ns) ns[entry.namespace].push({ [entry.package]: details });
  else namespaces.push({ [entry.namespace]: [{ [entry.package]: details }] });
  return expected;
}

// src/fppm/registry-update.ts
var BACKOFF_BASE_MS = 200;
var BACKOFF_CAP_MS = 5e3;
function backoffDelay(attempt, random) {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
}
async function updateRegistryFile(store, entry, opts) {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 8);
  const sleep2 = opts.sleep ?? ((ms) => new Promise((resolve9) => setTimeout(resolve9, ms)));
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const current = await store.read();
    const edit = applyRegistryEntry(current?.text ?? null, entry, store.describe());
    if (!edit.changed) return { changed: false, diff: "", notes: edit.notes, attempts: attempt };
    const written = await store.write(edit.text, current?.version ?? null, opts.message);
    if (written !== "conflict") {
      const diff = lineDiff(current?.text ?? "", edit.text);
      return { changed: true, commit: written.commit, diff, notes: edit.notes, attempts: attempt };
    }
    if (attempt >= maxAttempts) {
      throw new PublishError(
        "registry-conflict",
        `${store.describe()} changed under every one of ${maxAttempts} attempts to record ${entry.namespace}/${entry.package}`,
        "Other jobs keep writing the registry at the same time: re-run this job, or serialize publishing jobs with a workflow `concurrency:` group."
      );
    }
    await sleep2(backoffDelay(attempt, random));
  }
}
function sha256(data) {
  return createHash4("sha256").update(data).digest("hex");
}
var LocalRegistryFileStore = class {
  constructor(path4) {
    this.path = path4;
  }
  path;
  describe() {
    return this.path;
  }
  async read() {
    try {
      const bytes = await readFile4(this.path);
      return { text: decodeRegistryBytes(bytes, this.path), version: sha256(bytes) };
    } catch (error) {
      if (error.code === "ENOENT") return null;
      throw error;
    }
  }
  async write(text2, expectedVersion, _message) {
    await mkdir2(dirname3(this.path), { recursive: true });
    const temp = `${this.path}.${randomUUID()}.tmp`;
    const mode = await stat3(this.path).then(
      (s) => s.mode & 4095,
      () => void 0
    );
    try {
      await writeFile(temp, text2, { flush: true });
      if (mode !== void 0) await chmod(temp, mode);
      if (this.currentVersion() !== expectedVersion) {
        rmSync(temp, { force: true });
        return "conflict";
      }
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return { commit: sha256(text2) };
  }
  currentVersion() {
    try {
      return sha256(readFileSync(this.path));
    } catch (error) {
      if (error.code === "ENOENT") return null;
      throw error;
    }
  }
};

// src/targets/file-registry.ts
init_component();
init_version();
function parseFileRegistry(spec) {
  if (!spec.startsWith("file:")) return void 0;
  const rest = spec.slice("file:".length);
  const path4 = rest.startsWith("//") ? decodeURIComponent(new URL(spec).pathname) : rest;
  return path4 || ".";
}
async function sha256File(path4) {
  const hash = createHash5("sha256");
  for await (const chunk of createReadStream(path4, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk);
  return hash.digest("hex");
}
var FileRegistryTarget = class {
  constructor(options) {
    this.options = options;
    this.folder = resolve5(options.path);
  }
  options;
  name = "file-registry";
  folder;
  async prepare() {
    const { artifact } = this.options;
    const { publisher, name } = artifact.component.manifest;
    const dest = join6(this.folder, artifact.fileName);
    const prefix = `${publisher}.${name}.`;
    const names = await readdir2(this.folder).catch(() => []);
    const versions = names.filter((n) => n.startsWith(prefix) && n.endsWith(".tar")).map((n) => n.slice(prefix.length, -4));
    const order = compareToExisting(artifact.component.version, versions);
    if (order.order === "lower") {
      throw new PublishError(
        "version-too-low",
        `version ${artifact.component.version} is lower than ${order.highest}, already in ${displayPath(this.folder)}`,
        `publish a version greater than ${order.highest}`
      );
    }
    const tarExists = order.order === "same";
    if (tarExists && await sha256File(dest) !== artifact.sha256) {
      throw new PublishError(
        "published-differs",
        `${displayPath(dest)} is already published with other bytes; a published package is never replaced (clients cache it forever)`,
        "bump the version, or pack from exactly the sources that were published (same files, same SOURCE_DATE_EPOCH)"
      );
    }
    const registryFile = join6(this.folder, "registry.yaml");
    const before = await readFile5(registryFile, "utf8").catch(() => null);
    const edit = applyRegistryEntry(before, this.entry(), displayPath(registryFile));
    const parts = [
      tarExists ? `${artifact.fileName} already published (same sha256)` : `write ${displayPath(dest)}`,
      edit.changed ? `update ${displayPath(registryFile)}` : `${displayPath(registryFile)} unchanged`
    ];
    return {
      target: this.name,
      description: parts.join("; "),
      changes: !tarExists || edit.changed,
      apply: () => this.apply(dest, registryFile, tarExists)
    };
  }
  entry() {
    const { manifest, version } = this.options.artifact.component;
    return {
      namespace: manifest.publisher,
      package: manifest.name,
      git: this.options.git,
      version,
      today: this.options.today ?? /* @__PURE__ */ new Date()
    };
  }
  async apply(dest, registryFile, tarExists) {
    const { artifact } = this.options;
    let wrote = false;
    if (!tarExists) wrote = await this.placeTarball(dest);
    const { version } = artifact.component;
    const update = await updateRegistryFile(new LocalRegistryFileStore(registryFile), this.entry(), {
      message: `${artifact.component.manifest.publisher}.${artifact.component.manifest.name} ${version}`
    });
    const changed = wrote || update.changed;
    return {
      target: this.name,
      done: changed ? "published" : "already published",
      changed,
      outputs: { tarball: dest, "registry-file": registryFile, "registry-diff": update.diff }
    };
  }
  /** Links the finished file into place: never over an existing file, so a racing writer cannot be clobbered. */
  async placeTarball(dest) {
    const { artifact } = this.options;
    await mkdir3(this.folder, { recursive: true });
    const temp = `${dest}.tmp-${process.pid}-${Date.now()}`;
    await copyFile(artifact.file, temp);
    try {
      await link(temp, dest);
      return true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (await sha256File(dest) !== artifact.sha256) {
        throw new PublishError(
          "published-differs",
          `${displayPath(dest)} appeared with other bytes while publishing`,
          "bump the version"
        );
      }
      return false;
    } finally {
      await unlink(temp).catch(() => void 0);
    }
  }
};

// src/targets/serverless-registry.ts
var import_semver3 = __toESM(require_semver2(), 1);
import { createHash as createHash7 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { mkdir as mkdir5, readFile as readFile9 } from "node:fs/promises";
import path3 from "node:path";

// src/serverless/package.ts
var import_yaml8 = __toESM(require_dist(), 1);
import { readdir as readdir3, readFile as readFile6 } from "node:fs/promises";
import path from "node:path";
var FNF_COMPONENTS = ["devsapp/fnf", "fnf", "devsapp/fnf@dev", "fnf@dev"];
async function readServerlessPackage(dir) {
  const publish2 = await readYaml(path.join(dir, "publish"));
  if (!publish2) {
    throw new PublishError(
      "serverless-no-publish-yaml",
      `${dir}: no publish.yaml (or publish.yml)`,
      "a Serverless Devs package has publish.yaml at its root: point the input at that folder"
    );
  }
  const meta = parsePublishYaml(publish2.file, publish2.text);
  const sYaml = await readYaml(path.join(dir, "src", "s"));
  const form = {
    publish: publish2.text,
    publish_en: (await readYaml(path.join(dir, "publish_en")))?.text,
    version_body: await readMarkdown(dir, "version.md"),
    version_body_en: await readMarkdown(dir, "version_body_en.md"),
    flowyaml: JSON.stringify(await flows(dir, sYaml?.text)),
    syaml: sYaml?.text,
    syaml_en: (await readYaml(path.join(dir, "src", "s_en")))?.text,
    readme: await readMarkdown(dir, "readme.md"),
    readme_en: await readMarkdown(dir, "readme_en.md")
  };
  return { dir, ...meta, publishYamlFile: publish2.file, publishYamlText: publish2.text, form };
}
function parsePublishYaml(file, text2) {
  let doc;
  try {
    doc = (0, import_yaml8.parse)(text2);
  } catch (error) {
    throw new PublishError("serverless-publish-yaml", `${file}: not valid YAML: ${error.message}`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new PublishError(
      "serverless-publish-yaml",
      `${file}: expected a mapping of fields (Edition, Name, \u2026)`
    );
  }
  const fields = doc;
  const edition = fields["Edition"];
  if (edition !== "3.0.0") {
    const v2 = edition === void 0 || edition === "1.0.0" || edition === "2.0.0";
    throw new PublishError(
      "serverless-edition",
      v2 ? `${file}: Edition ${edition === void 0 ? "is missing" : edition}; this package is in the V2 format` : `${file}: Edition must be "3.0.0", found ${JSON.stringify(edition)}`,
      v2 ? "V2 packages are published with the V2 tool (`s cli registry publish`); to publish here, move to Edition: '3.0.0'" : "set Edition: '3.0.0' (quoted, a string)"
    );
  }
  return {
    name: requiredString(file, fields, "Name", "the package name, e.g. `Name: my-component`"),
    version: requiredString(
      file,
      fields,
      "Version",
      "the version as a quoted string, e.g. `Version: '0.0.1'`"
    ),
    type: typeof fields["Type"] === "string" ? fields["Type"] : ""
  };
}
function requiredString(file, fields, key, what) {
  const value = fields[key];
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  const found = value === void 0 ? "missing" : `${JSON.stringify(value)} (${typeof value}), not a string`;
  throw new PublishError("serverless-publish-yaml", `${file}: ${key} is ${found}`, `set ${key}: ${what}`);
}
async function readYaml(base) {
  const parsed = path.parse(base);
  const stem = path.join(parsed.dir, parsed.name);
  for (const file of [`${stem}.yaml`, `${stem}.yml`]) {
    const text2 = await readText(file);
    if (text2 !== void 0) return { file, text: text2 };
  }
  return void 0;
}
async function readMarkdown(dir, name) {
  const exact = await readText(path.join(dir, name));
  if (exact !== void 0) return exact;
  let entries;
  try {
    entries = (await readdir3(dir)).sort();
  } catch {
    return void 0;
  }
  const match = entries.find((entry) => entry.toLowerCase() === name.toLowerCase());
  return match === void 0 ? void 0 : readText(path.join(dir, match));
}
async function readText(file) {
  try {
    return await readFile6(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return void 0;
    throw error;
  }
}
async function flows(dir, sYamlText) {
  if (!sYamlText) return {};
  let resources;
  try {
    resources = (0, import_yaml8.parse)(sYamlText)?.resources;
  } catch {
    return [];
  }
  if (!resources || typeof resources !== "object") return [];
  const result = [];
  for (const [key, value] of Object.entries(resources)) {
    const resource = value ?? {};
    const definition = resource.props?.definition;
    if (!FNF_COMPONENTS.includes(String(resource.component ?? "")) || !definition) continue;
    result.push({ [key]: (await readYaml(path.join(dir, "src", String(definition))))?.text });
  }
  return result;
}

// src/targets/serverless-registry.ts
init_validate();

// src/serverless/zip.ts
var import_ignore2 = __toESM(require_ignore(), 1);
var import_yazl = __toESM(require_yazl(), 1);
import { createHash as createHash6 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lstat as lstat2, mkdir as mkdir4, readdir as readdir5, readFile as readFile8, rm as rm3, stat as stat5 } from "node:fs/promises";
import path2 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { inflateRawSync } from "node:zlib";
var MIB = 1024 * 1024;
var ZIP_WARN_BYTES = 10 * MIB;
var ZIP_MAX_BYTES = 20 * MIB;
var DEFAULT_ZIP_EPOCH = 315619200;
async function zipPackage(dir, outFile, options = {}) {
  const warnings = [];
  const files = await listPackageFiles(dir, { exclude: [outFile], warnings });
  const mtime = dosDate(options.sourceDateEpoch ?? epochFromEnv());
  const zip = new import_yazl.ZipFile();
  for (const file of files) {
    zip.addFile(path2.join(dir, file.name), file.name, { mtime, mode: file.mode, forceDosTimestamp: true });
  }
  zip.end();
  await mkdir4(path2.dirname(outFile), { recursive: true });
  const hash = createHash6("sha256");
  let size = 0;
  const measure = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  await pipeline(zip.outputStream, measure, createWriteStream(outFile));
  const label = `${path2.basename(outFile)} (${formatSize(size)})`;
  if (size > ZIP_MAX_BYTES && !options.force) {
    await rm3(outFile, { force: true });
    throw new PublishError(
      "serverless-zip-too-large",
      `${label} is over the registry's ${formatSize(ZIP_MAX_BYTES)} limit`,
      "list build output, dependencies and other files the package does not need in .signore, or set force to publish anyway"
    );
  }
  if (size > ZIP_WARN_BYTES) {
    warnings.push(
      `${label} is over ${formatSize(ZIP_WARN_BYTES)}: consider listing unneeded files in .signore`
    );
  }
  return { file: outFile, sha256: hash.digest("hex"), size, entries: files.map((f) => f.name), warnings };
}
async function listPackageFiles(dir, options = {}) {
  const signore = await readFile8(path2.join(dir, ".signore"), "utf8").catch(() => "");
  const ig = (0, import_ignore2.default)().add(signore);
  const excluded = new Set((options.exclude ?? []).map((f) => path2.resolve(f)));
  const files = [];
  const walk2 = async (relDir) => {
    const entries = await readdir5(path2.join(dir, relDir), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = path2.join(dir, rel);
      if (entry.name === ".git" || excluded.has(path2.resolve(abs))) continue;
      const info = entry.isSymbolicLink() ? await stat5(abs).catch(() => void 0) : await lstat2(abs);
      if (!info) {
        options.warnings?.push(`${rel}: broken symbolic link, left out of the zip`);
      } else if (info.isDirectory()) {
        if (entry.isSymbolicLink()) {
          options.warnings?.push(`${rel}: symbolic link to a folder, left out of the zip`);
        } else if (!ig.ignores(`${rel}/`)) {
          await walk2(rel);
        }
      } else if (info.isFile() && !ig.ignores(rel)) {
        files.push({ name: rel, mode: info.mode & 73 ? 33261 : 33188 });
      }
    }
  };
  await walk2("");
  return files.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}
function epochFromEnv() {
  const value = process.env["SOURCE_DATE_EPOCH"]?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : DEFAULT_ZIP_EPOCH;
}
function dosDate(epochSeconds) {
  const utc = new Date(Math.max(epochSeconds, DEFAULT_ZIP_EPOCH) * 1e3);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds()
  );
}
function formatSize(bytes) {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
function zipContentDigest(zip) {
  const entries = readZipEntries(zip).sort(
    (a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))
  );
  const digest = createHash6("sha256");
  for (const entry of entries) digest.update(`${entry.name}\0${entry.sha256}
`);
  return digest.digest("hex");
}
var EOCD = 101010256;
var CENTRAL = 33639248;
var LOCAL = 67324752;
function readZipEntries(zip) {
  const bad = (why) => new PublishError("serverless-zip-unreadable", `not a readable zip: ${why}`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad("no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 65535 || at === 4294967295) throw bad("zip64 is not supported");
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw bad("broken central directory");
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith("/")) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw bad(`broken entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    let data;
    if (method === 0) data = raw;
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    else throw bad(`entry ${name} uses compression method ${method}`);
    entries.push({ name, sha256: createHash6("sha256").update(data).digest("hex") });
  }
  return entries;
}

// src/targets/serverless-registry.ts
function versionOrder(version, listed) {
  if (listed.includes(version)) return { order: "same" };
  if (!import_semver3.default.valid(version)) return { order: "new" };
  const ordered = listed.filter((v) => import_semver3.default.valid(v)).sort(import_semver3.default.compare);
  const highest = ordered[ordered.length - 1];
  if (highest !== void 0 && import_semver3.default.compare(version, highest) <= 0)
    return { order: "not-greater", highest };
  return { order: "new" };
}
var ServerlessRegistryTarget = class {
  constructor(options) {
    this.options = options;
  }
  options;
  name = "serverless-registry";
  async prepare() {
    const { client, reporter } = this.options;
    const { problems } = await validateServerlessPackage(this.options.dir);
    if (problems.some((p) => p.severity === "error")) throw new InvalidInputError(problems);
    for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
    const pkg = await readServerlessPackage(this.options.dir);
    const id = `${pkg.name}@${pkg.version}`;
    await client.listMine(1);
    const listed = await client.versions(pkg.name);
    const order = versionOrder(
      pkg.version,
      listed.map((r) => r.tag_name)
    );
    if (order.order === "not-greater") {
      throw new PublishError(
        "serverless-version-order",
        `${id}: the Serverless Registry already has ${pkg.name}@${order.highest}, and ${pkg.version} is not greater`,
        "a new version must be greater than every version ever published: bump Version in publish.yaml"
      );
    }
    if (!import_semver3.default.valid(pkg.version)) {
      reporter.warning(`${id}: Version is not SemVer, so its order is left to the registry`);
    }
    const zip = await this.#zip(pkg);
    if (order.order === "same") {
      const zipball = listed.find((r) => r.tag_name === pkg.version)?.zipball_url;
      await this.#checkSameContents(pkg, zip, zipball);
      return this.#step(
        pkg,
        zip,
        false,
        `${id} is already in the Serverless Registry with the same contents`
      );
    }
    const description = `publish ${id} (${pkg.type || "package"}, ${zip.entries.length} files, ${kib(zip.size)}) to the Serverless Registry`;
    return this.#step(pkg, zip, true, description);
  }
  async #zip(pkg) {
    await mkdir5(this.options.workDir, { recursive: true });
    const file = path3.join(this.options.workDir, `${safeFileName(`${pkg.name}-${pkg.version}`)}.zip`);
    const zip = await zipPackage(pkg.dir, file, { force: this.options.force });
    for (const warning of zip.warnings) this.options.reporter.warning(warning);
    return zip;
  }
  async #checkSameContents(pkg, zip, zipballUrl) {
    const id = `${pkg.name}@${pkg.version}`;
    const url = zipballUrl || (await this.options.client.version(pkg.name, pkg.version))?.zipball_url;
    if (!url) {
      throw new PublishError(
        "serverless-version-taken",
        `${id} is listed by the Serverless Registry but has no zipball to compare with`,
        "a version number can never be reused \u2014 bump Version in publish.yaml"
      );
    }
    const published = await this.options.client.download(url);
    if (sha2562(published) === zip.sha256) return;
    if (sameContents(published, await readFile9(zip.file))) {
      this.options.reporter.info(`${id}: the published zip differs in bytes but holds the same files`);
      return;
    }
    throw new PublishError(
      "serverless-version-taken",
      `version ${pkg.version} of ${pkg.name} is already published with different contents; a version number can never be reused \u2014 bump Version in publish.yaml`
    );
  }
  #step(pkg, zip, changes, description) {
    const outputs = {
      "serverless-package": `${pkg.name}@${pkg.version}`,
      "serverless-zip-sha256": zip.sha256
    };
    return {
      target: this.name,
      description,
      changes,
      apply: async () => {
        if (changes) await this.#publish(pkg, zip);
        return {
          target: this.name,
          done: changes ? "published" : "already published",
          changed: changes,
          outputs
        };
      }
    };
  }
  async #publish(pkg, zip) {
    const { client, reporter } = this.options;
    const id = `${pkg.name}@${pkg.version}`;
    const url = await client.publish(pkg.form);
    await client.upload(url, { stream: createReadStream2(zip.file), length: zip.size });
    reporter.info(`${id}: uploaded ${kib(zip.size)}`);
    const attempts = this.options.verifyAttempts ?? 5;
    for (let i = 0; i < attempts; i++) {
      if (await client.version(pkg.name, pkg.version)) return;
      if (i < attempts - 1) await new Promise((r) => setTimeout(r, this.options.verifyDelayMs ?? 2e3));
    }
    throw new ServerlessRegistryError(
      "serverless-verify",
      `${id} was uploaded, but the Serverless Registry does not list it`,
      "look for the version on the registry; re-running is safe (a listed version with the same contents is left alone)",
      { operation: "verify" }
    );
  }
};
function sameContents(a, b) {
  try {
    return zipContentDigest(a) === zipContentDigest(b);
  } catch {
    return false;
  }
}
function sha2562(bytes) {
  return createHash7("sha256").update(bytes).digest("hex");
}
function safeFileName(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
function kib(bytes) {
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

// src/validate.ts
import { access } from "node:fs/promises";
import { join as join8, resolve as resolve7 } from "node:path";
init_component();
var exists = (path4) => access(path4).then(
  () => true,
  () => false
);
async function validateFolder(dir, options = {}) {
  const root = resolve7(dir);
  const hasComponent = await exists(join8(root, MANIFEST));
  const hasServerlessPackage = await exists(join8(root, "publish.yaml"));
  if (!hasComponent && !hasServerlessPackage) {
    throw new PublishError(
      "nothing-to-validate",
      `${displayPath(root)} holds neither ${MANIFEST} nor publish.yaml`,
      "point the command at a component folder or a Serverless Devs package folder"
    );
  }
  const problems = [];
  let deployOrder;
  if (hasComponent) problems.push(...(await inspectComponent(root, options)).problems);
  if (hasServerlessPackage) {
    const { validateServerlessPackage: validateServerlessPackage2 } = await Promise.resolve().then(() => (init_validate(), validate_exports));
    const result = await validateServerlessPackage2(root);
    problems.push(...result.problems);
    deployOrder = result.deployOrder;
  }
  return { problems, deployOrder, hasComponent, hasServerlessPackage };
}

// src/cli/main.ts
var USAGE = `Usage: component-publish <command> [DIR] [options]

Commands:
  validate [DIR]   check the component (slipway_component.json) and/or Serverless Devs package (publish.yaml)
                   --format text|json|github|sarif  --strict  --repo OWNER/NAME  --conventions slipway|none
  pack [DIR]       write <publisher>.<name>.<version>.tar
                   --out FOLDER|FILE.tar (default: .)  --version V  --format text|json
  publish [DIR]    publish to a local folder registry and/or the Serverless Registry
                   --registry file:PATH  --serverless  --version V  --dry-run  --format text|json
  list [ROOT]      components under ROOT (Slipway manifests and Serverless Devs packages)
                   --changed-since REF  --format text|json
  serverless versions NAME | serverless detail NAME@VERSION
                   read the Serverless Registry (token from SERVERLESS_REGISTRY_TOKEN or
                   serverless_devs_registry_token; SERVERLESS_REGISTRY_URL overrides the endpoints)

Common options: --repo OWNER/NAME, --conventions slipway|none, --version V, --tag-prefix P,
  --siblings "publisher.name \u2026"|none  (components released with this one under --version: their
  rigging references get it too; default every component of the repository)
DIR defaults to the current folder. Exit status: 0 ok, 1 invalid input or failed step, 2 usage.
`;
var OPTIONS = {
  format: { type: "string" },
  out: { type: "string" },
  version: { type: "string" },
  registry: { type: "string" },
  repo: { type: "string" },
  conventions: { type: "string" },
  "tag-prefix": { type: "string" },
  siblings: { type: "string" },
  "dry-run": { type: "boolean" },
  strict: { type: "boolean" },
  serverless: { type: "boolean" },
  "changed-since": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseCommandLine(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function stderrReporter(quiet) {
  const say = (prefix) => (message) => {
    if (!quiet || prefix === "warning: ") process.stderr.write(`${prefix}${message}
`);
  };
  return {
    info: say(""),
    notice: say("notice: "),
    warning: say("warning: "),
    debug: () => {
    },
    secret: () => {
    }
  };
}
function pick(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}
function inspectOptions(values) {
  return {
    version: values.version,
    tagPrefix: values["tag-prefix"],
    siblings: parseSiblings(values.siblings),
    repository: values.repo,
    conventions: pick(values.conventions, ["slipway", "none"], "conventions", "slipway")
  };
}
function progress(enabled) {
  if (!enabled || !process.stderr.isTTY) return void 0;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    process.stderr.write(
      `\rpacking ${Math.floor(done / total * 100)}% (${Math.round(done / 1048576)} of ${Math.round(total / 1048576)} MiB)`
    );
    if (done >= total) process.stderr.write("\n");
  };
}
async function validateCommand(dir, values) {
  const format = pick(values.format, ["text", "json", "github", "sarif"], "format", "text");
  const { problems, deployOrder } = await validateFolder(dir, inspectOptions(values));
  const ok = !hasErrors(problems, values.strict);
  if (format === "sarif") {
    const { toSarif: toSarif2 } = await Promise.resolve().then(() => (init_sarif(), sarif_exports));
    process.stdout.write(
      `${JSON.stringify(toSarif2(problems, { name: "component-publish", version: "0.1.0", informationUri: "https://github.com/component-publish/component-publish" }), null, 2)}
`
    );
  } else {
    process.stdout.write(formatProblems(problems, format, ok));
  }
  if (format === "text") {
    if (deployOrder && deployOrder.length > 0)
      process.stdout.write(`deploy order: ${deployOrder.join(" \u2192 ")}
`);
    process.stdout.write(`${ok ? "ok" : "invalid"}: ${summarizeProblems(problems)}
`);
  }
  return ok ? 0 : 1;
}
async function packCommand(dir, values) {
  const format = pick(values.format, ["text", "json"], "format", "text");
  const reporter = stderrReporter(format === "json");
  const component = await requireComponent(dir, inspectOptions(values), reporter);
  const artifact = await packComponent(component, values.out ?? ".", {
    onProgress: progress(format === "text")
  });
  const result = {
    file: displayPath(artifact.file),
    sha256: artifact.sha256,
    size: artifact.size,
    entries: artifact.entries,
    stampedReferences: component.stampedReferences
  };
  if (format === "json") process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
  else
    process.stdout.write(
      `${result.file}
  sha256 ${result.sha256}
  ${result.size} bytes, ${result.entries.length} files
`
    );
  return 0;
}
function serverlessToken() {
  const token = process.env.SERVERLESS_REGISTRY_TOKEN || process.env.serverless_devs_registry_token;
  if (!token) {
    throw new PublishError(
      "serverless-token",
      "no Serverless Registry token in the environment",
      "set SERVERLESS_REGISTRY_TOKEN (or serverless_devs_registry_token) to your registry token"
    );
  }
  return token;
}
function serverlessClient() {
  return new ServerlessRegistryClient({
    token: serverlessToken(),
    baseUrl: process.env.SERVERLESS_REGISTRY_URL || void 0
  });
}
async function publishCommand(dir, values) {
  const format = pick(values.format, ["text", "json"], "format", "text");
  if (!values.registry && !values.serverless) {
    throw new UsageError(
      "publish needs --registry file:PATH (e.g. --registry file:.registry) and/or --serverless"
    );
  }
  const folder = values.registry === void 0 ? void 0 : parseFileRegistry(values.registry);
  if (values.registry !== void 0 && folder === void 0)
    throw new UsageError(`--registry must be file:PATH, got "${values.registry}"`);
  const reporter = stderrReporter(format === "json");
  const workDir = await mkdtemp(join9(tmpdir(), "component-publish-"));
  try {
    const targets = (artifact) => {
      const list = [];
      if (artifact && folder !== void 0) {
        list.push(
          new FileRegistryTarget({
            path: folder,
            artifact,
            git: artifact.component.repository?.webUrl ?? `file://${resolve8(dir)}`
          })
        );
      }
      if (values.serverless)
        list.push(new ServerlessRegistryTarget({ dir, client: serverlessClient(), reporter, workDir }));
      return list;
    };
    const slipway = folder !== void 0;
    const result = await publish({
      dir,
      slipway,
      inspect: inspectOptions(values),
      workDir,
      dryRun: values["dry-run"],
      reporter,
      onProgress: progress(format === "text"),
      targets
    });
    const a = result.artifact;
    const summary = {
      component: a ? `${a.component.manifest.publisher}.${a.component.manifest.name}` : void 0,
      version: a?.component.version,
      sha256: a?.sha256,
      size: a?.size,
      dryRun: result.dryRun,
      plan: result.steps.map((s) => ({ target: s.target, changes: s.changes, description: s.description })),
      outcomes: result.outcomes,
      published: result.outcomes.some((o) => o.changed)
    };
    if (format === "json") {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}
`);
    } else if (result.dryRun) {
      process.stdout.write(
        `dry run: nothing was written. Plan${summary.component ? ` for ${summary.component} ${summary.version}` : ""}:
`
      );
      for (const s of summary.plan) process.stdout.write(`  ${s.target}: ${s.description}
`);
    } else {
      const done = result.outcomes.map((o) => `${o.target}: ${o.done}`).join("; ");
      const where = folder !== void 0 ? ` \u2192 ${displayPath(resolve8(folder))}` : "";
      process.stdout.write(
        `${summary.component ?? displayPath(resolve8(dir))} ${summary.version ?? ""}${where} (${done})
`
      );
    }
    return 0;
  } finally {
    await rm4(workDir, { recursive: true, force: true });
  }
}
async function listCommand(root, values) {
  const format = pick(values.format, ["text", "json"], "format", "text");
  const components = await listComponents(root, { changedSince: values["changed-since"] });
  if (format === "json") process.stdout.write(`${JSON.stringify(components)}
`);
  else for (const c of components) process.stdout.write(`${c.path}	${c.kind}	${c.name}	${c.version}
`);
  return 0;
}
async function serverlessCommand(sub, arg) {
  if (!arg) throw new UsageError(`serverless ${sub} needs ${sub === "detail" ? "NAME@VERSION" : "NAME"}`);
  const client = serverlessClient();
  if (sub === "versions") {
    const versions = await client.versions(arg);
    for (const v of versions) process.stdout.write(`${v.tag_name}	${v.created_at}
`);
    if (versions.length === 0) process.stderr.write(`no versions of ${arg} are listed
`);
    return 0;
  }
  if (sub === "detail") {
    const at = arg.lastIndexOf("@");
    if (at <= 0) throw new UsageError("serverless detail needs NAME@VERSION");
    const detail = await client.version(arg.slice(0, at), arg.slice(at + 1));
    if (!detail) {
      process.stderr.write(`${arg} is not listed in the Serverless Registry
`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(detail, null, 2)}
`);
    return 0;
  }
  throw new UsageError(`unknown serverless command "${sub}" (versions, detail)`);
}
async function main(argv) {
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [command, dir = ".", ...extra] = positionals;
    if (values.help || command === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (extra.length > (command === "serverless" ? 1 : 0))
      throw new UsageError(`unexpected argument "${extra.at(-1)}"`);
    switch (command) {
      case "validate":
        return await validateCommand(dir, values);
      case "pack":
        return await packCommand(dir, values);
      case "publish":
        return await publishCommand(dir, values);
      case "list":
        return await listCommand(dir, values);
      case "serverless":
        return await serverlessCommand(dir, extra.shift());
      default:
        throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`component-publish: ${error.message}

${USAGE}`);
      return 2;
    }
    if (error instanceof InvalidInputError) {
      process.stderr.write(formatProblems(error.problems, "text", false));
      process.stderr.write(`component-publish: ${error.message}
`);
      return 1;
    }
    if (error instanceof PublishError) {
      process.stderr.write(`component-publish: ${describeError(error)}
`);
      return 1;
    }
    process.stderr.write(
      `component-publish: unexpected failure (a bug; please report it):
${describeError(error)}
`
    );
    return 1;
  }
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
//# sourceMappingURL=cli.js.map
