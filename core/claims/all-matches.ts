// Every match of a global regex, as String.prototype.matchAll gives them, without the copy of the regex that
// matchAll makes on every call: a sentence is read with a dozen such regexes, in code that runs cold on every page.
import type { Span } from '../types';

/** The matches of `re` (global) in `text`, left to right; `re.lastIndex` is 0 again afterwards. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} is not global`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (one code point with the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = 0;
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** A regex's global copy, made once: a party's regex is thousands of characters, too long to copy per sentence. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** Where `re` (global or not) matches in `text`, left to right, found with one global copy of it kept for good. */
export function placesOf(re: RegExp, text: string): Span[] {
  let copy = re.global ? re : globalCopies.get(re);
  if (copy === undefined) {
    copy = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, copy);
  }
  return allMatches(copy, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
