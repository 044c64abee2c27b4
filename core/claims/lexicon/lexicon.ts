// The vocabulary in use: the shared word classes plus the words a fact base adds, compiled once per fact base.
import type { Span } from '../../types';
import { mayOccur } from '../word-starts';
import { type CompiledClass, compileClass } from './compile-lexicon';
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
 * lets a class none of whose entries can begin there be ruled out without running its regexes.
 */
export function classSpans(cls: CompiledClass, text: string, starts?: ReadonlySet<string>): Span[] {
  if (starts && !mayOccur(starts, cls.starts)) return [];
  const spans: Span[] = [];
  for (const re of [cls.loose, cls.strict]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      spans.push({ start, end: start + m[0].length });
      if (spans.length >= 16) break;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
