// The vocabulary in use: the shared word classes plus the words a fact base adds, compiled once per fact base.
import type { Span } from '../../types';
import { type CompiledClass, compileClass } from './compile-lexicon';
import { SHARED_WORDS } from './words';

export type Lexicon = ReadonlyMap<string, CompiledClass>;

export function buildLexicon(extra: Readonly<Record<string, readonly string[]>> = {}): Lexicon {
  const classes = new Map<string, CompiledClass>();
  const ids = new Set([...Object.keys(SHARED_WORDS), ...Object.keys(extra)]);
  for (const id of ids) classes.set(id, compileClass([...(SHARED_WORDS[id] ?? []), ...(extra[id] ?? [])]));
  return classes;
}

/** Where a word class occurs in a text, left to right (at most 16 places). */
export function classSpans(cls: CompiledClass, text: string): Span[] {
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
