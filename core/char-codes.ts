// Character classes of JavaScript regular expressions (without the `u` flag), tested on a UTF-16 code unit:
// for loops that walk a text code by code and must agree with what a regex would find.

/** `\s`: ASCII whitespace, the no-break and other Unicode spaces, line and paragraph separators, the BOM. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `\w`, and what `\b` counts as a word character: ASCII letters, digits and `_`. */
export function isRegexWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
