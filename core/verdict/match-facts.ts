// Matching one sentence against the facts of a partnership by comparing frames: the fact's relation and
// qualifier word classes must stand close together in the sentence, with the same polarity (said to hold, or
// said to have ended), and the figures stated beside them must agree with the fact's values (or clash, which
// makes the claim contradicted).
import { allMatches, placesOf } from '../claims/all-matches';
import { clauseBefore, clausesCovering, SECOND_INFINITIVE } from '../claims/clauses';
import { forecastDenied, negationSide } from '../claims/negation';
import type { SentenceReading } from '../claims/sentence-reading';
import { type FoundValue, OWN_BUILDING_AFTER, type ValueKind } from '../claims/values';
import type { Fact, FactEvent, FactValues } from '../factbase/schema';
import type { Span } from '../types';
import { MONTHS } from './event-date';
import type { CompiledFrame, CompiledPartnership } from './compile';

/** The relation and its qualifiers must all stand within this many characters. */
const MAX_FRAME_SPAN = 150;
/**
 * Where a second statement with a subject of its own begins ("…through 2030, and the clause that …", "…, while
 * the lab kept selling …", "…, whereas Acme went on …", "…, while Acme's payments go on …", "…, and Acme Cloud is
 * …", "…, and some reports say …"; after "though", "although" or "whereas" any words: "…, though stuff still
 * ships …"): a frame's words do not reach across it. A list ("weights, architecture, and fine-tuning code", "Acme,
 * Initech, and Globex") does not.
 */
const STATEMENT_BREAK =
  /,\s*(?:(?:and|while)\s+(?:(?:the|its|their|it|they|some|many|several|other|most)\s|[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}(?:'s)?\s+[a-z])|(?:whereas|though|although)\s+[\w$])/;
/** "Its main cloud since 2016 and became its only one in 2019": a second state of the subject, read on its own. */
const NEXT_STATE = /\band\s+(?:then\s+|later\s+|soon\s+)?(?:became|becomes|turned into|grew into)\b/;
/**
 * "…in February 2023, and in October that year agreed…", "in 2019 it put in $1 billion; in 2020 it took a licence":
 * a second event, at a time of its own.
 */
const NEXT_TIME =
  /(?:,\s*and|;)\s+(?:then\s+)?(?:in|on|by)\s+(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/;
const ASIDE_THEN_FIGURE =
  /^[^,;]{0,40},\s*(?:(?:first|originally|initially|already|\w+ly)\s+)?(?:[a-z]+ed|which|that)\b[^,;]{0,80},\s*(?:is|was|stands at|stood at|totals|totalled|totaled|came to|comes to|amounts to|amounted to)\s+(?:about |around |roughly |nearly |some |more than |over |just over |just under )?$/i;
/** A value the frame needs may sit this far outside the clauses of the frame's words. */
const NEED_REACH = 60;

export interface ValueClash {
  /** The kind of the figure that clashes, or 'roles': the parties' roles are swapped. */
  kind: ValueKind | 'roles';
  stated: number;
  expected: FactValues;
  /** A month stated before the fact began (see monthBeforeFact), not a wrong value of the fact itself. */
  beforeFact?: true;
}

export interface FactMatch {
  fact: Fact;
  frame: CompiledFrame;
  /** Offsets within the sentence: the frame's words. */
  start: number;
  end: number;
  /** The clauses the frame's words stand in. */
  clause: Span;
  /**
   * A wrong term's detail told in a clause of its own ("…'s Series G, which was led by B"): that clause, where
   * the claim the record contradicts stands apart from the true one the relation word opens.
   */
  detailClause?: Span;
  /**
   * A figure only the press gave, told in a clause apart from the term it measures ("agreed to build 4.5
   * gigawatts, valued at $30 billion a year"): that clause, where the reported claim stands apart from a
   * confirmed one the sentence also makes.
   */
  pressFigureClause?: Span;
  /** The clause of the figure the frame needs, when it needs one: where its statement stands among others. */
  figureClause?: Span;
  clash: ValueClash | null;
  /** The claim states a figure the record says was never disclosed. */
  statesUndisclosed: boolean;
  /** The figure is one sought or under negotiation ("seeking a 30% stake"), not a term that holds. */
  intended?: boolean;
  /** Talks or deliberation govern the frame ("is weighing a fresh investment"): nothing agreed yet. */
  deliberated?: boolean;
  /** The sentence tells it as hearsay ("reportedly", "according to people familiar"). */
  hedged?: boolean;
  /** The sentence says the term itself was removed ("the clause that … has been scrapped"). */
  removal?: boolean;
  /** The sentence denies a wrong fact's figure ("has never owned 49%"): it agrees with the record. */
  deniesWrong?: boolean;
  /** Foretold, not stated ("is not going to happen", "is probably not in the cards"): the record cannot settle it. */
  foretold?: boolean;
  /**
   * The sentence tells the term as a forecast with a deadline ("is due to close by March 31, 2026"): that day.
   * Once it has passed, the forecast is no longer current, whatever happened.
   */
  forecastBy?: string;
  /**
   * The term is said to have held, unchanged, up to the time of the telling ("had held firm since 2019", "until this
   * week it had been the only cloud"): the day of the telling (the page's date), when the record ended the term
   * well before it, the unbroken run is wrong.
   */
  heldToTelling?: string;
  /**
   * A denial said to hold at every time up to now ("has never held a stake"): wrong once the denied term came to
   * hold, not merely out of date.
   */
  neverUpToNow?: boolean;
  /** 0..1, higher is better: how much of the frame (qualifiers, figures) the sentence confirms. */
  score: number;
  /** Kinds of figure the sentence states that agree with the fact. */
  agreedKinds: ValueKind[];
  why: string[];
}

interface Window extends Span {
  /** The relation word itself. */
  relation: Span;
  /** The span whose polarity decides: the first qualifier, or the relation word itself. */
  key: Span;
  /** The key word occurs in its "non-" form ("non-exclusive"). */
  keyDenied: boolean;
}

function nearest(spans: Span[], to: Span): Span | null {
  let best: Span | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const s of spans) {
    const d = Math.max(0, s.start - to.end, to.start - s.end);
    if (d < dist) {
      dist = d;
      best = s;
    }
  }
  return best;
}

/**
 * Windows by reading and by relation + qualifiers: many frames of many facts share the same words, and the
 * places they stand in a sentence do not depend on the fact.
 */
const windowsOfReading = new WeakMap<SentenceReading, Map<string, Window[]>>();

/** Negation by reading and by place: the frames of many facts ask about the same word in the same clause. */
const negationsOfReading = new WeakMap<SentenceReading, Map<string, 'before' | 'after' | null>>();

function negationOf(r: SentenceReading, at: Span, clause: Span): 'before' | 'after' | null {
  let byPlace = negationsOfReading.get(r);
  if (!byPlace) {
    byPlace = new Map();
    negationsOfReading.set(r, byPlace);
  }
  const key = `${at.start}:${at.end}:${clause.start}:${clause.end}`;
  let side = byPlace.get(key);
  if (side === undefined) {
    side = negationSide(r.folded, at, clause);
    byPlace.set(key, side);
  }
  return side;
}

/** Places where the relation word and every qualifier stand close together. */
function frameWindows(f: CompiledFrame, r: SentenceReading): Window[] {
  let byWords = windowsOfReading.get(r);
  if (!byWords) {
    byWords = new Map();
    windowsOfReading.set(r, byWords);
  }
  const key = f.frame.with.length === 0 ? f.frame.relation : `${f.frame.relation}+${f.frame.with.join('+')}`;
  let windows = byWords.get(key);
  if (!windows) {
    windows = findWindows(f, r);
    byWords.set(key, windows);
  }
  return windows;
}

function findWindows(f: CompiledFrame, r: SentenceReading): Window[] {
  const relation = r.spans(f.frame.relation);
  if (relation.length === 0) return [];
  const windows: Window[] = [];
  for (const rel of relation) {
    let start = rel.start;
    let end = rel.end;
    let key = rel;
    let keyDenied = false;
    let ok = true;
    f.frame.with.forEach((wordClass, i) => {
      if (!ok) return;
      const plain = r.spans(wordClass);
      const denied = r.spans(`non-${wordClass}`);
      const near = nearest([...plain, ...denied], rel);
      if (!near) {
        ok = false;
        return;
      }
      start = Math.min(start, near.start);
      end = Math.max(end, near.end);
      if (i === 0) {
        key = near;
        keyDenied = denied.includes(near);
      }
    });
    const words = r.folded.slice(start, end);
    if (
      ok &&
      end - start <= MAX_FRAME_SPAN &&
      !STATEMENT_BREAK.test(words) &&
      !NEXT_STATE.test(words) &&
      !((words.includes(', and') || words.includes(';')) && NEXT_TIME.test(words))
    )
      windows.push({ start, end, relation: rel, key, keyDenied });
  }
  return windows;
}

function agrees(kind: ValueKind, v: FoundValue, expected: FactValues): boolean {
  switch (kind) {
    case 'amountUsd':
      if (expected.amountRange)
        return v.value >= expected.amountRange[0] && v.value <= expected.amountRange[1];
      return (
        expected.amountUsd !== undefined &&
        Math.abs(v.value - expected.amountUsd) <= expected.amountUsd * 0.04
      );
    case 'percent':
      if (expected.percentRange)
        return v.value >= expected.percentRange[0] && v.value <= expected.percentRange[1];
      return expected.percent !== undefined && Math.abs(v.value - expected.percent) <= 1;
    case 'gigawatts':
      return (
        expected.gigawatts !== undefined &&
        Math.abs(v.value - expected.gigawatts) <= expected.gigawatts * 0.04
      );
    case 'shares':
      return expected.shares !== undefined && Math.abs(v.value - expected.shares) <= expected.shares * 0.04;
    case 'year':
      return v.value === expected.year;
    case 'termEnd':
      return v.value === expected.termEnd;
    case 'month':
      return v.value === expected.month;
    case 'termYears':
      return v.value === expected.termYears;
  }
}

/** "$852 million" for the record's $852 billion: the same digits a thousand times off, a slip of the unit. */
function unitSlip(v: FoundValue, expected: FactValues): boolean {
  const amount = expected.amountUsd;
  if (amount === undefined || v.upTo) return false;
  return [v.value * 1000, v.value / 1000].some((x) => Math.abs(x - amount) <= amount * 0.001);
}

function factHasValue(kind: ValueKind, values: FactValues): boolean {
  if (kind === 'amountUsd') return values.amountUsd !== undefined || values.amountRange !== undefined;
  if (kind === 'percent') return values.percent !== undefined || values.percentRange !== undefined;
  return values[kind] !== undefined;
}

const KINDS: ValueKind[] = [
  'amountUsd',
  'percent',
  'gigawatts',
  'shares',
  'year',
  'termEnd',
  'month',
  'termYears',
];

interface ValueVerdict {
  ok: boolean;
  clash: ValueClash | null;
  statesUndisclosed: boolean;
  agreed: ValueKind[];
  why: string[];
  /** The clause of the first figure the frame needs that agreed. */
  figureClause?: Span;
}

const NO: ValueVerdict = { ok: false, clash: null, statesUndisclosed: false, agreed: [], why: [] };

/**
 * A figure the frame may use: in the clauses of the frame's words, or within NEED_REACH of them unless a word
 * that moves the time to now stands between ("began with a contract in 2025 and now includes an investment":
 * 2025 is the contract's year, not the investment's).
 */
function nearFrame(v: FoundValue, window: Span, clause: Span, r: SentenceReading, wrong = false): boolean {
  if (v.start >= clause.start && v.end <= clause.end) return true;
  const layout = layoutOf(r);
  // "Back in 2019, when few had heard of the lab, X put $1 billion into Y": a time that opens the sentence
  // is the time of its main clause.
  if (
    v.end <= layout.openingTimeEnd &&
    (v.kind === 'year' || v.kind === 'month') &&
    clausesCovering(r.clauses, window.start, window.end).start === layout.mainClause &&
    !SUBORDINATE_BEFORE.test(r.folded.slice(clause.start, window.start))
  )
    return true;
  // "X's total commitment, first disclosed in a filing last October, is $13 billion": past an aside, the
  // figure its subject's verb gives.
  if (v.start > window.end + NEED_REACH && ASIDE_THEN_FIGURE.test(r.folded.slice(window.end, v.start)))
    return true;
  if (v.end < window.start - NEED_REACH || v.start > window.end + NEED_REACH) return false;
  const from = Math.min(v.end, window.end);
  const to = Math.max(v.start, window.start);
  // "X never put in $100 billion; the equity it put in was $30 billion": a semicolon ends a statement.
  if (r.folded.slice(from, to).includes(';')) return false;
  // A wrong fact's figure is not taken from another statement ("it will use the chips, and the two companies
  // enlarged the $38 billion contract"): the figure is that statement's.
  if (wrong && STATEMENT_BREAK.test(r.folded.slice(from, to))) return false;
  return !layout.nowShifts.some((at) => at >= from && at < to);
}

/** A mention with no break of statement (layout.nowShifts) between it and the frame's words. */
function mentionedBeside(re: RegExp, w: Span, r: SentenceReading, layout: SentenceLayout): boolean {
  return placesOf(re, r.folded).some(({ start: at }) => {
    const from = Math.min(at, w.start);
    const to = Math.max(at, w.start);
    return (
      !layout.nowShifts.some((b) => b > from && b < to) && !STATEMENT_BREAK.test(r.folded.slice(from, to))
    );
  });
}

/** What nearFrame needs of a sentence, worked out once for all its frames and figures. */
interface SentenceLayout {
  /** Where the words that move the time to now start ("and now includes"), or a second infinitive ("and to"). */
  nowShifts: number[];
  /** Where each statement break (STATEMENT_BREAK) starts: found when a frame first asks (see statementAround). */
  statementBreaks?: number[];
  /** The end of an opening clause that is a time ("Back in 2019,"), or -1. */
  openingTimeEnd: number;
  /** Where the main clause after that opening starts. */
  mainClause: number;
  /** The sentence has " by " (a relation may have an agent) and words for buildings: see matchFrame. */
  agent: boolean;
  building: boolean;
  /** The sentence has a word of forecast ("will", "is due to"): see forecastOf. */
  forecast: boolean;
  /** The sentence tells a term as unbroken up to the telling: see heldToTellingOf. Read when a frame first asks. */
  heldToTelling?: boolean;
}

const layouts = new WeakMap<SentenceReading, SentenceLayout>();

function layoutOf(r: SentenceReading): SentenceLayout {
  let layout = layouts.get(r);
  if (layout) return layout;
  // A second infinitive ("agreed to use chips and to enlarge a contract") starts a statement of its own too.
  const nowShifts = [NOW_SHIFT, SECOND_INFINITIVES].flatMap((re) =>
    allMatches(re, r.folded).map((m) => m.index ?? 0),
  );
  // The next sum of a series is a statement of its own: "invested $1 billion in 2019, followed by $10 billion".
  // Marked just before its opening words, so that a figure before them is cut off from a frame read on them.
  for (const c of r.continuations) nowShifts.push(c.start - 1);
  const opening = r.clauses[0];
  const timed = /\b(?:19|20)\d\d\b/.exec(r.folded.slice(opening.start, opening.end));
  const openingTime =
    timed !== null && OPENING_TIME.test(r.folded.slice(opening.start, opening.start + timed.index));
  layout = {
    nowShifts,
    openingTimeEnd: openingTime ? opening.end : -1,
    mainClause: openingTime ? mainClauseAfter(r, opening) : -1,
    agent: / by /i.test(r.folded),
    building: /data[- ]?cent|facilit|factor|campus/i.test(r.folded),
    forecast: FORECAST.test(r.folded),
  };
  layouts.set(r, layout);
  return layout;
}

const NOW_SHIFT = /\b(?:now|today|these days|since then)\b/gi;
/** "and to enlarge": a second infinitive (see core/claims/clauses), which starts a statement of its own. */
const SECOND_INFINITIVES = new RegExp(SECOND_INFINITIVE.source, 'g');
const STATEMENT_BREAKS = new RegExp(STATEMENT_BREAK.source, 'g');
/** Where the main clause after an opening one starts: past any clause that opens with "when", "which", …. */
function mainClauseAfter(r: SentenceReading, opening: Span): number {
  for (const c of r.clauses) {
    if (c.start < opening.end) continue;
    if (!SUBORDINATE_START.test(r.folded.slice(c.start, c.end))) return c.start;
  }
  return -1;
}

const SUBORDINATE_START =
  /^\s*(?:when|while|as|which|who|whose|where|after|before|because|since|though|although)\b/i;
/** "…, the first party changed X after the second announced Y": Y's words stand in a clause of a time of their own. */
const SUBORDINATE_BEFORE = /\b(?:after|before|when|while|as|because|since|until|once|following)\b/i;
const OPENING_TIME =
  /^\s*(?:(?:way |all the way )?back |as early as |as far back as |early |late )?(?:in|during|as of)\s+(?:(?:early|mid|late)-?\s?)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$/i;

/**
 * Parties that can stand as the subject of a relation in a partnership (the payers of "invest"): a figure after
 * another one of them ("X will invest up to $10 billion and Y up to $5 billion") is that party's, not the frame's.
 */
const subjectsByRelation = new WeakMap<CompiledPartnership, Map<string, ReadonlySet<string>>>();

function subjectsOf(partnership: CompiledPartnership, relation: string): ReadonlySet<string> {
  let byRelation = subjectsByRelation.get(partnership);
  if (!byRelation) {
    byRelation = new Map();
    subjectsByRelation.set(partnership, byRelation);
  }
  let subjects = byRelation.get(relation);
  if (!subjects) {
    const frames = partnership.framesByRelation.get(relation) ?? [];
    subjects = new Set(frames.flatMap((f) => (f.frame.subject ? [f.frame.subject] : [])));
    byRelation.set(relation, subjects);
  }
  return subjects;
}

/** A giver told right after its figure: "$5 billion from C", "$5 billion by C". */
const GIVER_AFTER = /^\s+(?:from|by)\s+/i;

/**
 * Whether another possible subject of the frame's relation is named between the frame's words and `v`, or gives
 * `v` right after it ("$10 billion from B, $5 billion from C": the $5 billion is C's).
 */
function anotherSubjectsFigure(
  f: CompiledFrame,
  window: Window,
  v: FoundValue,
  r: SentenceReading,
  partnership: CompiledPartnership,
): boolean {
  if (!f.frame.subject) return false;
  const subjects = subjectsOf(partnership, f.frame.relation);
  // Most relations have one possible payer: then no figure can be another's.
  if (subjects.size < 2) return false;
  const other = (id: string) => id !== f.frame.subject && subjects.has(id);
  const giver = GIVER_AFTER.exec(r.folded.slice(v.end, v.end + 12));
  if (giver !== null) {
    const named = firstPartyMatch(
      r.folded.slice(v.end + giver[0].length, v.end + giver[0].length + 30),
      partnership,
    );
    if (named !== null && !named.possessive && other(named.id)) return true;
  }
  if (v.start <= window.end) return false;
  const between = r.folded.slice(window.end, v.start);
  return partnership.partnership.parties.some(
    (p, i) => other(p.id) && partnership.parties.party[i].test(between),
  );
}

/** A sentence's figures by kind, worked out once for all its frames; not one the sentence sets aside. */
const valuesOfReading = new WeakMap<SentenceReading, Map<ValueKind, FoundValue[]>>();

/** "Instead of the staged $100 billion, …": a figure named as what the deal is not, up to three words after. */
const CONTRAST_WORDS = /rather than|instead of|in place of|as opposed to/i;
const CONTRASTED_FIGURE = new RegExp(String.raw`\b(?:${CONTRAST_WORDS.source})\s+(?:[\w'-]+\s+){0,3}$`, 'i');

function valuesByKind(r: SentenceReading): Map<ValueKind, FoundValue[]> {
  let byKind = valuesOfReading.get(r);
  if (!byKind) {
    byKind = new Map();
    const contrasts = CONTRAST_WORDS.test(r.folded);
    for (const v of r.values.values) {
      if (contrasts && CONTRASTED_FIGURE.test(r.folded.slice(Math.max(0, v.start - 60), v.start))) continue;
      const list = byKind.get(v.kind);
      if (list) list.push(v);
      else byKind.set(v.kind, [v]);
    }
    valuesOfReading.set(r, byKind);
  }
  return byKind;
}

/** The figures at the least distance from a span (all of them when tied). */
function nearestTo(values: FoundValue[], to: Span): FoundValue[] {
  const gap = (v: FoundValue) => Math.max(0, v.start - to.end, to.start - v.end);
  const least = Math.min(...values.map(gap));
  return values.filter((v) => gap(v) === least);
}

const within = (v: FoundValue, span: Span) => v.start >= span.start && v.end <= span.end;

/** A break between two statements of one sentence, stronger than a comma. */
const STRONG_BREAK = /[;:]/;
const WORDS = /[a-z]+/gi;

/**
 * Whether a date beside the frame's words belongs to a statement of its own across a colon or semicolon:
 * "rewritten on 27 April 2026: the cloud is primary" dates the rewriting, not the cloud term. A date that is all
 * its clause says ("2019: …", "In January 2025: …") is a label for what follows, and stays attached.
 */
function toldApart(v: FoundValue, window: Span, r: SentenceReading): boolean {
  const between =
    v.end <= window.start ? r.folded.slice(v.end, window.start) : r.folded.slice(window.end, v.start);
  if ((v.kind !== 'month' && v.kind !== 'year') || !STRONG_BREAK.test(between)) return false;
  const home = clausesCovering(r.clauses, v.start, v.end);
  const rest = `${r.folded.slice(home.start, v.start)} ${r.folded.slice(v.end, home.end)}`;
  return (rest.match(WORDS)?.length ?? 0) > 2;
}

/** Compares the figures stated near the frame's words with the fact's. */
function compareValues(
  f: CompiledFrame,
  window: Window,
  clause: Span,
  r: SentenceReading,
  partnership: CompiledPartnership,
): ValueVerdict {
  // A figure contradicts the fact only when it is attached to the frame: in the relation word's own clause,
  // or right beside the frame's words.
  const own = clausesCovering(r.clauses, window.relation.start, window.relation.end);
  const attached = (v: FoundValue) =>
    (v.start >= own.start && v.end <= own.end) ||
    (v.end >= window.start - 30 && v.start <= window.end + 30 && !toldApart(v, window, r));
  const inClause = (v: FoundValue) => v.start >= clause.start && v.end <= clause.end;
  const nearby = (v: FoundValue) => nearFrame(v, window, clause, r, f.fact.confidence === 'wrong');
  // A valuation is what a company is worth, not money paid or a stake: compared only by frames about it. What
  // an investment is worth is money paid, or the worth of the holding it bought.
  const rightRole = (v: FoundValue) =>
    v.kind !== 'amountUsd' ||
    (!otherTiming(v) &&
      // Money earned is what a frame about revenue compares, though it is no money paid in.
      ((v.earnings === true && f.frame.relation === 'revenue') ||
        (v.ofCompany === true
          ? f.frame.relation === 'valuation'
          : v.valuation === f.frame.valuation || (v.holdingWorth === true && f.frame.valuation === true))));
  // A company's value after a round's money is no value before it, nor the other way round.
  const otherTiming = (v: FoundValue) =>
    v.money !== undefined && f.frame.with.includes(v.money === 'pre' ? 'post-money' : 'pre-money');
  const why: string[] = [];
  let clash: ValueClash | null = null;
  const agreed: ValueKind[] = [];
  const { values, undisclosed } = f.fact;
  const byKind = valuesByKind(r);
  /** The clause of the first figure that agreed with what the frame needs: a checked figure is read there first. */
  let anchor: Span | null = null;
  for (const kind of KINDS) {
    const needed = f.frame.needs.includes(kind);
    let pool = byKind.get(kind);
    // "since 2016" names a year too, when the frame asks for one.
    if (kind === 'year' && needed && r.values.sinceYears.length > 0)
      pool = [...(pool ?? []), ...r.values.sinceYears];
    if (pool === undefined) {
      if (needed) return NO;
      continue;
    }
    const usable = (v: FoundValue) =>
      rightRole(v) &&
      !((kind === 'year' || kind === 'month') && datesEarlierEvent(v, r, window)) &&
      !anotherSubjectsFigure(f, window, v, r, partnership) &&
      !(kind === 'termYears' && termOfAnotherSum(v, r, values));
    // A checked figure beside the needed one that agreed ("a further $2 billion in 2021"); else in the frame's
    // clause, or a short parenthesis away ("the first outlay, in 2019, was $2 billion").
    const besideAnchor =
      needed || anchor === null ? [] : pool.filter((v) => within(v, anchor as Span) && usable(v));
    let stated =
      besideAnchor.length > 0
        ? besideAnchor
        : pool.filter((v) => (needed ? nearby(v) : inClause(v) || attached(v)) && usable(v));
    if (needed && stated.length === 0) return NO;
    // "A is putting in up to $10 billion, while B is putting in up to five billion": of a frame with its own
    // subject, a figure of the frame's own clause is its figure, before one of a clause nearby.
    if (needed && f.frame.subject && besideAnchor.length === 0 && stated.length > 1) {
      const ownClause = stated.filter(inClause);
      if (ownClause.length > 0) stated = ownClause;
    }
    if (stated.length === 0 || !factHasValue(kind, values)) continue;
    // "Its main cloud since 2016 and its only cloud from 2019": of several dates a frame read only with a date
    // may take, its own is the one nearest its words (a frame that agreed on a sum is dated beside that sum).
    if (needed && anchor === null && (kind === 'year' || kind === 'month') && stated.length > 1) {
      // "a deal in November 2025, an investment announced on 27 February 2026": a date in the relation word's
      // own clause is its date, before a nearer one of the clause before.
      const ownDates = stated.filter((v) => within(v, own));
      stated = nearestTo(ownDates.length > 0 ? ownDates : stated, window);
    }
    // A ceiling is told of a sum or of capacity ("up to 10 gigawatts"), each by its own words.
    if ((kind === 'amountUsd' || kind === 'gigawatts') && f.frame.upTo !== undefined) {
      // The ceiling is the agreeing figure's own: "buy $30 billion of capacity, while B commits up to $10 billion"
      // tells no ceiling of the $30 billion.
      const told = stated.filter((v) => v.upTo === f.frame.upTo);
      if (told.length === 0) return NO;
      if (f.fact.confidence === 'wrong') stated = told;
    }
    const match = stated.find((v) => agrees(kind, v, values));
    if (match) {
      if (needed && anchor === null) anchor = clausesCovering(r.clauses, match.start, match.end);
      agreed.push(kind);
      why.push(`${kind} ${r.folded.slice(match.start, match.end)} agrees`);
    } else if (
      (f.frame.checks.includes(kind) ||
        (kind === 'amountUsd' &&
          f.fact.confidence === 'confirmed' &&
          stated.some((v) => unitSlip(v, values)) &&
          // With other sums in the sentence, a figure a thousand times off is likelier another sum than a slip;
          // so is one a source is said to have given ("$100 million of that pledge, a person familiar said").
          (byKind.get('amountUsd') ?? []).length === 1 &&
          r.spans('hedge').length === 0)) &&
      stated.some(attached)
    ) {
      const wrong = stated.find(attached) as FoundValue;
      // A month years before the fact began ("reorganised in March 2019" for an October 2025 event) tells of an
      // earlier event, not a wrong date of this one.
      if (
        kind === 'month' &&
        startedThen(f.fact, kind, partnership) &&
        monthsBetween(wrong.value, values.month ?? 0) >= 24
      )
        return NO;
      clash = { kind, stated: wrong.value, expected: values };
      // A month or year earlier than the one the fact began in: before the fact, not a wrong date of it, so
      // another fact that began then may excuse it (withoutBeatenClashes).
      if (startedThen(f.fact, kind, partnership) && wrong.value < (values[kind as 'month' | 'year'] ?? 0))
        clash.beforeFact = true;
      why.push(`${kind} ${r.folded.slice(wrong.start, wrong.end)} clashes with the record`);
    } else {
      return NO;
    }
  }
  const statesUndisclosed = undisclosed.some((kind) =>
    r.values.values.some(
      (v) =>
        v.kind === kind &&
        nearby(v) &&
        // Its own clause or beside its words: not the figure of another statement ("put in $1 billion in 2019 and
        // has since invested again").
        (inClause(v) || attached(v)) &&
        !(kind === 'amountUsd' && (v.valuation || groupTotal(r, v))) &&
        !pressGuessApart(v, r, window, partnership),
    ),
  );
  if (statesUndisclosed) why.push('states a figure the parties never disclosed');
  // "The $250 billion commitment is spread over ten years": a term the record does not give for the deal.
  const statesUnknownTerm =
    values.termYears === undefined &&
    clash === null &&
    (byKind.get('termYears') ?? []).some((v) => attached(v) && !termOfAnotherSum(v, r, values));
  if (statesUnknownTerm) why.push('states a term in years the record does not give');
  return {
    ok: true,
    clash,
    statesUndisclosed: statesUndisclosed || statesUnknownTerm,
    agreed,
    why,
    ...(anchor ? { figureClause: anchor } : {}),
  };
}

/**
 * "Expanded the $38 billion deal by $100 billion over eight years": a term belongs to the sum just before it;
 * when that sum is not the fact's, neither is the term.
 */
function termOfAnotherSum(v: FoundValue, r: SentenceReading, values: FactValues): boolean {
  const sums = valuesByKind(r).get('amountUsd') ?? [];
  let last: FoundValue | null = null;
  for (const m of sums) if (m.end <= v.start && v.start - m.end <= TERM_REACH) last = m;
  return last !== null && !agrees('amountUsd', last, values);
}

const TERM_REACH = 60;

/** "Together pledged $1 billion", "$1 billion between them": a group's total, not one party's own sum. */
const GROUP_TOTAL_BEFORE = /\b(?:collectively|together|jointly|between them|combined)\b[^.;$]{0,25}$/i;
const GROUP_TOTAL_AFTER = /^[^.;$]{0,15}\b(?:collectively|together|between them|combined|in all)\b/i;

/**
 * "Among the backers who pledged the lab's founding $1 billion", "$1 billion in pledges from backers including X":
 * the sum of a group the party was one of.
 */
const AMONG_GROUP_BEFORE =
  /\bamong (?:the |its )?(?:[\w-]+ )?(?:backers|investors|donors|funders|founders|contributors)\b[^.;$]{0,45}$/i;
const FROM_GROUP_AFTER =
  /^\s+(?:in|of)\s+(?:pledges|commitments|funding|donations|backing)\s+from\s+(?:(?:several|many|various|a group of|a handful of)\s+)?(?:backers|investors|donors|funders|founders|contributors)\b/i;

function groupTotal(r: SentenceReading, v: FoundValue): boolean {
  const before = r.folded.slice(Math.max(0, v.start - 70), v.start);
  const after = r.folded.slice(v.end, v.end + 60);
  return (
    GROUP_TOTAL_BEFORE.test(before.slice(-40)) ||
    GROUP_TOTAL_AFTER.test(after.slice(0, 25)) ||
    AMONG_GROUP_BEFORE.test(before) ||
    FROM_GROUP_AFTER.test(after)
  );
}

/** A word class the frame excludes, anywhere in the sentence ("…a technology partner in the venture, it holds no equity"). */
function ruledOut(f: CompiledFrame, r: SentenceReading): boolean {
  return f.frame.without.some((wordClass) => r.spans(wordClass).length > 0);
}

/**
 * The same, within the statement that holds the frame's words: a second statement with a subject of its own
 * ("…an exclusive licence to the model, while the lab kept selling access over its API") neither lends the
 * frame its words nor takes them away.
 */
function ruledOutAround(f: CompiledFrame, r: SentenceReading, w: Window): boolean {
  const around = statementAround(r, w);
  // Nor does a word of the statement before a semicolon: "A will spend $30 billion on the cloud; B's own commitment
  // is up to $5 billion" (B's money is no cloud spending). A word after one still does ("X plans to spend $500
  // billion; B is a technology partner" tells what B is not).
  const start = Math.max(around.start, r.folded.lastIndexOf(';', w.start) + 1);
  const statementEnd = around.end;
  // "… trained only on its chips, which makes it the customer they could want": a relative clause after the
  // frame's words tells of something else; its words rule nothing out.
  const relative = r.folded.slice(w.end, statementEnd).search(/,\s*which\s/);
  const end = relative >= 0 ? w.end + relative : statementEnd;
  return f.frame.without.some((wordClass) => r.spans(wordClass).some((x) => x.end > start && x.start < end));
}

/** The statement (between the sentence's statement breaks) that holds `w`. */
function statementAround(r: SentenceReading, w: Span): Span {
  let start = 0;
  let end = r.folded.length;
  const layout = layoutOf(r);
  layout.statementBreaks ??= allMatches(STATEMENT_BREAKS, r.folded).map((m) => m.index ?? 0);
  for (const at of layout.statementBreaks) {
    if (at + 1 <= w.start) start = at + 1;
    else if (at >= w.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The party named first in the clause before `at`: the one who pays, holds or gives. */
function subjectBefore(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  at: number,
): string | null {
  const text = r.folded.slice(clause.start, at);
  // "X invested $1 billion, followed by $2 billion": the next sum of a series is the first one's subject's.
  if (r.continuations.some((c) => c.start === clause.start)) {
    const before = clauseBefore(r.clauses, clause.start);
    return before ? subjectBefore(r, partnership, before, before.end) : null;
  }
  // "A, B's spending pledge: …", "B's commitment to A": who pledges is the name in the possessive before the noun.
  const pledger = PLEDGE_NOUN.test(r.folded.slice(at, at + 30)) ? POSSESSIVE_TAIL.exec(text) : null;
  const holder = pledger ? firstPartyMatch(pledger[0], partnership) : null;
  if (holder?.possessive) return holder.id;
  // "… capacity that B agreed to buy": a relative clause just before the verb has its own subject.
  const relative = RELATIVE_TAIL.exec(text);
  const own = relative ? firstPartyIn(relative[1], partnership) : null;
  if (own !== null) return own;
  const first = firstPartyMatch(text, partnership);
  // "A, already one of B's largest shareholders, …": a name in the possessive, in a clause that opens
  // without a subject, is not its subject; the bare name before the clause (or before an aside) is.
  if (first !== null && !first.possessive) return first.id;
  if (first !== null)
    return subjectBeforeAside(r, partnership, clause) ?? bareNameBefore(r, partnership, clause) ?? first.id;
  if (RELATIVE_START.test(text)) {
    // "X, which holds a stake in Y": the clause's subject is the name before it.
    const before = clauseBefore(r.clauses, clause.start);
    return before ? firstPartyIn(r.folded.slice(before.start, before.end), partnership) : null;
  }
  return (
    subjectBeforeAside(r, partnership, clause) ??
    pronounSubject(r, partnership, clause, text) ??
    pronounAfterColon(r, partnership, clause, text) ??
    agentAfterNoun(r, partnership, text, at)
  );
}

/** A promise's noun, after the name of who makes it: "B's pledge", "B's spending commitment". */
const PLEDGE_NOUN = /^(?:spending\s+)?(?:pledges?|commitments?|promises?)\b/i;
/** A name in the possessive just before the place looked at, or a word before it ("B's spending"). */
const POSSESSIVE_TAIL = /[\w.&-]+['\u2019]s\s+(?:spending\s+)?$/;

/** A term's noun, then its giver: "investment by B", "a pledge from B", a heading's "Investments: B …". */
const NOUN_THEN_AGENT =
  /^(?:investments?|pledges?|commitments?|funding|backing|cheques?)\s*(?::|\s(?:by|from)\b)\s*/i;

/**
 * "Investment by B: up to $10 billion", "Investments: B up to $10 billion, C up to $5 billion": a clause that names
 * no one before the term's noun has as its giver the party named right after the noun's "by", "from" or colon.
 */
function agentAfterNoun(
  r: SentenceReading,
  partnership: CompiledPartnership,
  text: string,
  at: number,
): string | null {
  if (!/^\W*(?:(?:the|a|an|its|their)\s+)?(?:[\w$.,-]+\s+){0,2}$/i.test(text)) return null;
  // The giver may stand past the clause's colon, within the statement.
  const rest = r.folded.slice(at, at + 80).split(';')[0];
  const agent = NOUN_THEN_AGENT.exec(rest);
  if (!agent) return null;
  const after = rest.slice(agent[0].length, agent[0].length + 30);
  const first = firstPartyMatch(after, partnership);
  return first !== null && !first.possessive && after.slice(0, 1).trim() !== '' ? first.id : null;
}

/** A sentence that opens on its subject's pronoun ("It holds …", "The company pledged …"). */
const PRONOUN_SUBJECT = /^\W*(?:it|they|the company|the firm)\b[^,;]*$/i;

/**
 * "It holds a seat on B's board": a pronoun that opens the sentence and its clause, in a sentence that names one
 * side of a two-party deal, stands for the other side.
 */
function pronounSubject(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  text: string,
): string | null {
  if (clause.start !== 0 || !PRONOUN_SUBJECT.test(text)) return null;
  const { parties } = partnership.partnership;
  if (parties.length !== 2) return null;
  const named = partnership.parties.party.map((re) => re.test(r.folded));
  if (named.filter(Boolean).length !== 1) return null;
  return parties[named.indexOf(false)].id;
}

/**
 * "A's other bet is smaller: it committed …": a pronoun that opens the clause after a colon or semicolon stands
 * for the party the clause before names first.
 */
function pronounAfterColon(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  text: string,
): string | null {
  if (!PRONOUN_SUBJECT.test(text) || !/[:;]\s*$/.test(r.folded.slice(0, clause.start))) return null;
  const before = clauseBefore(r.clauses, clause.start);
  return before ? firstPartyIn(r.folded.slice(before.start, before.end), partnership) : null;
}

/** A clause this short, between commas, is an aside ("in return", "for its part") or a bare name. */
const ASIDE_CHARS = 30;

/**
 * "X, in return, pledged …": a clause that opens without a subject, after an aside, has the bare name before
 * the aside as its subject.
 */
function subjectBeforeAside(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
): string | null {
  let c = clause;
  for (let asides = 0; asides < 2; asides++) {
    const before = clauseBefore(r.clauses, c.start);
    if (!before || before.end - before.start > ASIDE_CHARS) return null;
    const name = firstPartyIn(r.folded.slice(before.start, before.end), partnership);
    if (name !== null) return asides > 0 ? name : null;
    c = before;
  }
  return null;
}

/** "A, one of …": the clause just before is a bare name, and the clause itself opens on no name. */
function bareNameBefore(r: SentenceReading, partnership: CompiledPartnership, clause: Span): string | null {
  const before = clauseBefore(r.clauses, clause.start);
  if (!before || before.end - before.start > ASIDE_CHARS) return null;
  return firstPartyIn(r.folded.slice(before.start, before.end), partnership);
}

const RELATIVE_START = /^\s*(?:which|who|that)\b/i;
/** The words after the last relative pronoun, when they are few: "that B agreed to". */
const RELATIVE_TAIL = /\b(?:that|which)\s+([^,;]{1,40})$/i;

/** The party named first in `text` (descriptors count: see subjectBefore). */
function firstPartyIn(text: string, partnership: CompiledPartnership): string | null {
  return firstPartyMatch(text, partnership)?.id ?? null;
}

/** The party named first in `text`, and whether its name stands in the possessive ("B's largest shareholders"). */
function firstPartyMatch(
  text: string,
  partnership: CompiledPartnership,
): { id: string; possessive: boolean } | null {
  let first: { i: number; start: number; end: number } | null = null;
  // Descriptors count: the sentence is judged against this partnership only on a page about it or naming it.
  partnership.parties.context.forEach((re, i) => {
    const m = re.exec(text);
    if (m && (!first || m.index < first.start)) first = { i, start: m.index, end: m.index + m[0].length };
  });
  if (first === null) return null;
  const { i, start, end } = first as { i: number; start: number; end: number };
  return {
    id: partnership.partnership.parties[i].id,
    possessive: /['’]s$/.test(text.slice(start, end)) || /^['’]s\b/.test(text.slice(end, end + 3)),
  };
}

/** The event a fact holds from, if it has one. */
function sinceEvent(fact: Fact, partnership: CompiledPartnership): FactEvent | null {
  return fact.since ? (partnership.events.find((e) => e.id === fact.since) ?? null) : null;
}

/**
 * A day stated in the month of the fact's own event that is not a day the record gives for it ("announced on
 * January 22" for an event of January 21): a wrong date that circulates, so the claim clashes with the record.
 */
function wrongDay(
  fact: Fact,
  partnership: CompiledPartnership,
  r: SentenceReading,
  near: (v: FoundValue) => boolean,
): (ValueClash & { statedText: string }) | null {
  if (!r.values.values.some((v) => v.day !== undefined)) return null;
  const event = sinceEvent(fact, partnership);
  if (!event) return null;
  if (event.datePrecision !== 'day') return null;
  const [year, month, day] = event.date.split('-').map(Number);
  for (const v of r.values.values) {
    if (v.kind !== 'month' || v.day === undefined || v.value !== year * 100 + month || !near(v)) continue;
    if (v.day === day) continue;
    // Another day the event's summary gives (a signing and its announcement a day apart).
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
    const name = MONTHS[month - 1];
    if ([iso, `${name} ${v.day}, ${year}`, `${v.day} ${name} ${year}`].some((d) => event.summary.includes(d)))
      continue;
    return {
      kind: 'month',
      stated: v.value,
      expected: fact.values,
      statedText: r.folded.slice(v.start, v.end),
    };
  }
  return null;
}

/**
 * A clause right beside `clause` that dates the deal it speaks of: "the first contract, signed in November
 * 2025, runs on …".
 */
function datingClause(r: SentenceReading, clause: Span): Span | null {
  const next = r.clauses.find((c) => c.start >= clause.end);
  if (next && DATING_START.test(r.folded.slice(next.start, next.end))) return next;
  // "inked a contract, worth $38 billion, in November 2024": past a short aside, the time of the main clause.
  const after = next && r.clauses.find((c) => c.start >= next.end);
  if (
    next &&
    after &&
    r.folded.slice(next.start, next.end).trim().split(/\s+/).length <= 6 &&
    TIME_START.test(r.folded.slice(after.start, after.end))
  )
    return after;
  const before = clauseBefore(r.clauses, clause.start);
  if (before && DATING_START.test(r.folded.slice(before.start, before.end))) return before;
  return null;
}

const TIME_START =
  /^[\s,]*(?:back )?(?:in|on) (?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

const DATING_START =
  /^\s*(?:which was |that was |first )?(?:signed|announced|struck|inked|agreed|reached|unveiled|sealed|finali[sz]ed|closed|made|dated)\b/i;

/** "…, which it had taken …", "that they had signed …": a relative clause told in the past of the past. */
const EARLIER_RELATIVE = /\b(?:that|which)\s+(?:[\w'-]+\s+){0,3}?had\s/i;

/**
 * "Gave up the seat that it had taken after the upheaval last year": a date past the frame's words, in a relative
 * clause told in the pluperfect, dates that earlier event, not the frame's.
 */
function datesEarlierEvent(v: FoundValue, r: SentenceReading, w: Span): boolean {
  return v.start >= w.end && EARLIER_RELATIVE.test(r.folded.slice(w.end, v.start));
}

/**
 * "Changed the terms agreed in October 2025": a date after a participle dates the noun before it; when that noun
 * is not among the frame's words, the date is not the frame's. A participle after an auxiliary ("was signed in")
 * or an adverb is the clause's own verb.
 */
function datesAnotherNoun(v: FoundValue, r: SentenceReading, w: Span): boolean {
  const lead = r.folded.slice(Math.max(0, v.start - 50), v.start);
  const m = PARTICIPLE_DATE_BEFORE.exec(lead);
  if (!m) return false;
  // After a name ("the contract Contoso signed in …") the participle is the verb of a relative clause about
  // the noun before that name.
  if (/^[A-Z]/.test(m[0])) return false;
  const noun = v.start - lead.length + (m.index ?? 0);
  return noun < w.start || noun >= w.end;
}

const PARTICIPLE_DATE_BEFORE =
  /\b(?!(?:was|were|is|are|be|been|being|has|have|had|get|gets|got|first|then|also|and|or)\b)(?![a-z]+ly\b)[a-z][\w-]*\s+(?:[a-z]+ed|made|signed|struck|set|reached|won|held|built)\s+(?:in|on|during|back in)\s+(?:(?:early|mid|late)[- ])?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$/i;

/** "In September 2023, and … the following year": a later year counted on from this date dates the term. */
function countedOnFrom(v: FoundValue, r: SentenceReading): boolean {
  return r.values.values.some(
    (y) =>
      y.kind === 'year' &&
      y.relative &&
      y.start >= v.end &&
      /later|after|on$|following|next/i.test(r.folded.slice(y.start, y.end)),
  );
}

/** A date stated before the fact began: the clash, what the sentence said and when the record has the fact from. */
type BeforeFact = ValueClash & { statedText: string; from: string };

/** The fact has a date of that kind to compare, or the frame asks for one: a stated one is checked as a value. */
function datesItself(f: CompiledFrame, kind: 'month' | 'year'): boolean {
  return factHasValue(kind, f.fact.values) || f.frame.needs.includes(kind);
}

/**
 * A month stated in the frame's clause that comes before the fact began ("the November 2025 deal runs on chips
 * that came with the February 2026 deal"), when the fact has no month of its own to compare: the claim puts
 * the term at a time the record does not have it, so it clashes. A month after the start does not: a term
 * that began earlier can be spoken of at any later date.
 */
function monthBeforeFact(
  f: CompiledFrame,
  partnership: CompiledPartnership,
  r: SentenceReading,
  clause: Span,
  w: Span,
): BeforeFact | null {
  const { fact } = f;
  if (datesItself(f, 'month')) return null;
  const dated = datingClause(r, clause);
  const months = r.values.values.filter(
    (v) =>
      v.kind === 'month' &&
      ((v.start >= clause.start && v.end <= clause.end) ||
        (dated !== null && v.start >= dated.start && v.end <= dated.end)) &&
      !v.relative &&
      !datesAnotherNoun(v, r, w) &&
      !countedOnFrom(v, r),
  );
  if (months.length === 0) return null;
  const event = sinceEvent(fact, partnership);
  if (!event || event.datePrecision === 'year') return null;
  const began = Number(event.date.slice(0, 4)) * 100 + Number(event.date.slice(5, 7));
  const early = months.find((v) => v.value < began);
  if (!early) return null;
  return {
    kind: 'month',
    stated: early.value,
    expected: fact.values,
    beforeFact: true,
    statedText: r.folded.slice(early.start, early.end),
    from: event.date.slice(0, 7),
  };
}

/** A date the sentence states that the record's dates rule out: a wrong day, else a month before the fact. */
function datedClash(
  f: CompiledFrame,
  partnership: CompiledPartnership,
  r: SentenceReading,
  w: Window,
  clause: Span,
): { clash: ValueClash; why: string } | null {
  const day = wrongDay(f.fact, partnership, r, (v) => nearFrame(v, w, clause, r));
  if (day) return { clash: day, why: `the day ${day.statedText} is not the day of the record's event` };
  const early =
    monthBeforeFact(f, partnership, r, clause, w) ?? yearOfPredecessor(f, partnership, r, clause, w);
  if (early)
    return { clash: early, why: `${early.statedText} is before the record has this (from ${early.from})` };
  return null;
}

/** The facts each fact replaced (whose `supersededBy` names it), by partnership. */
const predecessorsByPartnership = new WeakMap<CompiledPartnership, Map<string, Fact[]>>();

function predecessorsOf(fact: Fact, partnership: CompiledPartnership): Fact[] {
  let byId = predecessorsByPartnership.get(partnership);
  if (!byId) {
    byId = new Map();
    const seen = new Set<string>();
    for (const frames of partnership.framesByRelation.values())
      for (const { fact: old } of frames) {
        if (seen.has(old.id)) continue;
        seen.add(old.id);
        for (const id of old.supersededBy) byId.set(id, [...(byId.get(id) ?? []), old]);
      }
    predecessorsByPartnership.set(partnership, byId);
  }
  return byId.get(fact.id) ?? [];
}

/**
 * A year stated for the term, in its clause or in a time that opens the sentence ("In 2019, the lab's cloud
 * became a preferred but not an exclusive one"), when the record then had the term this fact replaced: the
 * claim puts the new term at a time the old one held, so it clashes. Only for a fact that replaced another: of
 * a term with no predecessor ("held no stake"), an earlier year may still be true.
 */
function yearOfPredecessor(
  f: CompiledFrame,
  partnership: CompiledPartnership,
  r: SentenceReading,
  clause: Span,
  w: Span,
): BeforeFact | null {
  const { fact } = f;
  if (datesItself(f, 'year')) return null;
  const event = sinceEvent(fact, partnership);
  if (!event) return null;
  const began = Number(event.date.slice(0, 4));
  const held = predecessorsOf(fact, partnership)
    .map((old) => sinceEvent(old, partnership))
    .filter((e): e is FactEvent => e !== null)
    .map((e) => Number(e.date.slice(0, 4)));
  // A term said to hold (not denied) in a year before it began was not the record's then; a denial ("held no
  // stake in 2016") may be true of earlier years, unless the term it replaced held then.
  if (held.length === 0 && f.frame.negated) return null;
  // The sentence's opening time ("In 2019, …", the layout's) dates the statement it opens, up to a semicolon.
  const { openingTimeEnd } = layoutOf(r);
  const opening =
    openingTimeEnd >= 0 &&
    openingTimeEnd <= clause.start &&
    !r.folded.slice(openingTimeEnd, clause.start).includes(';')
      ? { start: 0, end: openingTimeEnd }
      : null;
  // "Has held it since 2019" says a term held from then on; not a sum ("has invested $13 billion since 2019"
  // adds up money put in over the years).
  const sums = fact.values.amountUsd !== undefined || ['invest', 'commitment'].includes(f.frame.relation);
  const early = [...r.values.values, ...(sums ? [] : r.values.sinceYears)].find(
    (v) =>
      v.kind === 'year' &&
      v.value < began &&
      (held.length === 0 || held.some((from) => v.value >= from)) &&
      (within(v, clause) || (opening !== null && within(v, opening))) &&
      !v.relative &&
      !datesAnotherNoun(v, r, w) &&
      !countedOnFrom(v, r),
  );
  if (!early) return null;
  // "Its main cloud since 2016, and its only cloud from 2019": the term's own year is the one nearest its words.
  const gap = (v: FoundValue) => Math.max(0, v.start - w.end, w.start - v.end);
  if (r.values.values.some((v) => v.kind === 'year' && within(v, clause) && gap(v) < gap(early))) return null;
  return {
    kind: 'year',
    stated: early.value,
    expected: fact.values,
    beforeFact: true,
    statedText: r.folded.slice(early.start, early.end),
    from: event.date.slice(0, 4),
  };
}

/** How far after the frame's words the object's name may start ("a 27% stake in the lab"). */
const OBJECT_REACH = 30;

/**
 * "Led by two other funds", "backed by a bank": the relation's agent, named right after "by", is another
 * company and none of the partnership's parties, so the relation is theirs.
 */
function anotherAgent(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  relation: Span,
): boolean {
  const after = r.folded.slice(relation.end, Math.min(clause.end, relation.end + OBJECT_REACH + 40));
  const word = r.folded.slice(Math.max(relation.start, relation.end - 3), relation.end);
  let agent: string;
  if (/\bby$/i.test(word)) agent = after;
  else {
    const by = /^\s+(?:jointly\s+|largely\s+|mostly\s+)?by\b/i.exec(after);
    if (!by) return false;
    agent = after.slice(by[0].length);
  }
  // A company's name starts with a capital: "by 2030", "by the end" are no agents (and the other companies'
  // expression, costly to build, is not needed for them).
  if (!/^\s*(?:the\s+)?[A-Z]/.test(agent)) return false;
  const other = partnership.otherPlaces(agent)[0]?.start ?? -1;
  if (other < 0 || other > 12) return false;
  return !partnership.parties.context.some((re) => {
    const at = agent.search(re);
    return at >= 0 && at <= OBJECT_REACH;
  });
}

/** "Will", "is due to", "is set to" in the frame's clause: a forecast. */
const FORECAST = /\b(?:will|(?:is|are)\s+(?:due|set|scheduled|slated|expected|on track)\s+to)\b/i;
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DEADLINE_BEFORE = /\b(?:by|before|no later than|until|in|on)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * A term told as unbroken up to the telling: "until this week", "until now", "held firm since 2019", "in place,
 * unchanged, since 2019", "the first time since 2019 that it was loosened".
 */
const HELD_TO_TELLING =
  /\b(?:until|till|up until)\s+(?:this\s+(?:week|month)|now|today)\b|\b(?:unchanged|untouched|intact|held firm|stood firm)\b[^.;]{0,20}\bsince\s+(?:19|20)\d\d\b|\bfirst (?:time|crack|change|loosening)\b[^.;]{0,60}\bsince\s+(?:19|20)\d\d\b/i;

function heldToTellingOf(r: SentenceReading, w: Span): { heldToTelling?: string } {
  if (r.published === null) return {};
  const layout = layoutOf(r);
  layout.heldToTelling ??= HELD_TO_TELLING.test(r.folded);
  if (!layout.heldToTelling) return {};
  const around = statementAround(r, w);
  return HELD_TO_TELLING.test(r.folded.slice(around.start, around.end)) ? { heldToTelling: r.published } : {};
}

/** The deadline of a forecast the frame is told in: a day, a month (its last day) or a year (its last day). */
function forecastOf(r: SentenceReading, clause: Span): { forecastBy?: string } {
  // Most sentences forecast nothing: asked once per sentence, not per frame.
  if (!layoutOf(r).forecast) return {};
  const said = FORECAST.exec(r.folded.slice(clause.start, clause.end));
  if (said === null) return {};
  const after = clause.start + said.index;
  // The deadline comes after the forecast ("… is due to close by March 31"), not the day it was said.
  const dates = r.values.values.filter(
    (v) =>
      (v.kind === 'month' || v.kind === 'termEnd') &&
      v.start > after &&
      v.start < clause.end &&
      DEADLINE_BEFORE.test(r.folded.slice(Math.max(0, v.start - 25), v.start)),
  );
  if (dates.length === 0) return {};
  // A month ("by March 31, 2026") says more than the year read inside it.
  const v = dates.find((d) => d.kind === 'month') ?? dates[dates.length - 1];
  if (v.kind === 'termEnd') return { forecastBy: `${v.value}-12-31` };
  const year = Math.floor(v.value / 100);
  const month = v.value % 100;
  const day = v.day ?? LAST_DAY[month - 1];
  return { forecastBy: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Who gives the money in a frame: the subject it requires, or the payer the fact base names. */
function payerOf(f: CompiledFrame): string | null {
  return f.frame.subject ?? f.frame.payer ?? null;
}

/** A verb of giving money, in the active voice ("invested", "poured", "put … into"). */
const GIVING_VERB =
  /^(?:re)?invest(?:s|ed|ing)?\b|^(?:pour|pump|inject|plow|plough|funnel|funnell|bankroll|wire)(?:s|ed|d|ing)?\b|^(?:put|puts|putting|sank|sunk)\b/i;
const PASSIVE_BEFORE = /\b(?:is|was|were|are|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$/i;
const NEGATOR_WORD = /\b(?:no longer|not|never|no|neither|nor)\b|n't\b/i;

/** Qualifiers a deal can be said to have or not ("exclusive", "primary"). */
const QUALIFIERS = new Set(['exclusive', 'exclusive-strict', 'primary']);
const CONTRASTED_BEFORE = /\b(?:rather than|instead of)\s+(?:[\w'-]+\s+){0,2}$/i;

/**
 * "Its main rather than its exclusive cloud": a qualifier named as what the term is not is denied. Only a
 * qualifier: "a share of profits rather than an equity stake" says what a figure is, not that no stake exists.
 */
function qualifierContrasted(f: CompiledFrame, r: SentenceReading, w: Window, clause: Span): boolean {
  const keyClass = f.frame.with[0] ?? f.frame.relation;
  if (!QUALIFIERS.has(keyClass)) return false;
  return CONTRASTED_BEFORE.test(r.folded.slice(Math.max(clause.start, w.key.start - 40), w.key.start));
}

/** A verb of paying, inside a commitment's words ("agreed to pay", "will pay"): the money goes to whom follows. */
const PAYING_VERB = /\b(?:pay|pays|paid|paying)\b/i;

/**
 * Whether the frame's words could tell the money given the wrong way round at all: an active verb of giving, for
 * a confirmed fact whose figures the sentence must state. Checked before the parties are looked for.
 */
function mayBeSwapped(f: CompiledFrame, r: SentenceReading, clause: Span, w: Window): boolean {
  return (
    f.fact.confidence === 'confirmed' &&
    f.frame.needs.length > 0 &&
    givingWords(f, r.folded.slice(w.relation.start, w.relation.end)) &&
    !PASSIVE_BEFORE.test(r.folded.slice(clause.start, w.relation.start))
  );
}

/** Words that give money: a verb of investing, or of paying for a commitment the payer made. */
function givingWords(f: CompiledFrame, words: string): boolean {
  return f.frame.relation === 'commitment' ? PAYING_VERB.test(words) : GIVING_VERB.test(words);
}

/**
 * The other party gives the money to the payer ("B invested $50 billion in A" for A's money in B): the payer
 * named first after the verb, as the receiver ("… in A", "… into A", "… to A"; not "X … and A up to $5 billion"),
 * with no "from", "by" or "with" between.
 */
function payerReceives(
  f: CompiledFrame,
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  w: Window,
  payer: string,
): boolean {
  const receiver = firstPartyAfter(r, partnership, clause, w.relation.end);
  if (receiver?.id !== payer) return false;
  const between = r.folded.slice(w.relation.end, w.relation.end + receiver.index);
  if (/\b(?:from|by|with)\b/i.test(between)) return false;
  // "agreed to pay B $38 billion": the one paid may follow the verb of paying at once.
  return RECEIVER_BEFORE.test(between) || (f.frame.relation === 'commitment' && /^\s*$/.test(between));
}

const RECEIVER_BEFORE = /\b(?:in|into|to)\s+(?:the\s+)?$/i;

/** The party named right after `at` in the clause, if one is named within reach. */
function objectAfter(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  at: number,
): string | null {
  return firstPartyAfter(r, partnership, clause, at)?.id ?? null;
}

/** The party named first right after `at` in the clause, and where (from `at`), if one is within reach. */
function firstPartyAfter(
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
  at: number,
): { id: string; index: number } | null {
  const text = r.folded.slice(at, Math.min(clause.end, at + OBJECT_REACH + 40));
  let first: { id: string; index: number } | null = null;
  partnership.parties.context.forEach((re, i) => {
    const index = text.search(re);
    if (index >= 0 && index <= OBJECT_REACH && (!first || index < first.index))
      first = { id: partnership.partnership.parties[i].id, index };
  });
  return first;
}

/**
 * "The investor's board has not said …": the board of the side that would hold the seat is its own board of directors,
 * not a seat on the other side's.
 */
function ownBoard(
  f: CompiledFrame,
  r: SentenceReading,
  partnership: CompiledPartnership,
  w: Window,
): boolean {
  const holder = f.frame.subject ?? f.frame.payer;
  if (f.frame.relation !== 'board' || !holder) return false;
  if (!/^boards?\b/.test(r.folded.slice(w.relation.start, w.relation.end))) return false;
  const i = partnership.partnership.parties.findIndex((p) => p.id === holder);
  if (i < 0) return false;
  return placesOf(partnership.parties.party[i], r.folded).some(
    (h) =>
      h.end <= w.relation.start && /^(?:['’]s)?\s+(?:own\s+)?$/.test(r.folded.slice(h.end, w.relation.start)),
  );
}

/** "… now looks unlikely": the guess told after the frame's words. */
const UNLIKELY_AFTER =
  /^[^,;:.]{0,40}?\b(?:is|looks|seems|appears|now looks|now seems)\s+(?:increasingly\s+|highly\s+|very\s+)?unlikely\b/i;

/**
 * "Probably not", "unlikely" before the frame's words (or "probably" before words that deny: "probably not in the
 * cards"), or "… looks unlikely" after them: a guess that something will not be, which the record cannot settle. A
 * plain "likely" is left as said.
 */
function likelyNot(lead: string, words: string, tail: string): boolean {
  return (
    /\b(?:probably|likely|possibly|perhaps) (?:not|never|no longer)\b[^,;:.]{0,30}$|\bunlikely\b[^,;:.]{0,30}$/i.test(
      lead,
    ) ||
    (/\b(?:probably|likely|possibly|perhaps)\s+$/i.test(lead) && /^(?:not|no|never)\b/i.test(words)) ||
    UNLIKELY_AFTER.test(tail)
  );
}

function matchFrame(
  f: CompiledFrame,
  r: SentenceReading,
  partnership: CompiledPartnership,
  bothParties: boolean,
  named: ReadonlySet<string>,
): FactMatch | null {
  if (f.frame.bothParties && !bothParties) return null;
  if (f.frame.names.some((party) => !named.has(party))) return null;
  // Text written before the frame's event does not say what the frame reads (an undated page is written now).
  if (f.writtenFrom !== null && r.published !== null && r.published < f.writtenFrom) return null;
  // The frame's words first (cached for the sentence): most frames of a relation fail there, before their
  // names are searched or the classes they exclude are read.
  const windows = frameWindows(f, r);
  if (windows.length === 0) return null;
  if (f.mentions.some((re) => !re.test(r.folded))) return null;
  const excludedSomewhere = ruledOut(f, r);
  const layout = layoutOf(r);
  let best: FactMatch | null = null;
  for (const w of windows) {
    const clause = clausesCovering(r.clauses, w.start, w.end);
    // A wrong figure is pinned only on what the frame's own statement mentions ("agreed to use its chips and
    // to enlarge the $38 billion contract": the chips are not the contract's).
    if (f.fact.confidence === 'wrong' && f.mentions.some((re) => !mentionedBeside(re, w, r, layout)))
      continue;
    // "B invested $50 billion in A" for A's $50 billion in B: the same deal with the parties' roles swapped,
    // a claim the record contradicts (when its figures say which deal it is).
    const payer = payerOf(f);
    const swappable = payer !== null && mayBeSwapped(f, r, clause, w);
    let swapped = false;
    if (payer !== null && (f.frame.subject || swappable)) {
      const subject = subjectBefore(r, partnership, clause, w.start);
      if (subject !== payer) {
        swapped = subject !== null && swappable && payerReceives(f, r, partnership, clause, w, payer);
        if (!swapped && f.frame.subject) continue;
      }
    }
    if (f.frame.object && objectAfter(r, partnership, clause, w.end) !== f.frame.object) continue;
    // A wrong term is not pinned on a clause that names another deal's company and not the side it is about
    // ("…, while saying B remains its primary cloud"), nor where its own word is denied, after the word it is
    // read with ("Its holding carries no voting rights").
    if (
      f.fact.confidence === 'wrong' &&
      ((f.frame.names.length > 0 && othersInstead(f, r, partnership, clause)) ||
        anotherDealsDetail(r, partnership, w) ||
        (w.relation.start > w.key.end &&
          DENIED_JUST_BEFORE.test(
            r.folded.slice(Math.max(clause.start, w.relation.start - 32), w.relation.start),
          )))
    )
      continue;
    if (ownBoard(f, r, partnership, w)) continue;
    if (excludedSomewhere && ruledOutAround(f, r, w)) continue;
    if (layout.agent && anotherAgent(r, partnership, clause, w.relation)) continue;
    if (layout.building && OWN_BUILDING_AFTER.test(r.folded.slice(w.relation.end, w.relation.end + 60)))
      continue;
    const around = clausesCovering(r.clauses, w.key.start, w.key.end);
    // Relation words that hold a negator themselves ("no longer depend on") do not deny the key after them.
    const keyClause =
      w.relation.end <= w.key.start && NEGATOR_WORD.test(r.folded.slice(w.relation.start, w.relation.end))
        ? { start: Math.max(around.start, w.relation.end), end: around.end }
        : around;
    // "No percentage of X has been disclosed": the negator denies the telling, not the word inside it.
    const told = r.spans('undisclosed').some((u) => u.start < w.key.start && w.key.end <= u.end);
    const side = w.keyDenied
      ? 'before'
      : told
        ? null
        : (negationOf(r, w.key, keyClause) ?? (qualifierContrasted(f, r, w, keyClause) ? 'before' : null));
    const negated = side !== null;
    // The words just before the key, in its clause: where "no longer" or "never" would stand.
    const lead =
      side === 'before' ? r.folded.slice(Math.max(keyClause.start, w.key.start - 45), w.key.start) : '';
    // "The clause that tied X to Y has been scrapped": the term itself is said to be gone, whatever its polarity.
    // "the cloud is no longer its primary one": a term without figures said to have ended, whatever the fact's
    // polarity; right once it ended, wrong while it holds.
    const removal =
      (side === 'after' &&
        r.spans('provision').some((p) => p.start >= keyClause.start && p.end <= w.key.start)) ||
      (side === 'before' &&
        !f.frame.negated &&
        f.fact.confidence === 'confirmed' &&
        f.frame.needs.length === 0 &&
        Object.keys(f.fact.values).length === 0 &&
        NO_LONGER_BEFORE.test(lead));
    // "X has never owned 49%": a wrong figure denied is what the record says (a wrong fact's summary
    // is its denial), when the sentence's figures are the wrong fact's own.
    const deniesWrong =
      negated && !f.frame.negated && f.fact.confidence === 'wrong' && !removal && f.frame.needs.length > 0;
    if (negated !== f.frame.negated && !removal && !deniesWrong) continue;
    const valued = compareValues(f, w, clause, r, partnership);
    if (!valued.ok) continue;
    if (swapped && (valued.clash || valued.agreed.length === 0)) continue;
    const dated = valued.clash || swapped ? null : datedClash(f, partnership, r, w, clause);
    const compared = swapped
      ? {
          ...valued,
          clash: { kind: 'roles' as const, stated: 0, expected: f.fact.values },
          why: [...valued.why, "the parties' roles are swapped"],
        }
      : dated
        ? { ...valued, clash: dated.clash, why: [...valued.why, dated.why] }
        : valued;
    // A word of intention governs the frame when it stands just before it in its clause ("is seeking a 30%
    // stake").
    const governs = (kind: string) =>
      r.spans(kind).some((i) => i.start >= clause.start && i.end <= w.start && w.start - i.end <= 40);
    const intended = governs('intent');
    const foretold =
      (side === 'after' && forecastDenied(r.folded, w.key, keyClause)) ||
      likelyNot(
        r.folded.slice(Math.max(clause.start, w.start - 40), w.start),
        r.folded.slice(w.start, w.end),
        r.folded.slice(w.end, Math.min(clause.end, w.end + 60)),
      );
    const specificity =
      f.frame.with.length +
      f.frame.needs.length +
      compared.agreed.length +
      f.mentions.length +
      f.frame.names.length +
      (f.frame.subject ? 1 : 0) +
      (f.frame.object ? 1 : 0);
    const score = Math.round(Math.min(1, 0.55 + 0.1 * specificity) * 1000) / 1000;
    const candidate: FactMatch = {
      fact: f.fact,
      frame: f,
      start: w.start,
      end: w.end,
      clause,
      ...detailOf(f, r, w, around),
      ...pressFigureOf(f, r, w, compared.figureClause),
      ...(compared.figureClause ? { figureClause: compared.figureClause } : {}),
      clash: compared.clash,
      statesUndisclosed: compared.statesUndisclosed,
      score,
      intended,
      // Words of deliberation are words of intention too: looked for only where one stands. Not when the fact is
      // itself a plan under consideration (its frame asks for the deliberation).
      deliberated: intended && governs('deliberation') && !f.frame.with.includes('deliberation'),
      hedged: r.spans('hedge').length > 0,
      removal,
      ...(foretold ? { foretold } : {}),
      ...(deniesWrong ? { deniesWrong } : {}),
      ...(f.frame.negated && NEVER_BEFORE.test(lead) ? { neverUpToNow: true } : {}),
      ...forecastOf(r, clause),
      ...heldToTellingOf(r, w),
      agreedKinds: compared.agreed,
      why: [
        `${f.fact.id}: ${[f.frame.relation, ...f.frame.with].join('+')}${negated ? ' (denied)' : ''} in "${r.folded.slice(w.start, w.end)}"`,
        ...compared.why,
      ],
    };
    // A place where the values agree over one where they clash; then the tightest place; then the one nearest
    // the figures the frame needs ("which has backed X, agreed last year to invest up to $2 billion").
    const width = (m: FactMatch) => m.end - m.start;
    const tighter =
      !best ||
      width(candidate) < width(best) ||
      (width(candidate) === width(best) && distanceToNeeds(f, r, candidate) < distanceToNeeds(f, r, best));
    if (!best || (best.clash && !candidate.clash) || (!best.clash === !candidate.clash && tighter))
      best = candidate;
  }
  return best;
}

/**
 * "…'s chips in a deal, while stressing that B remains its primary cloud": a wrong term's relation word and the
 * word it is read with told in clauses apart, one of which names another deal's company and no side of this one.
 */
function anotherDealsDetail(r: SentenceReading, partnership: CompiledPartnership, w: Window): boolean {
  const own = clausesCovering(r.clauses, w.relation.start, w.relation.end);
  const key = clausesCovering(r.clauses, w.key.start, w.key.end);
  if (own.start < key.end && key.start < own.end) return false;
  return [own, key].some((c) => {
    const text = r.folded.slice(c.start, c.end);
    return partnership.otherPlaces(text).length > 0 && !partnership.parties.party.some((re) => re.test(text));
  });
}

/** A wrong term's relation word told in a clause apart from the word it is read with (see FactMatch.detailClause). */
function detailOf(f: CompiledFrame, r: SentenceReading, w: Window, keyClause: Span): { detailClause?: Span } {
  if (f.fact.confidence !== 'wrong') return {};
  const own = clausesCovering(r.clauses, w.relation.start, w.relation.end);
  return apart(own, keyClause) ? { detailClause: own } : {};
}

/** A figure only the press gave, told in a clause apart from the frame's words (see FactMatch.pressFigureClause). */
function pressFigureOf(f: CompiledFrame, r: SentenceReading, w: Window, figureClause: Span | undefined) {
  if (f.fact.confidence !== 'reported' || !figureClause) return {};
  // "X's first investment, in 2023, was reported at …": a clause that opens with the verb is the predicate of
  // the subject before an aside, not a statement apart.
  if (PREDICATE_START.test(r.folded.slice(figureClause.start, figureClause.end))) return {};
  return apart(figureClause, clausesCovering(r.clauses, w.start, w.end))
    ? { pressFigureClause: figureClause }
    : {};
}

const PREDICATE_START = /^[\s,;:(]*(?:is|was|were|are|has|have|had|will|would|stands?|stood)\b/i;

/** The sums a partnership's record holds only as press reports. */
const reportedSums = new WeakMap<CompiledPartnership, ReadonlySet<number>>();

function reportedSumsOf(partnership: CompiledPartnership): ReadonlySet<number> {
  let sums = reportedSums.get(partnership);
  if (!sums) {
    const found = new Set<number>();
    for (const frames of partnership.framesByRelation.values())
      for (const f of frames)
        if (f.fact.confidence === 'reported' && f.fact.values.amountUsd !== undefined)
          found.add(f.fact.values.amountUsd);
    sums = found;
    reportedSums.set(partnership, sums);
  }
  return sums;
}

/**
 * "A multiyear, multibillion-dollar investment, reported to be worth $10 billion": a sum the record holds as a press
 * report, told as one in a clause of its own apart from the term's words, is the press's claim (judged by the fact
 * of that report), not a figure the term states. A guess the record does not hold ("reportedly over $100 billion")
 * is still one the term states.
 */
function pressGuessApart(
  v: FoundValue,
  r: SentenceReading,
  w: Window,
  partnership: CompiledPartnership,
): boolean {
  if (v.kind !== 'amountUsd' || !reportedSumsOf(partnership).has(v.value)) return false;
  const home = clausesCovering(r.clauses, v.start, v.end);
  if (!apart(home, clausesCovering(r.clauses, w.start, w.end))) return false;
  if (PREDICATE_START.test(r.folded.slice(home.start, home.end))) return false;
  return r.spans('hedge').some((h) => h.start >= home.start && h.end <= home.end);
}

function apart(a: Span, b: Span): boolean {
  return a.start >= b.end || a.end <= b.start;
}

/** Figures this close to a frame's words stand beside them ("dates back to 2019"). */
const BESIDE = 12;

/**
 * Of two frames of one fact read equally well: the one nearer the figures it needs (those beside either count as
 * near as each other), else the tighter one.
 */
function placedBetter(m: FactMatch, than: FactMatch, r: SentenceReading): boolean {
  const near = Math.max(BESIDE, distanceToNeeds(m.frame, r, m));
  const other = Math.max(BESIDE, distanceToNeeds(than.frame, r, than));
  return near < other || (near === other && m.end - m.start < than.end - than.start);
}

/** Characters from a match to the nearest figure of a kind its frame needs (0 when it needs none). */
function distanceToNeeds(f: CompiledFrame, r: SentenceReading, m: Span): number {
  if (f.frame.needs.length === 0) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const v of r.values.values)
    if (f.frame.needs.includes(v.kind)) best = Math.min(best, Math.max(0, v.start - m.end, m.start - v.end));
  return best;
}

/** "Never" (not "had never": a past perfect stops before now) just before the word, in its clause. */
const NEVER_BEFORE = /(?<!\bhad\s)\bnever\b[^,;:.]{0,40}$/i;

/** Whether the clause names another deal's company and none of the parties the frame names. */
function othersInstead(
  f: CompiledFrame,
  r: SentenceReading,
  partnership: CompiledPartnership,
  clause: Span,
): boolean {
  const text = r.folded.slice(clause.start, clause.end);
  if (partnership.otherPlaces(text).length === 0) return false;
  return !partnership.partnership.parties.some(
    (p, i) => f.frame.names.includes(p.id) && partnership.parties.party[i].test(text),
  );
}

/** A negator before a word, in its phrase ("no voting rights", "no seat on its board"). */
const DENIED_JUST_BEFORE =
  /\b(?:no|not|never|without|nor)\s+(?!(?:less|more|fewer|only|just)\b)(?:[\w'’-]+\s+){0,4}$/i;

/** "No longer" (or "ceased to be") just before the word, in its clause: a term said to have ended. */
const NO_LONGER_BEFORE = /\b(?:no longer|ceased to be|stopped being)\b[^,;:.]{0,40}$/i;

/**
 * The facts of a partnership the sentence states, one match per fact. `named` holds the ids of the parties the
 * sentence itself names.
 */
export function matchFacts(
  r: SentenceReading,
  partnership: CompiledPartnership,
  bothParties: boolean,
  named: ReadonlySet<string>,
  usable: (m: FactMatch) => boolean = () => true,
): FactMatch[] {
  const best = new Map<string, FactMatch>();
  for (const [relation, frames] of partnership.framesByRelation) {
    if (r.spans(relation).length === 0) continue;
    for (const f of frames) {
      const m = matchFrame(f, r, partnership, bothParties, named);
      // A frame the caller cannot use (its party only supplied by the page) does not hide another of the fact's.
      if (!m || !usable(m)) continue;
      const seen = best.get(m.fact.id);
      // One match per fact: one that agrees outweighs one that clashes; then the more specific frame; then the
      // one nearer the figures it needs; then the tighter place ("minority stake" before "invest up to $4bn in B
      // and take a minority"). A wrong fact keeps its first frame: its wrong detail and the clause that dates it
      // ("started in late 2023, when B made its first investment") stay one claim.
      const better =
        !seen ||
        (seen.clash && !m.clash) ||
        (!seen.clash === !m.clash &&
          (m.score > seen.score ||
            (m.score === seen.score && m.fact.confidence !== 'wrong' && placedBetter(m, seen, r))));
      if (better) best.set(m.fact.id, m);
    }
  }
  return withoutBareDenials(withoutBeatenClashes([...best.values()], partnership, r)).sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * "Has never owned 49%": the denial of a wrong figure, read with that figure, says what the sentence denies; a
 * match that reads the same denial without any figure ("never owned": no stake at all) is dropped.
 */
function withoutBareDenials(matches: FactMatch[]): FactMatch[] {
  const denials = matches.filter((m) => m.deniesWrong && !m.clash && m.agreedKinds.length > 0);
  if (denials.length === 0) return matches;
  // The same denial: overlapping words, or words of one clause ("it is false that B owns 49% of A").
  const same = (m: FactMatch, d: FactMatch) =>
    (m.start < d.end && m.end > d.start) ||
    (m.clause.start === d.clause.start && m.clause.end === d.clause.end);
  return matches.filter((m) => m.deniesWrong || m.agreedKinds.length > 0 || !denials.some((d) => same(m, d)));
}

/**
 * A figure that agrees with one fact is not wrong because a sibling fact read in the same clause has another
 * value ("dates back to 2016" agrees with the first agreement and clashes with the 2019 one): such clashes are
 * dropped.
 */
function withoutBeatenClashes(
  matches: FactMatch[],
  partnership: CompiledPartnership,
  r: SentenceReading,
): FactMatch[] {
  return matches.filter(
    (m) =>
      !m.clash ||
      !matches.some(
        (o) =>
          o !== m &&
          !o.clash &&
          (o.agreedKinds.includes(m.clash?.kind as ValueKind) || startsIn(o.fact, m.clash, partnership)) &&
          // Only a fact read in the same clause: "won exclusive rights in July 2019, at the same time as its first
          // investment" (or "put $1 billion in when the two first teamed up in 2016"): the other fact's date does
          // not excuse this one's.
          o.clause.start < m.clause.end &&
          o.clause.end > m.clause.start &&
          // "X when Y in 2016" puts X at Y's time: Y's agreeing date is X's claim, and clashes.
          !(m.end <= o.start && /\bwhen\b/i.test(r.folded.slice(m.end, o.start))) &&
          // A date may be the other fact's from before the words read as this one ("signed a memorandum on the
          // new terms in September"); a figure only from after them ("its 49% profit share, converted into equity"
          // puts the figure on what follows).
          o.end > m.start - (m.clash?.kind === 'month' || m.clash?.kind === 'year' ? 60 : 0) &&
          o.start < m.end + 60,
      ),
  );
}

/** Months from `from` to `to`, both YYYYMM. */
function monthsBetween(from: number, to: number): number {
  return (Math.floor(to / 100) - Math.floor(from / 100)) * 12 + ((to % 100) - (from % 100));
}

/** The year (or the month, as YYYYMM) of the event a fact began with, or null. */
function startOf(fact: Fact, kind: 'month' | 'year', partnership: CompiledPartnership): number | null {
  const date = sinceEvent(fact, partnership)?.date;
  if (date === undefined) return null;
  const year = Number(date.slice(0, 4));
  return kind === 'year' ? year : year * 100 + Number(date.slice(5, 7));
}

/** Whether the fact's month (or year) is the date of the event it began with. */
function startedThen(fact: Fact, kind: ValueKind, partnership: CompiledPartnership): boolean {
  if (kind !== 'month' && kind !== 'year') return false;
  const value = fact.values[kind];
  return value !== undefined && value === startOf(fact, kind, partnership);
}

/**
 * A month that is early for one fact is the month another fact began ("in September 2025 X signed a letter of
 * intent" names the letter's month, not an early date of a later filing about it).
 */
function startsIn(fact: Fact, clash: ValueClash | null, partnership: CompiledPartnership): boolean {
  if (!clash?.beforeFact) return false;
  const start = startOf(fact, clash.kind === 'year' ? 'year' : 'month', partnership);
  return start !== null && start === clash.stated;
}
