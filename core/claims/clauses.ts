// Clause boundaries inside a sentence: commas, semicolons, dashes and contrastive conjunctions.
// Values and tense are read per clause, so "once the sole provider, now holds a right of first
// refusal" is judged as two assertions.
import type { Span } from '../types';
import { allMatches } from './all-matches';
import { continuationSpans } from './continuations';

/**
 * "and to enlarge": a second infinitive, a verb after "and to" (not a noun: "tied to milestones and to the
 * chipmaker's share price").
 */
export const SECOND_INFINITIVE =
  /\band to (?!(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|any|some|other|other's|[\w-]+'s)\b)(?=[a-z])/;

// "yet" is a conjunction ("small, yet decisive") but not in "not yet", "as yet", "has yet to", "yet again".
// A comma inside a figure ("1,250") or a date ("June 11, 2026") is not a boundary. A second predicate of the same
// subject told later ("invested in 2019 and has since committed $13 billion", "put $1 billion in during 2019 and made
// another investment in 2021"), or a second infinitive ("agreed to buy chips and to enlarge a contract"), is a clause
// of its own.
const BOUNDARY = new RegExp(
  String.raw`,(?!\d)(?!(?<=\b\d{1,2}(?:st|nd|rd|th)?,)\s?(?:19|20)\d\d\b)|[;()]|(?<!\d):|:(?!\d)|\s-\s|--|\s(?=(?:but|while|whereas|though|although|however)\b)|(?<!\b(?:not|as)|n't)\s(?=yet\b(?!\s+(?:to|again|another)\b))|\s(?=and (?:that|then|now|since|later|subsequently|has|have|had|followed)\b)|\s(?=and (?:made|put|took|gave|signed|struck|added|agreed|invested|committed|pledged|won|got|handed|wired|poured|doubled|bought|paid)\b)|\s(?=${SECOND_INFINITIVE.source.slice(2)})`,
  'gi',
);

/** `continuations`: where each next sum of a series opens (core/claims/continuations), when already read. */
export function clauseSpans(folded: string, continuations: Span[] = continuationSpans(folded)): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // The next sum of a series ("… and another $2 billion in 2021") opens a clause of its own, comma or not.
  const cuts = [
    ...allMatches(BOUNDARY, folded).map((m) => ({ at: m.index ?? 0, length: m[0].length })),
    ...continuations.map((c) => ({ at: c.start, length: 0 })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, length } of cuts) {
    if (at < start) continue;
    // Not the blank between a comma and the next sum that opens right after it.
    if (at > start && folded.slice(start, at).trim() !== '') spans.push({ start, end: at });
    start = at + length;
  }
  if (start < folded.length) spans.push({ start, end: folded.length });
  return spans.length ? spans : [{ start: 0, end: folded.length }];
}

/** The last clause that ends before `start`, if any. */
export function clauseBefore(clauses: readonly Span[], start: number): Span | undefined {
  return clauses.filter((c) => c.end <= start).pop();
}

/** The clauses that overlap [start, end). */
export function clausesCovering(clauses: Span[], start: number, end: number): Span {
  let from = start;
  let to = end;
  for (const c of clauses) {
    if (c.end > start && c.start < end) {
      from = Math.min(from, c.start);
      to = Math.max(to, c.end);
    }
  }
  return { start: from, end: to };
}
