// The vocabulary in use: the shared word classes plus the words a fact base adds, compiled once per fact base.
import type { Span } from '../../types';
import { mayOccur } from '../word-starts';
import { matchClass } from './class-matcher';
import { type CompiledClass, compileClass } from './compile-lexicon';

/** Places of one class a sentence is read for, at most (a sentence names a relation a few times at most). */
const MAX_PLACES = 16;
import { SHARED_WORDS } from './words';

/** Word classes by name, each compiled the first time a sentence asks for it (a page rarely needs all). */
export interface Lexicon {
  get(wordClass: string): CompiledClass | undefined;
  has(wordClass: string): boolean;
}

export function buildLexicon(extra: Readonly<Record<string, readonly string[]>> = {}): Lexicon {
  const compiled = new Map<string, CompiledClass>();
  const has = (id: string) => id in SHARED_WORDS || id in extra;
  return {
    has,
    get(id) {
      let cls = compiled.get(id);
      if (!cls && has(id)) {
        cls = compileClass([...(SHARED_WORDS[id] ?? []), ...(extra[id] ?? [])]);
        compiled.set(id, cls);
      }
      return cls;
    },
  };
}

/**
 * Where a word class occurs in a text, left to right (at most 16 places). `starts` (core/claims/word-starts of the text)
 * lets a class none of whose entries can begin there be ruled out without matching at all.
 */
export function classSpans(cls: CompiledClass, text: string, starts?: ReadonlySet<string>): Span[] {
  if (starts && !mayOccur(starts, cls.starts)) return [];
  const spans: Span[] = [];
  if (cls.looseMatcher) matchClass(cls.looseMatcher, text, spans, MAX_PLACES);
  if (cls.strictMatcher) matchClass(cls.strictMatcher, text, spans, MAX_PLACES);
  return spans.sort((a, b) => a.start - b.start);
}

/** The same places, found by running the class's regexes: the definition the matchers are held to (tests). */
export function classSpansByRegex(cls: CompiledClass, text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [cls.loose, cls.strict]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      spans.push({ start, end: start + m[0].length });
      if (spans.length >= MAX_PLACES) break;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
