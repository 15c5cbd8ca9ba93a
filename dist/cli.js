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
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
    var basenameOf = (path5) => {
      const end = path5.length - 1;
      const index = path5.lastIndexOf(
        SLASH,
        path5[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path5 : path5.slice(index + 1);
    };
    var parentOf = (path5) => {
      if (path5.charCodeAt(0) === SLASH_CODE || path5.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path5.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path5.length - 1;
      const cut = path5.lastIndexOf(
        SLASH,
        path5.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path5.slice(0, cut + 1);
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
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
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
      testLiteral(path5) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path5)) {
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
      test(path5, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path5) : path5;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path5
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
    var throwError2 = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath2 = (path5, originalPath, doThrow) => {
      if (!isString(path5)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path5) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath2.isNotRelative(path5)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path5) => {
      const first = path5.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path5.length === 1) {
        return true;
      }
      const second = path5.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path5.length === 2 || path5.charCodeAt(2) === SLASH_CODE;
    };
    checkPath2.isNotRelative = isNotRelative;
    checkPath2.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath2.convert(target);
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
      _test(originalPath, cache, path5) {
        checkPath2(
          path5,
          originalPath,
          this._strictPathCheck ? throwError2 : RETURN_FALSE
        );
        return path5 ? this._t(path5, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path5 = convertPath(target);
        if (!path5 || path5.charCodeAt(path5.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path5);
        }
        const dir = this._t(path5, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path5);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path5, cache) {
        if (path5 in cache) {
          return cache[path5];
        }
        const parentPath = parentOf(path5);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path5] = parent && parent.ignored ? parent : this._rules.test(path5, MODE_IGNORE);
      }
      ignores(path5) {
        return this._test(path5, this._ignoreCache, convertPath(path5)).ignored;
      }
      createFilter() {
        return (path5) => !this.ignores(path5);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path5) {
        return this._test(path5, this._testCache, convertPath(path5));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path5) => checkPath2(convertPath(path5), path5, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath2.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath2.isNotRelative = (path5) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path5) || isNotRelative(path5);
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
    var isMap13 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar11 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq10 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar11(node) || isCollection2(node)) && !!node.anchor;
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
    exports.isMap = isMap13;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar11;
    exports.isSeq = isSeq10;
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
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path5) {
      const ctrl = callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visit_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path5);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
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
    async function visitAsync_(key, node, visitor, path5) {
      const ctrl = await callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visitAsync_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path5);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
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
    function callVisitor(key, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path5);
      return void 0;
    }
    function replaceNode(key, path5, node) {
      const parent = path5[path5.length - 1];
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
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
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
          visit3.visit(doc.contents, (_key, node) => {
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
    var visit3 = require_visit();
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
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
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
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
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
        return value.map((v, i2) => toJS(v, String(i2), ctx));
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
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
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
    var visit3 = require_visit();
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
          visit3.visit(doc, {
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
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
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
      let tagObj = findTagObject(value, tagName, schema2.tags);
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
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
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
    function collectionFromPath(schema2, path5, value) {
      let v = value;
      for (let i2 = path5.length - 1; i2 >= 0; --i2) {
        const k = path5[i2];
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
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
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
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key, ...rest] = path5;
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
      deleteIn(path5) {
        const [key, ...rest] = path5;
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
      getIn(path5, keepScalar) {
        const [key, ...rest] = path5;
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
      hasIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key, ...rest] = path5;
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
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
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
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text3, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text3[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text3[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text3, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
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
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text3[++i2];
        } else {
          do {
            ch = text3[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text3[start];
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
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str2[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i2 = 0, ch = json2[i2]; ch; ch = json2[++i2]) {
        if (ch === " " && json2[i2 + 1] === "\\" && json2[i2 + 2] === "n") {
          str2 += json2.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i2 + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i2);
                const code = json2.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i2 + 2] === '"' || json2.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str2 += json2.slice(start, i2) + "\n\n";
                while (json2[i2 + 2] === "\\" && json2[i2 + 3] === "n" && json2[i2 + 4] !== '"') {
                  str2 += "\n";
                  i2 += 2;
                }
                str2 += indent;
                if (json2[i2 + 2] === " ")
                  str2 += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
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
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
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
      let res = _stringify(type2);
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
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
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
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str2.length + 1;
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
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
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i2 < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
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
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
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
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
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
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
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
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
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
      constructor(schema2) {
        super(identity.SEQ, schema2);
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
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i2 = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i2++), ctx));
        return seq2;
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
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
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
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
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
      resolve: (str2) => str2,
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
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
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
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i2 = 0; i2 < str2.length; ++i2)
            buffer[i2] = str2.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
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
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i2 = 0; i2 < seq2.items.length; ++i2) {
          let item = seq2.items[i2];
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
          seq2.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
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
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
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
    var pairs2 = require_pairs();
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
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
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
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
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
      constructor(schema2) {
        super(schema2);
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
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
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
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
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
        tags = tags.concat(merge2.merge);
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
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
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
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
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
      deleteIn(path5) {
        if (Collection.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
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
      getIn(path5, keepScalar) {
        if (Collection.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
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
      hasIn(path5) {
        if (Collection.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
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
      setIn(path5, value) {
        if (Collection.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
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
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
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
    function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
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
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
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
        const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
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
          const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
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
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
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
    function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
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
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
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
          const { source, type: type2 } = token;
          switch (type2) {
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
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
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
    function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap13 = fc.start.source === "{";
      const fcName = isMap13 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap13 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
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
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
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
          if (!isMap13 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
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
        if (!isMap13 && !sep3 && !props.found) {
          const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
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
            if (!isMap13 && !props.found && ctx.options.strict) {
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
          const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
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
          if (isMap13) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap13 ? "}" : "]";
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
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
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
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
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
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
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
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
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
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
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
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
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
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
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
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
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
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
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
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
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
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
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
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
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
    var CN = { composeNode: composeNode2, composeEmptyNode };
    function composeNode2(ctx, token, props, onError) {
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
    exports.composeNode = composeNode2;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode2 = require_compose_node();
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
      doc.contents = value ? composeNode2.composeNode(ctx, value, props, onError) : composeNode2.composeEmptyNode(ctx, props.end, start, null, props, onError);
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
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
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
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
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
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
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
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
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
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
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
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
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
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path5) => {
      const parent = visit3.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path5.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports.visit = visit3;
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
    var isScalar11 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar11;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
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
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
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
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
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
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
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
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
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
            if (this.flowKey || isEmpty2(next) || next === ",") {
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
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
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
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
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
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
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
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
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
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
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
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
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
    function includesToken(list, type2) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
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
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
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
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
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
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
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
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
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
                map2.items.push({ start });
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
                map2.items.push({ start, explicitKey: true });
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
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
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
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
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
                map2.items.push({ start, key: fs, sep: [] });
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
              const bv = this.startBlockValue(map2);
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
                  map2.items.push({ start });
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
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
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
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
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
    function parse5(src, reviver, options) {
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
    exports.parse = parse5;
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
    var visit3 = require_visit();
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
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
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
      for (let i2 = 0; i2 < identifiers.length; i2++) {
        if (compareIdentifiers(prerelease[i2], identifiers[i2]) !== 0) {
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
        let i2 = 0;
        do {
          const a = this.prerelease[i2];
          const b = other.prerelease[i2];
          debug("prerelease compare", i2, a, b);
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
        } while (++i2);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i2 = 0;
        do {
          const a = this.build[i2];
          const b = other.build[i2];
          debug("build compare", i2, a, b);
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
        } while (++i2);
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
              let i2 = this.prerelease.length;
              while (--i2 >= 0) {
                if (typeof this.prerelease[i2] === "number") {
                  this.prerelease[i2]++;
                  i2 = -2;
                }
              }
              if (i2 === -1) {
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
    var parse5 = (version, options, throwErrors = false) => {
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
    module.exports = parse5;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse5 = require_parse();
    var valid = (version, options) => {
      const v = parse5(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse5 = require_parse();
    var clean2 = (version, options) => {
      const s = parse5(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean2;
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
    var parse5 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse5(version1, null, true);
      const v2 = parse5(version2, null, true);
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
    var parse5 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse5(version, options);
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
    var parse5 = require_parse();
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
      return parse5(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse5 = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse5(versionStringToParse, options);
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
    var isPrerelease = (type2) => {
      return type2.startsWith("pre");
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
    var isWhitespace2 = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace2(char);
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
      if (isWhitespace2(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace2(range[position]) ? position : -1;
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
          for (let i2 = 0; i2 < this.set.length; i2++) {
            if (i2 > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i2];
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
        for (let i2 = 0; i2 < this.set.length; i2++) {
          if (testSet(this.set[i2], version, this.options)) {
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
    var testSet = (set2, version, options) => {
      for (let i2 = 0; i2 < set2.length; i2++) {
        if (!set2[i2].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i2 = 0; i2 < set2.length; i2++) {
          debug(set2[i2].semver);
          if (set2[i2].semver === Comparator.ANY) {
            continue;
          }
          if (set2[i2].semver.prerelease.length > 0) {
            const allowed = set2[i2].semver;
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
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
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
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
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
      const set2 = [];
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
            set2.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set2.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set2) {
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
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse5 = require_parse();
    var valid = require_valid();
    var clean2 = require_clean();
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
      parse: parse5,
      valid,
      clean: clean2,
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
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
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
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
    throw new JsonSyntaxError(
      `byte ${offset + 1} (0x${bytes[offset]?.toString(16).padStart(2, "0")}) is not UTF-8; Slipway reads the manifest as UTF-8 and refuses it`,
      positionAt(before, before.length),
      "slipway/not-utf8",
      "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
    );
  }
}
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let good = 0;
  while (good < bytes.length) {
    let step = 0;
    for (let n = 1; n <= 4 && good + n <= bytes.length; n++) {
      try {
        decoder.decode(bytes.subarray(good, good + n));
        step = n;
        break;
      } catch {
      }
    }
    if (step === 0) return good;
    good += step;
  }
  return good;
}
function parseJsonSource(text3) {
  if (text3.charCodeAt(0) === 65279) {
    throw new JsonSyntaxError(
      "the file starts with a byte order mark (BOM); serde_json, which Slipway reads it with, refuses it",
      { line: 1, column: 1 },
      "slipway/bom",
      "save the file as UTF-8 without a BOM"
    );
  }
  let value;
  try {
    value = JSON.parse(text3);
  } catch (error) {
    throw toSyntaxError(text3, error);
  }
  checkStructure(text3);
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text3, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
  const pairs2 = /* @__PURE__ */ new Map();
  if ((0, import_yaml.isMap)(doc.contents)) {
    for (const pair of doc.contents.items) {
      if ((0, import_yaml.isScalar)(pair.key)) pairs2.set(String(pair.key.value), pair);
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
    keyPosition: (key) => at(pairs2.get(key)?.key?.range?.[0] ?? rootStart),
    valuePosition: (key) => at(pairs2.get(key)?.value?.range?.[0] ?? rootStart),
    pathPosition: (path5) => {
      let node = doc.contents;
      let offset = rootStart;
      for (const part of path5) {
        const next = node?.get?.(part, true);
        if (!next || typeof next !== "object") break;
        node = next;
        offset = node.range?.[0] ?? offset;
      }
      return at(offset);
    },
    valueRange: (key) => {
      const range = pairs2.get(key)?.value?.range;
      return range ? [range[0], range[1]] : void 0;
    }
  };
}
function checkStructure(text3) {
  const stack = [];
  for (let i2 = 0; i2 < text3.length; i2++) {
    const c = text3[i2];
    if (c === "{" || c === "[") {
      if (stack.length + 1 >= MAX_JSON_DEPTH) {
        throw new JsonSyntaxError(
          `the JSON is nested ${MAX_JSON_DEPTH} levels deep here; serde_json, which Slipway reads it with, stops at ${MAX_JSON_DEPTH} ("recursion limit exceeded")`,
          positionAt(text3, i2),
          "slipway/too-deep",
          `keep nesting under ${MAX_JSON_DEPTH} levels (move deep data into a file the component reads)`
        );
      }
      stack.push(c === "{" ? { keys: /* @__PURE__ */ new Set(), expectKey: true } : { expectKey: false });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
    } else if (c === '"') {
      const start = i2;
      for (i2++; text3[i2] !== '"'; i2++) if (text3[i2] === "\\") i2++;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        top.expectKey = false;
        const key = JSON.parse(text3.slice(start, i2 + 1));
        if (top.keys.has(key)) {
          throw new JsonSyntaxError(
            `the key ${JSON.stringify(key)} appears twice in one object; Slipway (serde_json) refuses duplicate keys`,
            positionAt(text3, start),
            "slipway/duplicate-key",
            `keep one ${JSON.stringify(key)} and remove the other`
          );
        }
        top.keys.add(key);
      }
    }
  }
}
function positionAt(text3, offset) {
  const before = text3.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function toSyntaxError(text3, error) {
  const match = /position (\d+)/.exec(error.message);
  const offset = match ? Number(match[1]) : text3.length;
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
  return new JsonSyntaxError(reason || "invalid JSON", positionAt(text3, offset));
}
var import_yaml, MAX_JSON_DEPTH, JsonSyntaxError;
var init_json_source = __esm({
  "src/slipway/json-source.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_problems();
    MAX_JSON_DEPTH = 128;
    JsonSyntaxError = class extends Error {
      constructor(message, position, code = "slipway/json-syntax", fix = "fix the JSON syntax at this position") {
        super(message);
        this.position = position;
        this.code = code;
        this.fix = fix;
      }
      position;
      code;
      fix;
    };
  }
});

// src/slipway/schema.ts
function isJsonSchema(value) {
  const declared = value?.$schema;
  return typeof declared === "string" && declared.includes("://json-schema.org/");
}
function schemaProblems(value) {
  if (value === CANVAS_SHORTHAND) return [];
  if (!isObject(value)) {
    const message = `must be a schema object (JSON Typedef or JSON Schema) or "${CANVAS_SHORTHAND}"`;
    return [{ path: [], message, severity: "error" }];
  }
  if (isJsonSchema(value)) return [];
  const problems = [];
  const definitions = isObject(value.definitions) ? value.definitions : {};
  jtd(
    value,
    [],
    (path5, message, severity = "error") => {
      problems.push({ path: path5, message: `JSON Typedef: ${message}`, severity });
    },
    definitions
  );
  return problems;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jtd(value, path5, say, definitions) {
  if (!isObject(value)) {
    say(path5, "a schema must be an object");
    return;
  }
  const present = Object.keys(value).filter((k) => value[k] !== null);
  for (const key of present) {
    const kind = JTD_KEYS[key];
    if (!kind) {
      say(
        [...path5, key],
        `unknown keyword "${key}" (for JSON Schema, add "$schema": "https://json-schema.org/draft/2020-12/schema")`
      );
      continue;
    }
    keyword(value[key], kind, [...path5, key], say, definitions);
  }
  const form = present.filter((k) => k in JTD_KEYS && !NOT_FORM.has(k)).sort();
  if (!FORMS.has(form.join(","))) {
    say(
      path5,
      `the keywords ${form.join(", ")} do not make one valid form (jtd: "invalid combination of keywords")`
    );
    return;
  }
  if (typeof value.type === "string" && !JTD_TYPES.includes(value.type)) {
    say([...path5, "type"], `"type" "${value.type}" is not one of ${JTD_TYPES.join(", ")}`);
  }
  if (typeof value.ref === "string" && !(value.ref in definitions)) {
    say(
      [...path5, "ref"],
      `"ref" "${value.ref}" names no entry of the root "definitions"; validating input against it fails`,
      "warning"
    );
  }
}
function keyword(v, kind, at, say, definitions) {
  const key = String(at.at(-1));
  if (kind === "schema") jtd(v, at, say, definitions);
  if (kind === "boolean" && typeof v !== "boolean") say(at, `"${key}" must be true or false`);
  if (kind === "string" && typeof v !== "string") say(at, `"${key}" must be a string`);
  if (kind === "object" && !isObject(v)) say(at, `"${key}" must be an object`);
  if (kind === "schemas") {
    if (!isObject(v)) say(at, `"${key}" must be an object of schemas`);
    else for (const [name, sub] of Object.entries(v)) jtd(sub, [...at, name], say, definitions);
  }
  if (kind === "strings") {
    if (!Array.isArray(v) || v.some((e) => typeof e !== "string"))
      say(at, `"${key}" must be a list of strings`);
    else if (new Set(v).size !== v.length) say(at, `"${key}" repeats a value (jtd: "duplicated enum value")`);
    else if (v.length === 0) say(at, `"${key}" is empty: no input can match it`, "warning");
  }
}
function fileRefs(value) {
  const found = [];
  const id = value?.$id;
  if (id !== void 0 && !(typeof id === "string" && id.startsWith("file:"))) return found;
  const base = typeof id === "string" ? id : "file:///schema";
  const walk3 = (v, path5) => {
    if (Array.isArray(v)) {
      for (const [i2, item] of v.entries()) walk3(item, [...path5, i2]);
    }
    if (!isObject(v)) return;
    for (const [key, child] of Object.entries(v)) {
      if (key !== "$ref" || typeof child !== "string") {
        walk3(child, [...path5, key]);
        continue;
      }
      const url = URL.canParse(child, base) ? new URL(child, base) : void 0;
      if (child.startsWith("#") || url?.protocol !== "file:") continue;
      const file = decodeURIComponent(url.pathname).replace(/^\/+/, "");
      found.push({ ref: child, file, path: [...path5, key] });
    }
  };
  walk3(value, []);
  return found;
}
var CANVAS_SHORTHAND, JTD_TYPES, JTD_KEYS, FORMS, NOT_FORM;
var init_schema = __esm({
  "src/slipway/schema.ts"() {
    "use strict";
    CANVAS_SHORTHAND = "canvas";
    JTD_TYPES = [
      "boolean",
      "string",
      "timestamp",
      "float32",
      "float64",
      "int8",
      "uint8",
      "int16",
      "uint16",
      "int32",
      "uint32"
    ];
    JTD_KEYS = {
      definitions: "schemas",
      metadata: "object",
      nullable: "boolean",
      ref: "string",
      type: "string",
      enum: "strings",
      elements: "schema",
      properties: "schemas",
      optionalProperties: "schemas",
      additionalProperties: "boolean",
      values: "schema",
      discriminator: "string",
      mapping: "schemas"
    };
    FORMS = /* @__PURE__ */ new Set([
      "",
      "ref",
      "type",
      "enum",
      "elements",
      "properties",
      "optionalProperties",
      "optionalProperties,properties",
      "additionalProperties,properties",
      "additionalProperties,optionalProperties",
      "additionalProperties,optionalProperties,properties",
      "values",
      "discriminator,mapping"
    ]);
    NOT_FORM = /* @__PURE__ */ new Set(["definitions", "metadata", "nullable"]);
  }
});

// src/slipway/model.ts
function modelProblems(fields, source, file) {
  const problems = [];
  const report = (path5, code, message, fix, severity = "error") => {
    const at = source.pathPosition(path5);
    problems.push({ file, ...at, severity, code, message, fix });
  };
  checkDescription(fields.description, report);
  for (const key of ["input", "output"]) {
    if (!(key in fields)) continue;
    for (const p of schemaProblems(fields[key])) {
      const where = p.path.length > 0 ? ` at ${p.path.join(".")}` : "";
      report(
        [key, ...p.path],
        p.severity === "error" ? "slipway/schema-invalid" : "slipway/schema-suspect",
        `"${key}"${where}: ${p.message}`,
        "fix the schema (RFC 8927), or use {} to accept anything",
        p.severity
      );
    }
  }
  if (fields.callouts != null) checkCallouts(fields.callouts, ["callouts"], report);
  if (fields.rigging != null) checkRigging(fields.rigging, report);
  return problems;
}
function checkDescription(d, report) {
  if (d === void 0 || d === null) return;
  if (typeof d !== "string") {
    report(
      ["description"],
      "slipway/description-invalid",
      '"description" must be a string',
      "write it as a string"
    );
    return;
  }
  const bytes = Buffer.byteLength(d, "utf8");
  if (bytes > MAX_DESCRIPTION_BYTES) {
    report(
      ["description"],
      "slipway/description-too-long",
      `"description" is ${bytes} bytes of UTF-8 (${[...d].length} characters); Slipway's limit is ${MAX_DESCRIPTION_BYTES} bytes`,
      `shorten it to ${MAX_DESCRIPTION_BYTES} bytes or fewer (a non-ASCII character takes 2 to 4)`
    );
  }
}
function checkMap(value, path5, report, entry) {
  const key = String(path5.at(-1));
  if (!isObject2(value)) {
    report(
      path5,
      `slipway/${key}-invalid`,
      `"${path5.join(".")}" must be an object`,
      `write it as { \u2026 } or remove it`
    );
    return;
  }
  for (const [handle, v] of Object.entries(value)) {
    const bytes = Buffer.byteLength(handle, "utf8");
    if (!HANDLE.test(handle) || bytes > MAX_HANDLE_BYTES) {
      report(
        [...path5, handle],
        `slipway/${key}-invalid`,
        `the handle "${handle}" in "${path5.join(".")}" must be 1 to ${MAX_HANDLE_BYTES} bytes of letters, digits and _`,
        "rename the handle (e.g. replace - with _)"
      );
    }
    entry(v, [...path5, handle]);
  }
}
function checkEntry(v, at, allowed, report) {
  const kind = at[0] === "rigging" && at.length === 2 ? "rigging step" : "callout";
  const code = kind === "callout" ? "slipway/callouts-invalid" : "slipway/rigging-invalid";
  if (!isObject2(v)) {
    report(
      at,
      code,
      `the ${kind} "${at.join(".")}" must be an object with "component"`,
      'write it as { "component": "publisher.name.version" }'
    );
    return false;
  }
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key)) {
      report(
        [...at, key],
        code,
        `unknown key "${key}" in the ${kind} "${at.join(".")}": Slipway refuses keys other than ${allowed.join(", ")}`,
        `remove "${key}"`
      );
    }
  }
  const reference = typeof v.component === "string" ? referenceProblem(v.component) : void 0;
  if (reference)
    report([...at, "component"], code, `the ${kind} "${at.join(".")}": ${reference}`, REFERENCE_FIX);
  if (typeof v.component !== "string" || v.component === "") {
    report(
      "component" in v ? [...at, "component"] : at,
      code,
      `the ${kind} "${at.join(".")}" needs "component", a reference such as "publisher.name.1.0.0"`,
      'add "component": "publisher.name.version"'
    );
  }
  for (const key of ["allow", "deny"])
    if (v[key] != null) checkPermissions(v[key], [...at, key], report);
  return true;
}
function checkCallouts(value, path5, report) {
  checkMap(value, path5, report, (v, at) => checkEntry(v, at, CALLOUT_KEYS, report));
}
function checkRigging(value, report) {
  checkMap(value, ["rigging"], report, (v, at) => {
    if (!checkEntry(v, at, RIGGING_KEYS, report)) return;
    if (v.callouts != null) checkCallouts(v.callouts, [...at, "callouts"], report);
    if (v.permissions_chain == null) return;
    if (v.allow != null || v.deny != null) {
      report(
        [...at, "permissions_chain"],
        "slipway/rigging-invalid",
        `the rigging step "${at.join(".")}" has both allow/deny and permissions_chain; Slipway stops on that`,
        "keep one of them"
      );
    }
    const chain = v.permissions_chain;
    if (!Array.isArray(chain)) {
      report(
        [...at, "permissions_chain"],
        "slipway/rigging-invalid",
        '"permissions_chain" must be a list',
        'write [{ "allow": [...], "deny": [...] }]'
      );
      return;
    }
    chain.forEach((link2, i2) => {
      const where = [...at, "permissions_chain", i2];
      const keys = isObject2(link2) ? Object.keys(link2).sort().join(",") : "";
      if (keys !== "allow,deny") {
        report(
          where,
          "slipway/rigging-invalid",
          'each permissions_chain link must be exactly { "allow": [...], "deny": [...] }',
          "give each link both lists and nothing else"
        );
        return;
      }
      const l = link2;
      checkPermissions(l.allow, [...where, "allow"], report);
      checkPermissions(l.deny, [...where, "deny"], report);
    });
  });
}
function checkPermissions(value, path5, report) {
  const bad = (at, message) => report(
    at,
    "slipway/permission-invalid",
    message,
    'write e.g. { "permission": "http", "prefix": "https://example.com/" }'
  );
  if (!Array.isArray(value)) {
    bad(path5, `"${path5.join(".")}" must be a list of permissions`);
    return;
  }
  for (const [i2, p] of value.entries()) {
    const at = [...path5, i2];
    const kind = isObject2(p) && typeof p.permission === "string" ? PERMISSIONS[p.permission] : void 0;
    if (!isObject2(p) || !kind) {
      bad(at, `a permission needs "permission": one of ${Object.keys(PERMISSIONS).join(", ")}`);
      continue;
    }
    const extra = Object.keys(p).filter((k) => k !== "permission");
    const unknown = extra.filter((k) => !kind.keys.includes(k));
    if (unknown.length > 0)
      bad([...at, unknown[0]], `"${p.permission}" permissions take no "${unknown[0]}"`);
    else if (extra.length > 1 && !kind.many)
      bad(at, `a "${p.permission}" permission takes one of ${kind.keys.join(", ")}, not several`);
    else if (extra.some((k) => typeof p[k] !== "string"))
      bad(at, `the values of a "${p.permission}" permission are strings`);
  }
}
function referenceProblem(reference) {
  if (reference === "pass" || reference === "sink") return void 0;
  const registry = REGISTRY_REFERENCE.exec(reference);
  if (registry) {
    const version = registry.groups.version;
    return isStrictSemver(version) ? void 0 : `the version "${version}" of "${reference}" is not SemVer (references take exact versions)`;
  }
  if (/^file:./.test(reference)) return void 0;
  if (/^https?:\/\//.test(reference) && URL.canParse(reference)) return void 0;
  return `"${reference}" is not a component reference Slipway can resolve`;
}
var MAX_DESCRIPTION_BYTES, MAX_HANDLE_BYTES, HANDLE, WORD, REGISTRY_REFERENCE, REFERENCE_FIX, CALLOUT_KEYS, RIGGING_KEYS, PERMISSIONS, isObject2;
var init_model = __esm({
  "src/slipway/model.ts"() {
    "use strict";
    init_version();
    init_schema();
    MAX_DESCRIPTION_BYTES = 256;
    MAX_HANDLE_BYTES = 256;
    HANDLE = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]+$/u;
    WORD = "[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]+";
    REGISTRY_REFERENCE = new RegExp(`^${WORD}\\.${WORD}\\.(?<version>.+)$`, "u");
    REFERENCE_FIX = 'write publisher.name.1.2.3, file:relative/path, file:///absolute/path, an http(s) URL, "pass" or "sink"';
    CALLOUT_KEYS = ["component", "allow", "deny"];
    RIGGING_KEYS = ["component", "input", "allow", "deny", "permissions_chain", "callouts"];
    PERMISSIONS = {
      all: { keys: [] },
      http: { keys: ["exact", "prefix"] },
      http_components: { keys: ["exact", "prefix"] },
      files: { keys: ["exact", "within"] },
      fonts: { keys: ["exact", "prefix", "suffix"] },
      env: { keys: ["exact", "prefix", "suffix"] },
      local_components: { keys: ["exact"] },
      registry_components: { keys: ["publisher", "name", "version"], many: true }
    };
    isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
import { isAbsolute, join, relative, resolve, sep } from "node:path";
function displayPath(path5) {
  const rel = relative(process.cwd(), path5);
  if (rel === "") return ".";
  const shown = !rel.startsWith("..") && !isAbsolute(rel) ? rel : path5;
  return shown.split(sep).join("/");
}
function checkManifest(input, file) {
  const problems = [];
  const report = (at, code, message, fix, severity = "error") => problems.push({ file, ...at, severity, code, message, fix });
  let source;
  let text3 = "";
  try {
    text3 = typeof input === "string" ? input : decodeUtf8(input);
    source = parseJsonSource(text3);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const what = error.code === "slipway/json-syntax" ? "is not valid JSON: " : "";
    report(error.position, error.code, `${MANIFEST} ${what}${error.message}`, error.fix);
    return { text: text3, problems };
  }
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report(
      { line: 1, column: 1 },
      "slipway/not-an-object",
      `${MANIFEST} must be a JSON object`,
      "wrap the fields in { \u2026 }"
    );
    return { text: text3, problems };
  }
  const fields = value;
  topLevelProblems(fields, source, report);
  problems.push(...modelProblems(fields, source, file));
  const ok = !problems.some((p) => p.severity === "error");
  return { manifest: ok ? fields : void 0, source, text: text3, problems };
}
function topLevelProblems(fields, source, report) {
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
}
function suggestName(value) {
  const s = String(value ?? "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").slice(0, 64);
  return s || "my_component";
}
async function checkRunner(dir, manifest, file, built = false) {
  const size = async (name) => {
    const info = await stat(join(dir, name)).catch(() => null);
    return info?.isFile() ? info.size : void 0;
  };
  const at = { file, line: 0, column: 0 };
  for (const runner of ["run.wasm", "run.js"]) {
    const bytes = await size(runner);
    if (bytes === void 0) continue;
    if (bytes === 0 && manifest.rigging == null) {
      return [
        {
          ...at,
          severity: "error",
          code: "slipway/empty-runner",
          message: `${runner} is empty (0 bytes): Slipway would load a component with nothing to run`,
          fix: `build ${runner} into the component folder before packing`
        }
      ];
    }
    return runner === "run.js" && await size("js_component.json") !== void 0 ? checkJsComponent(dir, size) : [];
  }
  if (manifest.rigging != null) return [];
  return [
    {
      ...at,
      severity: built ? "error" : "warning",
      code: "slipway/no-runner",
      message: `the component has no run.wasm, no run.js and no "rigging": Slipway will have nothing to run${built ? "" : " (fine on a source tree if the build makes run.wasm before packing)"}`,
      fix: "build run.wasm (or add run.js) into the component folder before packing"
    }
  ];
}
async function checkJsComponent(dir, size) {
  const shown = displayPath(join(dir, "js_component.json"));
  const problem = (code, message, fix) => ({
    file: shown,
    line: 0,
    column: 0,
    severity: "error",
    code,
    message,
    fix
  });
  let scripts;
  try {
    const source = parseJsonSource(decodeUtf8(await readFile(join(dir, "js_component.json"))));
    scripts = source.value?.scripts;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return [
        { ...problem(error.code, `js_component.json: ${error.message}`, error.fix), ...error.position }
      ];
    }
    return [
      problem(
        "slipway/unreadable",
        `${shown} cannot be read: ${error.message}`,
        "make the file readable"
      )
    ];
  }
  if (scripts !== void 0 && !Array.isArray(scripts)) {
    return [
      problem(
        "slipway/js-component-invalid",
        '"scripts" in js_component.json must be a list of file names',
        'write "scripts": ["a.js", \u2026]'
      )
    ];
  }
  const problems = [];
  for (const script of scripts ?? []) {
    const inside = typeof script === "string" && resolve(dir, script).startsWith(resolve(dir) + sep);
    if (!inside || await size(script) === void 0) {
      problems.push(
        problem(
          "slipway/js-script-missing",
          `script ${JSON.stringify(script)} listed in js_component.json ${inside ? "does not exist" : "is not inside the component folder"}`,
          'add the file to the component folder or remove it from "scripts"'
        )
      );
    }
  }
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
function stampVersion(text3, source, version) {
  const range = source.valueRange("version");
  if (!range) throw new Error('stampVersion: the manifest has no "version" value');
  const offset = text3.charCodeAt(0) === 65279 ? 1 : 0;
  return text3.slice(0, range[0] + offset) + JSON.stringify(version) + text3.slice(range[1] + offset);
}
var MANIFEST, REQUIRED, OPTIONAL, KNOWN;
var init_component = __esm({
  "src/slipway/component.ts"() {
    "use strict";
    init_version();
    init_json_source();
    init_model();
    init_naming();
    MANIFEST = "slipway_component.json";
    REQUIRED = ["publisher", "name", "version", "input", "output"];
    OPTIONAL = ["description", "callouts", "rigging", "constants"];
    KNOWN = /* @__PURE__ */ new Set([...REQUIRED, ...OPTIONAL]);
  }
});

// src/yaml-positions.ts
function parseYaml(text3, options = {}) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text3, { lineCounter, uniqueKeys: false, prettyErrors: true });
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
function pairOf(map2, key) {
  if (!(0, import_yaml3.isMap)(map2)) return void 0;
  return map2.items.find((p) => keyText(p) === key);
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

// node_modules/js-yaml/dist/js-yaml.mjs
function isNothing(subject) {
  return typeof subject === "undefined" || subject === null;
}
function isObject3(subject) {
  return typeof subject === "object" && subject !== null;
}
function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];
  return [sequence];
}
function extend(target, source) {
  var index, length, key, sourceKeys;
  if (source) {
    sourceKeys = Object.keys(source);
    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key = sourceKeys[index];
      target[key] = source[key];
    }
  }
  return target;
}
function repeat(string, count) {
  var result = "", cycle;
  for (cycle = 0; cycle < count; cycle += 1) {
    result += string;
  }
  return result;
}
function isNegativeZero(number) {
  return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
}
function formatError(exception2, compact) {
  var where = "", message = exception2.reason || "(unknown reason)";
  if (!exception2.mark) return message;
  if (exception2.mark.name) {
    where += 'in "' + exception2.mark.name + '" ';
  }
  where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
  if (!compact && exception2.mark.snippet) {
    where += "\n\n" + exception2.mark.snippet;
  }
  return message + " " + where;
}
function YAMLException$1(reason, mark) {
  Error.call(this);
  this.name = "YAMLException";
  this.reason = reason;
  this.mark = mark;
  this.message = formatError(this, false);
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, this.constructor);
  } else {
    this.stack = new Error().stack || "";
  }
}
function getLine(buffer, lineStart, lineEnd2, position, maxLineLength) {
  var head = "";
  var tail = "";
  var maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd2 - position > maxHalfLength) {
    tail = " ...";
    lineEnd2 = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
    // relative position
  };
}
function padStart(string, max) {
  return common.repeat(" ", max - string.length) + string;
}
function makeSnippet(mark, options) {
  options = Object.create(options || null);
  if (!mark.buffer) return null;
  if (!options.maxLength) options.maxLength = 79;
  if (typeof options.indent !== "number") options.indent = 1;
  if (typeof options.linesBefore !== "number") options.linesBefore = 3;
  if (typeof options.linesAfter !== "number") options.linesAfter = 2;
  var re = /\r?\n|\r|\0/g;
  var lineStarts = [0];
  var lineEnds = [];
  var match;
  var foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2;
    }
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  var result = "", i2, line;
  var lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
  var maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
  for (i2 = 1; i2 <= options.linesBefore; i2++) {
    if (foundLineNo - i2 < 0) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i2],
      lineEnds[foundLineNo - i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i2]),
      maxLineLength
    );
    result = common.repeat(" ", options.indent) + padStart((mark.line - i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n" + result;
  }
  line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
  for (i2 = 1; i2 <= options.linesAfter; i2++) {
    if (foundLineNo + i2 >= lineEnds.length) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i2],
      lineEnds[foundLineNo + i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i2]),
      maxLineLength
    );
    result += common.repeat(" ", options.indent) + padStart((mark.line + i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  }
  return result.replace(/\n$/, "");
}
function compileStyleAliases(map2) {
  var result = {};
  if (map2 !== null) {
    Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    });
  }
  return result;
}
function Type$1(tag, options) {
  options = options || {};
  Object.keys(options).forEach(function(name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new exception('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });
  this.options = options;
  this.tag = tag;
  this.kind = options["kind"] || null;
  this.resolve = options["resolve"] || function() {
    return true;
  };
  this.construct = options["construct"] || function(data) {
    return data;
  };
  this.instanceOf = options["instanceOf"] || null;
  this.predicate = options["predicate"] || null;
  this.represent = options["represent"] || null;
  this.representName = options["representName"] || null;
  this.defaultStyle = options["defaultStyle"] || null;
  this.multi = options["multi"] || false;
  this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new exception('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}
function compileList(schema2, name) {
  var result = [];
  schema2[name].forEach(function(currentType) {
    var newIndex = result.length;
    result.forEach(function(previousType, previousIndex) {
      if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
        newIndex = previousIndex;
      }
    });
    result[newIndex] = currentType;
  });
  return result;
}
function compileMap() {
  var result = {
    scalar: {},
    sequence: {},
    mapping: {},
    fallback: {},
    multi: {
      scalar: [],
      sequence: [],
      mapping: [],
      fallback: []
    }
  }, index, length;
  function collectType(type2) {
    if (type2.multi) {
      result.multi[type2.kind].push(type2);
      result.multi["fallback"].push(type2);
    } else {
      result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
    }
  }
  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}
function Schema$1(definition) {
  return this.extend(definition);
}
function resolveYamlNull(data) {
  if (data === null) return true;
  var max = data.length;
  return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
}
function constructYamlNull() {
  return null;
}
function isNull2(object) {
  return object === null;
}
function resolveYamlBoolean(data) {
  if (data === null) return false;
  var max = data.length;
  return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
}
function constructYamlBoolean(data) {
  return data === "true" || data === "True" || data === "TRUE";
}
function isBoolean(object) {
  return Object.prototype.toString.call(object) === "[object Boolean]";
}
function isHexCode(c) {
  return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
}
function isOctCode(c) {
  return 48 <= c && c <= 55;
}
function isDecCode(c) {
  return 48 <= c && c <= 57;
}
function resolveYamlInteger(data) {
  if (data === null) return false;
  var max = data.length, index = 0, hasDigits = false, ch;
  if (!max) return false;
  ch = data[index];
  if (ch === "-" || ch === "+") {
    ch = data[++index];
  }
  if (ch === "0") {
    if (index + 1 === max) return true;
    ch = data[++index];
    if (ch === "b") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (ch !== "0" && ch !== "1") return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "x") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "o") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isOctCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
  }
  if (ch === "_") return false;
  for (; index < max; index++) {
    ch = data[index];
    if (ch === "_") continue;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }
  if (!hasDigits || ch === "_") return false;
  return true;
}
function constructYamlInteger(data) {
  var value = data, sign = 1, ch;
  if (value.indexOf("_") !== -1) {
    value = value.replace(/_/g, "");
  }
  ch = value[0];
  if (ch === "-" || ch === "+") {
    if (ch === "-") sign = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === "0") return 0;
  if (ch === "0") {
    if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
    if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
    if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
  }
  return sign * parseInt(value, 10);
}
function isInteger(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
}
function resolveYamlFloat(data) {
  if (data === null) return false;
  if (!YAML_FLOAT_PATTERN.test(data) || // Quick hack to not allow integers end with `_`
  // Probably should update regexp & check speed
  data[data.length - 1] === "_") {
    return false;
  }
  return true;
}
function constructYamlFloat(data) {
  var value, sign;
  value = data.replace(/_/g, "").toLowerCase();
  sign = value[0] === "-" ? -1 : 1;
  if ("+-".indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }
  if (value === ".inf") {
    return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  } else if (value === ".nan") {
    return NaN;
  }
  return sign * parseFloat(value, 10);
}
function representYamlFloat(object, style) {
  var res;
  if (isNaN(object)) {
    switch (style) {
      case "lowercase":
        return ".nan";
      case "uppercase":
        return ".NAN";
      case "camelcase":
        return ".NaN";
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return ".inf";
      case "uppercase":
        return ".INF";
      case "camelcase":
        return ".Inf";
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return "-.inf";
      case "uppercase":
        return "-.INF";
      case "camelcase":
        return "-.Inf";
    }
  } else if (common.isNegativeZero(object)) {
    return "-0.0";
  }
  res = object.toString(10);
  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
}
function isFloat(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
}
function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}
function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date;
  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
  if (match === null) throw new Error("Date resolve error");
  year = +match[1];
  month = +match[2] - 1;
  day = +match[3];
  if (!match[4]) {
    return new Date(Date.UTC(year, month, day));
  }
  hour = +match[4];
  minute = +match[5];
  second = +match[6];
  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) {
      fraction += "0";
    }
    fraction = +fraction;
  }
  if (match[9]) {
    tz_hour = +match[10];
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 6e4;
    if (match[9] === "-") delta = -delta;
  }
  date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  if (delta) date.setTime(date.getTime() - delta);
  return date;
}
function representYamlTimestamp(object) {
  return object.toISOString();
}
function resolveYamlMerge(data) {
  return data === "<<" || data === null;
}
function resolveYamlBinary(data) {
  if (data === null) return false;
  var code, idx, bitlen = 0, max = data.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    code = map2.indexOf(data.charAt(idx));
    if (code > 64) continue;
    if (code < 0) return false;
    bitlen += 6;
  }
  return bitlen % 8 === 0;
}
function constructYamlBinary(data) {
  var idx, tailbits, input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
  for (idx = 0; idx < max; idx++) {
    if (idx % 4 === 0 && idx) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    }
    bits = bits << 6 | map2.indexOf(input.charAt(idx));
  }
  tailbits = max % 4 * 6;
  if (tailbits === 0) {
    result.push(bits >> 16 & 255);
    result.push(bits >> 8 & 255);
    result.push(bits & 255);
  } else if (tailbits === 18) {
    result.push(bits >> 10 & 255);
    result.push(bits >> 2 & 255);
  } else if (tailbits === 12) {
    result.push(bits >> 4 & 255);
  }
  return new Uint8Array(result);
}
function representYamlBinary(object) {
  var result = "", bits = 0, idx, tail, max = object.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    if (idx % 3 === 0 && idx) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    }
    bits = (bits << 8) + object[idx];
  }
  tail = max % 3;
  if (tail === 0) {
    result += map2[bits >> 18 & 63];
    result += map2[bits >> 12 & 63];
    result += map2[bits >> 6 & 63];
    result += map2[bits & 63];
  } else if (tail === 2) {
    result += map2[bits >> 10 & 63];
    result += map2[bits >> 4 & 63];
    result += map2[bits << 2 & 63];
    result += map2[64];
  } else if (tail === 1) {
    result += map2[bits >> 2 & 63];
    result += map2[bits << 4 & 63];
    result += map2[64];
    result += map2[64];
  }
  return result;
}
function isBinary(obj) {
  return Object.prototype.toString.call(obj) === "[object Uint8Array]";
}
function resolveYamlOmap(data) {
  if (data === null) return true;
  var objectKeys = [], index, length, pair, pairKey, pairHasKey, object = data;
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;
    if (_toString$2.call(pair) !== "[object Object]") return false;
    for (pairKey in pair) {
      if (_hasOwnProperty$3.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }
    if (!pairHasKey) return false;
    if (objectKeys.indexOf(pairKey) === -1) objectKeys.push(pairKey);
    else return false;
  }
  return true;
}
function constructYamlOmap(data) {
  return data !== null ? data : [];
}
function resolveYamlPairs(data) {
  if (data === null) return true;
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    if (_toString$1.call(pair) !== "[object Object]") return false;
    keys = Object.keys(pair);
    if (keys.length !== 1) return false;
    result[index] = [keys[0], pair[keys[0]]];
  }
  return true;
}
function constructYamlPairs(data) {
  if (data === null) return [];
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    keys = Object.keys(pair);
    result[index] = [keys[0], pair[keys[0]]];
  }
  return result;
}
function resolveYamlSet(data) {
  if (data === null) return true;
  var key, object = data;
  for (key in object) {
    if (_hasOwnProperty$2.call(object, key)) {
      if (object[key] !== null) return false;
    }
  }
  return true;
}
function constructYamlSet(data) {
  return data !== null ? data : {};
}
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function is_EOL(c) {
  return c === 10 || c === 13;
}
function is_WHITE_SPACE(c) {
  return c === 9 || c === 32;
}
function is_WS_OR_EOL(c) {
  return c === 9 || c === 32 || c === 10 || c === 13;
}
function is_FLOW_INDICATOR(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromHexCode(c) {
  var lc;
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  lc = c | 32;
  if (97 <= lc && lc <= 102) {
    return lc - 97 + 10;
  }
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) {
    return 2;
  }
  if (c === 117) {
    return 4;
  }
  if (c === 85) {
    return 8;
  }
  return 0;
}
function fromDecimalCode(c) {
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  return -1;
}
function simpleEscapeSequence(c) {
  return c === 48 ? "\0" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "	" : c === 9 ? "	" : c === 110 ? "\n" : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "\x85" : c === 95 ? "\xA0" : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
}
function charFromCodepoint(c) {
  if (c <= 65535) {
    return String.fromCharCode(c);
  }
  return String.fromCharCode(
    (c - 65536 >> 10) + 55296,
    (c - 65536 & 1023) + 56320
  );
}
function State$1(input, options) {
  this.input = input;
  this.filename = options["filename"] || null;
  this.schema = options["schema"] || _default;
  this.onWarning = options["onWarning"] || null;
  this.legacy = options["legacy"] || false;
  this.json = options["json"] || false;
  this.listener = options["listener"] || null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap = this.schema.compiledTypeMap;
  this.length = input.length;
  this.position = 0;
  this.line = 0;
  this.lineStart = 0;
  this.lineIndent = 0;
  this.firstTabInLine = -1;
  this.documents = [];
}
function generateError(state, message) {
  var mark = {
    name: state.filename,
    buffer: state.input.slice(0, -1),
    // omit trailing \0
    position: state.position,
    line: state.line,
    column: state.position - state.lineStart
  };
  mark.snippet = snippet(mark);
  return new exception(message, mark);
}
function throwError(state, message) {
  throw generateError(state, message);
}
function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}
function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;
  if (start < end) {
    _result = state.input.slice(start, end);
    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
          throwError(state, "expected valid JSON character");
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, "the stream contains non-printable characters");
    }
    state.result += _result;
  }
}
function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key, index, quantity;
  if (!common.isObject(source)) {
    throwError(state, "cannot merge mappings; the provided source object is unacceptable");
  }
  sourceKeys = Object.keys(source);
  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key = sourceKeys[index];
    if (!_hasOwnProperty$1.call(destination, key)) {
      destination[key] = source[key];
      overridableKeys[key] = true;
    }
  }
}
function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
  var index, quantity;
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);
    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, "nested arrays are not supported inside keys");
      }
      if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
        keyNode[index] = "[object Object]";
      }
    }
  }
  if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
    keyNode = "[object Object]";
  }
  keyNode = String(keyNode);
  if (_result === null) {
    _result = {};
  }
  if (keyTag === "tag:yaml.org,2002:merge") {
    if (Array.isArray(valueNode)) {
      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json && !_hasOwnProperty$1.call(overridableKeys, keyNode) && _hasOwnProperty$1.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.lineStart = startLineStart || state.lineStart;
      state.position = startPos || state.position;
      throwError(state, "duplicated mapping key");
    }
    if (keyNode === "__proto__") {
      Object.defineProperty(_result, keyNode, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: valueNode
      });
    } else {
      _result[keyNode] = valueNode;
    }
    delete overridableKeys[keyNode];
  }
  return _result;
}
function readLineBreak(state) {
  var ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 10) {
    state.position++;
  } else if (ch === 13) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) {
      state.position++;
    }
  } else {
    throwError(state, "a line break is expected");
  }
  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      if (ch === 9 && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 10 && ch !== 13 && ch !== 0);
    }
    if (is_EOL(ch)) {
      readLineBreak(state);
      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;
      while (ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }
  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, "deficient indentation");
  }
  return lineBreaks;
}
function testDocumentSeparator(state) {
  var _position = state.position, ch;
  ch = state.input.charCodeAt(_position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
    _position += 3;
    ch = state.input.charCodeAt(_position);
    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }
  return false;
}
function writeFoldedLines(state, count) {
  if (count === 1) {
    state.result += " ";
  } else if (count > 1) {
    state.result += common.repeat("\n", count - 1);
  }
}
function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch;
  ch = state.input.charCodeAt(state.position);
  if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
    return false;
  }
  if (ch === 63 || ch === 45) {
    following = state.input.charCodeAt(state.position + 1);
    if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }
  state.kind = "scalar";
  state.result = "";
  captureStart = captureEnd = state.position;
  hasPendingContent = false;
  while (ch !== 0) {
    if (ch === 58) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }
    } else if (ch === 35) {
      preceding = state.input.charCodeAt(state.position - 1);
      if (is_WS_OR_EOL(preceding)) {
        break;
      }
    } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;
    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);
      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }
    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }
    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }
    ch = state.input.charCodeAt(++state.position);
  }
  captureSegment(state, captureStart, captureEnd, false);
  if (state.result) {
    return true;
  }
  state.kind = _kind;
  state.result = _result;
  return false;
}
function readSingleQuotedScalar(state, nodeIndent) {
  var ch, captureStart, captureEnd;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 39) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 39) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (ch === 39) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a single quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 34) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 34) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;
    } else if (ch === 92) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;
      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);
          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;
          } else {
            throwError(state, "expected hexadecimal character");
          }
        }
        state.result += charFromCodepoint(hexResult);
        state.position++;
      } else {
        throwError(state, "unknown escape sequence");
      }
      captureStart = captureEnd = state.position;
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a double quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readFlowCollection(state, nodeIndent) {
  var readNext = true, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 91) {
    terminator = 93;
    isMapping = false;
    _result = [];
  } else if (ch === 123) {
    terminator = 125;
    isMapping = true;
    _result = {};
  } else {
    return false;
  }
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(++state.position);
  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? "mapping" : "sequence";
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, "missed comma between flow collection entries");
    } else if (ch === 44) {
      throwError(state, "expected the node content, but found ','");
    }
    keyTag = keyNode = valueNode = null;
    isPair = isExplicitPair = false;
    if (ch === 63) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following)) {
        isPair = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }
    _line = state.line;
    _lineStart = state.lineStart;
    _pos = state.position;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if ((isExplicitPair || state.line === _line) && ch === 58) {
      isPair = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
    } else {
      _result.push(keyNode);
    }
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === 44) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockScalar(state, nodeIndent) {
  var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 124) {
    folding = false;
  } else if (ch === 62) {
    folding = true;
  } else {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);
    if (ch === 43 || ch === 45) {
      if (CHOMPING_CLIP === chomping) {
        chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, "repeat of a chomping mode identifier");
      }
    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, "repeat of an indentation width identifier");
      }
    } else {
      break;
    }
  }
  if (is_WHITE_SPACE(ch)) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (is_WHITE_SPACE(ch));
    if (ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (!is_EOL(ch) && ch !== 0);
    }
  }
  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;
    ch = state.input.charCodeAt(state.position);
    while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }
    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }
    if (state.lineIndent < textIndent) {
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) {
          state.result += "\n";
        }
      }
      break;
    }
    if (folding) {
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat("\n", emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) {
          state.result += " ";
        }
      } else {
        state.result += common.repeat("\n", emptyLines);
      }
    } else {
      state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
    }
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;
    while (!is_EOL(ch) && ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, state.position, false);
  }
  return true;
}
function readBlockSequence(state, nodeIndent) {
  var _line, _tag = state.tag, _anchor = state.anchor, _result = [], following, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    if (ch !== 45) {
      break;
    }
    following = state.input.charCodeAt(state.position + 1);
    if (!is_WS_OR_EOL(following)) {
      break;
    }
    detected = true;
    state.position++;
    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }
    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a sequence entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "sequence";
    state.result = _result;
    return true;
  }
  return false;
}
function readBlockMapping(state, nodeIndent, flowIndent) {
  var following, allowCompact, _line, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    following = state.input.charCodeAt(state.position + 1);
    _line = state.line;
    if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
      if (ch === 63) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        detected = true;
        atExplicitKey = true;
        allowCompact = true;
      } else if (atExplicitKey) {
        atExplicitKey = false;
        allowCompact = true;
      } else {
        throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
      }
      state.position += 1;
      ch = following;
    } else {
      _keyLine = state.line;
      _keyLineStart = state.lineStart;
      _keyPos = state.position;
      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        break;
      }
      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!is_WS_OR_EOL(ch)) {
            throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          }
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;
        } else if (detected) {
          throwError(state, "can not read an implicit mapping pair; a colon is missed");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      } else if (detected) {
        throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true;
      }
    }
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
      }
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }
      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
        keyTag = keyNode = valueNode = null;
      }
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a mapping entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "mapping";
    state.result = _result;
  }
  return detected;
}
function readTagProperty(state) {
  var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 33) return false;
  if (state.tag !== null) {
    throwError(state, "duplication of a tag property");
  }
  ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  } else {
    tagHandle = "!";
  }
  _position = state.position;
  if (isVerbatim) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (ch !== 0 && ch !== 62);
    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, "unexpected end of the stream within a verbatim tag");
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, "named tag handle cannot contain such characters");
          }
          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, "tag suffix cannot contain exclamation marks");
        }
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(_position, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, "tag suffix cannot contain flow indicator characters");
    }
  }
  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, "tag name cannot contain such characters: " + tagName);
  }
  try {
    tagName = decodeURIComponent(tagName);
  } catch (err) {
    throwError(state, "tag name is malformed: " + tagName);
  }
  if (isVerbatim) {
    state.tag = tagName;
  } else if (_hasOwnProperty$1.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;
  } else if (tagHandle === "!") {
    state.tag = "!" + tagName;
  } else if (tagHandle === "!!") {
    state.tag = "tag:yaml.org,2002:" + tagName;
  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }
  return true;
}
function readAnchorProperty(state) {
  var _position, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 38) return false;
  if (state.anchor !== null) {
    throwError(state, "duplication of an anchor property");
  }
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an anchor node must contain at least one character");
  }
  state.anchor = state.input.slice(_position, state.position);
  return true;
}
function readAlias(state) {
  var _position, alias, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 42) return false;
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an alias node must contain at least one character");
  }
  alias = state.input.slice(_position, state.position);
  if (!_hasOwnProperty$1.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }
  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}
function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, typeList, type2, flowIndent, blockIndent;
  if (state.listener !== null) {
    state.listener("open", state);
  }
  state.tag = null;
  state.anchor = null;
  state.kind = null;
  state.result = null;
  allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;
      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }
  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }
  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }
  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }
    blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;
        } else if (readAlias(state)) {
          hasContent = true;
          if (state.tag !== null || state.anchor !== null) {
            throwError(state, "alias node should not have any properties");
          }
        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;
          if (state.tag === null) {
            state.tag = "?";
          }
        }
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }
  if (state.tag === null) {
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = state.result;
    }
  } else if (state.tag === "?") {
    if (state.result !== null && state.kind !== "scalar") {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
    }
    for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type2 = state.implicitTypes[typeIndex];
      if (type2.resolve(state.result)) {
        state.result = type2.construct(state.result);
        state.tag = type2.tag;
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
        break;
      }
    }
  } else if (state.tag !== "!") {
    if (_hasOwnProperty$1.call(state.typeMap[state.kind || "fallback"], state.tag)) {
      type2 = state.typeMap[state.kind || "fallback"][state.tag];
    } else {
      type2 = null;
      typeList = state.typeMap.multi[state.kind || "fallback"];
      for (typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type2 = typeList[typeIndex];
          break;
        }
      }
    }
    if (!type2) {
      throwError(state, "unknown tag !<" + state.tag + ">");
    }
    if (state.result !== null && type2.kind !== state.kind) {
      throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
    }
    if (!type2.resolve(state.result, state.tag)) {
      throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    } else {
      state.result = type2.construct(state.result, state.tag);
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = state.result;
      }
    }
  }
  if (state.listener !== null) {
    state.listener("close", state);
  }
  return state.tag !== null || state.anchor !== null || hasContent;
}
function readDocument(state) {
  var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = /* @__PURE__ */ Object.create(null);
  state.anchorMap = /* @__PURE__ */ Object.create(null);
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if (state.lineIndent > 0 || ch !== 37) {
      break;
    }
    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];
    if (directiveName.length < 1) {
      throwError(state, "directive name must not be less than one character in length");
    }
    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && !is_EOL(ch));
        break;
      }
      if (is_EOL(ch)) break;
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      directiveArgs.push(state.input.slice(_position, state.position));
    }
    if (ch !== 0) readLineBreak(state);
    if (_hasOwnProperty$1.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }
  skipSeparationSpace(state, true, -1);
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);
  } else if (hasDirectives) {
    throwError(state, "directives end mark is expected");
  }
  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);
  if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, "non-ASCII line breaks are interpreted as content");
  }
  state.documents.push(state.result);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (state.input.charCodeAt(state.position) === 46) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }
  if (state.position < state.length - 1) {
    throwError(state, "end of the stream or a document separator is expected");
  } else {
    return;
  }
}
function loadDocuments(input, options) {
  input = String(input);
  options = options || {};
  if (input.length !== 0) {
    if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
      input += "\n";
    }
    if (input.charCodeAt(0) === 65279) {
      input = input.slice(1);
    }
  }
  var state = new State$1(input, options);
  var nullpos = input.indexOf("\0");
  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, "null byte is not allowed in input");
  }
  state.input += "\0";
  while (state.input.charCodeAt(state.position) === 32) {
    state.lineIndent += 1;
    state.position += 1;
  }
  while (state.position < state.length - 1) {
    readDocument(state);
  }
  return state.documents;
}
function loadAll$1(input, iterator, options) {
  if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
    options = iterator;
    iterator = null;
  }
  var documents = loadDocuments(input, options);
  if (typeof iterator !== "function") {
    return documents;
  }
  for (var index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index]);
  }
}
function load$1(input, options) {
  var documents = loadDocuments(input, options);
  if (documents.length === 0) {
    return void 0;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new exception("expected a single document in the stream, but found more");
}
function compileStyleMap(schema2, map2) {
  var result, keys, index, length, tag, style, type2;
  if (map2 === null) return {};
  result = {};
  keys = Object.keys(map2);
  for (index = 0, length = keys.length; index < length; index += 1) {
    tag = keys[index];
    style = String(map2[tag]);
    if (tag.slice(0, 2) === "!!") {
      tag = "tag:yaml.org,2002:" + tag.slice(2);
    }
    type2 = schema2.compiledTypeMap["fallback"][tag];
    if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
      style = type2.styleAliases[style];
    }
    result[tag] = style;
  }
  return result;
}
function encodeHex(character) {
  var string, handle, length;
  string = character.toString(16).toUpperCase();
  if (character <= 255) {
    handle = "x";
    length = 2;
  } else if (character <= 65535) {
    handle = "u";
    length = 4;
  } else if (character <= 4294967295) {
    handle = "U";
    length = 8;
  } else {
    throw new exception("code point within a string may not be greater than 0xFFFFFFFF");
  }
  return "\\" + handle + common.repeat("0", length - string.length) + string;
}
function State(options) {
  this.schema = options["schema"] || _default;
  this.indent = Math.max(1, options["indent"] || 2);
  this.noArrayIndent = options["noArrayIndent"] || false;
  this.skipInvalid = options["skipInvalid"] || false;
  this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
  this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
  this.sortKeys = options["sortKeys"] || false;
  this.lineWidth = options["lineWidth"] || 80;
  this.noRefs = options["noRefs"] || false;
  this.noCompatMode = options["noCompatMode"] || false;
  this.condenseFlow = options["condenseFlow"] || false;
  this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
  this.forceQuotes = options["forceQuotes"] || false;
  this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.explicitTypes = this.schema.compiledExplicit;
  this.tag = null;
  this.result = "";
  this.duplicates = [];
  this.usedDuplicates = null;
}
function indentString(string, spaces2) {
  var ind = common.repeat(" ", spaces2), position = 0, next = -1, result = "", line, length = string.length;
  while (position < length) {
    next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += ind;
    result += line;
  }
  return result;
}
function generateNextLine(state, level) {
  return "\n" + common.repeat(" ", state.indent * level);
}
function testImplicitResolving(state, str2) {
  var index, length, type2;
  for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    type2 = state.implicitTypes[index];
    if (type2.resolve(str2)) {
      return true;
    }
  }
  return false;
}
function isWhitespace(c) {
  return c === CHAR_SPACE || c === CHAR_TAB;
}
function isPrintable(c) {
  return 32 <= c && c <= 126 || 161 <= c && c <= 55295 && c !== 8232 && c !== 8233 || 57344 <= c && c <= 65533 && c !== CHAR_BOM || 65536 <= c && c <= 1114111;
}
function isNsCharOrWhitespace(c) {
  return isPrintable(c) && c !== CHAR_BOM && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
}
function isPlainSafe(c, prev, inblock) {
  var cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  var cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    // ns-plain-safe
    (inblock ? (
      // c = flow-in
      cIsNsCharOrWhitespace
    ) : cIsNsCharOrWhitespace && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && c !== CHAR_SHARP && !(prev === CHAR_COLON && !cIsNsChar) || isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || prev === CHAR_COLON && cIsNsChar
  );
}
function isPlainSafeFirst(c) {
  return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
}
function isPlainSafeLast(c) {
  return !isWhitespace(c) && c !== CHAR_COLON;
}
function codePointAt(string, pos) {
  var first = string.charCodeAt(pos), second;
  if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
    second = string.charCodeAt(pos + 1);
    if (second >= 56320 && second <= 57343) {
      return (first - 55296) * 1024 + second - 56320 + 65536;
    }
  }
  return first;
}
function needIndentIndicator(string) {
  var leadingSpaceRe = /^\n* /;
  return leadingSpaceRe.test(string);
}
function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
  var i2;
  var char = 0;
  var prevChar = null;
  var hasLineBreak = false;
  var hasFoldableLine = false;
  var shouldTrackWidth = lineWidth !== -1;
  var previousLineBreak = -1;
  var plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
  if (singleLineOnly || forceQuotes) {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
  } else {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true;
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
          previousLineBreak = i2;
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
    hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
  }
  if (!hasLineBreak && !hasFoldableLine) {
    if (plain && !forceQuotes && !testAmbiguousType(string)) {
      return STYLE_PLAIN;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE;
  }
  if (!forceQuotes) {
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
}
function writeScalar(state, string, level, iskey, inblock) {
  state.dump = (function() {
    if (string.length === 0) {
      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
    }
    if (!state.noCompatMode) {
      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      }
    }
    var indent = state.indent * Math.max(1, level);
    var lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
    var singleLineOnly = iskey || state.flowLevel > -1 && level >= state.flowLevel;
    function testAmbiguity(string2) {
      return testImplicitResolving(state, string2);
    }
    switch (chooseScalarStyle(
      string,
      singleLineOnly,
      state.indent,
      lineWidth,
      testAmbiguity,
      state.quotingType,
      state.forceQuotes && !iskey,
      inblock
    )) {
      case STYLE_PLAIN:
        return string;
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'";
      case STYLE_LITERAL:
        return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
      case STYLE_FOLDED:
        return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
      case STYLE_DOUBLE:
        return '"' + escapeString(string) + '"';
      default:
        throw new exception("impossible error: invalid scalar style");
    }
  })();
}
function blockHeader(string, indentPerLevel) {
  var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
  var clip = string[string.length - 1] === "\n";
  var keep = clip && (string[string.length - 2] === "\n" || string === "\n");
  var chomp = keep ? "+" : clip ? "" : "-";
  return indentIndicator + chomp + "\n";
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function foldString(string, width) {
  var lineRe = /(\n+)([^\n]*)/g;
  var result = (function() {
    var nextLF = string.indexOf("\n");
    nextLF = nextLF !== -1 ? nextLF : string.length;
    lineRe.lastIndex = nextLF;
    return foldLine(string.slice(0, nextLF), width);
  })();
  var prevMoreIndented = string[0] === "\n" || string[0] === " ";
  var moreIndented;
  var match;
  while (match = lineRe.exec(string)) {
    var prefix = match[1], line = match[2];
    moreIndented = line[0] === " ";
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
function foldLine(line, width) {
  if (line === "" || line[0] === " ") return line;
  var breakRe = / [^ ]/g;
  var match;
  var start = 0, end, curr = 0, next = 0;
  var result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += "\n" + line.slice(start, end);
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
  } else {
    result += line.slice(start);
  }
  return result.slice(1);
}
function escapeString(string) {
  var result = "";
  var char = 0;
  var escapeSeq;
  for (var i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
    char = codePointAt(string, i2);
    escapeSeq = ESCAPE_SEQUENCES[char];
    if (!escapeSeq && isPrintable(char)) {
      result += string[i2];
      if (char >= 65536) result += string[i2 + 1];
    } else {
      result += escapeSeq || encodeHex(char);
    }
  }
  return result;
}
function writeFlowSequence(state, level, object) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
      if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = "[" + _result + "]";
}
function writeBlockSequence(state, level, object, compact) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
      if (!compact || _result !== "") {
        _result += generateNextLine(state, level);
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += "-";
      } else {
        _result += "- ";
      }
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = _result || "[]";
}
function writeFlowMapping(state, level, object) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, pairBuffer;
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (_result !== "") pairBuffer += ", ";
    if (state.condenseFlow) pairBuffer += '"';
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level, objectKey, false, false)) {
      continue;
    }
    if (state.dump.length > 1024) pairBuffer += "? ";
    pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
    if (!writeNode(state, level, objectValue, false, false)) {
      continue;
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = "{" + _result + "}";
}
function writeBlockMapping(state, level, object, compact) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, explicitPair, pairBuffer;
  if (state.sortKeys === true) {
    objectKeyList.sort();
  } else if (typeof state.sortKeys === "function") {
    objectKeyList.sort(state.sortKeys);
  } else if (state.sortKeys) {
    throw new exception("sortKeys must be a boolean or a function");
  }
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (!compact || _result !== "") {
      pairBuffer += generateNextLine(state, level);
    }
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
      continue;
    }
    explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += "?";
      } else {
        pairBuffer += "? ";
      }
    }
    pairBuffer += state.dump;
    if (explicitPair) {
      pairBuffer += generateNextLine(state, level);
    }
    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
      continue;
    }
    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ":";
    } else {
      pairBuffer += ": ";
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = _result || "{}";
}
function detectType(state, object, explicit) {
  var _result, typeList, index, length, type2, style;
  typeList = explicit ? state.explicitTypes : state.implicitTypes;
  for (index = 0, length = typeList.length; index < length; index += 1) {
    type2 = typeList[index];
    if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
      if (explicit) {
        if (type2.multi && type2.representName) {
          state.tag = type2.representName(object);
        } else {
          state.tag = type2.tag;
        }
      } else {
        state.tag = "?";
      }
      if (type2.represent) {
        style = state.styleMap[type2.tag] || type2.defaultStyle;
        if (_toString.call(type2.represent) === "[object Function]") {
          _result = type2.represent(object, style);
        } else if (_hasOwnProperty.call(type2.represent, style)) {
          _result = type2.represent[style](object, style);
        } else {
          throw new exception("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
        }
        state.dump = _result;
      }
      return true;
    }
  }
  return false;
}
function writeNode(state, level, object, block, compact, iskey, isblockseq) {
  state.tag = null;
  state.dump = object;
  if (!detectType(state, object, false)) {
    detectType(state, object, true);
  }
  var type2 = _toString.call(state.dump);
  var inblock = block;
  var tagStr;
  if (block) {
    block = state.flowLevel < 0 || state.flowLevel > level;
  }
  var objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object);
    duplicate = duplicateIndex !== -1;
  }
  if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
    compact = false;
  }
  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = "*ref_" + duplicateIndex;
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true;
    }
    if (type2 === "[object Object]") {
      if (block && Object.keys(state.dump).length !== 0) {
        writeBlockMapping(state, level, state.dump, compact);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowMapping(state, level, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object Array]") {
      if (block && state.dump.length !== 0) {
        if (state.noArrayIndent && !isblockseq && level > 0) {
          writeBlockSequence(state, level - 1, state.dump, compact);
        } else {
          writeBlockSequence(state, level, state.dump, compact);
        }
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowSequence(state, level, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object String]") {
      if (state.tag !== "?") {
        writeScalar(state, state.dump, level, iskey, inblock);
      }
    } else if (type2 === "[object Undefined]") {
      return false;
    } else {
      if (state.skipInvalid) return false;
      throw new exception("unacceptable kind of an object to dump " + type2);
    }
    if (state.tag !== null && state.tag !== "?") {
      tagStr = encodeURI(
        state.tag[0] === "!" ? state.tag.slice(1) : state.tag
      ).replace(/!/g, "%21");
      if (state.tag[0] === "!") {
        tagStr = "!" + tagStr;
      } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
        tagStr = "!!" + tagStr.slice(18);
      } else {
        tagStr = "!<" + tagStr + ">";
      }
      state.dump = tagStr + " " + state.dump;
    }
  }
  return true;
}
function getDuplicateReferences(object, state) {
  var objects = [], duplicatesIndexes = [], index, length;
  inspectNode(object, objects, duplicatesIndexes);
  for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]]);
  }
  state.usedDuplicates = new Array(length);
}
function inspectNode(object, objects, duplicatesIndexes) {
  var objectKeyList, index, length;
  if (object !== null && typeof object === "object") {
    index = objects.indexOf(object);
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index);
      }
    } else {
      objects.push(object);
      if (Array.isArray(object)) {
        for (index = 0, length = object.length; index < length; index += 1) {
          inspectNode(object[index], objects, duplicatesIndexes);
        }
      } else {
        objectKeyList = Object.keys(object);
        for (index = 0, length = objectKeyList.length; index < length; index += 1) {
          inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
        }
      }
    }
  }
}
function dump$1(input, options) {
  options = options || {};
  var state = new State(options);
  if (!state.noRefs) getDuplicateReferences(input, state);
  var value = input;
  if (state.replacer) {
    value = state.replacer.call({ "": value }, "", value);
  }
  if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
  return "";
}
function renamed(from, to) {
  return function() {
    throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
  };
}
var isNothing_1, isObject_1, toArray_1, repeat_1, isNegativeZero_1, extend_1, common, exception, snippet, TYPE_CONSTRUCTOR_OPTIONS, YAML_NODE_KINDS, type, schema, str, seq, map, failsafe, _null, bool, int, YAML_FLOAT_PATTERN, SCIENTIFIC_WITHOUT_DOT, float, json, core, YAML_DATE_REGEXP, YAML_TIMESTAMP_REGEXP, timestamp, merge, BASE64_MAP, binary, _hasOwnProperty$3, _toString$2, omap, _toString$1, pairs, _hasOwnProperty$2, set, _default, _hasOwnProperty$1, CONTEXT_FLOW_IN, CONTEXT_FLOW_OUT, CONTEXT_BLOCK_IN, CONTEXT_BLOCK_OUT, CHOMPING_CLIP, CHOMPING_STRIP, CHOMPING_KEEP, PATTERN_NON_PRINTABLE, PATTERN_NON_ASCII_LINE_BREAKS, PATTERN_FLOW_INDICATORS, PATTERN_TAG_HANDLE, PATTERN_TAG_URI, simpleEscapeCheck, simpleEscapeMap, i, directiveHandlers, loadAll_1, load_1, loader, _toString, _hasOwnProperty, CHAR_BOM, CHAR_TAB, CHAR_LINE_FEED, CHAR_CARRIAGE_RETURN, CHAR_SPACE, CHAR_EXCLAMATION, CHAR_DOUBLE_QUOTE, CHAR_SHARP, CHAR_PERCENT, CHAR_AMPERSAND, CHAR_SINGLE_QUOTE, CHAR_ASTERISK, CHAR_COMMA, CHAR_MINUS, CHAR_COLON, CHAR_EQUALS, CHAR_GREATER_THAN, CHAR_QUESTION, CHAR_COMMERCIAL_AT, CHAR_LEFT_SQUARE_BRACKET, CHAR_RIGHT_SQUARE_BRACKET, CHAR_GRAVE_ACCENT, CHAR_LEFT_CURLY_BRACKET, CHAR_VERTICAL_LINE, CHAR_RIGHT_CURLY_BRACKET, ESCAPE_SEQUENCES, DEPRECATED_BOOLEANS_SYNTAX, DEPRECATED_BASE60_SYNTAX, QUOTING_TYPE_SINGLE, QUOTING_TYPE_DOUBLE, STYLE_PLAIN, STYLE_SINGLE, STYLE_LITERAL, STYLE_FOLDED, STYLE_DOUBLE, dump_1, dumper, load, loadAll, dump, YAMLException, safeLoad, safeLoadAll, safeDump;
var init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    isNothing_1 = isNothing;
    isObject_1 = isObject3;
    toArray_1 = toArray;
    repeat_1 = repeat;
    isNegativeZero_1 = isNegativeZero;
    extend_1 = extend;
    common = {
      isNothing: isNothing_1,
      isObject: isObject_1,
      toArray: toArray_1,
      repeat: repeat_1,
      isNegativeZero: isNegativeZero_1,
      extend: extend_1
    };
    YAMLException$1.prototype = Object.create(Error.prototype);
    YAMLException$1.prototype.constructor = YAMLException$1;
    YAMLException$1.prototype.toString = function toString(compact) {
      return this.name + ": " + formatError(this, compact);
    };
    exception = YAMLException$1;
    snippet = makeSnippet;
    TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "multi",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "representName",
      "defaultStyle",
      "styleAliases"
    ];
    YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    type = Type$1;
    Schema$1.prototype.extend = function extend2(definition) {
      var implicit = [];
      var explicit = [];
      if (definition instanceof type) {
        explicit.push(definition);
      } else if (Array.isArray(definition)) {
        explicit = explicit.concat(definition);
      } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
        if (definition.implicit) implicit = implicit.concat(definition.implicit);
        if (definition.explicit) explicit = explicit.concat(definition.explicit);
      } else {
        throw new exception("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
      }
      implicit.forEach(function(type$1) {
        if (!(type$1 instanceof type)) {
          throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
        if (type$1.loadKind && type$1.loadKind !== "scalar") {
          throw new exception("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        }
        if (type$1.multi) {
          throw new exception("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
        }
      });
      explicit.forEach(function(type$1) {
        if (!(type$1 instanceof type)) {
          throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
      });
      var result = Object.create(Schema$1.prototype);
      result.implicit = (this.implicit || []).concat(implicit);
      result.explicit = (this.explicit || []).concat(explicit);
      result.compiledImplicit = compileList(result, "implicit");
      result.compiledExplicit = compileList(result, "explicit");
      result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
      return result;
    };
    schema = Schema$1;
    str = new type("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
    seq = new type("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
    map = new type("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
    failsafe = new schema({
      explicit: [
        str,
        seq,
        map
      ]
    });
    _null = new type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull2,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        },
        empty: function() {
          return "";
        }
      },
      defaultStyle: "lowercase"
    });
    bool = new type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
    int = new type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        /* eslint-disable max-len */
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
    YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    float = new type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
    json = failsafe.extend({
      implicit: [
        _null,
        bool,
        int,
        float
      ]
    });
    core = json;
    YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    );
    YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    timestamp = new type("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
    merge = new type("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
    BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    binary = new type("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary,
      represent: representYamlBinary
    });
    _hasOwnProperty$3 = Object.prototype.hasOwnProperty;
    _toString$2 = Object.prototype.toString;
    omap = new type("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
    _toString$1 = Object.prototype.toString;
    pairs = new type("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
    _hasOwnProperty$2 = Object.prototype.hasOwnProperty;
    set = new type("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
    _default = core.extend({
      implicit: [
        timestamp,
        merge
      ],
      explicit: [
        binary,
        omap,
        pairs,
        set
      ]
    });
    _hasOwnProperty$1 = Object.prototype.hasOwnProperty;
    CONTEXT_FLOW_IN = 1;
    CONTEXT_FLOW_OUT = 2;
    CONTEXT_BLOCK_IN = 3;
    CONTEXT_BLOCK_OUT = 4;
    CHOMPING_CLIP = 1;
    CHOMPING_STRIP = 2;
    CHOMPING_KEEP = 3;
    PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
    PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
    PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
    PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
    simpleEscapeCheck = new Array(256);
    simpleEscapeMap = new Array(256);
    for (i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    directiveHandlers = {
      YAML: function handleYamlDirective(state, name, args) {
        var match, major, minor;
        if (state.version !== null) {
          throwError(state, "duplication of %YAML directive");
        }
        if (args.length !== 1) {
          throwError(state, "YAML directive accepts exactly one argument");
        }
        match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) {
          throwError(state, "ill-formed argument of the YAML directive");
        }
        major = parseInt(match[1], 10);
        minor = parseInt(match[2], 10);
        if (major !== 1) {
          throwError(state, "unacceptable YAML version of the document");
        }
        state.version = args[0];
        state.checkLineBreaks = minor < 2;
        if (minor !== 1 && minor !== 2) {
          throwWarning(state, "unsupported YAML version of the document");
        }
      },
      TAG: function handleTagDirective(state, name, args) {
        var handle, prefix;
        if (args.length !== 2) {
          throwError(state, "TAG directive accepts exactly two arguments");
        }
        handle = args[0];
        prefix = args[1];
        if (!PATTERN_TAG_HANDLE.test(handle)) {
          throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        }
        if (_hasOwnProperty$1.call(state.tagMap, handle)) {
          throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
        }
        if (!PATTERN_TAG_URI.test(prefix)) {
          throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        }
        try {
          prefix = decodeURIComponent(prefix);
        } catch (err) {
          throwError(state, "tag prefix is malformed: " + prefix);
        }
        state.tagMap[handle] = prefix;
      }
    };
    loadAll_1 = loadAll$1;
    load_1 = load$1;
    loader = {
      loadAll: loadAll_1,
      load: load_1
    };
    _toString = Object.prototype.toString;
    _hasOwnProperty = Object.prototype.hasOwnProperty;
    CHAR_BOM = 65279;
    CHAR_TAB = 9;
    CHAR_LINE_FEED = 10;
    CHAR_CARRIAGE_RETURN = 13;
    CHAR_SPACE = 32;
    CHAR_EXCLAMATION = 33;
    CHAR_DOUBLE_QUOTE = 34;
    CHAR_SHARP = 35;
    CHAR_PERCENT = 37;
    CHAR_AMPERSAND = 38;
    CHAR_SINGLE_QUOTE = 39;
    CHAR_ASTERISK = 42;
    CHAR_COMMA = 44;
    CHAR_MINUS = 45;
    CHAR_COLON = 58;
    CHAR_EQUALS = 61;
    CHAR_GREATER_THAN = 62;
    CHAR_QUESTION = 63;
    CHAR_COMMERCIAL_AT = 64;
    CHAR_LEFT_SQUARE_BRACKET = 91;
    CHAR_RIGHT_SQUARE_BRACKET = 93;
    CHAR_GRAVE_ACCENT = 96;
    CHAR_LEFT_CURLY_BRACKET = 123;
    CHAR_VERTICAL_LINE = 124;
    CHAR_RIGHT_CURLY_BRACKET = 125;
    ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
    QUOTING_TYPE_SINGLE = 1;
    QUOTING_TYPE_DOUBLE = 2;
    STYLE_PLAIN = 1;
    STYLE_SINGLE = 2;
    STYLE_LITERAL = 3;
    STYLE_FOLDED = 4;
    STYLE_DOUBLE = 5;
    dump_1 = dump$1;
    dumper = {
      dump: dump_1
    };
    load = loader.load;
    loadAll = loader.loadAll;
    dump = dumper.dump;
    YAMLException = exception;
    safeLoad = renamed("safeLoad", "load");
    safeLoadAll = renamed("safeLoadAll", "loadAll");
    safeDump = renamed("safeDump", "dump");
  }
});

// src/serverless/report.ts
function reporterInto(problems) {
  return (file, at, code, message, fix, severity = "error") => problems.push({ file: displayPath(file), ...at, severity, code, message, fix });
}
var WHOLE;
var init_report = __esm({
  "src/serverless/report.ts"() {
    "use strict";
    init_component();
    WHOLE = { line: 0, column: 0 };
  }
});

// src/serverless/s-yaml/load.ts
function loadLikeEngine(text3, duplicateKeys = false) {
  const quoted = [];
  const opened = [];
  let data;
  try {
    data = load(text3, {
      json: duplicateKeys,
      listener(event, state) {
        if (event === "open") {
          opened.push(state.position);
          return;
        }
        const from = opened.pop() ?? 0;
        const end = state.position;
        const close = text3[end - 1];
        if (state.kind !== "scalar" || close !== '"' && close !== "'") return;
        const start = text3.indexOf(close, from);
        if (start >= 0 && start < end - 1 && text3.slice(start, end).includes("\n")) quoted.push([start, end]);
      }
    });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    return {
      ok: false,
      message: error.reason || error.message,
      at: { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }
    };
  }
  return { ok: true, data, locatable: indentContinuations(text3, quoted) };
}
function indentContinuations(text3, spans) {
  if (spans.length === 0) return text3;
  const inserts = /* @__PURE__ */ new Map();
  for (const [start, end] of spans) {
    const lineStart = text3.lastIndexOf("\n", start - 1) + 1;
    const need = indentOf(text3, lineStart) + 1;
    for (let nl = text3.indexOf("\n", start); nl >= 0 && nl < end; nl = text3.indexOf("\n", nl + 1)) {
      const indent = indentOf(text3, nl + 1);
      const blank = /[\r\n]/.test(text3[nl + 1 + indent] ?? "\n");
      if (!blank && indent < need) inserts.set(nl + 1, Math.max(inserts.get(nl + 1) ?? 0, need - indent));
    }
  }
  let out = "";
  let from = 0;
  for (const at of [...inserts.keys()].sort((a, b) => a - b)) {
    out += `${text3.slice(from, at)}${" ".repeat(inserts.get(at))}`;
    from = at;
  }
  return out + text3.slice(from);
}
function indentOf(text3, lineStart) {
  let i2 = lineStart;
  while (text3[i2] === " ") i2++;
  return i2 - lineStart;
}
function parseLikeEngine(text3, duplicateKeys = false) {
  const loaded = loadLikeEngine(text3, duplicateKeys);
  if (!loaded.ok) return loaded;
  const { doc, lineCounter } = parseYaml(loaded.locatable, { uniqueKeys: false });
  return { ok: true, data: loaded.data, doc, lineCounter };
}
var init_load = __esm({
  "src/serverless/s-yaml/load.ts"() {
    "use strict";
    init_js_yaml();
    init_yaml_positions();
  }
});

// src/serverless/s-yaml/checker.ts
var import_yaml8, Checker2, isEmpty;
var init_checker = __esm({
  "src/serverless/s-yaml/checker.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist(), 1);
    init_yaml_positions();
    Checker2 = class {
      constructor(source, file, opts, spans) {
        this.source = source;
        this.file = file;
        this.opts = opts;
        this.spans = spans;
        this.otherResources = new Set(opts.merged?.otherResources ?? []);
      }
      source;
      file;
      opts;
      spans;
      problems = [];
      lineCounter;
      v3 = true;
      resources = /* @__PURE__ */ new Map();
      resourceList = [];
      /** Resource names the other file of an `extend:` pair declares. */
      otherResources;
      /** `vars` as the engine resolves them (js-yaml values, merged with a base file's). */
      vars;
      /** `template` as the engine resolved it (js-yaml values, merged with a base file's). */
      templates;
      /** deps[i]: the resources whose output resource i's props use, with where (first use). */
      deps = [];
      depOffsets = /* @__PURE__ */ new Map();
      report(at, code, message, fix, severity = "error") {
        this.problems.push({ file: this.file, line: at.line, column: at.column, severity, code, message, fix });
      }
      at(node) {
        return positionOf(node, this.lineCounter);
      }
      typeProblem(node, what, want, actual) {
        this.report(
          this.at(node),
          "s-yaml/type",
          `${what} must be ${want}, but it is ${kindOf(actual)}`,
          `write ${what} as ${want}`
        );
      }
      names() {
        return [...this.resourceList.map((r) => r.name), ...this.otherResources].join(", ") || "(none)";
      }
      addDependency(from, to, offset, pos) {
        const deps = this.deps[from];
        if (deps.has(to)) return;
        deps.set(to, offset);
        this.depOffsets.set(`${from}>${to}`, { offset, pos });
      }
    };
    isEmpty = (node) => node === null || (0, import_yaml8.isScalar)(node) && node.value === null;
  }
});

// src/serverless/s-yaml/graph.ts
function stronglyConnected(deps) {
  const n = deps.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = [];
  const result = [];
  const adjacency = deps.map((d) => [...d.keys()]);
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
function shortestCycle(deps, start, members) {
  if (deps[start].has(start)) return [start];
  const parent = /* @__PURE__ */ new Map([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of deps[v].keys()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path5 = [];
        for (let u = v; u !== -1; u = parent.get(u)) path5.push(u);
        return path5.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}
function engineOrder(deps) {
  const n = deps.length;
  const waiting = new Int32Array(n);
  const dependents = Array.from({ length: n }, () => []);
  deps.forEach((d, i2) => {
    waiting[i2] = d.size;
    for (const to of d.keys()) dependents[to].push(i2);
  });
  const heap = new MinHeap();
  for (let i2 = 0; i2 < n; i2++) if (waiting[i2] === 0) heap.push(i2);
  const placed = new Uint8Array(n);
  const order = [];
  while (heap.size > 0) {
    const i2 = heap.pop();
    placed[i2] = 1;
    order.push(i2);
    for (const d of dependents[i2]) if (--waiting[d] === 0) heap.push(d);
  }
  for (let i2 = 0; i2 < n; i2++) if (!placed[i2]) order.push(i2);
  return order;
}
var MinHeap;
var init_graph = __esm({
  "src/serverless/s-yaml/graph.ts"() {
    "use strict";
    MinHeap = class {
      items = [];
      get size() {
        return this.items.length;
      }
      push(value) {
        const a = this.items;
        a.push(value);
        let i2 = a.length - 1;
        while (i2 > 0) {
          const p = i2 - 1 >> 1;
          if (a[p] <= value) break;
          a[i2] = a[p];
          i2 = p;
        }
        a[i2] = value;
      }
      pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
          let i2 = 0;
          for (; ; ) {
            const l = 2 * i2 + 1;
            if (l >= a.length) break;
            const r = l + 1;
            const c = r < a.length && a[r] < a[l] ? r : l;
            if (a[c] >= last) break;
            a[i2] = a[c];
            i2 = c;
          }
          a[i2] = last;
        }
        return top;
      }
    };
  }
});

// src/serverless/s-yaml/order.ts
function checkFlow(s, flow) {
  if (!(0, import_yaml9.isMap)(flow)) return;
  for (const pair of pairsOf(flow)) {
    const command2 = keyText(pair);
    if (!(0, import_yaml9.isSeq)(pair.value)) {
      s.report(
        s.at(pair.value ?? pair),
        "s-yaml/flow-shape",
        `flow ${command2} data format is invalid.`,
        "write the flow as a list of groups, e.g. `- [a]` then `- [b, c]`"
      );
      continue;
    }
    const group = /* @__PURE__ */ new Map();
    pair.value.items.forEach((g, gi) => {
      if (!(0, import_yaml9.isSeq)(g)) {
        s.report(
          s.at(g),
          "s-yaml/flow-shape",
          `flow ${command2} data format is invalid.`,
          "each group is a list of resource names, e.g. `- [a, b]`"
        );
        return;
      }
      for (const item of g.items) {
        const name = stringOf(item);
        const resource = name === void 0 ? void 0 : s.resources.get(name);
        if (!resource && name !== void 0 && s.otherResources.has(name)) continue;
        if (!resource) {
          s.report(
            s.at(item),
            "s-yaml/flow-unknown-resource",
            `Resource ${name ?? kindOf(item)} is not found. Please check the content of flow.`,
            `list only resources: ${s.names()}`
          );
          continue;
        }
        group.set(resource.index, { index: gi, node: item });
      }
    });
    checkFlowOrder(s, command2, group);
  }
}
function checkFlowOrder(s, command2, group) {
  for (const [index, place] of group) {
    for (const dep of s.deps[index].keys()) {
      const before = group.get(dep);
      const a = s.resourceList[index].name;
      const b = s.resourceList[dep].name;
      if (!before) {
        s.report(
          s.at(place.node),
          "s-yaml/flow-missing-dependency",
          `flow ${command2} runs ${a}, which uses the output of ${b}, but ${b} is not in the flow`,
          `add ${b} to an earlier group of flow ${command2}`,
          "warning"
        );
      } else if (before.index >= place.index && dep !== index) {
        s.report(
          s.at(place.node),
          "s-yaml/flow-order",
          `flow is invalid, ${b} must be executed before ${a}`,
          `move ${b} to a group before the one holding ${a}`
        );
      }
    }
  }
}
function checkCycles(s) {
  const order = stronglyConnected(s.deps);
  for (const component of order) {
    const members = new Set(component);
    const single = component.length === 1 ? component[0] : void 0;
    if (single !== void 0 && !s.deps[single].has(single)) continue;
    const start = Math.min(...component);
    const path5 = shortestCycle(s.deps, start, members);
    const names = [...path5, start].map((i2) => s.resourceList[i2].name);
    const next = path5[1] ?? start;
    const where = s.depOffsets.get(`${start}>${next}`);
    s.report(
      where ? where.pos(where.offset) : s.resourceList[start].keyPos,
      "s-yaml/dependency-cycle",
      `dependency cycle: ${names.join(" \u2192 ")}; the engine cannot order these and puts them last, in file order`,
      "break the cycle: one of these resources must not use the output of the next"
    );
  }
}
var import_yaml9;
var init_order = __esm({
  "src/serverless/s-yaml/order.ts"() {
    "use strict";
    import_yaml9 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_graph();
  }
});

// src/serverless/s-yaml/rules.ts
var TOP_KEYS_3, TOP_KEYS_1, RESOURCE_KEYS_3, SERVICE_KEYS_1, ACTION_ITEM_KEYS, HOOKS, FUNCTIONS_3, FUNCTIONS_1, LITERAL_ARG_FUNCTIONS, ROOTS_3, RESOURCE_SECTIONS, THIS_MEMBERS, JS_NAMES, EXPRESSION;
var init_rules = __esm({
  "src/serverless/s-yaml/rules.ts"() {
    "use strict";
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
    TOP_KEYS_1 = ["edition", "name", "access", "vars", "actions", "services", "extend"];
    RESOURCE_KEYS_3 = ["component", "props", "actions", "extend", "allow_failure"];
    SERVICE_KEYS_1 = ["component", "props", "actions", "access"];
    ACTION_ITEM_KEYS = [
      "run",
      "path",
      "plugin",
      "args",
      "component",
      "allow_failure",
      "replace_output"
    ];
    HOOKS = ["pre", "success", "fail", "complete", "post"];
    FUNCTIONS_3 = [
      "env",
      "file",
      "path",
      "json",
      "yaml",
      "str",
      "base64",
      "secret",
      "regex",
      "config"
    ];
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
  }
});

// src/serverless/s-yaml/actions.ts
function checkActions(s, actions, resource) {
  const level = resource ? s.v3 ? "Project" : "Service" : "Global";
  for (const pair of pairsOf(actions)) {
    const key = keyText(pair);
    const keyPos = s.at(pair);
    const magic = key.includes("${");
    const parts = key.split("-");
    const hook = parts[0] ?? "";
    const command2 = parts[1];
    if (parts.length < 2 || !command2) {
      s.report(
        keyPos,
        "s-yaml/action-key",
        `action key ${JSON.stringify(key)} is not <hook>-<command>, so it never runs`,
        "write e.g. `pre-deploy:` or `success-deploy:`"
      );
    } else if (!HOOKS.includes(hook)) {
      s.report(
        keyPos,
        "s-yaml/action-hook",
        `action ${JSON.stringify(key)} uses hook ${JSON.stringify(hook)}, which the engine never runs`,
        "use pre, success, fail or complete"
      );
    } else if (hook === "post" && (s.v3 || !resource)) {
      s.report(
        keyPos,
        "s-yaml/action-post-hook",
        "the action hook 'post-<command>' has been renamed to 'complete-<command>'",
        `rename it to complete-${parts.slice(1).join("-")}`,
        "warning"
      );
    }
    if (!magic && parts.length > 2 && command2) {
      s.report(
        keyPos,
        "s-yaml/action-command-dash",
        `the engine splits ${JSON.stringify(key)} at every '-': it runs on \`${command2}\`, never on \`${parts.slice(1).join("-")}\``,
        "actions cannot target a command containing a dash; use the command name without one"
      );
    }
    if (!(0, import_yaml10.isSeq)(pair.value)) {
      s.report(
        s.at(pair.value ?? pair),
        "s-yaml/action-not-list",
        `${level} action ${key} is invalid, it must be array`,
        "write each step as a list item: `- run: npm install`"
      );
      continue;
    }
    for (const item of pair.value.items) checkActionItem(s, item, key, resource);
  }
}
function checkActionItem(s, item, key, resource) {
  if (!(0, import_yaml10.isMap)(item)) {
    s.report(
      s.at(item),
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
    s.report(
      s.at(item),
      "s-yaml/action-item",
      kinds.length === 0 ? `an item of action ${key} has none of run, plugin or component` : `an item of action ${key} has ${kinds.join(" and ")}: the engine only uses ${kinds[0]}`,
      "give each item exactly one of run, plugin or component (split it into several items)"
    );
  }
  if (kinds.includes("component")) checkComponentItem(s, item, key, resource);
  const args = pairOf(item, "args");
  if (args && args.value !== null && !(0, import_yaml10.isMap)(args.value)) {
    s.report(
      s.at(args.value),
      "s-yaml/action-plugin-args",
      `plugin args must be a mapping, but it is ${kindOf(args.value)}`,
      "write args as `key: value` lines under `args:`"
    );
  }
  const path5 = pairOf(item, "path");
  if (path5 && stringOf(path5.value) === void 0)
    s.typeProblem(path5.value ?? path5, "run path", "a folder path", path5.value);
  for (const p of pairsOf(item)) {
    const k = keyText(p);
    if (ACTION_ITEM_KEYS.includes(k)) continue;
    s.report(
      s.at(p),
      "s-yaml/unknown-key",
      `action item key ${JSON.stringify(k)} is not read by the engine`,
      `use ${ACTION_ITEM_KEYS.join(", ")}`,
      "warning"
    );
  }
}
function checkComponentItem(s, item, key, resource) {
  const component = pairOf(item, "component");
  if (!component) return;
  if (!resource) {
    s.report(
      s.at(component),
      "s-yaml/action-component-global",
      `global action ${key} has a component item, which the engine skips: component actions only run at ${s.v3 ? "resource" : "service"} level`,
      `move it into a ${s.v3 ? "resource" : "service"}'s actions, or use run/plugin`
    );
  } else {
    const words = (stringOf(component.value) ?? "").trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) {
      s.report(
        s.at(component.value ?? component),
        "s-yaml/action-item",
        `component action ${JSON.stringify(stringOf(component.value) ?? "")} has no command`,
        "write `component: <component> <command> [args]`, e.g. `component: fc3 build --use-docker`"
      );
    }
  }
}
var import_yaml10;
var init_actions = __esm({
  "src/serverless/s-yaml/actions.ts"() {
    "use strict";
    import_yaml10 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_rules();
  }
});

// src/serverless/s-yaml/expression.ts
function tokenizeExpression(expr, hyphens = false) {
  const tokens = [];
  const n = expr.length;
  let i2 = 0;
  while (i2 < n) {
    const c = expr[i2];
    if (c === '"' || c === "'" || c === "`") {
      i2 = skipQuoted(expr, i2);
      continue;
    }
    if (/\d/.test(c)) {
      while (i2 < n && /[\w.]/.test(expr[i2])) i2++;
      continue;
    }
    if (!IDENT_START.test(c) || i2 > 0 && /[\w$.]/.test(expr[i2 - 1])) {
      i2++;
      continue;
    }
    const start = i2;
    const rootEnd = nameEnd(expr, i2 + 1, hyphens);
    const root = expr.slice(start, rootEnd);
    const { segments, end: j } = readSegments(expr, rootEnd);
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
      i2 = end + 1;
      continue;
    }
    tokens.push({ kind: "path", root, segments, offset: start });
    i2 = j;
  }
  return tokens;
}
function nameEnd(expr, from, allowHyphen) {
  const n = expr.length;
  let k = from;
  while (k < n && (IDENT.test(expr[k]) || allowHyphen && expr[k] === "-" && k + 1 < n && IDENT.test(expr[k + 1])))
    k++;
  return k;
}
function readSegments(expr, from) {
  const segments = [];
  let j = from;
  for (; ; ) {
    if (expr[j] === "." && j + 1 < expr.length && IDENT.test(expr[j + 1])) {
      const k = nameEnd(expr, j + 1, true);
      segments.push(expr.slice(j + 1, k));
      j = k;
      continue;
    }
    const m = expr[j] === "[" ? /^\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/.exec(expr.slice(j)) : null;
    if (!m) return { segments, end: j };
    segments.push(m[1] ?? m[2] ?? m[3]);
    j += m[0].length;
  }
}
function skipQuoted(text3, start) {
  const quote = text3[start];
  let i2 = start + 1;
  while (i2 < text3.length && text3[i2] !== quote) i2 += text3[i2] === "\\" ? 2 : 1;
  return i2 + 1;
}
function matchingParen(text3, open2) {
  let depth = 0;
  for (let i2 = open2; i2 < text3.length; i2++) {
    const c = text3[i2];
    if (c === '"' || c === "'" || c === "`") {
      i2 = skipQuoted(text3, i2) - 1;
    } else if (c === "(") {
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0) return i2;
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
  for (let i2 = 0; i2 < inner.length; i2++) {
    const c = inner[i2];
    if (c === '"' || c === "'" || c === "`") i2 = skipQuoted(inner, i2) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      push(i2);
      from = i2 + 1;
    }
  }
  push(inner.length);
  return args;
}
var IDENT_START, IDENT;
var init_expression = __esm({
  "src/serverless/s-yaml/expression.ts"() {
    "use strict";
    IDENT_START = /[A-Za-z_$]/;
    IDENT = /[\w$]/;
  }
});

// src/serverless/s-yaml/paths.ts
function checkPath(s, root, segments, offset, pos, ctx) {
  if (JS_NAMES.has(root) || PLACEHOLDER_ROOTS.includes(root)) return;
  const report = (code, message, fix) => {
    if (!ctx.quiet) s.report(pos(offset), code, message, fix);
  };
  const shown = [root, ...segments].join(".");
  if (root === "vars") return checkVarPath(s, segments, report);
  if (root === "this") return checkThis(s, shown, segments[0], ctx, report);
  if (s.v3) return checkPath3(s, root, segments, { offset, pos, ctx, report });
  checkPath1(s, root, segments, { offset, pos, ctx, report });
}
function checkThis(s, shown, member, ctx, report) {
  const word = s.v3 ? "resource" : "service";
  if (ctx.resource === void 0 && !ctx.inTemplate) {
    report(
      "s-yaml/this-outside-resource",
      `\${${shown}} is outside any ${word}: this only means something inside one`,
      `move it into a ${word}, or name the resource explicitly (\${resources.<name>.props\u2026})`
    );
  } else if (member !== void 0 && !THIS_MEMBERS.includes(member)) {
    report(
      "s-yaml/unknown-variable",
      `\${${shown}}: this has no member ${member}`,
      `use one of this.${THIS_MEMBERS.join(", this.")}`
    );
  }
}
function checkPath3(s, root, segments, at) {
  const shown = [root, ...segments].join(".");
  if (root === "resources" || root === "components") return checkResourcePath(s, root, segments, at);
  if (root === "cwd" || root === "credential") return;
  if (root === "env") {
    at.report(
      "s-yaml/env-dot-syntax",
      `\${${shown}} does not work in 3.0.0 YAML`,
      `write \${env('${segments[0] ?? "NAME"}')}`
    );
  } else if (s.resources.has(root)) {
    at.report(
      "s-yaml/unknown-variable",
      `\${${shown}} is the 1.x form: 3.0.0 reaches other resources through resources.`,
      `write \${resources.${shown}}`
    );
  } else {
    at.report(
      "s-yaml/unknown-variable",
      `\${${shown}}: ${root} is not a variable of 3.0.0 YAML`,
      `use vars.*, resources.<name>.*, this.*, env('\u2026'), file('\u2026') or path('\u2026')`
    );
  }
}
function checkResourcePath(s, root, segments, at) {
  const [target, section] = segments;
  if (target === void 0) return;
  const shown = [root, ...segments].join(".");
  if (s.otherResources.has(target) && !s.resources.has(target)) {
    if (section === "output") return;
    at.report(
      "s-yaml/unknown-resource",
      `\${${shown}}: ${target} is declared in the other file of this extend pair, and the engine resolves each file with only its own resources`,
      `move ${target} into this file, or use its output (\${${root}.${target}.output.\u2026})`
    );
    return;
  }
  const resource = s.resources.get(target);
  if (!resource) {
    at.report(
      "s-yaml/unknown-resource",
      `\${${shown}} names resource ${target}, which is not in resources`,
      `use one of: ${s.names()}`
    );
  } else if (section !== void 0 && !RESOURCE_SECTIONS.includes(section)) {
    at.report(
      "s-yaml/unknown-variable",
      `\${${shown}}: a resource has no ${section}`,
      `use ${root}.${target}.${RESOURCE_SECTIONS.join(` or ${root}.${target}.`)}`
    );
  } else if (root === "resources" && section === "output" && at.ctx.inProps && at.ctx.resource !== void 0) {
    s.addDependency(at.ctx.resource, resource.index, at.offset, at.pos);
  }
}
function checkPath1(s, root, segments, at) {
  const shown = [root, ...segments].join(".");
  const section = segments[0];
  const resource = s.resources.get(root);
  if (resource) {
    if (section !== void 0 && section !== "props" && section !== "output") {
      at.report(
        "s-yaml/unknown-variable",
        `\${${shown}}: a service has no ${section}`,
        `use ${root}.props\u2026 or ${root}.output\u2026`
      );
    } else if (section === "output" && at.ctx.inProps && at.ctx.resource !== void 0) {
      s.addDependency(at.ctx.resource, resource.index, at.offset, at.pos);
    }
    return;
  }
  if ((section === "output" || section === "props") && !s.otherResources.has(root)) {
    at.report(
      "s-yaml/unknown-resource",
      `\${${shown}} names service ${root}, which is not in services`,
      `use one of: ${s.names()}`
    );
  }
}
function checkVarPath(s, segments, report) {
  if (segments.length === 0) return;
  let value = s.vars;
  let walked = "vars";
  for (const segment of segments) {
    if ((value === void 0 || value === null) && walked !== "vars") return;
    if (value === void 0 || value === null) {
      report(
        "s-yaml/undefined-var",
        `\${vars.${segments.join(".")}}: there is no vars section`,
        `add \`vars:\` with \`${segment}: \u2026\``
      );
      return;
    }
    if (typeof value !== "object") return;
    if (Array.isArray(value) && !/^\d+$/.test(segment)) return;
    if (!Object.hasOwn(value, segment)) {
      report(
        "s-yaml/undefined-var",
        `\${vars.${segments.join(".")}}: ${walked} has no ${segment}`,
        `define ${segment} under ${walked}`
      );
      return;
    }
    value = value[segment];
    walked = `${walked}.${segment}`;
  }
}
var PLACEHOLDER_ROOTS;
var init_paths = __esm({
  "src/serverless/s-yaml/paths.ts"() {
    "use strict";
    init_rules();
    PLACEHOLDER_ROOTS = ["self", "shared"];
  }
});

// src/serverless/s-yaml/references.ts
import { isAbsolute as isAbsolute2, resolve as resolvePath } from "node:path";
function walkTopLevel(s, root, container, doc) {
  const none = { inProps: false, inTemplate: false, quiet: false };
  for (const pair of pairsOf(root)) {
    if (pair.value === container) continue;
    const key = keyText(pair);
    if (key === "actions") {
      if ((0, import_yaml11.isMap)(pair.value)) checkActions(s, pair.value, void 0);
      walk2(s, pair.value, none, doc);
    } else {
      walk2(s, pair.value, { ...none, inTemplate: key === "template" }, doc);
    }
  }
  for (const resource of s.resourceList) {
    if (!(0, import_yaml11.isMap)(resource.node)) continue;
    for (const p of pairsOf(resource.node)) {
      const key = keyText(p);
      if (key === "actions" && (0, import_yaml11.isMap)(p.value)) checkActions(s, p.value, resource);
      else if (key === "actions" && !isEmpty(p.value))
        s.typeProblem(p.value, `${resource.name}.actions`, "a mapping of <hook>-<command> to lists", p.value);
      const ctx = {
        resource: resource.index,
        inProps: key === "props",
        inTemplate: false,
        quiet: false
      };
      walk2(s, p.value, ctx, doc, key === "props" ? /* @__PURE__ */ new Set() : void 0);
    }
  }
}
function walk2(s, node, ctx, doc, seen) {
  if ((0, import_yaml11.isScalar)(node)) {
    if (typeof node.value === "string" && node.value.includes("${"))
      checkScalar(s, node, ctx);
  } else if ((0, import_yaml11.isMap)(node)) {
    for (const pair of node.items) walk2(s, pair.value, ctx, doc, seen);
  } else if ((0, import_yaml11.isSeq)(node)) {
    for (const item of node.items) walk2(s, item, ctx, doc, seen);
  } else if ((0, import_yaml11.isAlias)(node) && ctx.inProps && seen && !seen.has(node)) {
    seen.add(node);
    const target = node.resolve(doc);
    if (target && !seen.has(target)) {
      seen.add(target);
      walk2(s, target, { ...ctx, quiet: true }, doc, seen);
    }
  }
}
function checkScalar(s, node, ctx) {
  const value = node.value;
  const [start, end] = node.range ?? [0, 0];
  const raw = s.source.slice(start, end);
  let cursor = 0;
  EXPRESSION.lastIndex = 0;
  let rest = value;
  for (let m = EXPRESSION.exec(value); m; m = EXPRESSION.exec(value)) {
    const found = raw.indexOf(m[0], cursor);
    const exact = found >= 0;
    const base = exact ? start + found : start;
    if (exact) cursor = found + m[0].length;
    rest = rest.replace(m[0], "");
    if (overlapsTemplate(s, base, base + m[0].length)) continue;
    checkExpression(s, m[1], exact ? base + 2 : void 0, base, ctx);
  }
  if (!ctx.quiet && rest.includes("${")) {
    s.report(
      s.at(node),
      "s-yaml/unclosed-expression",
      "this value has `${` without a closing `}`, so it is left as text",
      "close the expression with `}`, or remove the `${`",
      "warning"
    );
  }
}
function overlapsTemplate(s, from, to) {
  return s.spans.some(([s2, e]) => s2 < to && e > from);
}
function checkExpression(s, expr, inner, fallback, ctx) {
  const pos = (offset) => positionAtOffset(inner === void 0 ? fallback : inner + offset, s.lineCounter);
  checkTokens(s, tokenizeExpression(expr, !s.v3), 0, pos, ctx);
}
function checkTokens(s, tokens, shift, pos, ctx) {
  for (const token of tokens) {
    if (token.kind === "path") {
      checkPath(s, token.root, token.segments, token.offset + shift, pos, ctx);
      continue;
    }
    if (token.segments.length > 0) {
      checkPath(s, token.root, token.segments.slice(0, -1), token.offset + shift, pos, ctx);
      for (const arg of token.args)
        checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
      continue;
    }
    checkCall(s, token, shift, pos, ctx);
  }
}
function checkCall(s, call, shift, pos, ctx) {
  const name = call.root;
  const functions = s.v3 ? FUNCTIONS_3 : FUNCTIONS_1;
  if (!functions.includes(name)) {
    if (!JS_NAMES.has(name) && !ctx.quiet) {
      s.report(
        pos(call.offset + shift),
        "s-yaml/unknown-function",
        `${name}() is not a function of edition ${s.v3 ? "3.0.0" : "1.x"} YAML`,
        `use one of ${functions.map((f) => `${f}()`).join(", ")}`
      );
    }
    for (const arg of call.args)
      checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
    return;
  }
  call.args.forEach((arg, index) => {
    if (index > 0 || !LITERAL_ARG_FUNCTIONS.includes(name)) {
      checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
      return;
    }
    const literal = literalArgument(s, call, arg, shift, pos, ctx);
    if (literal === void 0) return;
    if ((name === "file" || name === "path") && !ctx.quiet)
      checkFileTarget(s, name, literal, pos(arg.offset + shift));
  });
}
function checkFileTarget(s, fn, target, at) {
  if (!s.opts.exists || target.includes("${") || target.startsWith("~") || target.trim() === "") return;
  const full = isAbsolute2(target) ? target : resolvePath(s.opts.baseDir, target);
  if (s.opts.exists(full)) return;
  s.report(
    at,
    "s-yaml/missing-file",
    `${fn}('${target}') points at ${full}, which does not exist`,
    "fix the path: it is relative to the folder of s.yaml"
  );
}
function literalArgument(s, call, arg, shift, pos, ctx) {
  if (arg.quoted !== void 0) return arg.quoted;
  if (!s.v3) return arg.raw;
  const lead = /^[A-Za-z_$][\w$]*/.exec(arg.raw)?.[0];
  const variable = !!lead && (ROOTS_3.includes(lead) || FUNCTIONS_3.includes(lead));
  const name = call.root;
  if (call.args.length === 1) {
    if (variable && !ctx.quiet) {
      s.report(
        pos(arg.offset + shift),
        "s-yaml/unquoted-argument",
        `\${${name}(${arg.raw})}: s quotes a lone unquoted argument itself, so this is the literal text '${arg.raw}', not the value of ${arg.raw}`,
        `write the ${name === "file" || name === "path" ? "path" : "name"} itself, e.g. \${${name}('\u2026')}`
      );
    }
    return variable ? void 0 : arg.raw;
  }
  if (variable) checkTokens(s, tokenizeExpression(arg.raw), arg.offset + shift, pos, ctx);
  else if (!ctx.quiet)
    s.report(
      pos(arg.offset + shift),
      "s-yaml/unquoted-argument",
      `${name}(${arg.raw}, \u2026): with a second argument the call is JavaScript, so ${arg.raw} is read as a variable${lead ? " (undefined)" : " (or a syntax error)"}`,
      `quote it: \${${name}('${arg.raw}', \u2026)}`,
      "warning"
    );
  return void 0;
}
var import_yaml11;
var init_references = __esm({
  "src/serverless/s-yaml/references.ts"() {
    "use strict";
    import_yaml11 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_actions();
    init_checker();
    init_expression();
    init_paths();
    init_rules();
  }
});

// src/serverless/s-yaml/structure.ts
function checkTopLevel(s, root, data) {
  const globals = { ...s.opts.merged?.globals ?? {}, ...data };
  const edition = checkEdition(s, root, globals);
  if (!hasKey(globals, "name")) {
    s.report(
      s.at(root),
      "s-yaml/required",
      "s.yaml has no name (the application name components receive)",
      "add `name: my-app`",
      "warning"
    );
  }
  const container = findContainer(s, root, edition);
  checkUnknownTopKeys(s, root);
  checkSectionTypes(s, root);
  s.vars = globals["vars"];
  s.templates = globals["template"];
  return container;
}
function checkEdition(s, root, globals) {
  const hasResources = !!pairOf(root, "resources") || s.otherResources.size > 0;
  const hasServices = !!pairOf(root, "services");
  const editionPair = pairOf(root, "edition");
  const raw = globals["edition"];
  const text3 = raw === void 0 || raw === null ? void 0 : String(raw);
  if (raw === void 0) {
    s.report(
      s.at(root),
      "s-yaml/required",
      "s.yaml has no edition",
      "add `edition: 3.0.0` as the first line"
    );
    s.v3 = hasResources || !hasServices;
  } else if (text3 === "3.0.0" || text3 === "1.0.0" || text3 === "2.0.0") {
    s.v3 = text3 === "3.0.0";
  } else {
    const node = editionPair ? editionPair.value ?? editionPair : root;
    s.report(
      s.at(node),
      "s-yaml/edition",
      `edition ${text3 === void 0 ? kindOf(editionPair?.value) : JSON.stringify(text3)} is not one the engine knows: only the string 3.0.0 selects the 3.x format, anything else is read as 1.x`,
      "write `edition: 3.0.0` (with resources) or `edition: 1.0.0` (with services)"
    );
    s.v3 = hasResources || !hasServices;
  }
  return text3;
}
function findContainer(s, root, edition) {
  const resources = pairOf(root, "resources");
  const services = pairOf(root, "services");
  const inherited = s.otherResources.size > 0;
  if (s.v3) {
    if (resources) return resources.value;
    if (services) {
      s.report(
        s.at(services),
        "s-yaml/services-in-v3",
        "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML.",
        "rename `services:` to `resources:` (or run 's cli fc3 s2tos3')"
      );
      return services.value;
    }
    if (!inherited)
      s.report(
        s.at(root),
        "s-yaml/required",
        "s.yaml has no resources",
        "add `resources:` with at least one resource and its `component`"
      );
    return void 0;
  }
  if (services) return services.value;
  if (resources) {
    s.report(
      s.at(resources),
      "s-yaml/resources-in-v1",
      `'resources' is the 3.0.0 keyword, but edition is ${edition ?? "missing"}: the engine reads 'services' and finds nothing to run`,
      "set `edition: 3.0.0`"
    );
    return resources.value;
  }
  if (!inherited)
    s.report(
      s.at(root),
      "s-yaml/required",
      "s.yaml has no services",
      "add `services:` with at least one service and its `component`"
    );
  return void 0;
}
function checkUnknownTopKeys(s, root) {
  const known = s.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
  const hasResources = !!pairOf(root, "resources");
  const hasServices = !!pairOf(root, "services");
  for (const pair of pairsOf(root)) {
    const key = keyText(pair);
    if (known.includes(key)) continue;
    if (s.v3 && key === "services" && !hasResources) continue;
    if (!s.v3 && key === "resources" && !hasServices) continue;
    s.report(
      s.at(pair),
      "s-yaml/unknown-key",
      `top-level key ${JSON.stringify(key)} is not read by the engine for edition ${s.v3 ? "3.0.0" : "1.x"}`,
      `remove it, or use one of ${known.join(", ")}`,
      "warning"
    );
  }
}
function checkSectionTypes(s, root) {
  const known = s.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
  for (const [key2, want, nullable] of SECTION_TYPES) {
    const pair = pairOf(root, key2);
    if (!pair || !known.includes(key2)) continue;
    if (nullable && isEmpty(pair.value)) continue;
    const ok = want === "mapping" ? (0, import_yaml12.isMap)(pair.value) : stringOf(pair.value) !== void 0;
    if (!ok) s.typeProblem(pair.value ?? pair, key2, `a ${want}`, pair.value);
  }
  const key = s.v3 ? "resources" : "services";
  const container = pairOf(root, key);
  if (container && !(0, import_yaml12.isMap)(container.value))
    s.typeProblem(container.value ?? container, key, "a mapping of names to resources", container.value);
}
function collectResources(s, container) {
  const word = s.v3 ? "resource" : "service";
  const allowed = s.v3 ? RESOURCE_KEYS_3 : SERVICE_KEYS_1;
  for (const pair of pairsOf(container)) {
    const name = keyText(pair);
    if (s.resources.has(name)) continue;
    const resource = {
      name,
      index: s.resourceList.length,
      node: pair.value,
      keyPos: s.at(pair)
    };
    s.resources.set(name, resource);
    s.resourceList.push(resource);
    s.deps.push(/* @__PURE__ */ new Map());
    if (!(0, import_yaml12.isMap)(pair.value)) {
      s.typeProblem(pair.value ?? pair, `${word} ${name}`, "a mapping with component and props", pair.value);
      continue;
    }
    const component = pairOf(pair.value, "component");
    const componentName = stringOf(component?.value);
    if (!componentName?.trim()) {
      s.report(
        component ? s.at(component.value ?? component) : resource.keyPos,
        "s-yaml/component-missing",
        `${word} ${name} has no component`,
        `add \`component: <name>\` to ${name}, e.g. \`component: fc3\``
      );
    }
    for (const p of pairsOf(pair.value)) {
      const key = keyText(p);
      if (allowed.includes(key)) continue;
      s.report(
        s.at(p),
        "s-yaml/unknown-key",
        `${word} ${name} has key ${JSON.stringify(key)}, which the engine does not read`,
        key === "access" && s.v3 ? "set access once at the top level, or pass -a on the command line" : `move it under props, or use one of ${allowed.join(", ")}`,
        "warning"
      );
    }
    if (s.v3) checkResourceExtend(s, name, pairOf(pair.value, "extend")?.value);
  }
}
function checkResourceExtend(s, name, extend3) {
  if (extend3 === void 0) return;
  if (!(0, import_yaml12.isMap)(extend3)) {
    s.typeProblem(extend3, `resources.${name}.extend`, "a mapping with name (and ignore)", extend3);
    return;
  }
  const templateName = pairOf(extend3, "name");
  const value = stringOf(templateName?.value);
  if (value === void 0 || !hasKey(s.templates, value)) {
    s.report(
      s.at(templateName?.value ?? templateName ?? extend3),
      "s-yaml/unknown-template",
      `resource ${name} extends template ${value === void 0 ? "(no name)" : JSON.stringify(value)}, which is not defined under template`,
      "add that template under the top-level `template:` key, or fix extend.name"
    );
  }
  const ignore2 = pairOf(extend3, "ignore");
  if (ignore2 && !(0, import_yaml12.isSeq)(ignore2.value) && stringOf(ignore2.value) === void 0 && ignore2.value !== null)
    s.typeProblem(
      ignore2.value ?? ignore2,
      `resources.${name}.extend.ignore`,
      "a list of prop names",
      ignore2.value
    );
}
var import_yaml12, hasKey, SECTION_TYPES;
var init_structure = __esm({
  "src/serverless/s-yaml/structure.ts"() {
    "use strict";
    import_yaml12 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_checker();
    init_rules();
    hasKey = (data, key) => data !== null && typeof data === "object" && Object.hasOwn(data, key);
    SECTION_TYPES = [
      ["vars", "mapping", true],
      ["template", "mapping", false],
      ["flow", "mapping", false],
      ["actions", "mapping", true],
      ["extend", "string", false],
      ["access", "string", false]
    ];
  }
});

// src/serverless/s-yaml/template.ts
function maskTemplate(text3) {
  const spans = [];
  const params = [];
  const masked = text3.replace(/\{\{([\s\S]*?)\}\}/g, (whole, inner, offset) => {
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
var STATEMENT;
var init_template = __esm({
  "src/serverless/s-yaml/template.ts"() {
    "use strict";
    STATEMENT = /^(\/|if\b|else\b|each\b|set\b|block\b|include\b|extend\b)/;
  }
});

// src/serverless/s-yaml/check.ts
function checkSYaml(text3, file, opts) {
  const masked = opts.template ? maskTemplate(text3) : { text: text3, spans: [] };
  const loaded = loadLikeEngine(masked.text, opts.template);
  const s = new Checker2(loaded.ok ? loaded.locatable : masked.text, file, opts, masked.spans);
  if (!loaded.ok) {
    s.report(
      loaded.at,
      "s-yaml/yaml-syntax",
      `s.yaml is not valid YAML: ${loaded.message}`,
      "fix the YAML syntax"
    );
    return { problems: s.problems, deployOrder: [] };
  }
  const { doc, lineCounter } = parseYaml(s.source, { uniqueKeys: false });
  s.lineCounter = lineCounter;
  const root = doc.contents;
  if (!(0, import_yaml13.isMap)(root) || loaded.data === null || typeof loaded.data !== "object" || Array.isArray(loaded.data)) {
    s.report(
      { line: 1, column: 1 },
      "s-yaml/yaml-syntax",
      `s.yaml must be a mapping (edition, name, resources, \u2026), but it is ${kindOf(root)}`,
      "start the file with `edition: 3.0.0`, `name: \u2026` and `resources:`"
    );
    return { problems: s.problems, deployOrder: [] };
  }
  const container = checkTopLevel(s, root, loaded.data);
  collectResources(s, container);
  walkTopLevel(s, root, container, doc);
  checkCycles(s);
  if (s.v3) checkFlow(s, pairOf(root, "flow")?.value);
  return { problems: s.problems, deployOrder: engineOrder(s.deps).map((i2) => s.resourceList[i2].name) };
}
var import_yaml13;
var init_check = __esm({
  "src/serverless/s-yaml/check.ts"() {
    "use strict";
    import_yaml13 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_checker();
    init_graph();
    init_load();
    init_order();
    init_references();
    init_structure();
    init_template();
  }
});

// src/serverless/s-yaml/extend.ts
import { existsSync } from "node:fs";
import { readFile as readFile7 } from "node:fs/promises";
import { dirname as dirname4, resolve as resolve7 } from "node:path";
async function checkSYamlFile(path5, options = {}) {
  const file = resolve7(path5);
  const text3 = await readText2(file);
  if (text3 === void 0) return { problems: [unreadable2(file, "s-yaml/file-not-found")], deployOrder: [] };
  const own = { baseDir: dirname4(file), exists: existsSync, template: options.template };
  const data = loadData(text3, options.template);
  const extend3 = data?.["extend"];
  if (typeof extend3 !== "string") return checkSYaml(text3, displayPath(file), own);
  const baseFile = resolve7(dirname4(file), extend3);
  const baseText = await readText2(baseFile);
  if (baseText === void 0) {
    const result = checkSYaml(text3, displayPath(file), own);
    result.problems.unshift(missingBase(file, text3, options.template, baseFile));
    return result;
  }
  const baseData = loadData(baseText, false) ?? {};
  const globals = deepMerge(withoutResources(baseData), withoutResources(data ?? {}));
  const base = checkSYaml(baseText, displayPath(baseFile), {
    baseDir: dirname4(baseFile),
    exists: existsSync,
    merged: { globals, otherResources: resourceNames(data) }
  });
  const child = checkSYaml(text3, displayPath(file), {
    ...own,
    merged: { globals, otherResources: resourceNames(baseData) }
  });
  const order = [...base.deployOrder, ...child.deployOrder.filter((n) => !base.deployOrder.includes(n))];
  return { problems: [...base.problems, ...child.problems], deployOrder: order };
}
async function readText2(file) {
  try {
    return await readFile7(file, "utf8");
  } catch {
    return void 0;
  }
}
function loadData(text3, template) {
  const loaded = loadLikeEngine(template ? maskTemplate(text3).text : text3, template);
  const data = loaded.ok ? loaded.data : void 0;
  return data !== null && typeof data === "object" && !Array.isArray(data) ? data : void 0;
}
function withoutResources(data) {
  const { resources: _r, services: _s, ...rest } = data;
  return rest;
}
function resourceNames(data) {
  const container = data?.["resources"] ?? data?.["services"];
  return container && typeof container === "object" ? Object.keys(container) : [];
}
function deepMerge(a, b) {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const before = out[key];
    const bothObjects = [before, value].every(
      (v) => v !== null && typeof v === "object" && !Array.isArray(v)
    );
    out[key] = bothObjects ? deepMerge(before, value) : value;
  }
  return out;
}
function unreadable2(file, code) {
  return {
    file: displayPath(file),
    line: 0,
    column: 0,
    severity: "error",
    code,
    message: `cannot read ${displayPath(file)}: no such file`,
    fix: "point at an existing s.yaml"
  };
}
function missingBase(file, text3, template, baseFile) {
  const { doc, lineCounter } = parseYaml(template ? maskTemplate(text3).text : text3, { uniqueKeys: false });
  const at = positionOf(pairOf(doc.contents, "extend")?.value, lineCounter);
  return {
    file: displayPath(file),
    ...at,
    severity: "error",
    code: "s-yaml/extend-missing",
    message: `extend names ${displayPath(baseFile)}, which does not exist: the engine stops reading this file`,
    fix: "fix the path (it is relative to the folder of this s.yaml), or remove extend"
  };
}
var init_extend = __esm({
  "src/serverless/s-yaml/extend.ts"() {
    "use strict";
    init_component();
    init_yaml_positions();
    init_check();
    init_load();
    init_template();
  }
});

// src/serverless/s-yaml.ts
var init_s_yaml = __esm({
  "src/serverless/s-yaml.ts"() {
    "use strict";
    init_check();
    init_expression();
    init_extend();
    init_rules();
    init_template();
  }
});

// src/serverless/project.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile8 } from "node:fs/promises";
import { join as join7 } from "node:path";
async function checkProject(root, parameterNames, report) {
  const src = join7(root, "src");
  const sName = ["s.yaml", "s.yml"].find((n) => existsSync2(join7(src, n)));
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
  const text3 = await readFile8(sFile, "utf8");
  const result = await checkSYamlFile(sFile, { template: true });
  const masked = maskTemplate(text3);
  const loaded = loadLikeEngine(masked.text, true);
  const data = loaded.ok ? loaded.data : void 0;
  const resourceMap = data?.resources && typeof data.resources === "object" ? data.resources : void 0;
  if (loaded.ok && (String(data?.edition) !== "3.0.0" || !resourceMap)) {
    report(
      sFile,
      { line: 1, column: 1 },
      "serverless/project-s-yaml",
      "Invalid s.yaml, no resources: the registry takes a Project only with an edition 3.0.0 s.yaml holding resources",
      "move src/s.yaml to `edition: 3.0.0` with `resources:`"
    );
  }
  const resources = resourceMap ? new Set(Object.keys(resourceMap)) : void 0;
  const variable = await checkAuxiliaries(src, resources, report);
  if (parameterNames && !existsSync2(join7(root, "hook")))
    checkPlaceholders(sFile, text3, masked.params, parameterNames, variable, report);
  return result;
}
async function checkAuxiliaries(src, resources, report) {
  const build = await readAuxiliary(join7(src, "build"), "build", report);
  const variable = await readAuxiliary(join7(src, "variable"), "variable", report);
  if (!resources) return variable;
  if (build) {
    const code = "serverless/build-yaml-resource";
    checkResourceKeys(build, build.doc.contents, resources, code, "build.yaml", report);
  }
  if (variable) {
    const services = pairOf(variable.doc.contents, "services")?.value;
    const code = "serverless/variable-yaml-resource";
    checkResourceKeys(variable, services, resources, code, "variable.yaml services", report);
  }
  return variable;
}
async function readAuxiliary(base, label, report) {
  const file = [`${base}.yaml`, `${base}.yml`].find((f) => existsSync2(f));
  if (!file) return void 0;
  const parsed = parseLikeEngine(await readFile8(file, "utf8"));
  if (parsed.ok) return { file, doc: parsed.doc, lineCounter: parsed.lineCounter };
  const why = `${label}.yaml format error: ${parsed.message}`;
  report(file, parsed.at, "serverless/yaml-syntax", why, "fix the YAML syntax");
  return void 0;
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
function lineStartsOf(text3) {
  const starts = [0];
  for (let i2 = 0; i2 < text3.length; i2++) if (text3[i2] === "\n") starts.push(i2 + 1);
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
function checkPlaceholders(sFile, text3, params, parameterNames, variable, report) {
  const declared = /* @__PURE__ */ new Set([...parameterNames, "access", "appName"]);
  if (variable) {
    for (const service of pairsOf(pairOf(variable.doc.contents, "services")?.value)) {
      for (const p of pairsOf(service.value)) declared.add(keyText(p));
    }
    for (const p of pairsOf(pairOf(variable.doc.contents, "shared")?.value)) declared.add(keyText(p));
  }
  const lineStarts = lineStartsOf(text3);
  for (const { name, offset } of params) {
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
var init_project = __esm({
  "src/serverless/project.ts"() {
    "use strict";
    init_yaml_positions();
    init_report();
    init_load();
    init_s_yaml();
  }
});

// src/serverless/publish-yaml/fields.ts
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
  const type2 = stringOf(node);
  if (type2 !== void 0) summary.type = type2;
  if (type2 !== void 0 && PACKAGE_TYPES.includes(type2)) return;
  if (type2 === "Application") {
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
    `Type must be one of ${PACKAGE_TYPES.join(", ")}, but it is ${type2 === void 0 ? kindOf(node) : JSON.stringify(type2)}`,
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
  if (!(0, import_yaml14.isSeq)(node)) {
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
    const shown = (0, import_yaml14.isScalar)(node) ? JSON.stringify(node.value) : kindOf(node);
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
  if (!(0, import_yaml14.isSeq)(node)) {
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
  if (node === void 0 || (0, import_yaml14.isMap)(node)) return;
  report(at, "serverless/publish-field-type", `${key} must be a mapping, but it is ${kindOf(node)}`, example);
}
function checkCategory(node, at, report) {
  checkString(node, "Category", at, report, { fix: "write e.g. `Category: \u57FA\u7840\u4E91\u670D\u52A1`" });
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
  if (!(0, import_yaml14.isMap)(node)) {
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
    additionalProperties: (n) => (0, import_yaml14.isScalar)(n) && typeof n.value === "boolean",
    required: (n) => (0, import_yaml14.isSeq)(n),
    properties: (n) => (0, import_yaml14.isMap)(n)
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
  if ((0, import_yaml14.isMap)(properties)) {
    summary.parameterNames = pairsOf(properties).map((p) => (0, import_yaml14.isScalar)(p.key) ? String(p.key.value) : "");
  }
}
var import_yaml14, PACKAGE_TYPES, PROVIDERS, EFFECTIVE, REQUIRED2, OPTIONAL2, KNOWN2;
var init_fields = __esm({
  "src/serverless/publish-yaml/fields.ts"() {
    "use strict";
    import_yaml14 = __toESM(require_dist(), 1);
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

// src/serverless/publish-yaml.ts
function inspectPublishYaml(text3, file) {
  const problems = [];
  const summary = {};
  const report = (at, code, message, fix, severity = "error") => problems.push({ file, ...at, severity, code, message, fix });
  const parsed = parseLikeEngine(text3);
  if (!parsed.ok) {
    report(
      parsed.at,
      "serverless/yaml-syntax",
      `publish.yaml is not valid YAML: ${parsed.message}`,
      "fix the YAML syntax"
    );
    return { problems, summary };
  }
  const { doc, lineCounter } = parsed;
  const root = doc.contents;
  if (!(0, import_yaml15.isMap)(root)) {
    report(
      positionOf(root, lineCounter).line ? positionOf(root, lineCounter) : { line: 1, column: 1 },
      "serverless/yaml-syntax",
      `publish.yaml must be a mapping of keys (Edition, Type, Name, \u2026), but it is ${kindOf(root)}`,
      "write publish.yaml as `Key: value` lines, starting with `Edition: 3.0.0`"
    );
    return { problems, summary };
  }
  const d = {
    root,
    lineCounter,
    report,
    summary,
    top: positionOf(root, lineCounter),
    at: (key) => positionOf(pairOf(root, key)?.value ?? pairOf(root, key), lineCounter),
    keyAt: (key) => positionOf(pairOf(root, key), lineCounter),
    value: (key) => pairOf(root, key)?.value
  };
  if (!checkEdition2(d)) return { problems, summary };
  checkRequired(d);
  checkFields(d);
  if (summary.type === "Component") checkCommands(d);
  checkUnknownKeys(d);
  return { problems, summary };
}
function checkEdition2(d) {
  const edition = d.value("Edition");
  const editionText = (0, import_yaml15.isScalar)(edition) ? String(edition.value) : void 0;
  if (!pairOf(d.root, "Edition") || editionText === "1.0.0" || editionText === "2.0.0") {
    d.report(
      pairOf(d.root, "Edition") ? d.at("Edition") : d.top,
      "serverless/publish-edition-v2",
      `${pairOf(d.root, "Edition") ? `Edition ${editionText}` : "publish.yaml has no Edition: this"} is a Serverless Devs 2.x package, which the current registry (s 3.x) does not take; it belongs to the V2 tool \`s cli registry publish\``,
      "move the package to Edition 3.0.0 (add `Edition: 3.0.0`, Type Application \u2192 Project, s.yaml edition 3.0.0 with resources), or publish it with `s cli registry publish`"
    );
    return false;
  } else if (!(0, import_yaml15.isScalar)(edition) || typeof edition.value !== "string" || edition.value !== "3.0.0") {
    d.report(
      d.at("Edition"),
      "serverless/publish-edition",
      `Edition must be the string 3.0.0, but it is ${(0, import_yaml15.isScalar)(edition) ? JSON.stringify(edition.value) : kindOf(edition)}`,
      "write `Edition: 3.0.0`"
    );
  }
  return true;
}
function checkRequired(d) {
  for (const key of REQUIRED2) {
    if (key === "Edition" || pairOf(d.root, key)) continue;
    const near = pairsOf(d.root).find(
      (p) => (0, import_yaml15.isScalar)(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase()
    );
    d.report(
      near ? positionOf(near, d.lineCounter) : d.top,
      "serverless/publish-required",
      near ? `publish.yaml has no ${key} (keys are case-sensitive: found ${String(near.key.value)})` : `publish.yaml has no ${key}`,
      `add a \`${key}:\` entry${hintFor(key)}`
    );
  }
}
function checkFields(d) {
  checkType(d.value("Type"), d.at("Type"), d.report, d.summary);
  checkName(d.value("Name"), d.at("Name"), d.report, d.summary);
  checkProvider(d.value("Provider"), d.lineCounter, d.report);
  checkVersion(d.value("Version"), d.at("Version"), d.report, d.summary);
  checkString(d.value("Description"), "Description", d.at("Description"), d.report);
  checkCategory(d.value("Category"), d.at("Category"), d.report);
  checkMapping(
    d.value("Service"),
    "Service",
    d.at("Service"),
    d.report,
    "e.g. `Service:\\n  \u51FD\u6570\u8BA1\u7B97:\\n    Authorities:\\n      - AliyunFCFullAccess`"
  );
  checkEffective(d.value("Effective"), d.at("Effective"), d.report);
  checkParameters(d.value("Parameters"), d.at("Parameters"), d.lineCounter, d.report, d.summary);
  if (pairOf(d.root, "HomePage")) checkString(d.value("HomePage"), "HomePage", d.at("HomePage"), d.report);
  if (pairOf(d.root, "Organization"))
    checkString(d.value("Organization"), "Organization", d.at("Organization"), d.report);
  if (pairOf(d.root, "Tags")) checkStringList(d.value("Tags"), "Tags", d.at("Tags"), d.lineCounter, d.report);
}
function checkCommands(d) {
  if (d.summary.type === "Component") {
    const commands = d.value("Commands");
    const empty = !pairOf(d.root, "Commands") || commands === null || (0, import_yaml15.isMap)(commands) && commands.items.length === 0 || (0, import_yaml15.isSeq)(commands) && commands.items.length === 0 || (0, import_yaml15.isScalar)(commands) && (commands.value === null || commands.value === "");
    if (empty) {
      d.report(
        pairOf(d.root, "Commands") ? d.keyAt("Commands") : d.top,
        "serverless/publish-commands",
        "a Component's publish.yaml needs a non-empty Commands (the registry shows them as the component's commands)",
        "add `Commands:` with one `command: description` line per command, e.g. `deploy: \u90E8\u7F72\u51FD\u6570`"
      );
    } else if (!(0, import_yaml15.isMap)(commands)) {
      d.report(
        d.at("Commands"),
        "serverless/publish-field-type",
        `Commands must be a mapping of command: description, but it is ${kindOf(commands)}`,
        "write one `command: description` line per command under `Commands:`"
      );
    }
  }
}
function checkUnknownKeys(d) {
  for (const pair of pairsOf(d.root)) {
    const key = (0, import_yaml15.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (KNOWN2.includes(key)) continue;
    const near = KNOWN2.find((k) => k.toLowerCase() === key.toLowerCase());
    d.report(
      positionOf(pair, d.lineCounter),
      "serverless/publish-unknown-key",
      `publish.yaml key ${JSON.stringify(key)} is not part of the Edition 3.0.0 schema and is ignored`,
      near ? `rename it to ${near} (keys are case-sensitive)` : key === "Properties" ? "Edition 3.0.0 calls this Parameters: rename it" : `remove it, or use one of ${KNOWN2.join(", ")}`,
      "warning"
    );
  }
}
var import_yaml15;
var init_publish_yaml = __esm({
  "src/serverless/publish-yaml.ts"() {
    "use strict";
    import_yaml15 = __toESM(require_dist(), 1);
    init_yaml_positions();
    init_fields();
    init_load();
    init_fields();
  }
});

// src/serverless/rules.ts
var SERVERLESS_RULES;
var init_rules2 = __esm({
  "src/serverless/rules.ts"() {
    "use strict";
    SERVERLESS_RULES = {
      "serverless/yaml-syntax": "publish.yaml, src/build.yaml and src/variable.yaml must be valid YAML mappings",
      "serverless/publish-required": "publish.yaml has every key the registry requires",
      "serverless/publish-edition": "publish.yaml Edition is 3.0.0",
      "serverless/publish-edition-v2": "a publish.yaml without Edition, or with 1.0.0/2.0.0, is a Serverless Devs 2.x package for the V2 tool `s cli registry publish`",
      "serverless/publish-type": "Type is Component, Plugin or Project",
      "serverless/publish-name": "Name is a non-empty string without '/', '@' or whitespace",
      "serverless/publish-provider": "Provider is a list of clouds the registry knows",
      "serverless/publish-version": "Version is x.y.z, or dev / dev.x.y",
      "serverless/publish-field-type": "publish.yaml values have the types the schema requires",
      "serverless/publish-effective": "Effective is Public, Private or Organization",
      "serverless/publish-commands": "a Component lists its Commands",
      "serverless/publish-unknown-key": "publish.yaml keys outside the schema are ignored",
      "serverless/missing-src": "every package has a src/ folder",
      "serverless/missing-publish-yaml": "every package has publish.yaml (or publish.yml)",
      "serverless/publish-yaml-twice": "a package has publish.yaml or publish.yml, not both",
      "serverless/missing-readme": "every package has readme.md",
      "serverless/missing-version-md": "version.md (the release notes the registry shows) is recommended",
      "serverless/missing-package-json": "a Component or Plugin has package.json",
      "serverless/package-main": "package.json's main names an existing file (a warning on a source tree: the build makes it before publishing)",
      "serverless/missing-s-yaml": "a Project has src/s.yaml",
      "serverless/project-s-yaml": "a Project's src/s.yaml is edition 3.0.0 with resources",
      "serverless/build-yaml-resource": "src/build.yaml keys are resources of src/s.yaml",
      "serverless/variable-yaml-resource": "src/variable.yaml services keys are resources of src/s.yaml",
      "serverless/template-parameter": "{{ name }} placeholders in src/s.yaml are declared in publish.yaml Parameters"
    };
  }
});

// src/serverless/validate.ts
var validate_exports = {};
__export(validate_exports, {
  SERVERLESS_RULES: () => SERVERLESS_RULES,
  S_YAML_NAME: () => S_YAML_NAME,
  displayPath: () => displayPath,
  validateSYamlFile: () => validateSYamlFile,
  validateServerlessPackage: () => validateServerlessPackage,
  validateStandaloneSYaml: () => validateStandaloneSYaml
});
import { readdir as readdir5, readFile as readFile9, stat as stat5 } from "node:fs/promises";
import { basename, join as join8, resolve as resolve8 } from "node:path";
async function validateServerlessPackage(dir, options = {}) {
  const root = resolve8(dir);
  const problems = [];
  const report = reporterInto(problems);
  const entries = await readdir5(root).catch(() => []);
  await checkLayout(root, entries, report);
  const publishFile = findPublishFile(root, entries, options.publishFile, report);
  if (!publishFile) return { problems, deployOrder: [] };
  const inspected = inspectPublishYaml(await readFile9(publishFile, "utf8"), displayPath(publishFile));
  problems.push(...inspected.problems);
  const summary = inspected.summary;
  const type2 = summary.type === "Application" ? "Project" : summary.type;
  if (type2 === "Project") {
    const project = await checkProject(root, summary.parameterNames, report);
    problems.push(...project.problems);
    return { problems, deployOrder: project.deployOrder };
  }
  if (type2 === "Component" || type2 === "Plugin") {
    await checkPackageJson(root, type2, options.stage ?? "publish", report);
    const sFile = await firstFile(join8(root, "src"), ["s.yaml", "s.yml"]);
    if (sFile) problems.push(...(await checkSYamlFile(sFile, { template: true })).problems);
  }
  return { problems, deployOrder: [] };
}
async function checkLayout(root, entries, report) {
  const find = (name) => entries.find((e) => e.toLowerCase() === name);
  if (!await isDir(join8(root, "src"))) {
    report(
      root,
      WHOLE,
      "serverless/missing-src",
      "the package has no src/ folder",
      "put the package content (for a Project: s.yaml and code) under src/"
    );
  }
  const readme = find("readme.md");
  if (!readme || !await isFile(join8(root, readme))) {
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
}
function findPublishFile(root, entries, given, report) {
  if (given) return resolve8(given);
  const present = PUBLISH_FILES.filter((n) => entries.includes(n));
  if (present.length === 2) {
    report(
      root,
      WHOLE,
      "serverless/publish-yaml-twice",
      "the package has both publish.yaml and publish.yml: the registry client reads publish.yaml, so publish.yml is silently ignored",
      "keep one of the two files"
    );
  }
  if (present.length === 0) {
    report(
      root,
      WHOLE,
      "serverless/missing-publish-yaml",
      "the package has no publish.yaml (or publish.yml)",
      "add publish.yaml starting with `Edition: 3.0.0`"
    );
    return void 0;
  }
  return join8(root, present[0]);
}
async function checkPackageJson(root, type2, stage, report) {
  const file = join8(root, "package.json");
  if (!await isFile(file)) {
    report(
      root,
      WHOLE,
      "serverless/missing-package-json",
      `a ${type2} needs package.json (its main is what the engine loads)`,
      'add package.json with `"main": "./dist/index.js"`'
    );
    return;
  }
  let manifest;
  try {
    manifest = JSON.parse(await readFile9(file, "utf8"));
  } catch (error) {
    const why = `package.json is not valid JSON: ${error.message}`;
    report(file, WHOLE, "serverless/package-main", why, "fix the JSON syntax");
    return;
  }
  const main2 = manifest?.main;
  if (typeof main2 !== "string" || main2.trim() === "") {
    report(
      file,
      WHOLE,
      "serverless/package-main",
      `package.json has no main: the engine cannot load this ${type2}`,
      'add `"main": "./dist/index.js"` (the built entry file)'
    );
    return;
  }
  const target = resolve8(root, main2);
  for (const candidate of [target, `${target}.js`, `${target}.json`, join8(target, "index.js")])
    if (await isFile(candidate)) return;
  const source = stage === "validate";
  report(
    file,
    WHOLE,
    "serverless/package-main",
    source ? `package.json main ${JSON.stringify(main2)} does not exist yet: the build must make it before publishing` : `package.json main ${JSON.stringify(main2)} does not exist: the engine cannot load this ${type2}`,
    source ? "make sure the publish job builds the package (e.g. `npm run build`) before publishing" : "build the package before publishing (e.g. `npm run build`), or point main at the entry file",
    source ? "warning" : "error"
  );
}
async function firstFile(dir, names) {
  for (const name of names) if (await isFile(join8(dir, name))) return join8(dir, name);
  return void 0;
}
async function validateStandaloneSYaml(path5) {
  const target = resolve8(path5);
  let files = [target];
  if (await isDir(target)) {
    const names = (await readdir5(target)).filter((n) => S_YAML_NAME.test(n)).sort(byPreference);
    files = [];
    for (const name of names) if (await isFile(join8(target, name))) files.push(join8(target, name));
    if (files.length === 0) return { problems: [noSYaml(target)], deployOrder: [] };
  }
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  let deployOrder;
  for (const file of files) {
    const result = await checkSYamlFile(file);
    deployOrder ??= result.deployOrder;
    for (const p of result.problems) {
      const key = JSON.stringify([p.file, p.line, p.column, p.code, p.message]);
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
  }
  return { problems, deployOrder: deployOrder ?? [] };
}
function noSYaml(dir) {
  return {
    file: displayPath(dir),
    ...WHOLE,
    severity: "error",
    code: "s-yaml/file-not-found",
    message: `${displayPath(dir)} holds no s.yaml, s.yml or s-*.yaml`,
    fix: "point at an s.yaml file, or at the folder that holds it"
  };
}
var PUBLISH_FILES, isFile, isDir, S_YAML_NAME, validateSYamlFile, byPreference, rank;
var init_validate = __esm({
  "src/serverless/validate.ts"() {
    "use strict";
    init_component();
    init_project();
    init_publish_yaml();
    init_report();
    init_s_yaml();
    init_rules2();
    PUBLISH_FILES = ["publish.yaml", "publish.yml"];
    isFile = async (path5) => (await stat5(path5).catch(() => void 0))?.isFile() ?? false;
    isDir = async (path5) => (await stat5(path5).catch(() => void 0))?.isDirectory() ?? false;
    S_YAML_NAME = /^s(-[^/\\]+)?\.ya?ml$/;
    validateSYamlFile = validateStandaloneSYaml;
    byPreference = (a, b) => rank(a) - rank(b) || a.localeCompare(b);
    rank = (name) => ["s.yaml", "s.yml"].indexOf(basename(name)) >>> 0;
  }
});

// node_modules/balanced-match/index.js
var require_balanced_match = __commonJS({
  "node_modules/balanced-match/index.js"(exports, module) {
    "use strict";
    module.exports = balanced;
    function balanced(a, b, str2) {
      if (a instanceof RegExp) a = maybeMatch(a, str2);
      if (b instanceof RegExp) b = maybeMatch(b, str2);
      var r = range(a, b, str2);
      return r && {
        start: r[0],
        end: r[1],
        pre: str2.slice(0, r[0]),
        body: str2.slice(r[0] + a.length, r[1]),
        post: str2.slice(r[1] + b.length)
      };
    }
    function maybeMatch(reg, str2) {
      var m = str2.match(reg);
      return m ? m[0] : null;
    }
    balanced.range = range;
    function range(a, b, str2) {
      var begs, beg, left, right, result;
      var ai = str2.indexOf(a);
      var bi = str2.indexOf(b, ai + 1);
      var i2 = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str2.length;
        while (i2 >= 0 && !result) {
          if (i2 == ai) {
            begs.push(i2);
            ai = str2.indexOf(a, i2 + 1);
          } else if (begs.length == 1) {
            result = [begs.pop(), bi];
          } else {
            beg = begs.pop();
            if (beg < left) {
              left = beg;
              right = bi;
            }
            bi = str2.indexOf(b, i2 + 1);
          }
          i2 = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length) {
          result = [left, right];
        }
      }
      return result;
    }
  }
});

// node_modules/brace-expansion/index.js
var require_brace_expansion = __commonJS({
  "node_modules/brace-expansion/index.js"(exports, module) {
    var balanced = require_balanced_match();
    module.exports = expandTop;
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    var EXPANSION_MAX = 1e5;
    var EXPANSION_MAX_LENGTH = 4e6;
    var EXPANSION_MAX_DEPTH = 1e3;
    var EXPANSION_MAX_REWRITES = 1e3;
    var EXPANSION_MAX_STEPS = 2e7;
    var CALL_STEPS = 16;
    function numeric(str2) {
      return parseInt(str2, 10) == str2 ? parseInt(str2, 10) : str2.charCodeAt(0);
    }
    function escapeBraces(str2) {
      return str2.split("\\\\").join(escSlash).split("\\{").join(escOpen).split("\\}").join(escClose).split("\\,").join(escComma).split("\\.").join(escPeriod);
    }
    function unescapeBraces(str2) {
      return str2.split(escSlash).join("\\").split(escOpen).join("{").split(escClose).join("}").split(escComma).join(",").split(escPeriod).join(".");
    }
    function pushAll(target, items) {
      for (var i2 = 0; i2 < items.length; i2++) {
        target.push(items[i2]);
      }
    }
    function balancedWithBudget(str2, masked, budget) {
      if (budget.remaining < 0) {
        return void 0;
      }
      var r = balanced.range("{", "}", masked);
      var unmatched = r !== void 0 && masked.indexOf("{") < r[0];
      budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
      if (!r || budget.remaining < 0) {
        return void 0;
      }
      return {
        end: r[1],
        pre: str2.slice(0, r[0]),
        body: str2.slice(r[0] + 1, r[1]),
        post: str2.slice(r[1] + 1),
        unmatched
      };
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      var open2 = [];
      for (var i2 = 0; i2 < masked.length; i2++) {
        var c = masked.charCodeAt(i2);
        if (c === 123) {
          open2.push(i2);
        } else if (c === 125 && open2.length) {
          open2.pop();
        }
      }
      var out = "";
      var last = 0;
      for (var j = 0; j < open2.length; j++) {
        out += masked.slice(last, open2[j]) + "\0";
        last = open2[j] + 1;
      }
      return out + masked.slice(last);
    }
    function commaSetFollows(str2, budget) {
      budget.remaining -= str2.length;
      if (budget.remaining < 0) {
        return false;
      }
      var close = false;
      for (var i2 = str2.length - 1; i2 >= 0; i2--) {
        var c = str2.charCodeAt(i2);
        if (c === 125) {
          close = true;
        } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
          close = false;
        } else if (c === 44 && close && str2.charCodeAt(i2 + 1) !== 44) {
          return true;
        }
      }
      return false;
    }
    function parseCommaParts(str2, budget) {
      var parts = [];
      var carry = "";
      for (; ; ) {
        var m = balancedWithBudget(str2, str2, budget);
        if (budget.remaining < 0) {
          return void 0;
        }
        if (!m) {
          var tail = str2.split(",");
          tail[0] = carry + tail[0];
          pushAll(parts, tail);
          return parts;
        }
        var pre = m.pre;
        var body = m.body;
        var post = m.post;
        var p = pre.split(",");
        p[0] = carry + p[0];
        p[p.length - 1] += "{" + body + "}";
        if (!post.length) {
          pushAll(parts, p);
          return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str2 = post;
      }
    }
    function bound(value, fallback) {
      return value == null || isNaN(value) ? fallback : value;
    }
    function expandTop(str2, options) {
      if (!str2) return [];
      options = options || {};
      var max = bound(options.max, EXPANSION_MAX);
      var maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
      var maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
      var maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
      var maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
      if (str2.substr(0, 2) === "{}") {
        str2 = "\\{\\}" + str2.substr(2);
      }
      return expand(
        escapeBraces(str2),
        max,
        maxLength,
        maxDepth,
        0,
        maxRewrites,
        { remaining: maxSteps },
        true
      ).map(unescapeBraces);
    }
    function embrace(str2) {
      return "{" + str2 + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i2, y) {
      return i2 <= y;
    }
    function gte(i2, y) {
      return i2 >= y;
    }
    function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
      var out = [];
      var length = 0;
      var nonEmpty;
      outer: for (var a = 0; a < acc.length; a++) {
        var prefix = acc[a] + pre;
        var vs = values;
        if (dropEmpties && !prefix) {
          if (!nonEmpty) nonEmpty = values.filter(Boolean);
          vs = nonEmpty;
        }
        for (var v = 0; v < vs.length; v++) {
          if (out.length >= max) break outer;
          var expansion = prefix + vs[v];
          if (length + expansion.length > maxLength) break outer;
          out.push(expansion);
          length += expansion.length;
        }
      }
      budget.remaining -= out.length;
      return out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      var n = body.split(/\.\./);
      var N = [];
      if (n[0] === void 0 || n[1] === void 0) {
        return N;
      }
      var x = numeric(n[0]);
      var y = numeric(n[1]);
      var width = Math.max(n[0].length, n[1].length);
      var incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
      var test = lte;
      var reverse = y < x;
      if (reverse) {
        incr *= -1;
        test = gte;
      }
      var pad = n.some(isPadded);
      var cost = pad ? width : 1;
      var length = 0;
      for (var i2 = x; test(i2, y) && N.length < max; i2 += incr) {
        budget.remaining -= cost;
        if (budget.remaining < 0) {
          return void 0;
        }
        var c;
        if (isAlphaSequence) {
          c = String.fromCharCode(i2);
          if (c === "\\") {
            c = "";
          }
        } else {
          c = String(i2);
          if (pad) {
            var need = width - c.length;
            if (need > 0) {
              var z = new Array(need + 1).join("0");
              if (i2 < 0) {
                c = "-" + z + c.slice(1);
              } else {
                c = z + c;
              }
            }
          }
        }
        if (length + c.length > maxLength) break;
        N.push(c);
        length += c.length;
      }
      return N;
    }
    function expand(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      budget.remaining -= CALL_STEPS;
      if (depth > maxDepth) {
        return [str2];
      }
      var acc = [""];
      var rewrites = 0;
      var dropEmpties = false;
      var firstGroup = true;
      var masked = str2;
      for (; ; ) {
        const m = balancedWithBudget(str2, masked, budget);
        if (!m) {
          return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
          masked = maskUnmatchedOpens(masked, budget);
        }
        const pre = m.pre;
        var literal = function() {
          return combine(
            acc,
            pre + "{" + m.body + "}" + m.post,
            [""],
            max,
            maxLength,
            dropEmpties,
            budget
          );
        };
        if (/\$$/.test(pre)) {
          acc = combine(
            acc,
            pre + "{" + m.body + "}",
            [""],
            max,
            maxLength,
            dropEmpties && !m.post.length,
            budget
          );
          firstGroup = false;
          if (!m.post.length) break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
        var isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        var isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(
          m.body
        );
        var isSequence = isNumericSequence || isAlphaSequence;
        var isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++;
            str2 = m.pre + "{" + m.body + escClose + m.post;
            masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
            isTop = true;
            continue;
          }
          return literal();
        }
        if (firstGroup) {
          dropEmpties = isTop && !isSequence;
          firstGroup = false;
        }
        var values;
        if (isSequence) {
          values = expandSequence(
            m.body,
            isAlphaSequence,
            max,
            maxLength,
            budget
          );
          if (!values) {
            return literal();
          }
        } else {
          var n = parseCommaParts(m.body, budget);
          if (!n) {
            return literal();
          }
          if (n.length === 1 && n[0] !== void 0) {
            n = expand(
              n[0],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              false
            ).map(embrace);
            if (budget.remaining < 0) {
              return literal();
            }
            if (n.length === 1) {
              var single = combine(
                acc,
                pre + n[0],
                [""],
                max,
                maxLength,
                dropEmpties && !m.post.length,
                budget
              );
              if (budget.remaining < 0) {
                return literal();
              }
              acc = single;
              if (!m.post.length) break;
              str2 = m.post;
              masked = masked.slice(m.end + 1);
              continue;
            }
          }
          var dropsEmpties = dropEmpties && !m.post.length && !pre;
          for (var d = 0; dropsEmpties && d < acc.length; d++) {
            if (acc[d]) {
              dropsEmpties = false;
            }
          }
          values = [];
          var valuesLength = 0;
          outer: for (var j = 0; j < n.length; j++) {
            var expanded = expand(
              n[j],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              false
            );
            if (budget.remaining < 0) {
              return literal();
            }
            for (var k = 0; k < expanded.length; k++) {
              var v = expanded[k];
              if (dropsEmpties && !v) continue;
              if (values.length >= max || valuesLength + v.length > maxLength) {
                break outer;
              }
              values.push(v);
              valuesLength += v.length;
            }
          }
        }
        var next = combine(
          acc,
          pre,
          values,
          max,
          maxLength,
          dropEmpties && !m.post.length,
          budget
        );
        if (budget.remaining < 0) {
          return literal();
        }
        acc = next;
        if (!m.post.length) break;
        str2 = m.post;
        masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/minimatch/minimatch.js
var require_minimatch = __commonJS({
  "node_modules/minimatch/minimatch.js"(exports, module) {
    var minimatch = module.exports = (p, pattern, options = {}) => {
      assertValidPattern(pattern);
      if (!options.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return new Minimatch(pattern, options).match(p);
    };
    module.exports = minimatch;
    var path5 = (() => {
      try {
        return __require("path");
      } catch (e) {
      }
    })() || {
      sep: "/"
    };
    minimatch.sep = path5.sep;
    var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    minimatch.GLOBSTAR = GLOBSTAR;
    var expand = require_brace_expansion();
    var plTypes = {
      "!": { open: "(?:(?!(?:", close: "))[^/]*?)" },
      "?": { open: "(?:", close: ")?" },
      "+": { open: "(?:", close: ")+" },
      "*": { open: "(?:", close: ")*" },
      "@": { open: "(?:", close: ")" }
    };
    var qmark = "[^/]";
    var star = qmark + "*?";
    var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
    var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
    var charSet = (s) => s.split("").reduce((set2, c) => {
      set2[c] = true;
      return set2;
    }, {});
    var reSpecials = charSet("().*{}+?[]^$\\!");
    var addPatternStartSet = charSet("[.(");
    var slashSplit = /\/+/;
    minimatch.filter = (pattern, options = {}) => (p, i2, list) => minimatch(p, pattern, options);
    var ext = (a, b = {}) => {
      const t = {};
      Object.keys(a).forEach((k) => t[k] = a[k]);
      Object.keys(b).forEach((k) => t[k] = b[k]);
      return t;
    };
    minimatch.defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      const orig = minimatch;
      const m = (p, pattern, options) => orig(p, pattern, ext(def, options));
      m.Minimatch = class Minimatch extends orig.Minimatch {
        constructor(pattern, options) {
          super(pattern, ext(def, options));
        }
      };
      m.Minimatch.defaults = (options) => orig.defaults(ext(def, options)).Minimatch;
      m.filter = (pattern, options) => orig.filter(pattern, ext(def, options));
      m.defaults = (options) => orig.defaults(ext(def, options));
      m.makeRe = (pattern, options) => orig.makeRe(pattern, ext(def, options));
      m.braceExpand = (pattern, options) => orig.braceExpand(pattern, ext(def, options));
      m.match = (list, pattern, options) => orig.match(list, pattern, ext(def, options));
      return m;
    };
    minimatch.braceExpand = (pattern, options) => braceExpand(pattern, options);
    var braceExpand = (pattern, options = {}) => {
      assertValidPattern(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      return expand(pattern);
    };
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    var SUBPARSE = /* @__PURE__ */ Symbol("subparse");
    minimatch.makeRe = (pattern, options) => new Minimatch(pattern, options || {}).makeRe();
    minimatch.match = (list, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    var globUnescape = (s) => s.replace(/\\(.)/g, "$1");
    var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    var Minimatch = class {
      constructor(pattern, options) {
        assertValidPattern(pattern);
        if (!options) options = {};
        this.options = options;
        this.set = [];
        this.pattern = pattern;
        this.regexp = null;
        this.negate = false;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.make();
      }
      debug() {
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        let set2 = this.globSet = this.braceExpand();
        if (options.debug) this.debug = (...args) => console.error(...args);
        this.debug(this.pattern, set2);
        set2 = this.globParts = set2.map((s) => s.split(slashSplit));
        this.debug(this.pattern, set2);
        set2 = set2.map((s, si, set3) => s.map(this.parse, this));
        this.debug(this.pattern, set2);
        set2 = set2.filter((s) => s.indexOf(false) === -1);
        this.debug(this.pattern, set2);
        this.set = set2;
      }
      parseNegate() {
        if (this.options.nonegate) return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i2 = 0; i2 < pattern.length && pattern.charAt(i2) === "!"; i2++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset) this.pattern = pattern.substr(negateOffset);
        this.negate = negate;
      }
      // set partial to true to test if, for example,
      // "/a/b" matches the start of "/*/b/*/d"
      // Partial means, if you run out of file before you run
      // out of pattern, then that's fine, as long as all
      // the parts match.
      matchOne(file, pattern, partial) {
        var options = this.options;
        this.debug(
          "matchOne",
          { "this": this, file, pattern }
        );
        this.debug("matchOne", file.length, pattern.length);
        for (var fi = 0, pi = 0, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          this.debug("matchOne loop");
          var p = pattern[pi];
          var f = file[fi];
          this.debug(pattern, p, f);
          if (p === false) return false;
          if (p === GLOBSTAR) {
            this.debug("GLOBSTAR", [pattern, p, f]);
            var fr = fi;
            var pr = pi + 1;
            if (pr === pl) {
              this.debug("** at the end");
              for (; fi < fl; fi++) {
                if (file[fi] === "." || file[fi] === ".." || !options.dot && file[fi].charAt(0) === ".") return false;
              }
              return true;
            }
            while (fr < fl) {
              var swallowee = file[fr];
              this.debug("\nglobstar while", file, fr, pattern, pr, swallowee);
              if (this.matchOne(file.slice(fr), pattern.slice(pr), partial)) {
                this.debug("globstar found match!", fr, fl, swallowee);
                return true;
              } else {
                if (swallowee === "." || swallowee === ".." || !options.dot && swallowee.charAt(0) === ".") {
                  this.debug("dot detected!", file, fr, pattern, pr);
                  break;
                }
                this.debug("globstar swallow a segment, and continue");
                fr++;
              }
            }
            if (partial) {
              this.debug("\n>>> no match, partial?", file, fr, pattern, pr);
              if (fr === fl) return true;
            }
            return false;
          }
          var hit;
          if (typeof p === "string") {
            hit = f === p;
            this.debug("string match", p, f, hit);
          } else {
            hit = f.match(p);
            this.debug("pattern match", p, f, hit);
          }
          if (!hit) return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        }
        throw new Error("wtf?");
      }
      braceExpand() {
        return braceExpand(this.pattern, this.options);
      }
      parse(pattern, isSub) {
        assertValidPattern(pattern);
        const options = this.options;
        if (pattern === "**") {
          if (!options.noglobstar)
            return GLOBSTAR;
          else
            pattern = "*";
        }
        if (pattern === "") return "";
        let re = "";
        let hasMagic = !!options.nocase;
        let escaping = false;
        const patternListStack = [];
        const negativeLists = [];
        let stateChar;
        let inClass = false;
        let reClassStart = -1;
        let classStart = -1;
        let cs;
        let pl;
        let sp;
        const patternStart = pattern.charAt(0) === "." ? "" : options.dot ? "(?!(?:^|\\/)\\.{1,2}(?:$|\\/))" : "(?!\\.)";
        const clearStateChar = () => {
          if (stateChar) {
            switch (stateChar) {
              case "*":
                re += star;
                hasMagic = true;
                break;
              case "?":
                re += qmark;
                hasMagic = true;
                break;
              default:
                re += "\\" + stateChar;
                break;
            }
            this.debug("clearStateChar %j %j", stateChar, re);
            stateChar = false;
          }
        };
        for (let i2 = 0, c; i2 < pattern.length && (c = pattern.charAt(i2)); i2++) {
          this.debug("%s	%s %s %j", pattern, i2, re, c);
          if (escaping) {
            if (c === "/") {
              return false;
            }
            if (reSpecials[c]) {
              re += "\\";
            }
            re += c;
            escaping = false;
            continue;
          }
          switch (c) {
            /* istanbul ignore next */
            case "/": {
              return false;
            }
            case "\\":
              clearStateChar();
              escaping = true;
              continue;
            // the various stateChar values
            // for the "extglob" stuff.
            case "?":
            case "*":
            case "+":
            case "@":
            case "!":
              this.debug("%s	%s %s %j <-- stateChar", pattern, i2, re, c);
              if (inClass) {
                this.debug("  in class");
                if (c === "!" && i2 === classStart + 1) c = "^";
                re += c;
                continue;
              }
              this.debug("call clearStateChar %j", stateChar);
              clearStateChar();
              stateChar = c;
              if (options.noext) clearStateChar();
              continue;
            case "(":
              if (inClass) {
                re += "(";
                continue;
              }
              if (!stateChar) {
                re += "\\(";
                continue;
              }
              patternListStack.push({
                type: stateChar,
                start: i2 - 1,
                reStart: re.length,
                open: plTypes[stateChar].open,
                close: plTypes[stateChar].close
              });
              re += stateChar === "!" ? "(?:(?!(?:" : "(?:";
              this.debug("plType %j %j", stateChar, re);
              stateChar = false;
              continue;
            case ")":
              if (inClass || !patternListStack.length) {
                re += "\\)";
                continue;
              }
              clearStateChar();
              hasMagic = true;
              pl = patternListStack.pop();
              re += pl.close;
              if (pl.type === "!") {
                negativeLists.push(pl);
              }
              pl.reEnd = re.length;
              continue;
            case "|":
              if (inClass || !patternListStack.length) {
                re += "\\|";
                continue;
              }
              clearStateChar();
              re += "|";
              continue;
            // these are mostly the same in regexp and glob
            case "[":
              clearStateChar();
              if (inClass) {
                re += "\\" + c;
                continue;
              }
              inClass = true;
              classStart = i2;
              reClassStart = re.length;
              re += c;
              continue;
            case "]":
              if (i2 === classStart + 1 || !inClass) {
                re += "\\" + c;
                continue;
              }
              cs = pattern.substring(classStart + 1, i2);
              try {
                RegExp("[" + cs + "]");
              } catch (er) {
                sp = this.parse(cs, SUBPARSE);
                re = re.substr(0, reClassStart) + "\\[" + sp[0] + "\\]";
                hasMagic = hasMagic || sp[1];
                inClass = false;
                continue;
              }
              hasMagic = true;
              inClass = false;
              re += c;
              continue;
            default:
              clearStateChar();
              if (reSpecials[c] && !(c === "^" && inClass)) {
                re += "\\";
              }
              re += c;
              break;
          }
        }
        if (inClass) {
          cs = pattern.substr(classStart + 1);
          sp = this.parse(cs, SUBPARSE);
          re = re.substr(0, reClassStart) + "\\[" + sp[0];
          hasMagic = hasMagic || sp[1];
        }
        for (pl = patternListStack.pop(); pl; pl = patternListStack.pop()) {
          let tail;
          tail = re.slice(pl.reStart + pl.open.length);
          this.debug("setting tail", re, pl);
          tail = tail.replace(/((?:\\{2}){0,64})(\\?)\|/g, (_, $1, $2) => {
            if (!$2) {
              $2 = "\\";
            }
            return $1 + $1 + $2 + "|";
          });
          this.debug("tail=%j\n   %s", tail, tail, pl, re);
          const t = pl.type === "*" ? star : pl.type === "?" ? qmark : "\\" + pl.type;
          hasMagic = true;
          re = re.slice(0, pl.reStart) + t + "\\(" + tail;
        }
        clearStateChar();
        if (escaping) {
          re += "\\\\";
        }
        const addPatternStart = addPatternStartSet[re.charAt(0)];
        for (let n = negativeLists.length - 1; n > -1; n--) {
          const nl = negativeLists[n];
          const nlBefore = re.slice(0, nl.reStart);
          const nlFirst = re.slice(nl.reStart, nl.reEnd - 8);
          let nlAfter = re.slice(nl.reEnd);
          const nlLast = re.slice(nl.reEnd - 8, nl.reEnd) + nlAfter;
          const openParensBefore = nlBefore.split("(").length - 1;
          let cleanAfter = nlAfter;
          for (let i2 = 0; i2 < openParensBefore; i2++) {
            cleanAfter = cleanAfter.replace(/\)[+*?]?/, "");
          }
          nlAfter = cleanAfter;
          const dollar = nlAfter === "" && isSub !== SUBPARSE ? "$" : "";
          re = nlBefore + nlFirst + nlAfter + dollar + nlLast;
        }
        if (re !== "" && hasMagic) {
          re = "(?=.)" + re;
        }
        if (addPatternStart) {
          re = patternStart + re;
        }
        if (isSub === SUBPARSE) {
          return [re, hasMagic];
        }
        if (!hasMagic) {
          return globUnescape(pattern);
        }
        const flags = options.nocase ? "i" : "";
        try {
          return Object.assign(new RegExp("^" + re + "$", flags), {
            _glob: pattern,
            _src: re
          });
        } catch (er) {
          return new RegExp("$.");
        }
      }
      makeRe() {
        if (this.regexp || this.regexp === false) return this.regexp;
        const set2 = this.set;
        if (!set2.length) {
          this.regexp = false;
          return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
        const flags = options.nocase ? "i" : "";
        let re = set2.map((pattern) => {
          pattern = pattern.map(
            (p) => typeof p === "string" ? regExpEscape(p) : p === GLOBSTAR ? GLOBSTAR : p._src
          ).reduce((set3, p) => {
            if (!(set3[set3.length - 1] === GLOBSTAR && p === GLOBSTAR)) {
              set3.push(p);
            }
            return set3;
          }, []);
          pattern.forEach((p, i2) => {
            if (p !== GLOBSTAR || pattern[i2 - 1] === GLOBSTAR) {
              return;
            }
            if (i2 === 0) {
              if (pattern.length > 1) {
                pattern[i2 + 1] = "(?:\\/|" + twoStar + "\\/)?" + pattern[i2 + 1];
              } else {
                pattern[i2] = twoStar;
              }
            } else if (i2 === pattern.length - 1) {
              pattern[i2 - 1] += "(?:\\/|" + twoStar + ")?";
            } else {
              pattern[i2 - 1] += "(?:\\/|\\/" + twoStar + "\\/)" + pattern[i2 + 1];
              pattern[i2 + 1] = GLOBSTAR;
            }
          });
          return pattern.filter((p) => p !== GLOBSTAR).join("/");
        }).join("|");
        re = "^(?:" + re + ")$";
        if (this.negate) re = "^(?!" + re + ").*$";
        try {
          this.regexp = new RegExp(re, flags);
        } catch (ex) {
          this.regexp = false;
        }
        return this.regexp;
      }
      match(f, partial = this.partial) {
        this.debug("match", f, this.pattern);
        if (this.comment) return false;
        if (this.empty) return f === "";
        if (f === "/" && partial) return true;
        const options = this.options;
        if (path5.sep !== "/") {
          f = f.split(path5.sep).join("/");
        }
        f = f.split(slashSplit);
        this.debug(this.pattern, "split", f);
        const set2 = this.set;
        this.debug(this.pattern, "set", set2);
        let filename;
        for (let i2 = f.length - 1; i2 >= 0; i2--) {
          filename = f[i2];
          if (filename) break;
        }
        for (let i2 = 0; i2 < set2.length; i2++) {
          const pattern = set2[i2];
          let file = f;
          if (options.matchBase && pattern.length === 1) {
            file = [filename];
          }
          const hit = this.matchOne(file, pattern, partial);
          if (hit) {
            if (options.flipNegate) return true;
            return !this.negate;
          }
        }
        if (options.flipNegate) return false;
        return this.negate;
      }
      static defaults(def) {
        return minimatch.defaults(def).Minimatch;
      }
    };
    minimatch.Minimatch = Minimatch;
  }
});

// node_modules/@serverless-devs/ignore-walk/lib/index.js
var require_lib = __commonJS({
  "node_modules/@serverless-devs/ignore-walk/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = __importStar(__require("fs"));
    var path_1 = __importDefault(__require("path"));
    var events_1 = __require("events");
    var minimatch_1 = require_minimatch();
    var Walker = class _Walker extends events_1.EventEmitter {
      constructor(opts) {
        opts = opts || {};
        super(opts);
        this.isSymbolicLink = opts.isSymbolicLink;
        this.path = opts.path || process.cwd();
        this.basename = path_1.default.basename(this.path);
        this.ignoreFiles = opts.ignoreFiles || [".signore"];
        this.ignoreRules = {};
        this.parent = opts.parent || null;
        this.includeEmpty = !!opts.includeEmpty;
        this.root = this.parent ? this.parent.root : this.path;
        this.follow = !!opts.follow;
        this.result = this.parent ? this.parent.result : /* @__PURE__ */ new Set();
        this.entries = null;
        this.sawError = false;
      }
      sort(a, b) {
        return a.localeCompare(b, "en");
      }
      emit(ev, data) {
        let ret = false;
        if (!(this.sawError && ev === "error")) {
          if (ev === "error") {
            this.sawError = true;
          } else if (ev === "done" && !this.parent) {
            data = Array.from(data).map((e) => /^@/.test(e) ? `./${e}` : e).sort(this.sort);
            this.result = data;
          }
          if (ev === "error" && this.parent) {
            ret = this.parent.emit("error", data);
          } else {
            ret = super.emit(ev, data);
          }
        }
        return ret;
      }
      start() {
        fs.readdir(this.path, (er, entries) => er ? this.emit("error", er) : this.onReaddir(entries));
        return this;
      }
      isIgnoreFile(e) {
        return e !== "." && e !== ".." && this.ignoreFiles.indexOf(e) !== -1;
      }
      onReaddir(entries) {
        this.entries = entries;
        if (entries.length === 0) {
          if (this.includeEmpty) {
            this.result.add(this.path.substr(this.root.length + 1));
          }
          this.emit("done", this.result);
        } else {
          const hasIg = this.entries.some((e) => this.isIgnoreFile(e));
          if (hasIg) {
            this.addIgnoreFiles();
          } else {
            this.filterEntries();
          }
        }
      }
      addIgnoreFiles() {
        const newIg = this.entries.filter((e) => this.isIgnoreFile(e));
        let igCount = newIg.length;
        const then = (_) => {
          if (--igCount === 0) {
            this.filterEntries();
          }
        };
        newIg.forEach((e) => this.addIgnoreFile(e, then));
      }
      addIgnoreFile(file, then) {
        const ig = path_1.default.resolve(this.path, file);
        fs.readFile(ig, "utf8", (er, data) => er ? this.emit("error", er) : this.onReadIgnoreFile(file, data, then));
      }
      onReadIgnoreFile(file, data, then) {
        const mmopt = {
          matchBase: true,
          dot: true,
          flipNegate: true,
          nocase: true
        };
        const rules = data.split(/\r?\n/).filter((line) => !/^#|^$/.test(line.trim())).map((r) => {
          if (r) {
            if (r.startsWith("./")) {
              r = r.substring(1);
            } else if (r.startsWith("!./")) {
              r = r.replace(/^(\!\.\/)/, "!/");
            }
          }
          return new minimatch_1.Minimatch(r, mmopt);
        });
        this.ignoreRules[file] = rules;
        then();
      }
      filterEntries() {
        const filtered = this.entries.map((entry) => {
          const passFile = this.filterEntry(entry, false);
          const passDir = this.filterEntry(entry, true);
          return passFile || passDir ? [entry, passFile, passDir] : false;
        }).filter((e) => e);
        let entryCount = filtered.length;
        if (entryCount === 0) {
          this.emit("done", this.result);
        } else {
          const then = (_) => {
            if (--entryCount === 0) {
              this.emit("done", this.result);
            }
          };
          filtered.forEach((filt) => {
            const entry = filt[0];
            const file = filt[1];
            const dir = filt[2];
            this.stat({ entry, file, dir }, then);
          });
        }
      }
      onstat({ st, entry, file, dir, isSymbolicLink }, then) {
        const abs = this.path + "/" + entry;
        if (!st.isDirectory()) {
          if (file) {
            this.result.add(abs.substring(this.root.length + 1));
          }
          then();
        } else {
          if (dir) {
            this.walker(entry, { isSymbolicLink }, then);
          } else {
            then();
          }
        }
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        fs.lstat(abs, (er, st) => {
          if (er) {
            this.emit("error", er);
          } else {
            const isSymbolicLink = st.isSymbolicLink();
            if (this.follow && isSymbolicLink) {
              fs.stat(abs, (er2, st2) => {
                if (er2) {
                  this.emit("error", er2);
                } else {
                  this.onstat({ st: st2, entry, file, dir, isSymbolicLink }, then);
                }
              });
            } else {
              this.onstat({ st, entry, file, dir, isSymbolicLink }, then);
            }
          }
        });
      }
      walkerOpt(entry, opts) {
        return Object.assign({ path: this.path + "/" + entry, parent: this, ignoreFiles: this.ignoreFiles, follow: this.follow, includeEmpty: this.includeEmpty }, opts);
      }
      walker(entry, opts, then) {
        new _Walker(this.walkerOpt(entry, opts)).on("done", then).start();
      }
      filterEntry(entry, partial) {
        let included = true;
        if (this.parent && this.parent.filterEntry) {
          const pt = this.basename + "/" + entry;
          included = this.parent.filterEntry(pt, partial);
        }
        this.ignoreFiles.forEach((f) => {
          if (this.ignoreRules[f]) {
            this.ignoreRules[f].forEach((rule) => {
              if (rule.negate !== included) {
                const match = rule.match("/" + entry) || rule.match(entry) || !!partial && (rule.match("/" + entry + "/") || rule.match(entry + "/")) || !!partial && rule.negate && (rule.match("/" + entry, true) || rule.match(entry, true));
                if (match) {
                  included = rule.negate;
                }
              }
            });
          }
        });
        return included;
      }
    };
    var WalkerSync = class _WalkerSync extends Walker {
      start() {
        this.onReaddir(fs.readdirSync(this.path));
        return this;
      }
      addIgnoreFile(file, then) {
        const ig = path_1.default.resolve(this.path, file);
        this.onReadIgnoreFile(file, fs.readFileSync(ig, "utf8"), then);
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        let st = fs.lstatSync(abs);
        const isSymbolicLink = st.isSymbolicLink();
        if (this.follow && isSymbolicLink) {
          st = fs.statSync(abs);
        }
        this.onstat({ st, entry, file, dir, isSymbolicLink }, then);
      }
      walker(entry, opts, then) {
        new _WalkerSync(this.walkerOpt(entry, opts)).start();
        then();
      }
    };
    var walk3 = (opts, callback) => {
      const p = new Promise((resolve11, reject) => {
        new Walker(opts).on("done", resolve11).on("error", reject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    var walkSync2 = (opts) => new WalkerSync(opts).start().result;
    walk3.sync = walkSync2;
    walk3.Walker = Walker;
    walk3.WalkerSync = WalkerSync;
    exports.default = walk3;
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
        for (var i2 = 0; i2 < self.entries.length; i2++) {
          var entry2 = self.entries[i2];
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
      for (var i2 = 0; i2 < self.entries.length; i2++) {
        var entry = self.entries[i2];
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
        var timestamp2 = Math.floor(this.mtime.getTime() / 1e3);
        if (timestamp2 < -2147483648) timestamp2 = -2147483648;
        if (timestamp2 > 2147483647) timestamp2 = 2147483647;
        izutefBuffer.writeUInt32LE(timestamp2, 5);
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
        for (var i2 = 0; i2 < cp437.length; i2++) {
          reverseCp437[cp437[i2]] = i2;
        }
      }
      var result = bufferAlloc(string.length);
      for (var i2 = 0; i2 < string.length; i2++) {
        var b = reverseCp437[string[i2]];
        if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i2]));
        result[i2] = b;
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
        for (var i2 = 0; i2 <= buffer2.length - content2.length; i2++) {
          for (var j = 0; ; j++) {
            if (j === content2.length) return true;
            if (buffer2[i2 + j] !== content2[j]) break;
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
import { mkdtemp, rm as rm5 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join10, resolve as resolve10 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

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
import { dirname, join as join2, posix, resolve as resolve2 } from "node:path";
import { promisify } from "node:util";
init_component();
init_naming();
var run = promisify(execFile);
var PUBLISH_YAML = "publish.yaml";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function listComponents(root, options = {}) {
  const base = resolve2(root);
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
  const path5 = rel === "" ? "." : rel;
  const files = new Set(
    entries.filter((e) => e.isFile() && !ignored.ignores(posix.join(rel, e.name))).map((e) => e.name)
  );
  if (files.has(MANIFEST)) found.push(await readSlipway(base, path5));
  if (files.has(PUBLISH_YAML)) found.push(await readServerless(base, path5));
  for (const entry of entries) {
    if (!entry.isDirectory() || SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const child = posix.join(rel, entry.name);
    if (ignored.ignores(`${child}/`)) continue;
    await walk(base, child, ignored, found);
  }
}
async function readSlipway(base, path5) {
  const source = await readFile2(join2(base, path5, MANIFEST), "utf8");
  const fields = asRecord(safely(() => JSON.parse(stripBom(source))));
  const publisher = text(fields.publisher);
  const name = text(fields.name);
  return {
    path: path5,
    kind: "slipway",
    name: publisher && name ? `${publisher}.${name}` : "",
    version: text(fields.version)
  };
}
async function readServerless(base, path5) {
  const source = await readFile2(join2(base, path5, PUBLISH_YAML), "utf8");
  const fields = asRecord(safely(() => (0, import_yaml2.parse)(source, { schema: "failsafe" })));
  return { path: path5, kind: "serverless", name: text(fields.Name), version: text(fields.Version) };
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
  const root = await gitTopLevel(dir).catch(() => dirname(resolve2(dir)));
  const names = (await listComponents(root)).filter((c) => c.kind === "slipway" && c.name !== "");
  return new Set(names.map((c) => c.name));
}
function parseSiblings(value) {
  const text3 = value?.trim() ?? "";
  if (text3 === "") return void 0;
  if (text3 === "none") return /* @__PURE__ */ new Set();
  const names = text3.split(/[\s,]+/).filter((n) => n !== "");
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
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { join as join4, resolve as resolve4 } from "node:path";

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
init_schema();

// src/slipway/tarball.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { rm } from "node:fs/promises";

// src/slipway/tree.ts
import { constants } from "node:fs";
import { access, lstat, readdir as readdir2 } from "node:fs/promises";
import { join as join3, resolve as resolve3, sep as sep2 } from "node:path";
async function scanTree(dir, exclude = []) {
  const root = resolve3(dir);
  const skip = new Set(exclude.map((p) => resolve3(p)));
  const scan = { entries: [], problems: [] };
  const walk3 = async (folder, prefix) => {
    let names;
    try {
      names = await readdir2(folder, { encoding: "buffer" });
    } catch (error) {
      scan.problems.push(unreadable(prefix.replace(/\/$/, "") || ".", error));
      return;
    }
    for (const raw of names) {
      const name = decodeName(raw);
      const path5 = prefix + (name ?? raw.toString("utf8"));
      if (name === void 0) {
        scan.problems.push({
          path: path5,
          code: "file-name",
          message: `${path5} has a file name that is not UTF-8 (bytes ${raw.toString("hex")}); Slipway reads package paths as UTF-8`,
          fix: "rename the file with a UTF-8 name"
        });
        continue;
      }
      if (name === ".git") continue;
      const absolute = join3(folder, name);
      if (skip.has(absolute)) continue;
      await visit(absolute, path5, scan, walk3);
    }
  };
  await walk3(root, "");
  if (sep2 !== "/") for (const e of scan.entries) e.path = e.path.split(sep2).join("/");
  scan.entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return scan;
}
async function visit(absolute, path5, scan, walk3) {
  let info;
  try {
    info = await lstat(absolute);
  } catch (error) {
    scan.problems.push(unreadable(path5, error));
    return;
  }
  const named = fileNameProblem(path5, !info.isDirectory());
  if (named) {
    scan.problems.push(named);
    return;
  }
  if (info.isSymbolicLink()) {
    scan.problems.push({
      path: path5,
      code: "symlink",
      message: `${path5} is a symbolic link; Slipway's packages hold regular files only (its own packer drops links silently, so users lose the file)`,
      fix: `replace ${path5} with a copy of the file it points to, or move it out of the component folder`
    });
  } else if (info.isDirectory()) {
    await walk3(absolute, `${path5}/`);
  } else if (!info.isFile()) {
    scan.problems.push({
      path: path5,
      code: "special-file",
      message: `${path5} is not a regular file (a socket, FIFO or device)`,
      fix: `remove ${path5} from the component folder`
    });
  } else {
    try {
      await access(absolute, constants.R_OK);
    } catch (error) {
      scan.problems.push(unreadable(path5, error));
      return;
    }
    scan.entries.push({ path: path5, absolute, size: info.size, executable: (info.mode & 73) !== 0 });
  }
}
async function collectEntries(dir, exclude = []) {
  const { entries, problems } = await scanTree(dir, exclude);
  const [first, ...rest] = problems;
  if (first) {
    const more = rest.length > 0 ? ` (and ${rest.length} more: ${rest.map((p) => p.path).join(", ")})` : "";
    throw new PublishError(first.code, `${first.message}${more}`, first.fix);
  }
  return entries;
}
function decodeName(raw) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return void 0;
  }
}
function unreadable(path5, error) {
  const code = error.code;
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? error.message;
  return {
    path: path5,
    code: "unreadable",
    message: `${path5} cannot be read (${why})`,
    fix: `make ${path5} readable by the user running the tool, or remove it from the component folder`
  };
}
function fileNameProblem(path5, isFile2 = true) {
  const shown = JSON.stringify(path5);
  const refuse = (message, fix) => ({ path: path5, code: "file-name", message, fix });
  if (/[\r\n]/.test(path5))
    return refuse(`the file name ${shown} contains a line break`, "rename it without line breaks");
  if (path5.includes("\\")) {
    return refuse(
      `the file name ${shown} contains a backslash, a folder separator on Windows`,
      'rename it without "\\"'
    );
  }
  if (path5.split("/").includes("..")) return refuse(`the path ${shown} has a ".." part`, "rename it");
  if (isFile2 && !splitUstar(path5)) {
    return refuse(
      `the path ${shown} does not fit a ustar header (the last part at most 100 bytes, the folders before it at most 155): Slipway's loader reads only that header and could never load the file`,
      "shorten the file name or its folders"
    );
  }
  return void 0;
}
function splitUstar(path5) {
  const bytes = Buffer.from(path5, "utf8");
  if (bytes.length <= 100) return { name: bytes, prefix: Buffer.alloc(0) };
  for (let i2 = bytes.indexOf(47); i2 !== -1; i2 = bytes.indexOf(47, i2 + 1)) {
    const name = bytes.subarray(i2 + 1);
    if (name.length > 100) continue;
    if (i2 > 155 || name.length === 0) return void 0;
    return { name, prefix: bytes.subarray(0, i2) };
  }
  return void 0;
}

// src/slipway/tarball.ts
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
    for (const [i2, entry] of entries.entries()) {
      const size = sizes[i2].size;
      writer.write(encodeHeaders(entry.path, size, entry.executable ? 493 : 420, mtime));
      const replacement = options.replace?.get(entry.path);
      if (replacement) writer.write(replacement);
      else copyInto(writer, entry, buffer);
      writer.write(ZEROS.subarray(0, (512 - size % 512) % 512));
      options.onProgress?.(writer.written, expected);
      if (i2 % 64 === 63) await new Promise(setImmediate);
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
  constructor(path5) {
    this.fd = openSync(path5, "w");
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
  let fd;
  try {
    fd = openSync(entry.absolute, "r");
  } catch (error) {
    throw new PublishError(
      "unreadable",
      `${entry.path} cannot be read (${error.code ?? error.message})`,
      `make ${entry.path} readable by the user running the tool, or remove it from the component folder`
    );
  }
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
function encodeHeaders(path5, size, mode, mtime) {
  const at = splitUstar(path5);
  if (!at) throw new Error(`${path5} does not fit a ustar header (fileNameProblem should have refused it)`);
  const header = ustarHeader(at, size, mode, mtime, "0");
  if (!needsPax(path5)) return header;
  const record = paxRecord(path5);
  const pad = (512 - record.length % 512) % 512;
  const paxName = { name: Buffer.from("PaxHeader"), prefix: Buffer.alloc(0) };
  return Buffer.concat([
    ustarHeader(paxName, record.length, 420, mtime, "x"),
    record,
    Buffer.alloc(pad),
    header
  ]);
}
var octal = (value, width) => `${value.toString(8).padStart(width - 1, "0")}\0`;
function ustarHeader(at, size, mode, mtime, type2) {
  const h = Buffer.alloc(512);
  at.name.copy(h, 0);
  h.write(octal(mode, 8), 100, "latin1");
  h.write(octal(0, 8), 108, "latin1");
  h.write(octal(0, 8), 116, "latin1");
  h.write(octal(size, 12), 124, "latin1");
  h.write(octal(mtime, 12), 136, "latin1");
  h.write("        ", 148, "latin1");
  h.write(type2, 156, "latin1");
  h.write("ustar\x0000", 257, "latin1");
  h.write(octal(0, 8), 329, "latin1");
  h.write(octal(0, 8), 337, "latin1");
  at.prefix.copy(h, 345);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  return h;
}
function needsPax(path5) {
  return !/^[\x20-\x7e]*$/.test(path5);
}
function paxRecord(path5) {
  const body = ` path=${path5}
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

// src/slipway/inspect.ts
async function inspectComponent(dir, options = {}) {
  const root = resolve4(dir);
  const path5 = join4(root, MANIFEST);
  const file = displayPath(path5);
  const bytes = await readManifest(path5, file);
  const check = checkManifest(bytes, file);
  const text3 = check.text;
  const problems = [...check.problems, ...await treeProblems(root)];
  if (!check.manifest || !check.source) return { problems };
  const manifest = check.manifest;
  problems.push(...await checkRunner(root, manifest, file, options.built));
  problems.push(...await schemaRefProblems(root, manifest, check.source, file));
  problems.push(...await riggingProblems(root, manifest, check.source, file));
  const resolved = resolveVersion({
    input: options.version,
    tag: options.tag,
    tagPrefix: options.tagPrefix,
    manifestVersion: manifest.version
  });
  problems.push(...versionProblems(resolved, options.tag, file));
  const repository = await detectRepository(root, options.repository, options.env);
  if (repository && options.conventions !== "none") {
    problems.push(...conventionProblems(manifest, check.source, repository, resolved, options.tag, file));
  }
  if (problems.some((p) => p.severity === "error")) return { problems };
  const stamped = resolved.version !== manifest.version;
  let packedText = stamped ? stampVersion(text3, check.source, resolved.version) : text3;
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
function versionProblems(resolved, tag, file) {
  if (resolved.source === "manifest" || isStrictSemver(resolved.version)) return [];
  const from = resolved.source === "input" ? "the version input" : `the tag "${tag}"`;
  return [
    {
      file,
      line: 0,
      column: 0,
      severity: "error",
      code: "version/invalid",
      message: `version "${resolved.version}" from ${from} is not a strict SemVer 2.0.0 version`,
      fix: resolved.source === "tag" ? `${semverFix(resolved.version)}; set tag-prefix if your tags carry one (e.g. "v")` : semverFix(resolved.version)
    }
  ];
}
function conventionProblems(manifest, source, repository, resolved, pushedTag, file) {
  const tag = resolved.source === "tag" ? pushedTag : void 0;
  const found = checkConventions(
    manifest,
    source,
    { repository: repository.fullName, tag, version: resolved.version },
    file
  );
  if (repository.source !== "git") return found;
  return found.map((p) => ({
    ...p,
    severity: "warning",
    message: `${p.message} (repository from the git remote)`
  }));
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
async function readManifest(path5, file) {
  try {
    return await readFile3(path5);
  } catch (error) {
    const code = error.code;
    const [kind, message, fix] = code === "ENOENT" || code === "ENOTDIR" ? [
      "no-manifest",
      `${file} does not exist`,
      `point the command at a component folder (one holding ${MANIFEST})`
    ] : code === "EISDIR" ? ["manifest-not-a-file", `${file} is a folder, not a file`, `make ${MANIFEST} a JSON file`] : code === "ENAMETOOLONG" ? ["name-too-long", `${file}: the path is too long for the file system`, "use a shorter path"] : [
      "unreadable",
      `${file} cannot be read (${code ?? error.message})`,
      "make the file readable by the user running the tool"
    ];
    throw new PublishError(kind, message, fix);
  }
}
async function treeProblems(root) {
  const { entries, problems } = await scanTree(root);
  const size = tarballSize(entries);
  if (size > MAX_TARBALL_BYTES) {
    problems.push({
      path: ".",
      code: "too-large",
      message: `the package would be ${formatBytes(size)}; a GitHub release asset is limited to ${formatBytes(MAX_TARBALL_BYTES)}`,
      fix: "leave build inputs and large data out of the component folder"
    });
  }
  return problems.map((p) => ({
    // A name with a control character or backslash is shown only inside the (escaped) message: as
    // a file field it would reach logs and annotations raw.
    file: displayPath(
      [...p.path].some((c) => c < " " || c === "\x7F" || c === "\\") ? root : join4(root, p.path)
    ),
    line: 0,
    column: 0,
    severity: "error",
    code: `slipway/${p.code}`,
    message: `${p.message}; packing would stop here`,
    fix: p.fix
  }));
}
async function schemaRefProblems(root, manifest, source, file) {
  const problems = [];
  for (const key of ["input", "output"]) {
    if (!isJsonSchema(manifest[key])) continue;
    for (const ref of fileRefs(manifest[key])) {
      if ((await stat2(join4(root, ref.file)).catch(() => null))?.isFile()) continue;
      const named = ref.ref === ref.file ? "" : ` (the package file "${ref.file}")`;
      problems.push({
        file,
        ...source.pathPosition([key, ...ref.path]),
        severity: "error",
        code: "slipway/schema-ref-missing",
        message: `"${key}" refers to ${JSON.stringify(ref.ref)}${named}, which is not in the component folder; Slipway resolves it from the package and would fail to load the component`,
        fix: `add ${ref.file} to the component folder (${displayPath(root)}) or fix the $ref`
      });
    }
  }
  return problems;
}
async function riggingProblems(root, manifest, source, file) {
  const rigging = typeof manifest.rigging === "object" && manifest.rigging !== null ? manifest.rigging : {};
  const refs = Object.entries(rigging).flatMap(([step, v]) => {
    const reference = v?.component;
    const ref = typeof reference === "string" ? COMPONENT_REFERENCE.exec(reference)?.groups : void 0;
    return ref && isSibling(manifest, `${ref.publisher}.${ref.name}`) ? [{ step, name: `${ref.publisher}.${ref.name}` }] : [];
  });
  if (refs.length === 0) return [];
  const known = await repositoryComponents(root);
  return refs.filter((r) => !known.has(r.name)).map((r) => ({
    file,
    ...source.pathPosition(["rigging", r.step, "component"]),
    severity: "warning",
    code: "slipway/rigging-unpublished",
    message: `rigging step "${r.step}" uses ${r.name}, which would be released from this repository, but no component here is named so`,
    fix: `add the ${r.name} component to the repository, or fix the reference`
  }));
}

// src/slipway/pack.ts
import { mkdir, rename, rm as rm2, stat as stat3 } from "node:fs/promises";
import { dirname as dirname2, join as join5, resolve as resolve5 } from "node:path";
init_component();
init_naming();
async function packComponent(component, out, options = {}) {
  const runner = (await checkRunner(component.dir, component.manifest, component.manifestFile, true)).filter(
    (p) => p.severity === "error"
  );
  if (runner.length > 0) throw new InvalidInputError(runner);
  const fileName = tarballName(component.manifest.publisher, component.manifest.name, component.version);
  const isFolder = !out.endsWith(".tar") || (await stat3(out).catch(() => null))?.isDirectory() === true;
  const file = resolve5(isFolder ? join5(out, fileName) : out);
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
  const command2 = p.severity === "error" ? "error" : p.severity === "warning" ? "warning" : "notice";
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.code)}`);
  const message = p.fix ? `${p.message}
fix: ${p.fix}` : p.message;
  return `::${command2} ${props.join(",")}::${escapeData(message)}
`;
}

// src/serverless/client.ts
import { createHash as createHash3 } from "node:crypto";
import { Readable } from "node:stream";

// src/serverless/client-errors.ts
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
  { zh: "\u6743\u9650\u5F02\u5E38", en: "permission denied", kind: "permission" },
  // The check endpoint's answer while the browser login is not yet authorised (the official client
  // knows it in both languages).
  { zh: "\u83B7\u53D6\u767B\u9646 Token \u5931\u8D25", en: "failed to obtain the login token", kind: "login-pending" },
  { zh: "Failed to obtain login token", en: "failed to obtain the login token", kind: "login-pending" }
];
function translateRegistryMessage(text3) {
  const known = KNOWN_MESSAGES.find((m) => text3.includes(m.zh));
  return known ? { en: known.en, kind: known.kind } : {};
}
var TOKEN_HINT = "the token is wrong or expired: create one with `s registry login` / the Serverless Devs console and store it as a secret";
var HINTS = {
  auth: TOKEN_HINT,
  permission: "the token\u2019s account may not publish this package: it belongs to another account, or publish.yaml names an Organization the account is not in",
  "version-order": "a new version must be greater than every version ever published, deleted ones included: bump Version in publish.yaml",
  "not-found": void 0,
  "bad-answer": void 0,
  "login-pending": "authorise the login in the browser, then run the command again"
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
function describeAnswer(text3, contentType) {
  const trimmed = text3.trim();
  const type2 = contentType ? `, ${contentType.split(";")[0]}` : "";
  if (trimmed === "") return `an empty answer${type2}`;
  if (/^<(!doctype|html|\?xml|[a-z])/i.test(trimmed)) return `an HTML/XML page (${text3.length} bytes${type2})`;
  let value;
  try {
    value = JSON.parse(trimmed);
  } catch {
    if (/^[[{]/.test(trimmed)) return `JSON cut off after ${Buffer.byteLength(text3)} bytes${type2}`;
    const snippet2 = trimmed.replace(new RegExp("\\p{Cc}+", "gu"), " ").slice(0, 80);
    return `text that is not JSON: "${snippet2}"${trimmed.length > 80 ? "\u2026" : ""}${type2}`;
  }
  if (value === null) return "JSON null instead of {request_id, body}";
  if (Array.isArray(value)) return "a JSON array instead of {request_id, body}";
  if (typeof value !== "object") return `a JSON ${typeof value} instead of {request_id, body}`;
  return `a JSON object without "body" (keys: ${Object.keys(value).slice(0, 5).join(", ") || "none"})`;
}
function badAnswer(operation, what, status) {
  return new ServerlessRegistryError(
    "serverless-bad-answer",
    `Serverless Registry ${operation}: the registry answered ${what}${status === void 0 ? "" : ` (HTTP ${status})`}, not what the protocol promises`,
    "the registry or something in between (a proxy, a captive portal) sent a broken answer: re-run later; a re-run reads the state again before writing",
    { operation, status, kind: "bad-answer" }
  );
}
function expectObjects(body, operation, key) {
  if (!Array.isArray(body)) throw badAnswer(operation, `a body of ${describeValue(body)} instead of a list`);
  for (const item of body) {
    if (item === null || typeof item !== "object" || typeof item[key] !== "string")
      throw badAnswer(operation, `a list item without a string "${key}" (${describeValue(item)})`);
  }
  return body;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
async function collectPages(fetchPage, id, maxPages = 100) {
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  for (let page = 1; page <= maxPages; page++) {
    let items;
    try {
      items = await fetchPage(page);
    } catch (error) {
      if (page > 1 && isNotFound(error)) break;
      throw error;
    }
    const fresh = items.filter((item) => !seen.has(id(item)));
    if (fresh.length === 0) break;
    for (const item of fresh) {
      seen.add(id(item));
      all.push(item);
    }
  }
  return all;
}
function parseEnvelope(text3) {
  try {
    const value = JSON.parse(text3);
    if (value && typeof value === "object" && !Array.isArray(value) && "body" in value) {
      return value;
    }
  } catch {
  }
  return void 0;
}
function displayUrl(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
function pathOnly(path5) {
  return path5.split("?")[0] ?? path5;
}
var NetworkError = class extends ServerlessRegistryError {
};
function sleep(ms) {
  return ms > 0 ? new Promise((resolve11) => setTimeout(resolve11, ms)) : Promise.resolve();
}

// src/serverless/client-types.ts
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

// src/serverless/sign.ts
import { createHash as createHash2, randomInt } from "node:crypto";
var NONCE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var NONCE_LENGTH = 15;
function randomNonce() {
  let nonce = "";
  for (let i2 = 0; i2 < NONCE_LENGTH; i2++) nonce += NONCE_ALPHABET[randomInt(NONCE_ALPHABET.length)];
  return nonce;
}
function hex(algorithm, text3) {
  return createHash2(algorithm).update(text3, "utf8").digest("hex");
}
function signHeaders(token, now = Date.now, random = randomNonce) {
  const timestamp2 = String(Math.floor(now() / 1e3));
  const nonce = random();
  return {
    token: hex("md5", token),
    nonce,
    timestamp: timestamp2,
    sign_code: hex("sha256", `${token}${nonce}${timestamp2}`)
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
var READ_ATTEMPTS = 3;
var ServerlessRegistryClient = class {
  baseUrl;
  tokenBaseUrl;
  #token;
  #secrets;
  #fetch;
  #retryDelayMs;
  #debug;
  constructor(options) {
    this.#token = options.token ?? "";
    this.#secrets = this.#token ? [this.#token, createHash3("md5").update(this.#token).digest("hex")] : [];
    const bases = registryBases(options.baseUrl);
    this.baseUrl = bases.packages;
    this.tokenBaseUrl = bases.token;
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
    return expectObjects(body, "list packages", "name");
  }
  /** Every package of the signed-in account (all pages). */
  async listMineAll() {
    return collectPages(
      (page) => this.listMine(page),
      (p) => String(p["name"])
    );
  }
  /** Public packages matching `search` (all pages, at most `maxPages`). */
  async search(search, maxPages = 20) {
    const query = (page) => new URLSearchParams({ search, page: String(page) }).toString();
    const fetchPage = async (page) => expectObjects(
      await this.#call("search packages", "GET", `/packages/releases?${query(page)}`, {
        signed: this.#token !== "",
        read: true
      }),
      "search packages",
      "name"
    );
    return collectPages(fetchPage, (p) => String(p["name"]), maxPages);
  }
  /** Every listed version of `name` (all pages); a not-found error when the package does not exist. */
  async versions(name) {
    const fetchPage = async (page) => expectObjects(
      await this.#call("list versions", "GET", `${packagePath(name)}/release?page=${page}`, {
        signed: this.#token !== "",
        read: true
      }),
      "list versions",
      "tag_name"
    );
    return collectPages(fetchPage, (r) => r.tag_name);
  }
  /** Resets the token; the old one stops working and the answer is the only copy of the new one. */
  async resetToken() {
    const body = await this.#call("reset token", "POST", "/user/token", {
      signed: true,
      read: false,
      tokenBase: true
    });
    const code = body?.safety_code;
    if (typeof code !== "string" || code === "") throw badAnswer("reset token", "no safety_code");
    this.#secrets.push(code, createHash3("md5").update(code).digest("hex"));
    return code;
  }
  /** One poll of the browser login: the new token and account name once authorised, else 'pending'. */
  async checkLogin(loginToken2) {
    let body;
    try {
      body = await this.#call("login check", "GET", `/user/check?token=${encodeURIComponent(loginToken2)}`, {
        signed: false,
        read: true,
        tokenBase: true
      });
    } catch (error) {
      if (error instanceof ServerlessRegistryError && error.details.kind === "login-pending")
        return "pending";
      throw error;
    }
    const { safety_code: code, name } = body ?? {};
    if (typeof code !== "string" || code === "") throw badAnswer("login check", "no safety_code");
    this.#secrets.push(code);
    return { token: code, name: typeof name === "string" ? name : "" };
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
    if (typeof url !== "string" || !/^https?:\/\//.test(url))
      throw badAnswer("publish", `a body of ${describeValue(body)} without an upload URL`);
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
    await response.arrayBuffer().catch(() => void 0);
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
      try {
        return Buffer.from(await response.arrayBuffer());
      } catch (error) {
        throw new NetworkError(
          "serverless-network",
          `Serverless Registry download: ${displayUrl(zipballUrl)} was cut off mid-body (${error.message})`,
          "check the network, then re-run",
          { operation: "download" }
        );
      }
    });
  }
  /** Deletes one version; its number can never be published again. */
  async deleteVersion(name, version) {
    const path5 = `${packagePath(name)}/release/tags/${encodeURIComponent(version)}`;
    await this.#call("delete version", "DELETE", path5, { signed: true, read: false });
  }
  async #detail(path5, operation) {
    try {
      const body = await this.#call(operation, "GET", path5, { signed: this.#token !== "", read: true });
      if (body === null || typeof body !== "object" || Array.isArray(body))
        throw badAnswer(operation, `a body of ${describeValue(body)} instead of a release`);
      return body;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
  async #call(operation, method, path5, options) {
    if (options.signed && !this.#token) {
      throw new PublishError(
        "serverless-token",
        `Serverless Registry ${operation}: no token`,
        "log in first: `component-publish serverless login`, or set SERVERLESS_REGISTRY_TOKEN"
      );
    }
    const url = `${options.tokenBase ? this.tokenBaseUrl : this.baseUrl}${path5}`;
    const attempt = async (last) => {
      const headers = options.signed ? signHeaders(this.#token) : {};
      if (options.form) headers["content-type"] = "application/x-www-form-urlencoded";
      const response = await this.#send(operation, url, { method, headers, body: options.form?.toString() });
      if (options.read && response.status >= 500 && !last) {
        await response.body?.cancel();
        this.#debug(`${method} ${pathOnly(path5)} -> ${response.status} (retrying)`);
        return RETRY;
      }
      const text3 = await this.#readText(operation, response, options.read);
      const envelope = parseEnvelope(text3);
      this.#debug(
        `${method} ${pathOnly(path5)} -> ${response.status} request_id=${envelope?.request_id ?? "-"}`
      );
      if (envelope && typeof envelope.body === "string") {
        throw this.#serverError(operation, response.status, envelope.body, envelope.request_id);
      }
      if (!response.ok)
        throw this.#serverError(
          operation,
          response.status,
          envelope ? "" : `HTTP ${response.status}: ${describeAnswer(text3, response.headers.get("content-type"))}`
        );
      if (!envelope)
        throw badAnswer(
          operation,
          describeAnswer(text3, response.headers.get("content-type")),
          response.status
        );
      return envelope.body;
    };
    return options.read ? this.#withRetries(operation, attempt) : attempt(true);
  }
  /** The body; a connection closed mid-body is a network error for a read (retried), a broken answer for a write. */
  async #readText(operation, response, read) {
    try {
      return await response.text();
    } catch (error) {
      const what = `an answer cut off mid-body (${error.message})`;
      if (!read) throw badAnswer(operation, what, response.status);
      throw new NetworkError("serverless-network", `Serverless Registry ${operation}: ${what}`, void 0, {
        operation
      });
    }
  }
  async #withRetries(operation, attempt) {
    for (let i2 = 0; ; i2++) {
      const last = i2 === READ_ATTEMPTS - 1;
      try {
        const result = await attempt(last);
        if (result !== RETRY) return result;
      } catch (error) {
        if (!(error instanceof NetworkError) || last) throw error;
        this.#debug(`${operation}: network error, retrying`);
      }
      await sleep(this.#retryDelayMs * 2 ** i2);
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
  #serverError(operation, status, text3, requestId) {
    const original = this.#redact(text3.trim());
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
    const text3 = this.#redact(
      (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200)
    );
    const hint = operation === "upload" ? "the upload URL works once and expires: re-run to get a new one" : "the zipball cannot be read back; re-run later, or bump Version in publish.yaml";
    return new ServerlessRegistryError(
      `serverless-${operation}`,
      `Serverless Registry ${operation}: ${displayUrl(url)} answered HTTP ${response.status}${text3 ? `: ${text3}` : ""}`,
      hint,
      { operation, status: response.status, original: text3 }
    );
  }
  #redact(text3) {
    let out = text3;
    for (const secret of this.#secrets) out = out.split(secret).join("***");
    return out.replace(/\b[0-9a-f]{64}\b/gi, "***");
  }
};
var RETRY = /* @__PURE__ */ Symbol("retry");
function packagePath(name) {
  return `/packages/${encodeURIComponent(name)}`;
}

// src/cli/main.ts
init_component();

// src/targets/file-registry.ts
import { createHash as createHash5 } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, link, mkdir as mkdir3, readdir as readdir3, readFile as readFile5, unlink } from "node:fs/promises";
import { join as join6, resolve as resolve6 } from "node:path";

// src/fppm/registry-update.ts
import { createHash as createHash4, randomUUID } from "node:crypto";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { chmod, mkdir as mkdir2, readFile as readFile4, stat as stat4, writeFile } from "node:fs/promises";
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
  ops.forEach((op, i2) => {
    if (op.kind === " ") return;
    for (let j = Math.max(0, i2 - context); j <= Math.min(ops.length - 1, i2 + context); j++) keep[j] = true;
  });
  const out = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i2 = 0; i2 < ops.length; ) {
    if (!keep[i2]) {
      const op = ops[i2];
      if (op.kind !== "+") oldLine++;
      if (op.kind !== "-") newLine++;
      i2++;
      continue;
    }
    const hunk = [];
    const oldStart = oldLine;
    const newStart = newLine;
    for (; i2 < ops.length && keep[i2]; i2++) {
      const op = ops[i2];
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
function splitLines(text3) {
  if (text3 === "") return [];
  const lines = text3.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function lcsOps(a, b) {
  const width = b.length + 1;
  const table2 = new Uint32Array((a.length + 1) * width);
  for (let i3 = a.length - 1; i3 >= 0; i3--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      table2[i3 * width + j2] = a[i3] === b[j2] ? table2[(i3 + 1) * width + j2 + 1] + 1 : Math.max(table2[(i3 + 1) * width + j2], table2[i3 * width + j2 + 1]);
    }
  }
  const ops = [];
  let i2 = 0;
  let j = 0;
  while (i2 < a.length || j < b.length) {
    if (i2 < a.length && j < b.length && a[i2] === b[j]) {
      ops.push({ kind: " ", line: a[i2] });
      i2++;
      j++;
    } else if (i2 < a.length && (j === b.length || table2[(i2 + 1) * width + j] >= table2[i2 * width + j + 1])) {
      ops.push({ kind: "-", line: a[i2] });
      i2++;
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
    const { line, column: column2 } = firstInvalidUtf82(bytes);
    return problem(
      line,
      column2,
      "The file is not valid UTF-8 here; PyYAML (fppm's reader) refuses it, and replacing the bytes would rewrite a line this tool does not mean to change.",
      "Save the file as UTF-8 (retype or remove the character at this position)."
    );
  }
}
function firstInvalidUtf82(bytes) {
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
function parseRegistry(text3, file) {
  const problems = [];
  const reporter = (lineCounter2) => (offset, code, message, fix) => problems.push({
    file,
    ...positionAtOffset(offset, lineCounter2),
    severity: "error",
    code,
    message,
    fix
  });
  const early = countLines(text3);
  if (checkPrintable(text3, reporter(early)) || checkDepth(text3, reporter(early))) {
    return { lineCounter: early, problems };
  }
  const lineCounter = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text3, { lineCounter, version: "1.1", uniqueKeys: false });
  checkTags(doc, reporter(lineCounter));
  checkRepeatedKeys(doc, lineCounter, problems, file);
  if (doc.errors.length === 0 && problems.length === 0) checkAliases(doc, reporter(lineCounter));
  return { doc, lineCounter, problems };
}
function countLines(text3) {
  const lineCounter = new import_yaml4.LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text3.indexOf("\n"); at !== -1; at = text3.indexOf("\n", at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  return lineCounter;
}
function checkPrintable(text3, report) {
  const match = NON_PRINTABLE.exec(text3);
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
function checkDepth(text3, report) {
  const stack = [];
  for (const token of new import_yaml4.Parser().parse(text3)) stack.push({ token, depth: 0 });
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
    Map(_key, map2) {
      const first = /* @__PURE__ */ new Map();
      for (const pair of map2.items) {
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
  constructor(text3, file, doc, lineCounter) {
    this.text = text3;
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
function inspect(text3, file) {
  const parsed = parseRegistry(text3, file);
  if (!parsed.doc) return { problems: parsed.problems };
  const { doc } = parsed;
  const c = new Checker(text3, file, doc, parsed.lineCounter);
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
    `\`${field}\` of \`${ns.name}/${pkg}\` must be a string; ${describeValue2(node, source)}.`,
    quoteFix
  );
  return void 0;
}
function describeValue2(node, source) {
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
function findPair(map2, key) {
  return map2.items.find((pair) => (0, import_yaml5.isScalar)(pair.key) && pair.key.value === key);
}
function singleKeyMap(node) {
  if (!(0, import_yaml5.isMap)(node) || node.items.length !== 1) return void 0;
  const pair = node.items[0];
  return (0, import_yaml5.isScalar)(pair.key) && pair.key.value != null ? { pair, key: pair.key } : void 0;
}
function checkRegistryYaml(text3, file) {
  return sortProblems(inspect(text3, file).problems);
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
function column(text3, offset) {
  return offset - (text3.lastIndexOf("\n", offset - 1) + 1);
}
function lineEnd(text3, offset) {
  const nl = text3.indexOf("\n", offset);
  if (nl === -1) return text3.length;
  return text3[nl - 1] === "\r" ? nl - 1 : nl;
}
function contentEnd(text3, node) {
  if ((0, import_yaml6.isMap)(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    return Math.max(contentEnd(text3, last.key), contentEnd(text3, last.value));
  }
  if ((0, import_yaml6.isSeq)(node) && !node.flow && node.items.length > 0)
    return contentEnd(text3, node.items[node.items.length - 1]);
  const range = node?.range;
  if (!range) return 0;
  let end = range[1];
  while (end > range[0] && /[\r\n]/.test(text3[end - 1] ?? "")) end--;
  return end;
}
function replaceScalar(text3, node, insert) {
  const start = node.range[0];
  return { start, end: contentEnd(text3, node), insert };
}
function seqStyle(text3, seq2) {
  if (seq2.flow || !seq2.range) return void 0;
  const dashAt = seq2.range[0];
  const first = seq2.items[0];
  const start = first?.range?.[0];
  const between = start === void 0 ? "" : text3.slice(dashAt + 1, start);
  const gap = start !== void 0 && /^ +$/.test(between) ? between.length + 1 : 2;
  return { dash: column(text3, dashAt), gap };
}
function learnLayout(text3, model) {
  const layout = { ...DEFAULT_LAYOUT };
  const namespaces = seqStyle(text3, model.namespaces);
  if (namespaces) {
    layout.namespaceDash = namespaces.dash - column(text3, model.namespacesKey.range[0]);
    layout.namespaceGap = namespaces.gap;
  }
  const ns = model.namespaceList.find((n) => n.packages && !n.packages.flow);
  const packages = ns?.packages && seqStyle(text3, ns.packages);
  if (ns && packages) {
    layout.packageDash = packages.dash - column(text3, ns.key.range[0]);
    layout.packageGap = packages.gap;
  }
  const pkg = model.namespaceList.flatMap((n) => n.packageList).find((p) => !p.details.flow);
  if (pkg) layout.details = column(text3, pkg.details.range[0]) - column(text3, pkg.key.range[0]);
  if (layout.namespaceDash < 0) layout.namespaceDash = DEFAULT_LAYOUT.namespaceDash;
  if (layout.packageDash < 0) layout.packageDash = DEFAULT_LAYOUT.packageDash;
  if (layout.details < 1) layout.details = DEFAULT_LAYOUT.details;
  if (layout.namespaceGap < 2) layout.namespaceGap = 2;
  if (layout.packageGap < 2) layout.packageGap = 2;
  return layout;
}
function appendToSeq(text3, seq2, parentKey, blockParent, eol, block, flow) {
  const range = seq2.range;
  const keyColumn = column(text3, parentKey.range[0]);
  if (!seq2.flow) {
    const style = seqStyle(text3, seq2);
    let at2 = lineEnd(text3, contentEnd(text3, seq2));
    for (; ; ) {
      const nl = text3.indexOf("\n", at2);
      if (nl === -1) break;
      const next = text3.slice(nl + 1, lineEnd(text3, nl + 1));
      const indent = /^( *)#/.exec(next)?.[1];
      if (indent === void 0 || indent.length <= style.dash) break;
      at2 = lineEnd(text3, nl + 1);
    }
    return { start: at2, end: at2, insert: eol + block(style.dash, style.gap).join(eol) };
  }
  if (seq2.items.length === 0) {
    const keyEnd = parentKey.range[1];
    const onKeyLine = !/[\r\n]/.test(text3.slice(keyEnd, range[0]));
    if (blockParent && onKeyLine && /^\s*:\s*$/.test(text3.slice(keyEnd, range[0]))) {
      let start = range[0];
      while (start > 0 && /[ \t]/.test(text3[start - 1] ?? "")) start--;
      const end = lineEnd(text3, range[0]);
      const rest = text3.slice(contentEnd(text3, seq2), end);
      return {
        start,
        end,
        insert: rest + eol + block(keyColumn + DEFAULT_LAYOUT.namespaceDash, 2).join(eol)
      };
    }
    return { start: range[0] + 1, end: range[0] + 1, insert: flow() };
  }
  const at = contentEnd(text3, seq2.items[seq2.items.length - 1]);
  return { start: at, end: at, insert: `, ${flow()}` };
}
function applyEdits(text3, edits) {
  let out = text3;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

// src/fppm/registry-edit.ts
function applyRegistryEntry(text3, entry, file) {
  const version = parseVersion(entry);
  const source = text3 ?? "";
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
  const text3 = prefix + lines.join(eol) + eol;
  verifyEdit(source, text3, entry, file);
  return { text: text3, changed: true, notes: [`created ${file} with ${shortName} at stable ${entry.version}`] };
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
function dataOf(text3, file) {
  const { doc } = parseRegistry(text3, file);
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
  const sleep2 = opts.sleep ?? ((ms) => new Promise((resolve11) => setTimeout(resolve11, ms)));
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
  constructor(path5) {
    this.path = path5;
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
  async write(text3, expectedVersion, _message) {
    await mkdir2(dirname3(this.path), { recursive: true });
    const temp = `${this.path}.${randomUUID()}.tmp`;
    const mode = await stat4(this.path).then(
      (s) => s.mode & 4095,
      () => void 0
    );
    try {
      await writeFile(temp, text3, { flush: true });
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
    return { commit: sha256(text3) };
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
  const path5 = rest.startsWith("//") ? decodeURIComponent(new URL(spec).pathname) : rest;
  return path5 || ".";
}
async function sha256File(path5) {
  const hash = createHash5("sha256");
  for await (const chunk of createReadStream(path5, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk);
  return hash.digest("hex");
}
var FileRegistryTarget = class {
  constructor(options) {
    this.options = options;
    this.folder = resolve6(options.path);
  }
  options;
  name = "file-registry";
  folder;
  async prepare() {
    const { artifact } = this.options;
    const { publisher, name } = artifact.component.manifest;
    const dest = join6(this.folder, artifact.fileName);
    const prefix = `${publisher}.${name}.`;
    const names = await readdir3(this.folder).catch(() => []);
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
var import_yaml16 = __toESM(require_dist(), 1);
import { createHash as createHash7 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { mkdir as mkdir5, readFile as readFile10 } from "node:fs/promises";
import path3 from "node:path";

// src/serverless/package.ts
init_js_yaml();
import { readdir as readdir4, readFile as readFile6 } from "node:fs/promises";
import path from "node:path";
var FNF_COMPONENTS = ["devsapp/fnf", "fnf", "devsapp/fnf@dev", "fnf@dev"];
async function readServerlessPackage(dir, publishFile) {
  const publish2 = publishFile ? { file: publishFile, text: await readFile6(publishFile, "utf8") } : await readYaml(path.join(dir, "publish"));
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
function parsePublishYaml(file, text3) {
  let doc;
  try {
    doc = load(text3);
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
      v2 ? `${file}: ${edition === void 0 ? "no Edition" : `Edition ${edition}`}: this is a Serverless Devs 2.x package` : `${file}: Edition must be "3.0.0", found ${JSON.stringify(edition)}`,
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
    const text3 = await readText(file);
    if (text3 !== void 0) return { file, text: text3 };
  }
  return void 0;
}
async function readMarkdown(dir, name) {
  const exact = await readText(path.join(dir, name));
  if (exact !== void 0) return exact;
  let entries;
  try {
    entries = (await readdir4(dir)).sort();
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
    resources = load(sYamlText)?.resources;
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
var import_ignore_walk = __toESM(require_lib(), 1);
var import_yazl = __toESM(require_yazl(), 1);
import { createHash as createHash6 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lstat as lstat2, mkdir as mkdir4, rm as rm3, stat as stat6 } from "node:fs/promises";
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
    const entry = { mtime, mode: file.mode, forceDosTimestamp: true };
    if (file.name.endsWith("/")) zip.addEmptyDirectory(file.name, entry);
    else zip.addFile(path2.join(dir, file.name), file.name, entry);
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
var walkModule = import_ignore_walk.default;
var walkSync = walkModule.sync ?? walkModule.default.sync;
async function listPackageFiles(dir, options = {}) {
  const excluded = new Set((options.exclude ?? []).map((f) => path2.resolve(f)));
  const files = [];
  for (const rel of walkSync({ path: path2.resolve(dir), includeEmpty: true })) {
    const name = rel.replace(/^\.\//, "");
    if (name === "" || name === ".git" || name.startsWith(".git/")) continue;
    const abs = path2.join(dir, name);
    if (excluded.has(path2.resolve(abs))) continue;
    const link2 = await lstat2(abs);
    const info = link2.isSymbolicLink() ? await stat6(abs).catch(() => void 0) : link2;
    if (!info) {
      options.warnings?.push(`${name}: broken symbolic link, left out of the zip`);
    } else if (info.isDirectory()) {
      if (link2.isSymbolicLink())
        options.warnings?.push(`${name}: symbolic link to a folder, left out of the zip`);
      else files.push({ name: `${name}/`, mode: 16877 });
    } else if (info.isFile()) {
      const executable = name === "bootstrap" || (info.mode & 73) !== 0;
      files.push({ name, mode: executable ? 33261 : 33188 });
    }
  }
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
  for (let i2 = zip.length - 22; i2 >= Math.max(0, zip.length - 22 - 65535); i2--) {
    if (zip.readUInt32LE(i2) === EOCD) {
      eocd = i2;
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
    const { reporter } = this.options;
    const { problems } = await validateServerlessPackage(this.options.dir);
    if (problems.some((p) => p.severity === "error")) throw new InvalidInputError(problems);
    for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
    const pkg = await readServerlessPackage(this.options.dir);
    const id = `${pkg.name}@${pkg.version}`;
    const listed = await this.#preflightOwnership(pkg);
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
  /**
   * The token is accepted and the package name is free or the token's account owns it: the registry
   * tells ownership only through the account's own package list, so a package that has versions but
   * is not in that list belongs to someone else (an Organization package may be shared: warned, not refused).
   */
  async #preflightOwnership(pkg) {
    const { client, reporter } = this.options;
    const mine = await client.listMineAll();
    let listed;
    try {
      listed = await client.versions(pkg.name);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    if (listed.length === 0 || mine.some((p) => p["name"] === pkg.name)) return listed;
    const organization = organizationOf(pkg.publishYamlText);
    if (organization) {
      reporter.warning(
        `${pkg.name} is not among the token's own packages; publishing for Organization ${organization}`
      );
      return listed;
    }
    throw new PublishError(
      "serverless-not-owner",
      `${pkg.name} is already in the Serverless Registry and does not belong to the token's account; nothing was written`,
      "rename the package (Name in publish.yaml), or publish with the token of the account that owns it"
    );
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
    if (sameContents(published, await readFile10(zip.file))) {
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
  /**
   * The publish call; after a broken answer (cut off, not JSON) the state is read again: a listed version
   * with our contents is done (undefined), an unlisted one is registered once more (nothing was uploaded,
   * so the number is still free).
   */
  async #register(pkg, zip) {
    const { client, reporter } = this.options;
    try {
      return await client.publish(pkg.form);
    } catch (error) {
      const unknown = error instanceof ServerlessRegistryError && (error.details.kind === "bad-answer" || error.code === "serverless-network");
      if (!unknown) throw error;
      reporter.warning(`${error.message}; reading the registry's state again`);
      const listed = await client.version(pkg.name, pkg.version);
      if (listed) {
        await this.#checkSameContents(pkg, zip, listed.zipball_url);
        return void 0;
      }
      return client.publish(pkg.form);
    }
  }
  async #publish(pkg, zip) {
    const { client, reporter } = this.options;
    const id = `${pkg.name}@${pkg.version}`;
    const url = await this.#register(pkg, zip);
    if (url === void 0) return;
    await client.upload(url, { stream: createReadStream2(zip.file), length: zip.size });
    reporter.info(`${id}: uploaded ${kib(zip.size)}`);
    const attempts = this.options.verifyAttempts ?? 5;
    for (let i2 = 0; i2 < attempts; i2++) {
      if (await client.version(pkg.name, pkg.version)) return;
      if (i2 < attempts - 1) await new Promise((r) => setTimeout(r, this.options.verifyDelayMs ?? 2e3));
    }
    throw new ServerlessRegistryError(
      "serverless-verify",
      `${id} was uploaded, but the Serverless Registry does not list it`,
      "look for the version on the registry; re-running is safe (a listed version with the same contents is left alone)",
      { operation: "verify" }
    );
  }
};
function organizationOf(publishYamlText) {
  try {
    const value = (0, import_yaml16.parse)(publishYamlText)?.["Organization"];
    return typeof value === "string" && value.trim() ? value.trim() : void 0;
  } catch {
    return void 0;
  }
}
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
import { access as access2, readdir as readdir6 } from "node:fs/promises";
import { basename as basename2, join as join9, resolve as resolve9 } from "node:path";
init_component();
var exists = (path5) => access2(path5).then(
  () => true,
  () => false
);
async function validateFolder(dir, options = {}) {
  const root = resolve9(dir);
  const hasComponent = await exists(join9(root, MANIFEST));
  const hasServerlessPackage = await exists(join9(root, "publish.yaml")) || await exists(join9(root, "publish.yml"));
  if (!hasComponent && !hasServerlessPackage) {
    const { S_YAML_NAME: S_YAML_NAME2, validateStandaloneSYaml: validateStandaloneSYaml2 } = await Promise.resolve().then(() => (init_validate(), validate_exports));
    const names = await readdir6(root).catch(() => [basename2(root)]);
    if (names.some((n) => S_YAML_NAME2.test(n))) {
      const result = await validateStandaloneSYaml2(root);
      return { ...result, hasComponent, hasServerlessPackage };
    }
    throw new PublishError(
      "nothing-to-validate",
      `${displayPath(root)} holds neither ${MANIFEST}, publish.yaml nor an s.yaml`,
      "point the command at a component folder or a Serverless Devs package folder"
    );
  }
  const problems = [];
  let deployOrder;
  if (hasComponent) problems.push(...(await inspectComponent(root, options)).problems);
  if (hasServerlessPackage) {
    const { validateServerlessPackage: validateServerlessPackage2 } = await Promise.resolve().then(() => (init_validate(), validate_exports));
    const result = await validateServerlessPackage2(root, { stage: "validate" });
    problems.push(...result.problems);
    deployOrder = result.deployOrder;
  }
  return { problems, deployOrder, hasComponent, hasServerlessPackage };
}

// src/cli/serverless-commands.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

// src/serverless/toolbox-token.ts
import { randomBytes } from "node:crypto";
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { chmod as chmod2, mkdir as mkdir6, open, readFile as readFile11, rename as rename2, rm as rm4 } from "node:fs/promises";
import { homedir } from "node:os";
import path4 from "node:path";
var TOKEN_FILE_NAME = "serverless-devs-platform-V3.dat";
var TOKEN_ENV_VARS = ["SERVERLESS_REGISTRY_TOKEN", "serverless_devs_registry_token"];
function sEnvironment(env) {
  if (env["BUILD_IMAGE_ENV"] === "fc-backend") return "app_center";
  const kinds = [
    [(k) => k === "SERVERLESS_CD", "serverless_cd"],
    [(k) => k === "SERVERLESS_DEVS_CICD", "serverless_devs_cicd"],
    [(k) => k.startsWith("CLOUDSHELL"), "cloud_shell"],
    [(k) => k.startsWith("PIPELINE"), "yunxiao"],
    [(k) => k.startsWith("GITHUB"), "github"],
    [(k) => k.startsWith("GITLAB"), "gitlab"],
    [(k) => k.startsWith("JENKINS"), "jenkins"]
  ];
  for (const key of Object.keys(env)) {
    const kind = kinds.find(([matches]) => matches(key));
    if (kind) return kind[1];
  }
  return void 0;
}
function sConfigRoot(env = process.env) {
  const home = env["serverless_devs_config_home"] || homedir();
  const sDir = path4.join(home, ".s");
  const settings = path4.join(sDir, "config", "s.json");
  if (existsSync3(settings)) {
    try {
      const parsed = JSON.parse(readFileSync2(settings, "utf8"));
      return parsed.workspace ? String(parsed.workspace).replace(/~/, home) : sDir;
    } catch {
    }
  }
  return sEnvironment(env) === "yunxiao" ? path4.join(home, ".cache", ".s") : sDir;
}
function tokenFilePath(env = process.env) {
  return path4.join(sConfigRoot(env), TOKEN_FILE_NAME);
}
function checkTokenText(token, source) {
  if (/[\s\p{Cc}]/u.test(token)) {
    throw new PublishError(
      "serverless-token-format",
      `the Serverless Registry token in ${source} contains whitespace or a control character (a pasted newline?)`,
      `remove it: the token is one line of letters and digits${source.startsWith("/") ? ", with no newline at the end of the file" : ""}`
    );
  }
  return token;
}
async function resolveToken(env = process.env) {
  for (const name of TOKEN_ENV_VARS) {
    const value = env[name];
    if (value) return { token: checkTokenText(value, name), source: name };
  }
  const file = tokenFilePath(env);
  let text3;
  try {
    text3 = await readFile11(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new PublishError(
      "serverless-token-file",
      `cannot read the Serverless Registry token file ${file}: ${error.code ?? "error"}`,
      "make it a readable file (or log in again with `component-publish serverless login`)"
    );
  }
  return text3 === "" ? void 0 : { token: checkTokenText(text3, file), source: file };
}
async function writeToken(token, env = process.env) {
  checkTokenText(token, "the answer");
  const file = tokenFilePath(env);
  await mkdir6(path4.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const handle = await open(temp, "wx", 384);
    try {
      await handle.writeFile(token, "utf8");
    } finally {
      await handle.close();
    }
    await chmod2(temp, 384);
    await rename2(temp, file);
  } catch (error) {
    await rm4(temp, { force: true });
    throw new PublishError(
      "serverless-token-file",
      `cannot write the Serverless Registry token file ${file}: ${error.code ?? "error"}`,
      "make its folder writable, or set serverless_devs_config_home to a writable folder"
    );
  }
  return file;
}
function maskToken(token) {
  if (token.length > 8) return `${token.slice(0, 3)}${"*".repeat(token.length - 6)}${token.slice(-3)}`;
  return "*".repeat(token.length);
}

// src/serverless/toolbox.ts
var PACKAGE_TYPES2 = ["component", "plugin", "project"];
function text2(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}
function packageRow(p) {
  return {
    name: text2(p["name"]),
    type: text2(p["type"]),
    version: text2(p["version"] ?? p["tag_name"]),
    description: text2(p["description"])
  };
}
function parseNameAtVersion(arg, command2) {
  const at = arg?.lastIndexOf("@") ?? -1;
  if (!arg || at <= 0 || at === arg.length - 1)
    throw new UsageError(`serverless ${command2} needs NAME@VERSION`);
  return { name: arg.slice(0, at), version: arg.slice(at + 1) };
}
async function listPackages(client) {
  return (await client.listMineAll()).map(packageRow);
}
async function searchPackages(client, keyword2, type2) {
  const rows = (await client.search(keyword2)).map(packageRow);
  return type2 ? rows.filter((r) => r.type.toLowerCase() === type2) : rows;
}
function notFound(what) {
  return new PublishError(
    "serverless-not-found",
    `${what} is not in the Serverless Registry`,
    "check the spelling; `component-publish serverless search KEYWORD` finds packages, `serverless versions NAME` lists versions"
  );
}
async function packageVersions(client, name) {
  try {
    const releases = await client.versions(name);
    if (releases.length === 0) throw notFound(name);
    return releases.map((r) => ({
      version: r.tag_name,
      created_at: text2(r.created_at),
      zipball_url: text2(r.zipball_url)
    }));
  } catch (error) {
    throw isNotFound(error) ? notFound(name) : error;
  }
}
async function versionDetail(client, name, version) {
  const detail = await client.version(name, version);
  if (!detail) throw notFound(`${name}@${version}`);
  return detail;
}
async function deleteVersion(client, name, version, confirm) {
  await versionDetail(client, name, version);
  if (!await confirm()) return void 0;
  await client.deleteVersion(name, version);
  return { deleted: `${name}@${version}` };
}
async function requireToken(env) {
  const stored = await resolveToken(env);
  if (!stored) {
    throw new PublishError(
      "serverless-token",
      "no Serverless Registry token: not logged in",
      "run `component-publish serverless login` (or set SERVERLESS_REGISTRY_TOKEN)"
    );
  }
  return stored;
}
async function showToken(env) {
  const { token, source } = await requireToken(env);
  return { token: maskToken(token), source };
}
async function loginWithToken(client, token, env) {
  const packages = await client.listMine(1);
  const file = await writeToken(token, env);
  return { file, packages: packages.length };
}
async function retoken(client, env) {
  const fresh = await client.resetToken();
  const file = await writeToken(fresh, env);
  const staleEnv = ["SERVERLESS_REGISTRY_TOKEN", "serverless_devs_registry_token"].find(
    (n) => env[n]
  );
  return { file, token: maskToken(fresh), staleEnv };
}

// src/serverless/toolbox-login.ts
import { randomInt as randomInt2 } from "node:crypto";
var GITHUB_CLIENT_ID = "ef1df7f4f6b9e5a343af";
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function loginToken() {
  let token = "";
  for (let i2 = 0; i2 < 20; i2++) token += ALPHABET[randomInt2(ALPHABET.length)];
  return token;
}
function authorizeUrl(tokenBase, token) {
  return `https://github.com/login/oauth/authorize?client_id=${GITHUB_CLIENT_ID}&redirect_uri=${tokenBase}/user/login?token=${token}`;
}
async function browserLogin(client, options) {
  const token = options.token ?? loginToken();
  const timeoutMs = options.timeoutMs ?? 2e5;
  const intervalMs = options.intervalMs ?? 2e3;
  options.onUrl(authorizeUrl(client.tokenBaseUrl, token));
  const started = Date.now();
  for (let poll = 1; ; poll++) {
    await new Promise((resolve11) => setTimeout(resolve11, intervalMs));
    const waited = Date.now() - started;
    options.onProgress?.(Math.round(waited / 1e3), Math.round(timeoutMs / 1e3), poll);
    const answer = await client.checkLogin(token);
    if (answer !== "pending") {
      const file = await writeToken(answer.token, options.env);
      return { account: answer.name, file, polls: poll };
    }
    if (Date.now() - started + intervalMs > timeoutMs) {
      throw new PublishError(
        "serverless-login-timeout",
        `the login was not authorised within ${formatSeconds(timeoutMs)} (${poll} checks); nothing was stored`,
        "open the printed address, sign in to GitHub and authorise, then run `component-publish serverless login` again (or use --token)"
      );
    }
  }
}
function formatSeconds(ms) {
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(2)} s`;
}

// src/cli/serverless-commands.ts
var USAGE = `Usage: component-publish serverless <command> [options]

  login [--token T]        store a token (checked first); without --token, log in in the browser
                           (--timeout SECONDS, default 200; --poll-interval SECONDS, default 2)
  token                    show the stored token, masked, and where it comes from
  retoken                  reset the token (the old one stops working) and store the new one
  list                     your packages
  search KEYWORD [--type component|plugin|project]
  versions NAME            every version of a package
  detail NAME@VERSION      one version
  delete NAME@VERSION      delete a version (asks on a terminal, else needs --yes); its number can never
                           be published again
Options: --format text|json. The token comes from SERVERLESS_REGISTRY_TOKEN, serverless_devs_registry_token,
or the file \`s\` uses (~/.s/serverless-devs-platform-V3.dat); SERVERLESS_REGISTRY_URL sets the registry.
`;
var OPTIONS = {
  format: { type: "string" },
  token: { type: "string" },
  type: { type: "string" },
  yes: { type: "boolean", short: "y" },
  timeout: { type: "string" },
  "poll-interval": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parse4(args) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function processIo() {
  return {
    out: (text3) => process.stdout.write(text3),
    err: (text3) => process.stderr.write(text3),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    openUrl
  };
}
function openUrl(url) {
  const [command2, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", '""', url.replace(/&/g, "^&")]] : ["xdg-open", [url]];
  try {
    const child = spawn(command2, args, { stdio: "ignore", detached: true });
    child.on("error", () => {
    });
    child.unref();
  } catch {
  }
}
function clean(value) {
  return String(value ?? "").replace(new RegExp("\\p{Cc}", "gu"), "?");
}
function table(headers, rows, maxWidth = 60) {
  const cells = [headers, ...rows.map((r) => r.map((c) => clean(c)))].map(
    (r) => r.map((c) => c.length > maxWidth ? `${c.slice(0, maxWidth - 1)}\u2026` : c)
  );
  const widths = headers.map((_, i2) => Math.max(...cells.map((r) => (r[i2] ?? "").length)));
  return cells.map(
    (r) => r.map((c, i2) => i2 === r.length - 1 ? c : c.padEnd(widths[i2] ?? 0)).join("  ").trimEnd()
  ).join("\n").concat("\n");
}
function seconds(value, flag, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${flag} must be a positive number of seconds`);
  return n * 1e3;
}
async function signedClient(ctx) {
  return ctx.client((await requireToken(ctx.io.env)).token);
}
async function optionalClient(ctx) {
  return ctx.client((await resolveToken(ctx.io.env))?.token);
}
async function login(ctx) {
  const { io, values } = ctx;
  if (values.token !== void 0) {
    const token = checkTokenText(values.token.trim(), "--token");
    if (!token) throw new UsageError("--token needs a value");
    const result2 = await loginWithToken(ctx.client(token), token, io.env);
    ctx.print({ stored: result2.file }, () => `logged in: the token is stored in ${result2.file}
`);
    return 0;
  }
  let polled = false;
  const finishLine = () => {
    if (io.interactive && polled) io.err("\n");
  };
  const result = await browserLogin(ctx.client(), {
    env: io.env,
    timeoutMs: seconds(values.timeout, "timeout", 2e5),
    intervalMs: seconds(values["poll-interval"], "poll-interval", 2e3),
    onUrl: (url) => {
      io.err(`Authorise Serverless Registry in your browser (GitHub sign-in):
  ${url}
`);
      if (io.interactive) io.openUrl(url);
    },
    onProgress: (waited, limit, poll) => {
      polled = true;
      io.err(
        io.interactive ? `\rwaiting for authorisation\u2026 ${waited} s of ${limit} s` : `waiting for authorisation\u2026 ${waited} s of ${limit} s (check ${poll})
`
      );
    }
  }).finally(finishLine);
  const who = result.account ? `Hi ${clean(result.account)}: ` : "";
  ctx.print(
    { account: result.account, stored: result.file },
    () => `${who}logged in to the Serverless Registry; the token is stored in ${result.file}
`
  );
  return 0;
}
async function confirmDelete(ctx, id) {
  ctx.io.err(
    `warning: deleting ${id} is final, and the version number can never be published again (a new version must be greater)
`
  );
  if (ctx.values.yes) return true;
  if (!ctx.io.interactive)
    throw new UsageError(`serverless delete ${id}: not a terminal, so confirm with --yes`);
  const answer = await ctx.io.ask(`Delete ${id}? Type the version to confirm: `);
  return answer.trim() === id.slice(id.lastIndexOf("@") + 1);
}
var PACKAGE_HEADERS = ["NAME", "TYPE", "VERSION", "DESCRIPTION"];
var packageCells = (rows) => rows.map((r) => [r.name, r.type, r.version, r.description]);
var COMMANDS = {
  login: (ctx) => login(ctx),
  token: async (ctx) => {
    const shown = await showToken(ctx.io.env);
    ctx.print(shown, () => `Token: ${shown.token}
  (from ${shown.source})
`);
    return 0;
  },
  retoken: async (ctx) => {
    const result = await retoken(await signedClient(ctx), ctx.io.env);
    if (result.staleEnv)
      ctx.io.err(`warning: ${result.staleEnv} still holds the old token, which no longer works
`);
    ctx.print(result, () => `token reset: ${result.token} is stored in ${result.file}
`);
    return 0;
  },
  list: async (ctx) => {
    const rows = await listPackages(await signedClient(ctx));
    ctx.print(rows, () => rows.length === 0 ? "no packages\n" : table(PACKAGE_HEADERS, packageCells(rows)));
    return 0;
  },
  search: async (ctx, arg) => {
    if (!arg) throw new UsageError("serverless search needs a KEYWORD");
    const type2 = ctx.values.type?.toLowerCase();
    if (type2 !== void 0 && !PACKAGE_TYPES2.includes(type2))
      throw new UsageError(`--type must be one of ${PACKAGE_TYPES2.join(", ")} (got "${ctx.values.type}")`);
    const rows = await searchPackages(await optionalClient(ctx), arg, type2);
    ctx.print(
      rows,
      () => rows.length === 0 ? `nothing matches "${clean(arg)}"
` : table(PACKAGE_HEADERS, packageCells(rows))
    );
    return 0;
  },
  versions: async (ctx, arg) => {
    if (!arg) throw new UsageError("serverless versions needs a NAME");
    const rows = await packageVersions(await optionalClient(ctx), arg);
    ctx.print(
      rows,
      () => table(
        ["VERSION", "CREATED"],
        rows.map((r) => [r.version, r.created_at])
      )
    );
    return 0;
  },
  detail: async (ctx, arg) => {
    const { name, version } = parseNameAtVersion(arg, "detail");
    const detail = await versionDetail(await optionalClient(ctx), name, version);
    const cells = Object.entries(detail).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : v]);
    ctx.print(detail, () => table(["FIELD", "VALUE"], cells, 200));
    return 0;
  },
  delete: async (ctx, arg) => {
    const { name, version } = parseNameAtVersion(arg, "delete");
    const client = await signedClient(ctx);
    const result = await deleteVersion(client, name, version, () => confirmDelete(ctx, `${name}@${version}`));
    if (!result) {
      ctx.io.err("not deleted\n");
      return 1;
    }
    ctx.print(result, () => `deleted ${result.deleted}
`);
    return 0;
  }
};
async function command(sub, arg, ctx) {
  const handler = Object.hasOwn(COMMANDS, sub) ? COMMANDS[sub] : void 0;
  if (!handler) throw new UsageError(`unknown serverless command "${sub}"`);
  return handler(ctx, arg);
}
async function runServerless(args, io = processIo()) {
  try {
    const { values, positionals } = parse4(args);
    if (values.help || positionals.length === 0) {
      io.out(USAGE);
      return values.help ? 0 : 2;
    }
    const [sub = "", arg, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError("--format must be text or json");
    const json2 = format === "json";
    const ctx = {
      io,
      values,
      json: json2,
      client: (token) => new ServerlessRegistryClient({ token, baseUrl: io.env["SERVERLESS_REGISTRY_URL"] || void 0 }),
      print: (value, text3) => io.out(json2 ? `${JSON.stringify(value, null, 2)}
` : text3())
    };
    return await command(sub, arg, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`component-publish: ${error.message}

${USAGE}`);
      return 2;
    }
    if (error instanceof PublishError) {
      io.err(`component-publish: ${describeError(error)}
`);
      return 1;
    }
    io.err(`component-publish: unexpected failure (a bug; please report it):
${describeError(error)}
`);
    return 1;
  }
}

// src/cli/main.ts
var USAGE2 = `Usage: component-publish <command> [DIR] [options]

Commands:
  validate [DIR]   check the component (slipway_component.json) and/or Serverless Devs package (publish.yaml)
                   --format text|json|github|sarif  --strict  --repo OWNER/NAME  --conventions slipway|none
  pack [DIR]       write <publisher>.<name>.<version>.tar
                   --out FOLDER|FILE.tar (default: .)  --version V  --format text|json
  publish [DIR]    publish to a local folder registry and/or the Serverless Registry
                   --registry file:PATH  --serverless  --version V  --dry-run  --format text|json
  list [ROOT]      components under ROOT (Slipway manifests and Serverless Devs packages)
                   --changed-since REF  --format text|json
  serverless <login|token|retoken|list|search|versions|detail|delete>
                   the Serverless Registry toolbox (component-publish serverless --help)

Common options: --repo OWNER/NAME, --conventions slipway|none, --version V, --tag-prefix P,
  --siblings "publisher.name \u2026"|none  (components released with this one under --version: their
  rigging references get it too; default every component of the repository)
DIR defaults to the current folder. Exit status: 0 ok, 1 invalid input or failed step, 2 usage.
`;
var OPTIONS2 = {
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
    return parseArgs2({ args: argv, options: OPTIONS2, allowPositionals: true, strict: true });
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
  const workDir = await mkdtemp(join10(tmpdir(), "component-publish-"));
  try {
    const targets = (artifact) => {
      const list = [];
      if (artifact && folder !== void 0) {
        list.push(
          new FileRegistryTarget({
            path: folder,
            artifact,
            git: artifact.component.repository?.webUrl ?? `file://${resolve10(dir)}`
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
      const where = folder !== void 0 ? ` \u2192 ${displayPath(resolve10(folder))}` : "";
      process.stdout.write(
        `${summary.component ?? displayPath(resolve10(dir))} ${summary.version ?? ""}${where} (${done})
`
      );
    }
    return 0;
  } finally {
    await rm5(workDir, { recursive: true, force: true });
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
async function main(argv) {
  if (argv[0] === "serverless") return runServerless(argv.slice(1));
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [command2, dir = ".", ...extra] = positionals;
    if (values.help || command2 === "help") {
      process.stdout.write(USAGE2);
      return 0;
    }
    if (extra.length > (command2 === "serverless" ? 1 : 0))
      throw new UsageError(`unexpected argument "${extra.at(-1)}"`);
    switch (command2) {
      case "validate":
        return await validateCommand(dir, values);
      case "pack":
        return await packCommand(dir, values);
      case "publish":
        return await publishCommand(dir, values);
      case "list":
        return await listCommand(dir, values);
      default:
        throw new UsageError(command2 ? `unknown command "${command2}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`component-publish: ${error.message}

${USAGE2}`);
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
