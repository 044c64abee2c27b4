// A figure put in the wrong role: the record has the amount, but as something else. "$250 billion invested"
// when $250 billion is a spending commitment the other way; "valued at $135 billion" for the company when that
// is the worth of one party's holding. The claim is contradicted, and the fact that holds the figure says why.
import { negatedAt } from '../claims/negation';
import { valuedInRound } from '../claims/round-valuation';
import type { SentenceReading } from '../claims/sentence-reading';
import type { FoundValue } from '../claims/values';
import type { CompiledPartnership } from './compile';
import type { FactMatch } from './match-facts';
import type { Span } from '../types';

/** Relations a money figure can be claimed in, and how close the word must stand to the figure. */
const CLAIM_RELATIONS = ['invest', 'valuation'] as const;
const REACH = 50;

function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= b * 0.04;
}

export function roleSwaps(
  r: SentenceReading,
  partnership: CompiledPartnership,
  matches: FactMatch[],
): FactMatch[] {
  const out: FactMatch[] = [];
  const amounts = r.values.values.filter((v) => v.kind === 'amountUsd' && !v.upTo);
  for (const amount of amounts) {
    const nearest = nearestRelation(r, amount);
    if (!nearest) continue;
    const { relation, word } = nearest;
    // A word of both kinds ("pledged $100 billion to its cloud"): money promised may be spent, not invested.
    if (
      relation === 'invest' &&
      r.spans('commitment').some((c) => c.start <= word.start && word.end <= c.end)
    )
      continue;
    // A figure that agrees with a fact in its own role is not swapped. One read as invested that agrees only
    // with a fact of another kind of money, read from other words, is ("committed to invest $250 billion" when
    // the $250 billion is a purchase the other way).
    if (
      matches.some(
        (m) =>
          m.agreedKinds.includes('amountUsd') &&
          m.start - REACH <= amount.end &&
          m.end + REACH >= amount.start &&
          (relation !== 'invest' ||
            !investedRightBefore(word, amount) ||
            m.fact.topic === 'investment' ||
            m.fact.frames.some((fr) => fr.relation === relation) ||
            (m.start <= word.start && word.end <= m.end)),
      )
    )
      continue;
    // The company's own valuation is a claim only when it is stated as a valuation.
    if (relation === 'valuation' && !amount.valuation) continue;
    // A funding round's valuation ("raising at a valuation of $60 billion") is the round's price, set by all its
    // investors: no one party's holding told in the wrong role.
    if (relation === 'valuation' && valuedInRound(r.folded)) continue;
    // Nor is a company's value, earnings or own capital spending money it invested, nor a share price.
    if (relation === 'invest' && amount.valuation) continue;
    if (relation === 'invest' && r.spans('share-price').some((p) => gap(p, amount) <= 30)) continue;
    // "$38 billion over seven years with no investment at all": a denied word of money claims no sum in its role.
    if (relation === 'invest' && negatedAt(r.folded, word, clauseOf(r, word))) continue;
    // A figure under a thousand dollars is read only as the price of one share (values.ts): never a sum put in.
    if (relation === 'invest' && amount.value < 1000) continue;
    // Money a company raised ("the lab raises $30 billion") came from its investors at large: no one party's
    // sum, so not another sum of the parties' put in the wrong role.
    if (relation === 'invest' && RAISED.test(r.folded.slice(word.start, word.end))) continue;
    for (const frames of partnership.framesByRelation.values()) {
      const hit = frames.find(
        (f) =>
          f.fact.confidence === 'confirmed' &&
          // A fact that can itself be claimed in that role is no swap (its own frame just did not match); one
          // claimed there only as a holding's worth ("its investment is now worth …") still is.
          !f.fact.frames.some((other) => other.relation === relation && !other.valuation) &&
          f.fact.values.amountUsd !== undefined &&
          sameAmount(amount.value, f.fact.values.amountUsd) &&
          f.frame.relation !== relation &&
          !(relation === 'valuation' && f.frame.valuation && f.frame.with.length === 0) &&
          // A company's valuation is mistaken for what a holding in it is worth, not for a sum of money paid or
          // promised: "raising at a valuation of $20 billion" is no up-to-$20-billion investment misread.
          (relation !== 'valuation' || f.fact.frames.some((o) => o.valuation && o.relation !== 'valuation')),
      );
      if (!hit) continue;
      out.push({
        fact: hit.fact,
        frame: hit,
        start: amount.start,
        end: amount.end,
        clause: { start: 0, end: r.folded.length },
        clash: { kind: 'amountUsd', stated: amount.value, expected: hit.fact.values },
        statesUndisclosed: false,
        score: 0.6,
        agreedKinds: [],
        why: [
          `${hit.fact.id}: ${r.folded.slice(amount.start, amount.end)} is in the record, but not as ${relation}`,
        ],
      });
      break;
    }
    if (out.length) break;
  }
  return out;
}

const RAISED = /^rais(?:e|es|ed|ing)\b/i;

/** Characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** "Invest $250 billion": the investment word stands right before the figure. */
function investedRightBefore(word: Span, amount: FoundValue): boolean {
  return word.end <= amount.start && amount.start - word.end <= 15;
}

function nearestRelation(
  r: SentenceReading,
  v: FoundValue,
): { relation: (typeof CLAIM_RELATIONS)[number]; word: Span } | null {
  let best: { relation: (typeof CLAIM_RELATIONS)[number]; d: number; word: Span } | null = null;
  for (const relation of CLAIM_RELATIONS) {
    for (const s of r.spans(relation)) {
      const d = gap(s, v);
      if (d <= REACH && (!best || d < best.d)) best = { relation, d, word: s };
    }
  }
  // A stake (or a share of the company) worth a sum is the holding's value, not a valuation of the company.
  const holding =
    r.spans('stake').length + r.spans('hold').length > 0 || r.values.values.some((x) => x.kind === 'percent');
  if (!best || (best.relation === 'valuation' && holding && !v.ofCompany)) return null;
  return { relation: best.relation, word: best.word };
}

/** The clause that holds `word`, or the whole sentence. */
function clauseOf(r: SentenceReading, word: Span): Span {
  return (
    r.clauses.find((c) => c.start <= word.start && word.end <= c.end) ?? { start: 0, end: r.folded.length }
  );
}
