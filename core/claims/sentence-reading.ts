// One sentence read once: its folded text, figures, clauses, and where each word class of the vocabulary
// occurs. Each part is worked out on first use and kept: most sentences of a page are ruled out before their
// figures or clauses are needed, and many facts then ask for the same word classes cheaply.
import type { Span } from '../types';
import { placesOf } from './all-matches';
import { clauseBefore, clauseSpans } from './clauses';
import { continuationSpans } from './continuations';
import { GAP } from './lexicon/compile-lexicon';
import { classSpans, type Lexicon } from './lexicon/lexicon';
import { extractValues, type FoundValue, type SentenceValues } from './values';
import { wordStarts } from './word-starts';

export interface SentenceReading {
  readonly folded: string;
  readonly values: SentenceValues;
  readonly clauses: Span[];
  /** The first letters of the sentence's words (core/claims/word-starts): what names can be ruled out by. */
  readonly starts: ReadonlySet<string>;
  /** The year of the timeline's line the sentence tells of ("2020 – …"), or null. */
  readonly toldIn: number | null;
  /** The page's date, when known: the time of the telling. */
  readonly published: string | null;
  /** Where each next sum of a series opens (core/claims/continuations), read once for the sentence. */
  readonly continuations: Span[];
  /** Where the word class occurs; empty when it does not, or when the vocabulary has no such class. */
  spans(wordClass: string): Span[];
}

class Reading implements SentenceReading {
  private readonly found = new Map<string, Span[]>();
  private valuesRead: SentenceValues | null = null;
  private clausesRead: Span[] | null = null;
  private continuationsRead: Span[] | null = null;
  private startsRead: Set<string> | null = null;

  constructor(
    readonly folded: string,
    private readonly lexicon: Lexicon,
    readonly published: string | null,
    readonly toldIn: number | null,
  ) {}

  get values(): SentenceValues {
    this.valuesRead ??= extractValues(this.folded, this.published);
    return this.valuesRead;
  }

  get clauses(): Span[] {
    this.clausesRead ??= clauseSpans(this.folded, this.continuations);
    return this.clausesRead;
  }

  get continuations(): Span[] {
    this.continuationsRead ??= continuationSpans(this.folded);
    return this.continuationsRead;
  }

  get starts(): ReadonlySet<string> {
    this.startsRead ??= wordStarts(this.folded);
    return this.startsRead;
  }

  spans(wordClass: string): Span[] {
    let spans = this.found.get(wordClass);
    if (!spans) {
      const cls = this.lexicon.get(wordClass);
      spans = cls ? classSpans(cls, this.folded, this.starts) : [];
      if (wordClass === 'stake') spans = withFractionsHeld(spans, this.folded);
      if (CARRIED.has(wordClass) && spans.length > 0) spans = withCarried(spans, this);
      for (const shadow of SHADOWED_BY[wordClass] ?? []) {
        if (spans.length === 0) break;
        const phrases = this.spans(shadow);
        spans = spans.filter((x) => !phrases.some((p) => p.start <= x.start && x.end <= p.end));
      }
      this.found.set(wordClass, spans);
    }
    return spans;
  }
}

/**
 * A holding told as the fraction of a company a side took, got or was handed, or a sum bought ("took roughly a tenth
 * of the lab", "picked up about a fifth of it", "would hand the lab a tenth of the chipmaker", "$300 million for about
 * a tenth of the startup"): one pattern for what would be some eighty entries of verb and fraction in the lexicon,
 * whose data would cost more than its code. Up to five words between, as a lexicon gap allows.
 */
const FRACTION_HELD = new RegExp(
  String.raw`(?<![\w-])(?:took|bought|held|got|gave|(?:take|buy|own|hold|acquir|get|gain|receiv|secur|hand|give)[\w-]*|pick[\w-]* up|end[\w-]* up with|(?:million|billion)${GAP}for)${GAP}(?:tenth|fifth|quarter|third) of\b`,
  'gi',
);

function withFractionsHeld(spans: Span[], folded: string): Span[] {
  if (!/tenth|fifth|quarter|third/i.test(folded)) return spans;
  const held = placesOf(FRACTION_HELD, folded);
  return held.length === 0 ? spans : [...spans, ...held].sort((a, b) => a.start - b.start);
}

/** Verbs of money that carry over to the next sum of a series ("invested $1 billion, followed by $2 billion"). */
const CARRIED: ReadonlySet<string> = new Set(['invest', 'commitment']);

/** Money paid or pledged, as against what a company or a holding is worth, or earns. */
const paid = (v: FoundValue) => v.kind === 'amountUsd' && !v.valuation && !v.earnings;

/**
 * The opening words of each next sum of a series, as a word of the class: where the clause just before holds a word
 * of the class and the next sum is money paid or pledged ("…'s investment came in 2019, then another $10 billion
 * valuation jump" is no payment).
 */
function withCarried(spans: Span[], r: SentenceReading): Span[] {
  const carried: Span[] = [];
  for (const c of r.continuations) {
    const before = clauseBefore(r.clauses, c.start);
    if (!before) continue;
    const within = (x: Span) => x.start >= before.start && x.end <= c.start;
    const next = r.values.values.find((v) => v.start >= c.end && v.kind === 'amountUsd');
    if (spans.some(within) && next !== undefined && paid(next)) carried.push(c);
  }
  return carried.length === 0 ? spans : [...spans, ...carried].sort((a, b) => a.start - b.start);
}

/**
 * A word inside a set phrase that means something else: "an exclusive interview" grants no exclusivity, nor does
 * "only possible because"; "the start-up" starts nothing; "the chief executive" and "its primary client" are no
 * primary anything; "a power station" deploys nothing, "an investor conference" invests nothing, nor does "before
 * it had put in a cent", nor "a pledge to spend"; "a slice of its workload" is no stake; "its shares slipped" delays
 * nothing; "preferred shares" are no preferred partner; "at least for now" sets no floor.
 */
const SHADOWED_BY: Readonly<Record<string, readonly string[]>> = {
  exclusive: ['press-exclusive', 'only-bound'],
  'exclusive-strict': ['press-exclusive'],
  start: ['no-start'],
  primary: ['job-title', 'primary-buyer'],
  deploy: ['power-noun'],
  delay: ['price-move'],
  preferred: ['security-class'],
  'at-least': ['scope-hedge'],
  invest: ['investor-event', 'no-money', 'spending-pledge'],
  stake: ['business-slice'],
};

/** A reading with more places for one word class; the rest is the base reading's, still read lazily. */
class WithSpans implements SentenceReading {
  constructor(
    private readonly base: SentenceReading,
    private readonly wordClass: string,
    private readonly merged: Span[],
  ) {}

  get folded(): string {
    return this.base.folded;
  }

  get values(): SentenceValues {
    return this.base.values;
  }

  get clauses(): Span[] {
    return this.base.clauses;
  }

  get toldIn(): number | null {
    return this.base.toldIn;
  }

  get published(): string | null {
    return this.base.published;
  }

  get continuations(): Span[] {
    return this.base.continuations;
  }

  get starts(): ReadonlySet<string> {
    return this.base.starts;
  }

  spans(wordClass: string): Span[] {
    return wordClass === this.wordClass ? this.merged : this.base.spans(wordClass);
  }
}

/** The same reading with more places for one word class (what one partnership's context adds). */
export function withSpans(r: SentenceReading, wordClass: string, extra: Span[]): SentenceReading {
  if (extra.length === 0) return r;
  const merged = [...r.spans(wordClass), ...extra].sort((a, b) => a.start - b.start);
  return new WithSpans(r, wordClass, merged);
}

/**
 * `published`: the page's date, which places dates told relative to it ("last year", "in April"); on a timeline's
 * line told of an earlier year (`toldIn`), they are placed in that year.
 */
export function readSentence(
  folded: string,
  lexicon: Lexicon,
  published: string | null = null,
  toldIn: number | null = null,
): SentenceReading {
  const lineEnd = toldIn === null ? null : `${toldIn}-12-31`;
  const reference = lineEnd !== null && (published === null || lineEnd < published) ? lineEnd : published;
  return new Reading(folded, lexicon, reference, toldIn);
}
