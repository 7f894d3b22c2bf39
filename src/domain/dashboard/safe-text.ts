/**
 * Text from imported data written into cells. Excel parses what it is given like typed input:
 * a string starting with "=", "+", "-" or "@" becomes a formula, tab and CR start a formula in
 * CSV injection payloads. A leading apostrophe is Excel's text prefix: the cell shows the text
 * as it is and never evaluates it (the apostrophe is not part of the value). Numbers-looking or
 * date-looking texts are protected by the "@" (Text) number format of the columns instead.
 */

/** First characters that make a typed string a formula (OWASP CSV injection list). */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/**
 * The string to type so that the cell holds exactly `text` as text.
 * A text that already starts with an apostrophe gets a second one (the first is eaten as prefix).
 */
export function safeText(text: string): string {
  if (DANGEROUS_START.test(text) || text.startsWith("'")) return `'${text}`;
  return text;
}

/** The value Excel stores for a typed input made by `safeText` (inverse, for tests and links). */
export function typedText(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}

/**
 * A table header built from a source header: trimmed, control characters and line breaks turned
 * into spaces, the characters that need escaping in structured references ([ ] # ') replaced by
 * look-alikes, so every formula can name the column plainly. Empty → `fallback`.
 */
export function cleanHeader(header: string, fallback: string): string {
  const cleaned = header
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/'/g, "’")
    .replace(/\[/g, "(")
    .replace(/\]/g, ")")
    .replace(/#/g, "n°")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[=+\-@]+/, "")
    .trim();
  return cleaned === "" ? fallback : cleaned.slice(0, 255);
}

/** Make `name` unique among `taken` (case-insensitive, as Excel compares names) by adding " (2)", " (3)"… */
export function uniqueLabel(name: string, taken: Set<string>, maxLength = 255): string {
  const key = (s: string) => s.toLocaleLowerCase("fr");
  let candidate = name.slice(0, maxLength);
  for (let i = 2; taken.has(key(candidate)); i++) {
    const suffix = ` (${i})`;
    candidate = name.slice(0, maxLength - suffix.length) + suffix;
  }
  taken.add(key(candidate));
  return candidate;
}
