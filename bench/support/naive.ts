// The straightforward alternative the engine is measured against: every sentence of the page is scored by
// fuse.js against the summary of every fact in the fact base (facts/facts.json), and nothing narrows the
// search first (no party, word class, frame or value test).
//
// Its rule, to be scored by the same eval scoring (cli/eval-score.ts):
//   - a sentence is reported when its best phrasing score is at or under `threshold` (fuse: 0 is a perfect
//     match, 1 none);
//   - its status is the one the engine gives the fact of that best phrasing read in the present tense, with
//     nothing clashing: contradicted for a `wrong` fact, unverified for a press-only figure or a fact not yet
//     on the record, outdated when the fact's period has ended by the reference date, else supported
//     (core/verdict/status.ts statusAt).
// The threshold is the one that gives the baseline its best F1 on the corpus (see bestThreshold): the most
// favourable reading of it.
import Fuse from 'fuse.js';
import type { Fact, FactBase } from '../../core/factbase/schema';
import { segmentSentences } from '../../core/page/sentences';
import type { IsoDate, PageText, Status } from '../../core/types';
import { statusAt } from '../../core/verdict/status';
import type { FactMatch } from '../../core/verdict/match-facts';

/** Fuzzy matching that scores a whole sentence against a whole summary. */
export const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.6 } as const;

export interface NaiveSentence {
  text: string;
  start: number;
  end: number;
  /** Best (lowest) fuse score over every phrasing, and the fact it belongs to. */
  score: number;
  fact: Fact | null;
}

export interface Phrasing {
  phrasing: string;
  fact: Fact;
}

export function phrasingsOf(fb: FactBase): Phrasing[] {
  return fb.facts.map((fact) => ({ phrasing: fact.summary, fact }));
}

/** Scores every sentence of a page against every phrasing. */
export function naiveScorePage(page: PageText, phrasings: readonly Phrasing[]): NaiveSentence[] {
  const out: NaiveSentence[] = [];
  for (const span of segmentSentences(page.text, page.blocks)) {
    const text = page.text.slice(span.start, span.end);
    const fuse = new Fuse([text], FUSE_OPTIONS);
    let score = 1;
    let fact: Fact | null = null;
    for (const p of phrasings) {
      const s = fuse.search(p.phrasing)[0]?.score ?? 1;
      if (s < score) {
        score = s;
        fact = p.fact;
      }
    }
    out.push({ text, start: span.start, end: span.end, score, fact });
  }
  return out;
}

/** The baseline's reports at a threshold. */
export function naiveReports(
  scored: readonly NaiveSentence[],
  threshold: number,
  fb: FactBase,
  asOf: IsoDate,
): Array<{ text: string; status: Status; start: number; end: number }> {
  const events = new Map(fb.events.map((e) => [e.id, e]));
  return scored
    .filter((s) => s.fact !== null && s.score <= threshold)
    .map((s) => {
      const match = { fact: s.fact, clash: null, statesUndisclosed: false } as unknown as FactMatch;
      return { text: s.text, start: s.start, end: s.end, status: statusAt(match, 'present', asOf, events) };
    });
}
