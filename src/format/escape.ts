// Every value that comes from a manifest or the file system (agent names, messages, file paths, JSON
// pointers, waiver reasons) is hostile until escaped here. Formatters call exactly one helper per
// output context, so a reviewer can check the whole defence in this file.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates (which break encodeURIComponent and some terminals) with U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD");
}

// Line breaks of every kind a terminal, the runner or a Markdown renderer might honour.
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
// C0/C1 controls (ESC starts ANSI sequences that could rewrite the terminal), the Unicode line and
// paragraph separators (a line break to JavaScript and some log viewers, though not to the runner), and
// the bidi overrides/isolates used in "trojan source" spoofing. They become a visible U+FFFD.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Plain single-line text for terminals and logs: line breaks and tabs become spaces, control and
 * bidi-override characters become U+FFFD, so data can neither start a new line nor emit escapes.
 */
export function oneLine(value: string): string {
  return wellFormed(String(value)).replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "\uFFFD");
}

/**
 * `@` gets a zero-width space written as the numeric entity `&#8203;`. GitHub finds @mentions (users
 * and `@org/team`) in the rendered text, where `@` must be followed directly by a name character;
 * the invisible U+200B breaks that match, so nobody is notified, while the text still reads `@name`.
 * The entity keeps the raw Markdown ASCII-only, so the defence is visible when reviewing the source.
 */
const ZERO_WIDTH_SPACE = "&#8203;";
const MENTION_BREAK = `@${ZERO_WIDTH_SPACE}`;

/**
 * GitHub links `#123`, `owner/repo#123` and `GH-123` to issues and pull requests in rendered text (and
 * a cross-reference shows up in the other thread), escaped `#` or not. As with a mention, a zero-width
 * space between the marker and the number stops it, and the text still reads `#123`.
 */
const REFERENCE_BREAK = ZERO_WIDTH_SPACE;

// HTML specials become entities: no tag, comment (`<!--`), closing `</details>` or attribute
// quote can come from data. Markdown punctuation is backslash-escaped (CommonMark allows escaping
// any ASCII punctuation): emphasis `*` `_` `~`, code `` ` ``, links/images/footnotes `[` `]`,
// table cells `|`, headings and issue-looking `#`, GitHub math `$`, and `\` itself.
const MARKDOWN_CHAR: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "@": MENTION_BREAK,
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  "#": "\\#",
  $: "\\$",
};
const MARKDOWN_SPECIAL = /[&<>"@\\`*_~[\]|#$]/g;

/**
 * Inline Markdown text that renders as the characters of `value` (newlines collapsed to spaces,
 * an invisible zero-width space after `@`, between `#` or `GH-` and a number, and before `://` or
 * `www.`'s dot), safe in a GFM table cell, a list item, a heading or running text: it can open no HTML,
 * comment, link (explicit, autolinked or an issue reference), code span, emphasis or table cell,
 * mention or cross-reference nobody, and never yields the hidden comment marker `<!-- agentpolicy -->`
 * (no `<` survives).
 */
export function escapeMarkdown(value: string): string {
  const text = oneLine(value)
    .trim()
    .replace(MARKDOWN_SPECIAL, (c, at: number, all: string) =>
      c === "#" && /\d/.test(all[at + 1] ?? "") ? `\\#${REFERENCE_BREAK}` : (MARKDOWN_CHAR[c] ?? c),
    )
    // `GH-123` (any case) is an issue reference too.
    .replace(/\b(gh-)(?=\d)/gi, `$1${REFERENCE_BREAK}`)
    // GFM turns bare "https://…" and "www.…" into links; a zero-width space keeps them plain text.
    .replace(/:\/\//g, `${ZERO_WIDTH_SPACE}://`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
  // Block syntax only matters at the start of a line: list markers, setext underlines, ordered lists.
  return text.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * A link target only when it is a plain https URL of URI characters that mean nothing to Markdown
 * tables or HTML (no `|`, brackets, parentheses, quotes, backslash or spaces); else undefined.
 * Rule packs can be user-supplied, so their helpUri is data too.
 */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  return typeof url === "string" && /^https:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : undefined;
}

/**
 * Control characters other than line breaks and tabs become U+FFFD: an ESC from data must not
 * recolour or hide text in a log viewer. Line breaks are kept for escapeData() to encode.
 */
export function printable(value: string): string {
  return wellFormed(String(value)).replace(CONTROLS, "\uFFFD");
}

// What JSON.stringify leaves raw inside strings though a terminal or viewer acts on it: DEL, the C1
// controls (U+009B is a one-byte CSI), the Unicode line separators and the bidi overrides and isolates.
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (the output of JSON.stringify, whole or in pieces) with those characters written as `\uXXXX`
 * escapes: the same data to any parser, but `cat report.json` cannot drive a terminal or reorder what a
 * reviewer reads. JSON.stringify already escapes the C0 controls; outside strings JSON text is ASCII,
 * so the replacement only ever touches string contents, and it is safe on any piece of the text.
 */
export function jsonSafe(text: string): string {
  return text.replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// GitHub's runner reads every line of a step's output whose first non-blank characters are `::` as a
// workflow command (it trims leading white space first), whatever program printed it.
const COMMAND_START = /^[\s\u0085]*::/;

/**
 * `text`, which begins a line of plain output, with `prefix` in front when it would otherwise start a
 * workflow command: a file named `::error::x` is shown as `./::error::x`, a name as `'::error::x`.
 */
export function commandSafe(text: string, prefix = "'"): string {
  return COMMAND_START.test(text) ? prefix + text : text;
}

/**
 * Data part of a GitHub workflow command (`::error …::DATA`), escaped exactly as the runner
 * unescapes it (actions/toolkit `escapeData`): `%` first, then CR and LF, so data never ends the
 * command line and no `::add-mask::`/`::stop-commands::` can start one.
 */
export function escapeData(value: string): string {
  return String(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value of a workflow command (`file=…,title=…`): data escaping plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// XML and HTML (the JUnit and HTML formats): exactly one of these per value that reaches markup.

// XML 1.0 allows only TAB, LF, CR among the C0 controls, and never U+FFFE/U+FFFF; a parser rejects the
// whole document on one of them. C1 controls and bidi overrides are legal but can hide or reorder
// text in a viewer ("trojan source"), so they go too. All become a visible U+FFFD.
const NOT_MARKUP_SAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function markupText(value: unknown): string {
  return wellFormed(String(value)).replace(NOT_MARKUP_SAFE, "\uFFFD");
}

/**
 * Text or a quoted attribute value in XML 1.0: well-formed whatever the input. TAB, LF and CR become
 * character references so attribute-value normalisation cannot turn them into spaces.
 */
export function escapeXml(value: unknown): string {
  return markupText(value).replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}

/**
 * Text or a double- or single-quoted attribute value in HTML: no tag, comment, entity or attribute
 * can start from data. Line breaks become `&#10;` (CR and CRLF too, as an HTML parser would read them):
 * they show exactly as a raw line break does (CSS `white-space` decides how), but data never starts a
 * line of the file, so a report printed to a CI log cannot begin a workflow command (`::error::`).
 */
export function escapeHtml(value: unknown): string {
  return markupText(value)
    .replace(/\r\n?/g, "\n")
    .replace(/[&<>"'\n]/g, (c) => ENTITY[c] ?? c);
}
