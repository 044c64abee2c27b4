// Other companies in a sentence that names only one party. "X's exclusive deal with another lab" or "another
// company's stake in X" are about another deal, and the sentence is left alone; "X can now serve its products
// from a rival's data centres" is a claim about this partnership, with the rival named only as a place to run
// on, and the rival then counts as another provider.
import { allMatches, placesOf } from '../claims/all-matches';
import { mayName } from '../claims/parties';
import type { SentenceReading } from '../claims/sentence-reading';
import type { Span } from '../types';
import type { CompiledPartnership } from './compile';

/** How far after a company's name a cloud word may start for the company to count as a place to run on. */
const PROVIDER_REACH = 16;

/** An amount and "from", then at most a few words of description, right before a company's name. */
const CO_INVESTOR_BEFORE =
  /\$\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|[btm])?\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Just before another company doing the same as our party: "…, as is X", "as did X", "alongside X". */
const SAME_BESIDE_BEFORE =
  /(?:,\s*as\s+(?:is|are|was|were|did|does|do|has|have|had|will)|\balongside|\balong with|\btogether with)\s+(?:the\s+)?$/i;

/** A word that gives each of the subjects the same: "X and Y put in $30 billion each", "both", "apiece". */
const EACH_OF_THEM = /\b(?:each|both|apiece)\b/i;
/** Nothing but "and" (or a comma) between two names: "X and Y", "Y, X". */
const JUST_AND = /^\s*(?:,\s*)?(?:and|&)?\s*$/i;

/**
 * "X and Y are putting in $30 billion each": another company named side by side with our party, the two given
 * the same, is a co-investor beside it, not a deal of its own.
 */
function sideBySide(
  r: SentenceReading,
  partnership: CompiledPartnership,
  start: number,
  end: number,
): boolean {
  return partnership.parties.party.some((re) =>
    placesOf(re, r.folded).some(
      (m) =>
        (m.end <= start && JUST_AND.test(r.folded.slice(m.end, start))) ||
        (m.start >= end && JUST_AND.test(r.folded.slice(end, m.start))),
    ),
  );
}

/** An aside that compares: ", like Y and Z,", ", unlike Y,". */
const COMPARISON_ASIDE = /,\s*(?:just\s+|much\s+)?(?:like|unlike)\s+[^,;:.()]{1,60},/gi;

/** The sentence with its comparing asides blanked out (same length): the companies it names as parties. */
export function withoutComparisons(folded: string): string {
  if (!/like/i.test(folded)) return folded;
  return folded.replace(COMPARISON_ASIDE, (aside) => `,${' '.repeat(aside.length - 2)},`);
}

function comparedAt(folded: string, start: number): boolean {
  for (const m of allMatches(COMPARISON_ASIDE, folded)) {
    const at = m.index ?? 0;
    if (at < start && start < at + m[0].length) return true;
  }
  return false;
}

/** A cloud word in the company's name, or just after it ("a rival's data centres"), or listing it ("any cloud, including X"). */
function providerAt(folded: string, cloud: Span, start: number, end: number): boolean {
  if (cloud.start >= start) {
    if (cloud.start <= end) return true;
    const between = folded.slice(end, cloud.start);
    return cloud.start - end <= PROVIDER_REACH && ATTACHED.test(between) && !DEAL_VERB.test(between);
  }
  if (cloud.end > start) return false;
  const between = folded.slice(cloud.end, start);
  if (LISTED_AFTER.test(between)) return true;
  if (between.length > PROVIDER_REACH) return false;
  // "… built by X", or "… (that) X built".
  return (
    MADE_BY_AFTER.test(between) ||
    (/^\s+(?:that\s+)?$/i.test(between) && MADE_AFTER.test(folded.slice(end, end + 16)))
  );
}

/**
 * What may stand between a company and its cloud word: a possessive, "or a rival's", "and its own", or the
 * company as the maker of what follows ("X-built supercomputers", "X-run data centres").
 */
const ATTACHED = /^(?:['’]s|-(?:built|run|operated|owned|made|designed))?(?:\s+[\w-]+(?:['’]s)?){0,2}\s*$/;
/** "Supercomputers built by X", "data centres run by X": the company that makes or runs the place to run on. */
const MADE_AFTER = /^\s+(?:built|builds|runs|ran|operates|operated|owns|owned|made|makes|designed)\b/i;
const MADE_BY_AFTER = /^\s+(?:that\s+\w+\s+)?(?:built|run|operated|owned|made|designed)\s+by\s+(?:the\s+)?$/i;
/** "X signed a cloud deal": X is a party to a deal, not a place to run on. */
const DEAL_VERB =
  /\b(?:signed|signs|agreed|agrees|struck|strikes|inked|inks|announced|announces|reached|has|have|had)\b/i;

/** Between a cloud word and a company it lists: "cloud provider, including", "clouds such as", "clouds like". */
const LISTED_AFTER =
  /^(?:\s+[\w-]+){0,2}\s*,?\s+(?:including|such as|like|among them|for example|whether|even)\s+(?:the\s+|a\s+)?$/i;

/** "Built on its own chips rather than X's": a company named only as what the deal is not. */
const CONTRASTED_BEFORE = /\b(?:rather than|instead of|as opposed to|in place of)\s+(?:the\s+|a\s+|an\s+)?$/i;

function contrastedAt(folded: string, start: number): boolean {
  return CONTRASTED_BEFORE.test(folded.slice(Math.max(0, start - 30), start));
}

/** "According to X", "filings described by X": a company named as where the news came from, not as a party. */
const SOURCE_BEFORE =
  /\b(?:according to|(?:first\s+)?reported by|described by|cited by|seen by|reviewed by|obtained by|quoted by)\s+(?:the\s+)?$/i;

function sourceAt(folded: string, start: number): boolean {
  return SOURCE_BEFORE.test(folded.slice(Math.max(0, start - 30), start));
}

/** "A round led by X and Y", "with participation from X": investors in a round, just before a company's name. */
const ROUND_INVESTOR_BEFORE =
  /\b(?:(?:co-)?led by|participation (?:from|of)|joined by)\s+(?:(?:the\s+)?[\w'’-]+,?\s+(?:and\s+)?){0,5}$/i;

/** "X and Y led the round", "X co-led it": a company that leads a round, just after its name. */
const ROUND_LEADER_AFTER =
  /^(?:['’]s)?(?:,?\s+(?:and\s+)?(?:the\s+)?[\w'’-]+){0,4}\s+(?:co-)?led(?:\s+(?:the|it|this|that|its)\b|\s*[.,;]|\s*$)/i;

/** Just after a company's name, a compound that makes it a description of another ("X-backed", "X-owned"). */
const DESCRIBES_AFTER = /^-(?:backed|owned|funded|controlled|based|founded|affiliated)\b/i;

function roundInvestorAt(r: SentenceReading, start: number, end: number): boolean {
  if (r.spans('funding-round').length === 0 && r.spans('round-named').length === 0) return false;
  return (
    ROUND_INVESTOR_BEFORE.test(r.folded.slice(Math.max(0, start - 60), start)) ||
    (/\bled\b/i.test(r.folded) && ROUND_LEADER_AFTER.test(r.folded.slice(end, end + 60)))
  );
}

/** How far after a company's name its chip word may start ("X M1 and M2 GPUs"). */
const CHIP_REACH = 24;
/** Between a maker's name and its chips: a possessive and model names, no verb. */
const CHIP_MODELS = /^(?:['’]s)?(?:\s+(?:and\s+)?[A-Z0-9][\w-]*,?)*\s*$/;

function chipsOf(r: SentenceReading, end: number): boolean {
  return r
    .spans('chips')
    .some(
      (c) => c.start >= end && c.start - end <= CHIP_REACH && CHIP_MODELS.test(r.folded.slice(end, c.start)),
    );
}

function coInvestorAt(folded: string, start: number): boolean {
  return CO_INVESTOR_BEFORE.test(folded.slice(Math.max(0, start - 70), start));
}

export interface OtherCompanies {
  /** Some other company is named as a party to something: the sentence is about another deal. */
  otherDeal: boolean;
  /** Other companies named as places to run on ("a rival's data centres"). */
  asProviders: Span[];
}

export function otherCompaniesIn(r: SentenceReading, partnership: CompiledPartnership): OtherCompanies {
  const asProviders: Span[] = [];
  if (!partnership.companies || !mayName(r.starts, partnership.companies))
    return { otherDeal: false, asProviders };
  const cloud = r.spans('cloud');
  // Only a round that lists one of our parties among its investors makes the others co-investors.
  let listed: boolean | undefined;
  const ourInvestorListed = () => {
    listed ??= partnership.parties.party.some((re) =>
      placesOf(re, r.folded).some((m) => coInvestorAt(r.folded, m.start)),
    );
    return listed;
  };
  // "X, rather than our party, is the partner for …": a term our party is said not to have, set against the other
  // company's: a claim about our deal.
  const oursContrasted = partnership.parties.party.some((re) =>
    placesOf(re, r.folded).some((m) => contrastedAt(r.folded, m.start)),
  );
  if (oursContrasted) return { otherDeal: false, asProviders };
  for (const { start, end } of partnership.otherPlaces(r.folded)) {
    // One of several investors in a round ("$30 billion from X, $30 billion from Y"): the sentence still
    // states what our party put in.
    if (coInvestorAt(r.folded, start) && ourInvestorListed()) continue;
    // "… to the same round, as is X", "alongside X": another company doing the same beside our party.
    const before = r.folded.slice(Math.max(0, start - 24), start);
    if (/as |along|together/i.test(before) && SAME_BESIDE_BEFORE.test(before)) continue;
    if (EACH_OF_THEM.test(r.folded) && sideBySide(r, partnership, start, end)) continue;
    if (contrastedAt(r.folded, start) || sourceAt(r.folded, start)) continue;
    // "X, like Y and Z, is a technology partner": companies our party is compared with, set off by commas.
    if (/like/i.test(r.folded) && comparedAt(r.folded, start)) continue;
    // An investor leading or joining our party's round ("a Series G led by X and Y") is in the same deal.
    if (roundInvestorAt(r, start, end)) continue;
    // A maker named for its chips ("ran on X's M1 and M2 GPUs"): what the deal runs on, not a party.
    if (chipsOf(r, end)) continue;
    // "The X-backed developer", "an X-owned site": the company describes another, it is no party to anything here.
    if (DESCRIBES_AFTER.test(r.folded.slice(end, end + 12))) continue;
    if (!cloud.some((s) => providerAt(r.folded, s, start, end))) return { otherDeal: true, asProviders: [] };
    asProviders.push({ start, end });
  }
  return { otherDeal: false, asProviders };
}

/** "X signed its own …", "X struck a similar deal": a deal of the company named just before, like ours but not ours. */
const OWN_DEAL_AFTER =
  /^(?:,[^,]{0,30},)?\s+(?:(?:also|later|then|recently|has|have|had)\s+)?(?:signed|signs|struck|strikes|inked|inks|agreed|agrees|reached|reaches|announced|announces|secured|secures|got|gets|won|wins|landed|lands)\s+(?:(?:its|their)\s+own|(?:a|an)\s+(?:similar|comparable|separate|parallel|matching))\b/i;

/**
 * Another company as the subject of a deal of its own ("X signed its own gigawatt agreement with Y, modelled on
 * Z's"): the sentence is about that company's deal, even when it names both sides of ours.
 */
export function anotherCompanysOwnDeal(r: SentenceReading, partnership: CompiledPartnership): boolean {
  if (!partnership.companies || !mayName(r.starts, partnership.companies)) return false;
  return partnership
    .otherPlaces(r.folded)
    .some(({ end }) => OWN_DEAL_AFTER.test(r.folded.slice(end, end + 80)));
}

/** "Deals with European start-ups", "contracts with other customers": deals with companies left unnamed. */
const UNNAMED_COUNTERPARTIES =
  /\b(?:deals?|agreements?|contracts?|pacts?|partnerships?|arrangements?|tie-ups?)\s+with\s+(?:(?:a\s+(?:string|series|handful|number|host)\s+of\s+)?(?:[\w-]+\s+){0,2})(?:start-?ups|companies|firms|labs|customers|clients|developers|rivals|competitors|enterprises|businesses)\b/i;

/** A sentence about a side's deals with companies it leaves unnamed: not a term with the other side. */
export function dealsWithUnnamed(r: SentenceReading): boolean {
  // A cheap look for its last words first: the pattern compiles to ~22 kB of machine code.
  return (
    /start-?ups|compan|firms|labs|customers|clients|developers|rivals|competitors|enterprises|businesses/i.test(
      r.folded,
    ) && UNNAMED_COUNTERPARTIES.test(r.folded)
  );
}

/** "Its purchase of Activision", "the takeover of a chip designer": a company bought, another deal than ours. */
const BOUGHT =
  /\b(?:purchase|acquisition|takeover|buyout)\s+of\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)|\bmerger with\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)/g;

/** A sentence about a company one side bought (or merged with) that is not the deal's other side. */
export function acquisitionOfAnother(r: SentenceReading, partnership: CompiledPartnership): boolean {
  for (const m of allMatches(BOUGHT, r.folded)) {
    const name = m[1] ?? m[2] ?? '';
    if (!partnership.parties.party.some((re) => re.test(name))) return true;
  }
  return false;
}
