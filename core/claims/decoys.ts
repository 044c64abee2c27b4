// Sentences that name the partners with deal words but state no term: market colour, earnings,
// lawsuits, funding rounds; shares only as they move ("shares rose", "shares of X fell"), not shares held ("its
// shares carry no votes"). They veto only the weakest kind of claim (a bare figure, see analyze.ts). Capital
// spending and capex need no cue: the shared "unrelated" word class takes such sentences out before.
import type { Span } from '../types';

export const DECOY_CUES =
  /\b(shares? (?:rose|rise|fell|fall|jumped|jump|climbed|slid|slipped|dropped|gained|lost|soared|sank|tumbled|surged|rallied|closed|traded|opened|ended|finished|hit|touched|doubled|tripled|were up|were down|are up|are down)|shares of|share price|stocks?|Nasdaq|trading|traded|earnings|quarterly|quarter|fiscal|net income|RPO|backlog|lawsuits?|sued|suing|sues|damages|court|judge|antitrust|regulators?|valuation|pre-money|post-money|funding round|raised|raising|acquir\w*|acquisition|acqui-hire|price target|analysts?|market cap\w*|contribution|accounting|losses|capital investments|capital outlays?|lagg\w*|market share|growth)\b/i;

/**
 * A sentence that explains a unit of power ("A gigawatt is about a reactor's output", "Each gigawatt draws as
 * much as a city", "The power needed for six gigawatts equals …"): the unit is its subject, no deal's capacity is.
 * Not "The build-out would draw …", whose subject is the deal's. Three small patterns, not one: V8 compiles the one
 * into about 100 kB of machine code (what follows an alternative is compiled again for each), the three into a third
 * of that.
 */
const UNIT_SUBJECT =
  /^(?:for (?:context|scale|comparison),? )?(?:the (?:power|electricity|energy) (?:needed|required|drawn|used|consumed) (?:for|by) )?(?:a single|[\w-]+) (?:gigawatts?|megawatts?|GW|MW)(?: of [\w-]+(?: [\w-]+)? (?:capacity|power|computing|compute))? /i;
const UNIT_PREDICATE =
  /^(?:(?:is|are) (?:roughly|about|approximately|around|equal|equivalent|enough|the output|the equivalent|comparable)|equals?|(?:can|could|would) (?:power|draw|supply|light)|draws?|requires?|needs?|powers?|consumes?)\b/i;
const EACH_UNIT = /\b(?:each|every) (?:gigawatt|megawatt) (?:requir|draw|need|us|consum)/i;

export function explainsUnit(sentence: string): boolean {
  // A cheap look first: the subject pattern compiles to ~15 kB of machine code.
  if (!/watt|GW|MW/i.test(sentence)) return false;
  const subject = UNIT_SUBJECT.exec(sentence);
  return (
    (subject !== null && UNIT_PREDICATE.test(sentence.slice(subject[0].length))) || EACH_UNIT.test(sentence)
  );
}

/**
 * The clause that holds a word setting the sentence apart from the partnership (a company's own results, its
 * capital spending), when that clause only dates what the sentence says: "…, a week after the company reported
 * fourth-quarter results", "Days before its quarterly earnings, …". Its results are then the time, not the topic.
 */
const DATES_ONLY = /\b(?:after|before|ahead of|following|on the eve of|in the run-up to)\b[^,;:()]*$/i;

export function onlyDates(sentence: string, span: { start: number }, clauses: readonly Span[]): boolean {
  const clause = clauses.find((c) => c.start <= span.start && span.start < c.end);
  return clause !== undefined && DATES_ONLY.test(sentence.slice(clause.start, span.start));
}
