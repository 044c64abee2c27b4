// Entry point of the engine: a page's text in, judged claims out. Shared by the content script, the CLI and
// the tests. A sentence is read once into a frame (word classes, figures, clauses, parties), compared with the
// facts of the partnership it is about, and may yield several claims.
import { allMatches, placesOf } from './claims/all-matches';
import { addDays } from './iso-days';
import { DECOY_CUES, explainsUnit, onlyDates } from './claims/decoys';
import { retractedEnd } from './claims/corrections';
import { quoteKey, replyQuote } from './claims/reply-quote';
import { speakerNameLength, speakerTag } from './claims/speaker-tag';
import { pageVoice, quotedSpans, voiced } from './verdict/page-voice';
import { askedSpans, isYesNoQuestion, leftUnsaid } from './claims/questions';
import { datelineLength, timeStampLength } from './claims/time-stamp';
import { countNamed, namesIn, type PartyPresence, sidesNamed, urlWords } from './claims/parties';
import { readSentence, type SentenceReading, withSpans } from './claims/sentence-reading';
import { foldTypography } from './claims/text-fold';
import { valuedInRound } from './claims/round-valuation';
import type { FoundValue } from './claims/values';
import {
  framingAt,
  type Framing,
  placeBareMonth,
  reportedSpeech,
  stampYear,
  timeMarkers,
} from './claims/time-frame';
import { lineYears } from './claims/timeline-lines';
import type { FactBase } from './factbase/schema';
import { segmentSentences } from './page/sentences';
import { lastStartingAt } from './page/span-search';
import type { IsoDate, JudgedClaim, JudgeOptions, PageText, Span, Status, TableCell, Topic } from './types';
import { type CompiledFactBase, type CompiledPartnership, compileFactBase } from './verdict/compile';
import { explainFact } from './verdict/explain';
import { VENTURES, worthReading } from './verdict/worth-reading';
import { type FactMatch, matchFacts } from './verdict/match-facts';
import {
  acquisitionOfAnother,
  anotherCompanysOwnDeal,
  dealsWithUnnamed,
  otherCompaniesIn,
  withoutComparisons,
} from './verdict/other-deals';
import { closerWording } from './verdict/wording';
import { dealParts } from './verdict/deal-parts';
import {
  aboutFromPresence,
  leadDealOf,
  OPENING_BLOCKS,
  ONE_PARTY_PAGE,
  openingDealOf,
  partiesBesideDealWord,
  soleDealOf,
  specific,
} from './verdict/page-deals';
import { type NearbyDeal, nearbyDeals } from './verdict/nearby-deal';
import { roleSwaps } from './verdict/role-swap';
import { SEVERITY, factPeriod, statusAt } from './verdict/status';
import { sameTermIn } from './verdict/shared-terms';
import {
  kindToldBack,
  ledByToldNoun,
  moneyToldBack,
  PRONOUN_LED,
  questionToldBack,
  termToldBack,
  VENTURE_NOUN,
  ventureToldBack,
  SUM_LED,
  type SentenceToldAs,
  sumToldBack,
} from './verdict/term-told-back';
import { cellToldWithHeads, cellsByBlock } from './verdict/table-cell';
import { classSpans } from './claims/lexicon/lexicon';
import { dealIncludes, seatClaim } from './verdict/unlisted-terms';

// Kept here for the callers that read a page in windows (core/annotate/judge-here).
export { aboutFromPresence };

/** Finds the partnership claims in a page and judges each against the fact base. */
export function judgePage(page: PageText, factBase: FactBase, opts: JudgeOptions): JudgedClaim[] {
  const judge = prepareJudge(page, factBase, opts);
  return judge.sentences.flatMap((span) => judge.sentence(span));
}

/** A page made ready for judging one sentence at a time, so callers can split the work into slices. */
export interface PageJudge {
  sentences: Span[];
  /** The claims of one sentence (none, one, or several). */
  sentence(span: Span): JudgedClaim[];
  /**
   * Builds now what judging this page's sentences will build on first use (the frames of the partnerships the
   * page is about), so that a page scan can give it a task of its own.
   */
  warmUp(): void;
  /** One step of judging plain sentences of the page's deal, each in a task of its own (see warmUpSentence). */
  warmUpSentence(step: number): boolean;
}

/**
 * A headline up to its first comma, colon, semicolon or dash, or the word that opens a clause of background
 * ("… after loosening C's ties", "… as C looks on"): the clause that tells its news.
 */
function headlineFirstClause(title: string | null): string {
  if (title === null) return '';
  const folded = foldTypography(title);
  const end = folded.search(
    /[,;:]|\s[-\u2013\u2014]\s|\u2014|\s(?:after|amid|while|following|despite)\s|(?<!\b(?:much|many|well|long|soon|far|such|just))\sas\s(?!(?:much|many|well|part|long|soon|little|few|high|large|big)\b)/i,
  );
  return end > 0 ? folded.slice(0, end) : '';
}

/**
 * The frames of the partnerships a page is about, built (they are built on first use, core/verdict/compile), and
 * every partnership's name patterns compiled (a regular expression compiles when first run): the first sentence
 * that names two companies runs them all, and on the page's thread that sentence's slice held them all.
 */
export function warmUpFrames(
  about: ReadonlyMap<CompiledPartnership, number>,
  partnerships: readonly CompiledPartnership[] = [],
): void {
  for (const p of about.keys()) void p.framesByRelation;
  for (const p of partnerships)
    for (const re of [...p.parties.party, ...p.parties.context, ...p.parties.soleContext]) re.test('');
}

/**
 * Judges, and throws away, plain sentences of the deal a page is about, made from its parties' names: the first
 * sentence that names two companies runs cold every pattern a sentence may need (a regular expression compiles
 * when first run), and on the page's thread that sentence's slice held them all (35-70 ms on a busy machine).
 * In steps, each given a task of its own by a page scan (the figures' patterns, a sentence of names, a sentence
 * with a figure), they leave the page's first such sentence warm. Returns whether a step is left.
 */
export function warmUpSentence(
  factBase: FactBase,
  partnership: CompiledPartnership | undefined,
  step: number,
): boolean {
  const [a, b] = partnership?.partnership.parties ?? [];
  if (!a || !b) return false;
  const line = `${a.name} invested $1 billion in ${b.name} in 2019, a 10% stake.`;
  if (step === 0) {
    void readSentence(line, compileFactBase(factBase).lexicon).values;
    return true;
  }
  const title = `${a.name} and ${b.name}`;
  const said = step === 1 ? `${a.name} and ${b.name} work together.` : line;
  const page: PageText = {
    text: `${title}\n\n${said}`,
    title,
    published: null,
    blocks: [
      { start: 0, end: title.length },
      { start: title.length + 2, end: title.length + 2 + said.length },
    ],
  };
  const judge = prepareJudge(page, factBase, { asOf: '2026-01-01' });
  for (const span of judge.sentences) judge.sentence(span);
  return step < 2;
}

export function prepareJudge(page: PageText, factBase: FactBase, opts: JudgeOptions): PageJudge {
  const cfb = compileFactBase(factBase);
  const published = opts.published ?? page.published;
  const headline = foldTypography(`${page.title ?? ''}\n${urlWords(page.url)}`);
  const about = partnershipsOfPage(cfb, `${headline}\n${foldTypography(page.text)}`);
  const lead =
    leadDealOf(about, partnershipsOfPage(cfb, headline)) ??
    // "A signs a deal with B, loosening C's grip": a headline that names two deals leads with its first clause's.
    leadDealOf(about, partnershipsOfPage(cfb, headlineFirstClause(page.title)));
  const opening =
    lead ??
    openingDealOf(
      about,
      page.blocks
        .slice(0, OPENING_BLOCKS)
        .map((b) => partnershipsOfPage(cfb, foldTypography(page.text.slice(b.start, b.end)))),
    );
  return {
    sentences: candidateSentences(page.text, page.blocks, cfb),
    sentence: sentenceJudge(
      cfb,
      about,
      opts.asOf,
      published,
      lead,
      opening,
      page.blocks,
      (b) => page.text.slice(b.start, b.end),
      page.cells,
    ),
    warmUp: () => warmUpFrames(about, cfb.partnerships),
    warmUpSentence: (step) => warmUpSentence(factBase, lead ?? [...about.keys()][0], step),
  };
}

/**
 * Judges a page's sentences one at a time, given the page's deals and a reader of its text (`textOf`, for a
 * sentence or a block): what judging a whole page and the windowed page scan (core/annotate/judge-here) share. The
 * deal near each sentence and the year of a timeline's line are read from the blocks when a sentence needs them.
 */
export function sentenceJudge(
  cfb: CompiledFactBase,
  about: ReadonlyMap<CompiledPartnership, number>,
  asOf: IsoDate,
  published: IsoDate | null,
  lead: CompiledPartnership | null,
  opening: CompiledPartnership | null,
  blocks: readonly Span[],
  textOf: (span: Span) => string,
  cells: readonly TableCell[] = [],
): (span: Span) => JudgedClaim[] {
  const nearby = nearbyDeals(cfb, about, lead, blocks, textOf);
  const cellOf = cellsByBlock(cells);
  const lineYear = lineYears(blocks, textOf);
  // The text judged may be the sentence told in the page's voice, longer than the span it stands for: its claims
  // are placed on that text, and placed back on the page below.
  const judge = (text: string, span: Span) =>
    judgeSentenceText(
      cfb,
      text,
      { start: span.start, end: span.start + text.length },
      about,
      asOf,
      published,
      lead,
      opening,
      nearby(span),
      lineYear(span),
    );
  // A reply that quotes a comment written earlier on the page ("user: > quoted words — reply"): only the reply
  // is the writer's; the quoted words were judged where they were first written.
  const reply = (written: string, span: Span): Span | null => {
    // A cheap look first: few sentences hold a ">".
    if (!written.includes('>')) return null;
    const tag = speakerTag(foldTypography(written));
    const quoted = written.charCodeAt(tag) === GREATER_THAN ? replyQuote(written.slice(tag)) : null;
    if (quoted === null || !writtenBefore(quoteKey(quoted.quote), span, blocks, textOf)) return null;
    return { start: span.start + tag + quoted.reply, end: span.end };
  };
  // "It expires in 2030." after a sentence that names a warrant: read as "The warrant expires in 2030." when it
  // holds no claim of its own.
  // "The project was unveiled on …" after a paragraph that names the joint venture: read with the venture's name.
  const lastVenture = (text: string) => {
    const ventures = cfb.lexicon.get(VENTURES);
    const found = ventures ? classSpans(ventures, text) : [];
    const last = found[found.length - 1];
    return last ? text.slice(last.start, last.end) : null;
  };
  // The company a text names first, as written: whose money "The money …" is.
  // A party of several deals has one regex (core/claims/parties): each is searched once.
  const parties = [...new Set(cfb.partnerships.flatMap((p) => p.parties.party))];
  const firstCompany = (text: string) => {
    const folded = foldTypography(text);
    let first: Span | null = null;
    for (const re of parties)
      for (const h of placesOf(re, folded)) if (first === null || h.start < first.start) first = h;
    return first === null ? null : text.slice(first.start, first.end);
  };
  // The claims of a sentence told otherwise, placed back on the words the page wrote.
  const judgedAs = (told: SentenceToldAs, written: string, span: Span) =>
    placedBack(judge(told.text, span), written, span, told.toWritten);
  // "B is a technology partner in the venture, not a funder": a venture named just before is read in
  // place of "the venture", even where the sentence holds claims of its own (read without it, "not a funder" is
  // about the partnership's stake).
  const ventureBack = (written: string, span: Span, at: number): JudgedClaim[] => {
    const before = textOf({ start: blocks[at].start, end: span.start });
    // The venture may be named a few short paragraphs before (the look reaches back VENTURE_REACH characters).
    const earlier = blocks.slice(Math.max(0, at - VENTURE_BLOCKS), at).map(textOf);
    const told = ventureToldBack(written, `${earlier.join('\n')}\n${before}`, lastVenture);
    return told === null ? [] : judgedAs(told, written, span);
  };
  const toldBack = (written: string, span: Span): JudgedClaim[] => {
    // The sentence's block, found when a look below needs it.
    let found: number | undefined;
    const blockAt = () => {
      found ??= lastStartingAt(blocks, span.start);
      return found >= 0 && span.start < blocks[found].end ? found : -1;
    };
    if (VENTURE_NOUN.test(written) && blockAt() >= 0) {
      const inVenture = ventureBack(written, span, blockAt());
      if (inVenture.length > 0) return inVenture;
    }
    const own = judge(written, span);
    if (own.length > 0) return own;
    const cell = cellOf.size > 0 ? cellOf.get(blockAt()) : undefined;
    const inTable = cell ? cellToldWithHeads(written, cell, (b) => textOf(blocks[b])) : null;
    if (inTable !== null) return judgedAs(inTable, written, span);
    // An interview's answer, first in its block, read under a question that only names a term.
    if (blockAt() > 0 && span.start === blocks[blockAt()].start && written.includes(':')) {
      const underQuestion = questionToldBack(written, textOf(blocks[blockAt() - 1]));
      if (underQuestion !== null) return judgedAs(underQuestion, written, span);
    }
    const pronoun = PRONOUN_LED.test(written);
    const sum = SUM_LED.test(written);
    if (!pronoun && !sum && !ledByToldNoun(written)) return own;
    const at = blockAt();
    if (at < 0) return own;
    const before = textOf({ start: blocks[at].start, end: span.start });
    // A list's item (or a paragraph's first sentence) may tell back what the block before it named.
    const lastWritten = before.trim() === '' && at > 0 ? textOf(blocks[at - 1]) : before;
    const told =
      (pronoun ? termToldBack(written, before) : null) ??
      (sum ? sumToldBack(written, lastWritten, lastVenture) : null) ??
      moneyToldBack(written, lastWritten, firstCompany) ??
      kindToldBack(written, lastWritten);
    return told === null ? own : judgedAs(told, written, span);
  };
  const judgeWritten = (written: string, span: Span): JudgedClaim[] => {
    const rest = reply(written, span);
    if (rest === null) return toldBack(written, span);
    return rest.start < rest.end ? judge(textOf(rest), rest) : [];
  };
  // A page in a company's own voice: its "we" and "our" are read as that company's name.
  const voice = pageVoice(cfb.partnerships, blocks, textOf);
  if (voice === null) return (span) => judgeWritten(textOf(span), span);
  const quotes = new Map<Span, Span[]>();
  const quotedAround = (span: Span): Span[] => {
    const block = blocks.find((b) => b.start <= span.start && span.start < b.end);
    if (!block) return [];
    let spans = quotes.get(block);
    if (!spans) {
      spans = quotedSpans(textOf(block));
      quotes.set(block, spans);
    }
    const shift = span.start - block.start;
    return spans.map((q) => ({ start: q.start - shift, end: q.end - shift }));
  };
  return (span) => {
    const written = textOf(span);
    const said = voiced(written, voice, quotedAround(span));
    if (said === null) return judgeWritten(written, span);
    return judgedAs(said, written, span);
  };
}

/** How many blocks before a sentence's own are looked in for the venture "the venture" stands for. */
const VENTURE_BLOCKS = 3;

/**
 * Claims judged on a sentence told otherwise (`toWritten`), placed back on the words the page wrote. A claim that
 * only words written elsewhere hold (a venture's name, a table's heads read before the sentence) is placed on
 * nothing, and dropped.
 */
function placedBack(
  claims: JudgedClaim[],
  written: string,
  span: Span,
  toWritten: (at: number, end: boolean) => number,
): JudgedClaim[] {
  const placed: JudgedClaim[] = [];
  for (const c of claims) {
    const start = span.start + toWritten(c.start - span.start, false);
    const end = span.start + toWritten(c.end - span.start, true);
    if (end <= start) continue;
    placed.push({
      ...c,
      id: `c${start}-${end}`,
      text: written.slice(start - span.start, end - span.start),
      start,
      end,
    });
  }
  return placed;
}

const GREATER_THAN = 0x3e;
/** How many blocks back a quoted comment is looked for. */
const QUOTE_REACH = 200;

/** Whether the words with this key (core/claims/reply-quote quoteKey) stand earlier on the page than `span`. */
function writtenBefore(
  key: string,
  span: Span,
  blocks: readonly Span[],
  textOf: (span: Span) => string,
): boolean {
  let i = blocks.findIndex((b) => b.end > span.start);
  if (i < 0) i = blocks.length;
  if (i < blocks.length && blocks[i].start < span.start) {
    if (quoteKey(textOf({ start: blocks[i].start, end: span.start })).includes(key)) return true;
  }
  for (let j = i - 1; j >= Math.max(0, i - QUOTE_REACH); j--)
    if (quoteKey(textOf(blocks[j])).includes(key)) return true;
  return false;
}

/** Whether a sentence names no party of any deal but `deal`'s own parties. */
function namesNoOneElse(
  cfb: CompiledFactBase,
  deal: CompiledPartnership,
  names: (re: RegExp) => boolean,
): boolean {
  const own = new Set(deal.partnership.parties.map((p) => p.id));
  return cfb.partnerships.every(
    (p) =>
      p === deal ||
      p.partnership.parties.every((party, i) => own.has(party.id) || !names(p.parties.party[i])),
  );
}

/**
 * The sentences worth judging: those of blocks with a claim word at all. A paragraph without one cannot hold
 * a claim, so it is not segmented (splitting is a costly part of reading a long page).
 */
export function candidateSentences(
  text: string,
  blocks: readonly Span[],
  cfb: CompiledFactBase | null = null,
): Span[] {
  const all = blocks.length > 0 ? blocks : [{ start: 0, end: text.length }];
  const wanted = all.filter((b) => worthReading(text.slice(b.start, b.end), cfb));
  // segmentSentences reads an empty block list as "the whole text".
  return wanted.length > 0 ? segmentSentences(text, wanted) : [];
}

/**
 * Partnerships a page is about, with how strongly: the number of its parties named (or hinted at) somewhere
 * on it. A partnership is about the page when at least two of its parties are; or, faintly, when one is and
 * the page covers no deal of that party in full (an excerpt or a brief that takes the other side as known).
 */
export function partnershipsOfPage(
  cfb: CompiledFactBase,
  foldedPage: string,
): Map<CompiledPartnership, number> {
  const names = namesIn(foldedPage);
  return aboutFromPresence(new Map(cfb.partnerships.map((p) => [p, p.parties.context.map(names)])));
}

/**
 * An answer's opening words ("Yes, its licence …", "No: the company …"), a speaker's fillers ("So, um, it …")
 * and a joining word ("And its stake …", "But the investment …"): the sentence goes on after them.
 */
const FILLER =
  /^\W*(?:yes|yeah|no|nope|none at all|not at all|not really|indeed|in short|in fact|actually|not quite|well|right|okay|ok|so|look|sure|fine|wait|i mean|um|uh|absolutely|exactly|correct|honestly|frankly|of course|definitely|basically)\s*[,:;.\u2014-]+\s*/i;
const JOINING = /^\W*(?:and|but|so|plus)\s+/i;
/**
 * The sentence past a live page's time stamp, its opening punctuation and those words, one filler at a time (a
 * pattern of up to three compiled to three times the machine code).
 */
function pastOpening(folded: string): string {
  let rest = folded.slice(timeStampLength(folded));
  // A speaker's name before a colon ("Whitcombe: None at all, they …"): the words said come after it.
  const colon = rest.indexOf(':');
  if (colon > 0 && colon < 40) rest = rest.slice(speakerNameLength(rest));
  for (let i = 0; i < 3; i++) {
    const filler = FILLER.exec(rest);
    if (filler === null) break;
    rest = rest.slice(filler[0].length);
  }
  return rest.slice(JOINING.exec(rest)?.[0].length ?? 0).replace(/^\W+/, '');
}
/**
 * A sentence told as an analyst's or banker's view: "Analysts said …", "…, one analyst noted", "…, wrote one
 * analyst", "said X, an analyst at …", "…, in our view.", "We estimate …"; not "which in our view is …", a view
 * beside a term told.
 */
const ANALYSTS_SAY =
  /^\W*(?:\w+\s+)?(?:analysts|bankers)\b[^,.]{0,45}?\b(?:said|say|says|called|noted|estimated?|expect|reckon|argued?|think|believe|wrote)\b/i;
const ANALYST_SAID =
  /,[^,]{0,40}\b(?:analyst|banker)s?\s+(?:said|says|noted|added|wrote|argued|estimated)\W*$|,["'\s]*(?:said|says|noted|added|wrote|argued)\s+(?:one|an?|another|the)\s+(?:[\w-]+\s+)?(?:analyst|banker)\W*$/i;
const SAID_ANALYST = /\b(?:said|says)\s+[^,]{1,40},\s+an?\s+[^,]{0,30}\b(?:analyst|banker)\b/i;
const OUR_VIEW = /^\W*(?:in our view|we (?:estimate|think|believe|expect))\b|,\s*in our view\W*$/i;
/** Whether a sentence is told as an analyst's view: small patterns, each looked for only when its words are there. */
function analystView(folded: string): boolean {
  if (
    /analyst|banker/i.test(folded) &&
    [ANALYSTS_SAY, ANALYST_SAID, SAID_ANALYST].some((re) => re.test(folded))
  )
    return true;
  return /our view|\bwe (?:estimate|think|believe|expect)/i.test(folded) && OUR_VIEW.test(folded);
}
/** Word classes of what a side of a deal does: "It pledged …", "They hold …", "It will buy …". */
const SIDES_ACTS = ['invest', 'stake', 'hold', 'commitment', 'board', 'seat', 'warrant', 'license'];
/** A short opener before the subject: "In return it …", "For its part, they …", a time ("In September 2020 it …"). */
const OPENER = String.raw`(?:(?:in return|in turn|in exchange|for its part|for their part|under the (?:deal|agreement|pact)|as part of the (?:deal|agreement|pact)|meanwhile|separately|then|later|(?:back\s+)?(?:in|on|by|during)\s+(?:(?:early|mid|late)[- ]?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:19|20)\d\d)\s*,?\s+)?`;
/** A term named by its noun: "the stake", "the new investment". */
const TERM_NOUN = String.raw`the (?:(?:new|latest|fresh|equity|initial|recent|planned|minority)\s+)?(?:stake|holding|investment|warrant|shares|equity|letter|letter of intent|memorandum|(?:funding|financing)(?! rounds?\b))\b`;
const PRONOUN_START = new RegExp(
  String.raw`^(?:its|their|the company's|the company|the firm's|the firm|the (?:additional|remaining|further|first|second|final|last|initial) (?:\$|tranche|instal)|the two\b|the pair\b|both (?:companies|firms|sides)\b|(?:still|also|again|plus)\s+(?:an?|no)\s+(?:[\w-]+\s+)?(?:stake|holding|investment|board seat|seat|licen[cs]e)\b|${TERM_NOUN})`,
  'i',
);
/** Money named a sentence before, told back by its noun ("That later money …", "The rest …"). Apart from
 * PRONOUN_START: one pattern of both compiled to twice the machine code. */
const MONEY_NOUN = /\b(?:money|cash|funds|sum|cheque|check|remainder|rest)\b/i;
const MONEY_TOLD_BACK =
  /^\W*(?:(?:the|that|this) (?:(?:additional|remaining|further|later|extra|first|second|final|last|initial|promised|pledged|larger|bigger|smaller)\s+)?(?:money|cash|funds|sum|cheque|check)\b|the (?:remainder|rest)\b)/i;
/** "The first slice of the money …": a part of money named a sentence before. Apart from MONEY_TOLD_BACK, and
 * looked for only when its noun is there: one pattern of both compiled to ~18 kB more machine code. */
const PART_TOLD_BACK =
  /^\W*(?:the|that|this) (?:\w+ )?(?:slice|portion|chunk|piece) of (?:the|that|this|its) (?:money|cash|funds)\b/i;
/** A sentence led by a term's own noun ("The stake …", "The investment …") or by both sides ("The companies …"). */
const TERM_START = new RegExp(String.raw`^(?:${TERM_NOUN}|the (?:two )?companies\b)`, 'i');
/** A sentence led by the deal's own noun ("The pact is not exclusive"). */
const DEAL_START =
  /^the (?:(?:new|latest|amended|revised|whole)\s+)?(?:deal|agreement|pact|arrangement|tie-up|contract)\b/i;
const ledByTerm = (opened: string) => TERM_START.test(opened) || DEAL_START.test(opened);
/** A sentence led by "It" or "They": one party, the other named in the sentence ("It keeps a licence to B's IP"). */
const SUBJECT_PRONOUN = new RegExp(String.raw`^${OPENER}(?:it|they)\b`, 'i');

interface Assessment {
  match: FactMatch;
  framing: Framing;
  now: Status;
  whenPublished: Status | null;
  /** Whether the fact had begun by the time the sentence was written or said (true when that is not known). */
  begun: boolean;
  /** Read as a product told of a deal before it was agreed (productBeforeItsDeal): `now` is then contradicted. */
  early?: boolean;
}

const NO_OTHERS = { otherDeal: false, asProviders: [] };

interface Candidate {
  partnership: CompiledPartnership;
  /** Its place in the fact base. */
  index: number;
  /** The sentence as this partnership reads it (other companies named as providers count as such). */
  reading: SentenceReading;
  named: number;
  /** Which of its parties the sentence names (or the page names for it, as a descriptor on the lead deal's page). */
  presence: PartyPresence;
  both: boolean;
  /** On a page about this deal alone: names a side, or no one but speaks of "the deal". */
  speaksForDeal: boolean;
  matches: FactMatch[];
}

/** The claims of one sentence, given its text (`span` places it on the page). */
export function judgeSentenceText(
  cfb: CompiledFactBase,
  sentence: string,
  span: Span,
  about: ReadonlyMap<CompiledPartnership, number>,
  asOf: IsoDate,
  published: IsoDate | null,
  /** The deal the page is about above all (core/verdict/page-deals leadDealOf). */
  pageLead: CompiledPartnership | null = soleDealOf(about),
  /** The lead deal, else the one the page's opening names (openingDealOf): for a sentence led by a term's noun. */
  pageOpening: CompiledPartnership | null = pageLead,
  /** The deal the text just before the sentence is about, asked for only when needed (core/verdict/nearby-deal). */
  near: NearbyDeal | null = null,
  /** The year of the timeline's line the sentence stands in (core/claims/timeline-lines). */
  lineYear: number | null = null,
): JudgedClaim[] {
  const folded = foldTypography(sentence);
  if (!worthReading(folded, cfb) || isYesNoQuestion(folded)) return [];
  // A part of a line read apart keeps the line's year ("2025 – …; in October, …").
  const toldIn = stampYear(folded) ?? lineYear;
  const judgeFrom = (rest: number) =>
    judgeSentenceText(
      cfb,
      sentence.slice(rest),
      { start: span.start + rest, end: span.end },
      about,
      asOf,
      published,
      pageLead,
      pageOpening,
      near,
      toldIn,
    );
  // "CITY, March 3 (Agency) - …": a wire story's dateline dates the filing, not what the sentence tells.
  const dateline = datelineLength(folded);
  if (dateline > 0) return judgeFrom(dateline);
  // "HOST: …", "ANALYST 2: …": a transcript's speaker is who talks; what they say is read as a sentence of its
  // own, its patterns anchored at its start. Not a heading that names a party, a roundup's deal ("<PARTY>: …").
  const speaker = speakerTag(folded);
  if (speaker > 0) {
    const tagNames = namesIn(folded.slice(0, speaker));
    if (!cfb.partnerships.some((p) => p.parties.party.some(tagNames))) return judgeFrom(speaker);
  }
  // "An earlier version of this story said …; …": what it said is withdrawn, not claimed; what follows the
  // break is read as a sentence of its own.
  const retracted = retractedEnd(folded);
  if (retracted > 0) {
    let rest = retracted + 1;
    while (rest < sentence.length && /\s/.test(sentence[rest])) rest++;
    if (rest >= sentence.length) return [];
    const claims = judgeFrom(rest);
    // One claim stands for the whole correction, as a reader quotes it.
    if (claims.length !== 1) return claims;
    return [{ ...claims[0], id: `c${span.start}-${span.end}`, text: sentence, ...span }];
  }
  // "X is the lab's primary cloud, while Y sells its models": each deal's part is a sentence of its own.
  const parts = dealParts(
    folded,
    cfb.partnerships,
    pageOpening !== null && ledByTerm(pastOpening(folded)) ? pageOpening : null,
  );
  if (parts) {
    const judged = parts.map((p) =>
      judgeSentenceText(
        cfb,
        sentence.slice(p.start, p.end),
        { start: span.start + p.start, end: span.start + p.end },
        about,
        asOf,
        published,
        pageLead,
        pageOpening,
        near,
        toldIn,
      ),
    );
    const said = judged.filter((claims) => claims.length > 0);
    if (said.length !== 1) return judged.flat();
    // Only one deal's part states a term: its claim is the sentence's, as a reader quotes it.
    const p = parts[judged.indexOf(said[0])];
    return said[0].map((c) =>
      c.start === span.start + p.start && c.end === span.start + p.end
        ? { ...c, id: `c${span.start}-${span.end}`, text: sentence, start: span.start, end: span.end }
        : c,
    );
  }
  const reading = readSentence(folded, cfb.lexicon, published, toldIn);
  // The sentence says itself that it is not about the partnership.
  if (reading.spans('unrelated').some((u) => !onlyDates(folded, u, reading.clauses)) || explainsUnit(folded))
    return [];
  const candidates: Candidate[] = [];
  // A party shared by several partnerships is looked for once per sentence.
  // Companies named only to compare ("X, like Y and Z, is …") are no parties here.
  const names = namesIn(withoutComparisons(folded), reading.starts);
  // A sentence that names no side of the headline's deal, and no company outside the deal the text just before it
  // names, goes on about that deal.
  const nearDeal = near !== null && !pageLead?.parties.context.some(names) ? near() : null;
  const local = nearDeal !== null && nearDeal !== pageLead && namesNoOneElse(cfb, nearDeal, names);
  const lead = local ? nearDeal : pageLead;
  const opening = local ? nearDeal : pageOpening;
  const hasCloudWords = reading.spans('cloud').length > 0;
  // The page's one deal lends itself to a pronoun ("Its stake …"); the deal its headline names lends itself only to
  // a sentence that names one of its sides (or describes one: "the chipmaker"), which then speaks of its parties.
  const soleDeal = soleDealOf(about);
  let colour: boolean | undefined;
  let analyst: boolean | undefined;
  const analystSpeaks = () => {
    analyst ??= analystView(folded);
    return analyst;
  };
  const marketColour = () => {
    colour ??= DECOY_CUES.test(folded);
    return colour;
  };
  // What an indirect question asks ("… whether the chips can handle it") is no claim.
  const asked = /whether|say|confirm|comment|disclose|specify|reveal/i.test(folded)
    ? askedSpans(folded, reading.clauses)
    : [];
  const answered = (m: FactMatch) => !asked.some((a) => a.start <= m.start && m.start < a.end);
  // A sentence that opens on a pronoun ("Its stake …", "The company's investment …"), on a sum the page has
  // introduced ("The remaining $35 billion …") or on a term without a verb that carries on ("Still a minority
  // stake.", "Also no board seat.") goes on about a party the page has named; on a page about one deal, that
  // deal's. Not when it is market colour.
  const moneyLed =
    MONEY_NOUN.test(folded) &&
    (MONEY_TOLD_BACK.test(folded) ||
      (/slice|portion|chunk|piece/i.test(folded) && PART_TOLD_BACK.test(folded)));
  // The sentence past its opening punctuation and an answer's word: where a pronoun or a term's noun would lead.
  const opened = pastOpening(folded);
  // "If the lab were valued at $X, the stake would be worth $Y": a worth worked out from a supposition; its
  // figures are supposed, not stated.
  let supposed: boolean | undefined;
  const supposedWorth = () => {
    supposed ??= supposesWorth(folded);
    return supposed;
  };
  // "It will hold a minority stake": on a page about one deal alone, or led by one in its headline, "It" or "They"
  // stands for one of its sides when it does what a side does (pays, holds, commits, sits on a board); not "It is
  // available now", a product. Cheap looks first: the pronoun pattern compiles to ~10 kB of machine code, and the
  // word classes are read only for a sentence that opens on a pronoun.
  const itLed =
    (soleDeal ?? lead) !== null &&
    /\b(?:it|they)\b/i.test(folded.slice(0, 60)) &&
    SUBJECT_PRONOUN.test(opened) &&
    SIDES_ACTS.some((k) => reading.spans(k).length > 0);
  const pronounStart = PRONOUN_START.test(opened) || moneyLed || itLed;
  // A pronoun or money told back ("Its stake …", "The money is a note") is the deal's the headline leads with (or,
  // failing that, the opening's), though the page names others in passing.
  const pronounDeal = soleDeal ?? opening;
  const pronounLed = pronounDeal !== null && pronounStart && !marketColour();
  // "The investment takes the form of a note": a term named by its noun goes on about the deal the headline
  // names too, though the page names others in passing.
  // The deal's own noun ("The pact is not exclusive") only where the sentence names no company: "The deal will run
  // on the retailer's own chips" is read by the names it gives.
  const termLed =
    opening !== null &&
    (TERM_START.test(opened) ||
      (DEAL_START.test(opened) && !cfb.partnerships.some((p) => p.parties.party.some(names)))) &&
    !marketColour();
  // A figure put on the deal by unnamed sources speaks of the headline's deal, though the page names others.
  const speaksOfDeal =
    (soleDeal !== null && (reading.spans('partnership').length > 0 || pronounLed)) ||
    termLed ||
    ((soleDeal ?? lead) !== null && hearsayFigure(reading));
  // On a page about the partnership, a descriptor ("the AI lab", its chief executive) names the party too.
  const looks = cfb.partnerships.map((partnership, index) => {
    const regexes = !about.has(partnership)
      ? partnership.parties.party
      : lead === partnership
        ? partnership.parties.soleContext
        : partnership.parties.context;
    const presence = regexes.map(names);
    const sides = sidesNamed(partnership.partnership, presence);
    return { partnership, index, presence, named: countNamed(presence), sides };
  });
  const bothNamed = looks.some((l) => l.sides >= 2);
  // The partnerships that name the most parties first: once one of them has a match that counts, one naming
  // fewer cannot be chosen (chooseCandidate ranks by matches, then by parties named), so it is not matched.
  const byNamed = [...looks].sort((a, b) => b.named - a.named || a.index - b.index);
  let floor = 0;
  // Deals with companies left unnamed: the same for every candidate deal, looked for once.
  let unnamed: boolean | undefined;
  const unnamedDeals = () => {
    unnamed ??= dealsWithUnnamed(reading);
    return unnamed;
  };
  for (const { partnership, index, presence, named, sides } of byNamed) {
    if (named < floor) break;
    const both = sides >= 2;
    if (!both && !about.has(partnership)) continue;
    // A page that names one party only lends the deal to sentences that name that party themselves.
    if (named === 0 && (about.get(partnership) ?? 0) <= ONE_PARTY_PAGE) continue;
    // Nor does a deal the page names beside the one its headline leads with lend itself to a sentence that names
    // no one: such a sentence goes on about the headline's deal, or about no deal we can tell.
    if (named === 0 && lead !== null && lead !== partnership) continue;
    // Another company's deal, board or stake, on a page that also covers this partnership; or another company
    // named as a place to run on (only cloud words make one).
    const others = !both || hasCloudWords ? otherCompaniesIn(reading, partnership) : NO_OTHERS;
    if (!both && (others.otherDeal || unnamedDeals() || acquisitionOfAnother(reading, partnership))) continue;
    if (anotherCompanysOwnDeal(reading, partnership)) continue;
    // Another company is a place this deal's work runs only in a sentence that names a side of the deal.
    const read = withSpans(reading, 'any-provider', named > 0 ? others.asProviders : []);
    // On a page about this deal alone, or whose headline names it, a sentence that names one side (or no one,
    // but speaks of "the deal") speaks of that deal's parties.
    const allNamedByPage =
      (lead === partnership && (named > 0 || speaksOfDeal)) ||
      (opening === partnership && termLed) ||
      (pronounDeal === partnership && pronounLed);
    const namedIds = new Set(
      partnership.partnership.parties.filter((_, i) => allNamedByPage || presence[i]).map((p) => p.id),
    );
    const faint = !both && (about.get(partnership) ?? 0) <= ONE_PARTY_PAGE;
    // "The company has an exclusive licence to the lab's models", "It keeps a licence to the lab's models": a
    // sentence led by a pronoun on a page about this deal alone speaks of both its parties, as one that names
    // them both does; "It" or "They" only beside a name of the other side.
    const led =
      (pronounDeal === partnership && pronounLed) ||
      (soleDeal === partnership && named === 1 && SUBJECT_PRONOUN.test(opened) && !marketColour()) ||
      (opening === partnership && termLed);
    // A party the page supplies is enough for what the record states; not for a wrong figure to be pinned on
    // it, nor for market colour ("held $30 billion of securities last quarter") to be read as a term.
    const onlyNamed = (m: FactMatch) =>
      m.frame.frame.names.every((id) =>
        partnership.partnership.parties.some((p, i) => p.id === id && presence[i]),
      );
    // Nor for a bare word of a side's own business ("Trainium is its in-house chip") to be a term with the other
    // side: a frame that asks for a party, read from a product's name and its relation word alone (not denied),
    // needs that party in the sentence, unless the sentence tells of something put to use ("the capacity will run
    // on its chips") or opens on a pronoun that stands for that party ("Its shares carry no vote").
    const bare = (m: FactMatch) =>
      m.frame.mentions.length > 0 &&
      m.frame.frame.names.length > 0 &&
      !m.frame.frame.negated &&
      !PUT_TO_USE.test(folded) &&
      m.frame.frame.with.length === 0 &&
      m.agreedKinds.length === 0 &&
      m.clash === null;
    // "The retailer spent heavily on its own chips": a product told as its maker's own is its business, even
    // on a page about the deal, unless the sentence names both sides.
    // "Sells its own Nova models through <the platform>": the maker's own product on its platform, too.
    const ownProduct = (m: FactMatch) =>
      m.frame.mentions.length > 0 &&
      (OWN_NAMED.test(folded) ||
        m.frame.mentions.some((re) =>
          placesOf(re, folded).some((h) => OWN_BEFORE.test(folded.slice(Math.max(0, h.start - 24), h.start))),
        ));
    const supplied = (m: FactMatch) =>
      (both || !ownProduct(m)) &&
      (named === 0 ||
        onlyNamed(m) ||
        (m.fact.confidence !== 'wrong' && !marketColour() && (led || pronounStart || !bare(m))));
    // "Shares rose as investors cheered", "Investors are still working out …": the market's investors are no
    // party's investment.
    // Nor is an investor who speaks ("…," one investor said): a person quoted, not money put in.
    const marketInvestors = (m: FactMatch) => {
      if (m.frame.frame.relation !== 'invest') return false;
      const words = read.spans('invest').filter((w) => w.start < m.end && w.end > m.start);
      return (
        (words.every((w) => INVESTORS.test(read.folded.slice(w.start, w.end))) &&
          (marketColour() || INVESTORS_LEAD.test(read.folded))) ||
        (words.length > 0 && words.every((w) => investorSpeaks(read.folded, w)))
      );
    };
    // "Analysts called the deal a win for its cloud", "…, one banker said": an analyst's view is no term of the
    // deal. Only a wrong term or a figure it states is checked (an estimate of a figure never disclosed, too:
    // "analysts put the stake at about a fifth" is the guess the record warns of).
    const analystsView = (m: FactMatch) =>
      analystSpeaks() &&
      m.fact.confidence !== 'wrong' &&
      m.clash === null &&
      !m.statesUndisclosed &&
      m.agreedKinds.every((kind) =>
        read.values.values.every((v) => v.kind !== kind || unitByArticle(read.folded, v)),
      );
    // "The letter of intent says X will invest $200 billion": the instrument's bare name is no answer for the
    // figures the sentence puts in it; a fact that holds the figure answers, or none does (a figure no fact
    // settles).
    const bareInstrument = (m: FactMatch) =>
      m.frame.frame.relation === 'memorandum' &&
      m.frame.frame.needs.length === 0 &&
      read.values.values.some((v) => (v.kind === 'amountUsd' && !v.valuation) || v.kind === 'gigawatts');
    // On a page about this deal alone, a sentence that names one side and no other company speaks of both ("In 2019
    // the cloud became the exclusive provider"), as an interview's answer names only the side it is asked about.
    const onSolePage =
      !both &&
      named > 0 &&
      soleDeal === partnership &&
      !others.otherDeal &&
      others.asProviders.length === 0 &&
      namesNoOneElse(cfb, partnership, names) &&
      !namesAnotherProperNoun(folded, partnership) &&
      !marketColour();
    // Only for a term told by its words, not one read from a side's product ("sells time on its chips to many
    // customers" is the side's own business).
    const pageOnly = (m: FactMatch) =>
      onSolePage && !led && m.frame.frame.bothParties === true && m.frame.mentions.length > 0;
    const matches = matchFacts(
      read,
      partnership,
      both || led || onSolePage,
      namedIds,
      (m) =>
        (!faint || specific(m)) &&
        supplied(m) &&
        !marketInvestors(m) &&
        answered(m) &&
        !analystsView(m) &&
        !bareInstrument(m) &&
        !pageOnly(m) &&
        !(supposedWorth() && figured(m)),
    );
    if (named > 0) matches.push(...roleSwaps(read, partnership, matches));
    candidates.push({
      partnership,
      index,
      named,
      presence,
      both,
      speaksForDeal: allNamedByPage,
      reading: read,
      matches,
    });
    if (counts(matches, both, bothNamed)) floor = named;
  }
  // In the fact base's order again: of two candidates that rank the same, the first is chosen.
  candidates.sort((a, b) => a.index - b.index);
  const chosen = chooseCandidate(candidates, about, bothNamed, lead);
  if (!chosen) return [];
  if (chosen.matches.length > 0) {
    const claims = claimsFromMatches(
      cfb,
      chosen,
      sentence,
      span,
      chosen.reading,
      asOf,
      published,
      lead ?? opening,
    );
    const second = secondDeal(chosen, candidates, sentence);
    if (second === null) return claims;
    const { candidate, statement } = second;
    const more = claimsFromMatches(
      cfb,
      candidate,
      sentence,
      span,
      candidate.reading,
      asOf,
      published,
      null,
      statement,
    );
    return [...claims, ...more].sort(inReadingOrder);
  }
  const bare = bareFigureClaim(cfb, chosen, sentence, span, chosen.reading, asOf, published, asked);
  return bare ? [bare] : [];
}

/** Capitalised words a sentence may hold besides its parties' names: months, days, a speaker's "I". */
const PLAIN_CAPITALS = new Set(
  'I January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday AGI API APIs CEO GPU GPUs IPO US UK EU'.split(
    ' ',
  ),
);

/**
 * Whether the sentence names someone outside the deal by a capitalised name ("the exclusive cloud for the
 * Navy"): a word past the sentence's first that is no part of a party's name. Then a term of one side is not
 * read as the deal's on the strength of the page alone.
 */
function namesAnotherProperNoun(folded: string, partnership: CompiledPartnership): boolean {
  const named = partnership.parties.context.flatMap((re) => placesOf(re, folded));
  for (const m of folded.matchAll(/(?<=[\s(“"'])[A-Z][\w&.-]*/g)) {
    const at = m.index ?? 0;
    // A sentence's first word, and the first after a speaker's label or a colon, are capitalised anyway.
    if (/^\W*$|[:.!?]\s*$/.test(folded.slice(0, at))) continue;
    if (PLAIN_CAPITALS.has(m[0].replace(/[.,]+$/, ''))) continue;
    if (named.some((n) => n.start <= at && at < n.end)) continue;
    return true;
  }
  return false;
}

/** A sentence that opens on a supposition: "If …", "Should …", "Assuming …", "At a $500 billion valuation, …". */
const SUPPOSITION =
  /^(?:if|should|were|assuming|suppose|supposing|on (?:those|these|such) (?:numbers|figures|assumptions)|at (?:a|an|the|that|this|today's)\b[^,;]{0,40}\b(?:valuation|price|mark|multiple))\b/i;
/** A worth worked out in the supposition's consequence: "would be worth", "could be valued at", "might come to". */
const SUPPOSED_WORTH =
  /\b(?:would|could|might)\s+(?:(?:still|then|now|only|easily)\s+)?(?:be\s+(?:worth|valued)|cost|come to|amount to|work out)\b/i;

function supposesWorth(folded: string): boolean {
  return SUPPOSITION.test(pastOpening(folded)) && SUPPOSED_WORTH.test(folded);
}

/** A match read with figures: what a supposition's numbers would put in doubt. */
function figured(m: FactMatch): boolean {
  return m.frame.frame.needs.length > 0 || m.agreedKinds.length > 0 || m.clash !== null;
}

/** "A gigawatt", "a billion dollars": a unit told by its article, in a view, is no figure stated ("every gigawatt
 * it lands is a gigawatt lost to a rival"). */
function unitByArticle(folded: string, v: FoundValue): boolean {
  return /^an?\s/i.test(folded.slice(v.start, v.end));
}

/** Words of something put to use: what a deal's capacity runs on, uses or includes. */
const PUT_TO_USE =
  /\b(?:run|runs|running|ran|use|uses|using|used|tap|taps|tapping|span|spans|include|includes|including|train|trains|training|trained|deploy\w*|power|powers|powered|built on|draw on|draws on|rel(?:y|ies|ied|ying) on|depend\w* on|optimi[sz]\w*|tuned for|buy|buys|bought|purchas\w*|capacity|access)\b/i;

/** "its own", "their in-house" just before a product's name. */
const OWN_BEFORE = /\b(?:its|their) (?:own|in-house|home-grown|homegrown|proprietary)\s+$/i;
const OWN_NAMED = /\b(?:its|their) (?:own|in-house|home-grown|homegrown|proprietary) [A-Z]/;

/** "…," one early investor said; said an investor in the lab: an investor told as who speaks. */
const SPEAKS_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|noted|added|argued|wrote|put it)\b/i;
const SPEAKS_BEFORE =
  /\b(?:said|says|told|noted|added|argued|wrote)\s+(?:one|an?|another|the)\s+(?:[\w-]+\s+){0,2}$/i;
function investorSpeaks(folded: string, w: Span): boolean {
  if (!/^investors?$/i.test(folded.slice(w.start, w.end))) return false;
  return (
    SPEAKS_AFTER.test(folded.slice(w.end, w.end + 40)) ||
    SPEAKS_BEFORE.test(folded.slice(Math.max(0, w.start - 40), w.start))
  );
}

/** The plural of investor alone: the market's investors, in a sentence of market colour. */
const INVESTORS = /^investors$/i;
/** "Investors are still working out …", "Some investors worry …": the market's investors as the subject. */
const INVESTORS_LEAD = /^\W*(?:(?:some|many|most|other|several|big|large)\s+)?investors\b/i;

/**
 * A second deal the sentence tells of in a statement of its own ("C calls B a core partner; D remains its preferred
 * one"): a deal whose terms all stand in one statement that holds none of the chosen deal's terms, and that names a
 * side the chosen deal does not have. Its claims are judged there, as well as the chosen deal's.
 */
function secondDeal(
  chosen: Candidate,
  candidates: readonly Candidate[],
  sentence: string,
): { candidate: Candidate; statement: Span } | null {
  const statements = statementsOf(sentence);
  if (statements.length < 2) return null;
  // A term's statement is the one its last word stands in: a frame's words may reach back across the turn.
  const home = (m: FactMatch) => statements.find((st) => m.end > st.start && m.end <= st.end);
  const ownSides = new Set(chosen.partnership.partnership.parties.map((p) => p.id));
  for (const c of candidates) {
    if (c === chosen || c.named === 0 || c.matches.length === 0) continue;
    const statement = home(c.matches[0]);
    if (!statement || c.matches.some((m) => home(m) !== statement)) continue;
    if (chosen.matches.some((m) => home(m) === statement)) continue;
    const text = c.reading.folded.slice(statement.start, statement.end);
    const namesOwnSide = c.partnership.partnership.parties.some(
      (p, i) => !ownSides.has(p.id) && c.partnership.parties.party[i].test(text),
    );
    if (namesOwnSide) return { candidate: c, statement };
  }
  return null;
}

/** The statements of a sentence, split where it turns (STATEMENT_BREAK). */
function statementsOf(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of allMatches(STATEMENT_BREAK, sentence)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < sentence.length) out.push({ start, end: sentence.length });
  return out;
}

/**
 * The partnership a sentence is about: the one whose parties it names most, among those with a matching fact;
 * then the one the page is most about. Not the one the page happens to mention first. `bothNamed`: the sentence
 * names both parties of some partnership.
 */
function chooseCandidate(
  candidates: Candidate[],
  about: ReadonlyMap<CompiledPartnership, number>,
  bothNamed: boolean,
  lead: CompiledPartnership | null,
): Candidate | null {
  // The lead deal wins a tie only over deals whose named sides it names too: "up to a gigawatt on <the shared
  // maker's systems>" on a page led by one of that maker's deals, not a sentence naming another deal's side.
  const leading = bothNamed
    ? undefined
    : candidates.find((c) => c.partnership === lead && c.matches.length > 0);
  const namedBy = (c: Candidate, id: string) =>
    c.partnership.partnership.parties.some((p, i) => p.id === id && c.presence[i]);
  const leadCovers =
    leading !== undefined &&
    candidates.every(
      (c) =>
        c.matches.length === 0 ||
        c.partnership.partnership.parties.every((p, i) => !c.presence[i] || namedBy(leading, p.id)),
    );
  const rank = (c: Candidate) => [
    c.matches.length > 0 ? 1 : 0,
    c.named,
    // A deal the page only hints at (one party named) gives way to one the page is about.
    c.both || (about.get(c.partnership) ?? 0) > ONE_PARTY_PAGE ? 1 : 0,
    // Of two deals whose sides the sentence both names ("for all the talk of A's deal, B's main cloud remains
    // C"), the one whose sides stand in the clause of the term it states.
    bothNamed && c.both && c.matches.length > 0 && sidesSpread(c) >= OTHER_CLAUSE ? -1 : 0,
    c.matches.some((m) => !m.clash) ? 1 : 0,
    // Of deals whose sides the sentence names as much, the one the headline leads with.
    leadCovers && c === leading ? 1 : 0,
    Math.max(0, ...c.matches.map((m) => m.score)),
    about.get(c.partnership) ?? 0,
    // Last, the deal whose parties stand in the clause that names a deal ("while X works with Y, Z's pact
    // with W is …").
    c.matches.length === 0 && c.both ? partiesBesideDealWord(c.reading, c.partnership) : 0,
  ];
  let best: Candidate | null = null;
  let bestRank: number[] = [];
  for (const c of candidates) {
    if (c.named === 0 && c.matches.length === 0 && !c.speaksForDeal) continue;
    if (c.matches.length > 0 && !counts(c.matches, c.both, bothNamed)) continue;
    const r = rank(c);
    if (!best || lexicographicallyGreater(r, bestRank)) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

/**
 * A candidate's matches take part in the choice: a sentence that names both sides of one deal is not made a
 * wrong figure of another deal it names one side of.
 */
function counts(matches: readonly FactMatch[], both: boolean, bothNamed: boolean): boolean {
  return matches.length > 0 && !(bothNamed && !both && matches.every((m) => m.clash));
}

/** What a side named outside the term's clause counts as, beyond its distance. */
const OTHER_CLAUSE = 1000;

/** How far the farthest side of the deal stands from the term it states best (its match with the sides nearest). */
function sidesSpread(c: Candidate): number {
  const { folded } = c.reading;
  const places = c.partnership.parties.party.map((re) => placesOf(re, folded));
  let best = Number.POSITIVE_INFINITY;
  for (const m of c.matches) {
    let spread = 0;
    for (const hits of places) {
      let nearest = Number.POSITIVE_INFINITY;
      for (const h of hits) {
        // A side named in another clause than the term's stands farther than any in it.
        const outside = h.end <= m.clause.start || h.start >= m.clause.end ? OTHER_CLAUSE : 0;
        nearest = Math.min(nearest, outside + Math.max(0, m.start - h.end, h.start - m.end));
      }
      // A side the sentence does not name (the third of a three-sided deal) counts as one outside the clause.
      spread = Math.max(spread, Number.isFinite(nearest) ? nearest : OTHER_CLAUSE);
    }
    best = Math.min(best, spread);
  }
  return Number.isFinite(best) ? best : 0;
}

function lexicographicallyGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

function assess(
  cfb: CompiledFactBase,
  reading: SentenceReading,
  match: FactMatch,
  asOf: IsoDate,
  published: IsoDate | null,
): Assessment {
  const nowYear = Number((published ?? asOf).slice(0, 4));
  const markers = timeMarkers(reading.folded, nowYear, reading.toldIn);
  // Reported speech is judged at the time it was said (the date it gives, else the page's date), in the tense
  // of what was said: "announced that it had raised …" points at the past of that time.
  const said = reportedSpeech(reading.folded, match.start);
  // Money announced on the page's day stays announced; a term said to hold that day is still a term told as
  // current ("…, the companies said on Monday": the sum is news of that day, the exclusivity a standing term).
  const speech = said?.closing && match.fact.topic !== 'investment' ? null : said;
  if (speech) {
    // "Said in February": the latest February not after the page's date (or today's, when the page gives none).
    const placed = speech.bareMonth ? placeBareMonth(speech.bareMonth, published ?? asOf) : null;
    let said = speech.at ?? placed?.at ?? published;
    const saidMonth = speech.month ?? placed?.month ?? null;
    // Said "in September 2025" (a month: read as its middle) about a fact that began later that month: what was
    // said stands by the month's end, so it is judged once the fact began, not before.
    if (saidMonth !== null && said !== null) {
      const from = factPeriod(match.fact, cfb.events).from;
      if (from?.startsWith(saidMonth) && from > said) said = from;
    }
    const spoken = markers.filter((m) => m.at >= speech.end);
    const framing = framingAt(spoken, match.clause, match.start, reading.folded);
    const at = (ref: IsoDate) => statusAt(match, framing, said && said < ref ? said : ref, cfb.events);
    return {
      match,
      framing,
      now: at(asOf),
      whenPublished: published ? at(published) : null,
      begun: begunBy(match, said, cfb),
    };
  }
  const told = framingAt(markers, match.clause, match.start, reading.folded);
  // "Has raised $30 billion in a round that values it at …": the round's valuation, true of that round for good.
  const roundsOwn =
    (match.frame.frame.relation === 'valuation' || match.fact.topic === 'investment') &&
    valuedInRound(reading.folded);
  const framing =
    told === 'present' && (roundsOwn || instrumentSays(reading.folded) || earlierSum(reading, match))
      ? 'past'
      : told;
  const now = statusAt(match, framing, asOf, cfb.events);
  const early = now === 'supported' && productBeforeItsDeal(match, framing, reading, published, cfb);
  return {
    match,
    framing,
    // A report of it ("one newsletter reported") is the press's telling: unverified, not the page's mistake.
    now: early ? (reading.spans('hedge').length > 0 ? 'unverified' : 'contradicted') : now,
    ...(early ? { early } : {}),
    whenPublished: published ? statusAt(match, framing, published, cfb.events) : null,
    begun: begunBy(match, published, cfb),
  };
}

/** "On top of the", "in addition to its": what stands before a sum told as money that came before new money. */
const ON_TOP_BEFORE =
  /\b(?:on top of|in addition to|besides|beyond|atop|adding to|added to)\s+(?:(?:the|its|their|an?)\s+)?(?:(?:earlier|previous|prior|original|first)\s+)?(?:US)?$/i;

/**
 * "…, on top of the $8 billion it has already put in": the fact's sum told as what came before the sentence's new
 * money, true of its time for good, not a total told as current.
 */
function earlierSum(reading: SentenceReading, match: FactMatch): boolean {
  const amount = match.fact.values.amountUsd;
  if (amount === undefined || match.fact.topic !== 'investment') return false;
  return reading.values.values.some(
    (v) =>
      v.kind === 'amountUsd' &&
      v.value === amount &&
      ON_TOP_BEFORE.test(reading.folded.slice(Math.max(0, v.start - 40), v.start)),
  );
}

/**
 * "The letter of intent calls for ten gigawatts", "Under the memorandum, …": what a written instrument says, true of
 * that instrument though a later agreement replaced it; not a term told as still holding.
 */
function instrumentSays(folded: string): boolean {
  return (
    /letter|memorand|LOI|MOU|term sheet/i.test(folded) &&
    INSTRUMENT_SAYS.test(folded) &&
    !STILL_HOLDS.test(folded)
  );
}

const INSTRUMENT_SAYS =
  /\b(?:letters? of intent|LOIs?|memorand(?:um|a)(?: of understanding)?|MOUs?|term sheets?|(?:the|that|this) letter)\b(?:,? [\w-]+){0,3}? (?:calls? for|called for|says|said|provides? for|provided for|sets? out|spells? out|spelled out|envisag\w+|contemplat\w+|stipulat\w+)\b|\bunder (?:the|that|this|its|their) (?:\d{4} )?(?:letter|LOI|memorandum|MOU|term sheet)\b/i;

/** "Under the letter the lab will still …": the term told as holding today, not what the instrument said. */
const STILL_HOLDS = /\b(?:still|remains?|continues?|today|now)\b/i;

/**
 * A product read as told before its deal ("the chips their maker designs", of a later co-design) that another fact
 * of the sentence, one the deal of the day held, names too ("will use Trainium … to train its models"): the
 * product was part of that day's deal, so the later fact is not read there.
 */
function keptInTheDeal(assessments: Assessment[]): Assessment[] {
  return assessments.filter((a) => {
    if (!a.early) return true;
    const products = a.match.frame.frame.mentions;
    return !assessments.some(
      (b) =>
        !b.early &&
        b.now === 'supported' &&
        b.begun &&
        b.match.frame.frame.mentions.some((name) => products.includes(name)),
    );
  });
}

/** How long before a term was agreed a page may tell of it as news breaking early, not as a mistake. */
const EARLY_NEWS_DAYS = 45;

/**
 * "The deal will run on its in-house chips", written months before those chips were agreed: the page told of the
 * deal of its day a product that was not part of it. Only a product read by name, told as the present, with no
 * time of its own and no word of plans ("plans to use its chips" may well come true).
 */
function productBeforeItsDeal(
  match: FactMatch,
  framing: Framing,
  reading: SentenceReading,
  published: IsoDate | null,
  cfb: CompiledFactBase,
): boolean {
  return (
    published !== null &&
    framing === 'present' &&
    match.frame.mentions.length > 0 &&
    // Working together on a product may well predate the release that told of it.
    match.frame.frame.relation !== 'partnership' &&
    !match.intended &&
    match.fact.values.amountUsd === undefined &&
    reading.values.sinceYears.length === 0 &&
    !reading.values.values.some((v) => v.kind === 'year' || v.kind === 'month') &&
    !begunBy(match, addDays(published, EARLY_NEWS_DAYS), cfb)
  );
}

/** Whether the fact had begun by the given day (a fact of no start, or no day known, counts as begun). */
function begunBy(match: FactMatch, day: IsoDate | null, cfb: CompiledFactBase): boolean {
  const from = factPeriod(match.fact, cfb.events).from;
  return day === null || from === null || from <= day;
}

function worse(a: Assessment, b: Assessment, key: 'now' | 'whenPublished', text: string): Assessment {
  const sa = a[key];
  const sb = b[key];
  if (sa === null || sb === null) return a;
  // A fact that began only after the page was written (or the words were said) is not what it tells of, when
  // another that had begun reads the sentence too.
  if (a.begun !== b.begun) return a.begun ? a : b;
  // "A figure the parties never disclosed", when another fact of the record holds that very figure: the figure
  // is that fact's ("the 2019 agreement, with its one-billion-dollar investment").
  if (a.match.statesUndisclosed && b.match.agreedKinds.includes('amountUsd')) return b;
  if (b.match.statesUndisclosed && a.match.agreedKinds.includes('amountUsd')) return a;
  if (SEVERITY[sb] !== SEVERITY[sa]) return SEVERITY[sb] > SEVERITY[sa] ? b : a;
  if (b.match.score !== a.match.score) return b.match.score > a.match.score ? b : a;
  // A tie: the fact whose own words the sentence reads most like.
  return closerWording(text, a.match.fact.summary, b.match.fact.summary) ? b : a;
}

/** Words that tell of the sum beside them ("a further", "at least"), not of one in another clause. */
const SUM_QUALIFIERS: ReadonlySet<string> = new Set(['another-sum', 'at-least']);

/** Figures that measure a term, as against the dates that place it. */
const MAGNITUDES: ReadonlySet<string> = new Set(['amountUsd', 'percent', 'gigawatts']);

/** Matches whose clauses overlap make one claim; matches in separate clauses make separate claims. */
function groupByClause(
  assessments: Assessment[],
): Array<{ span: Span; items: Assessment[]; press: boolean }> {
  const groups: Array<{ span: Span; items: Assessment[] }> = [];
  const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // A press-only figure in a clause of its own is a claim apart from a term the record supports, with a figure of
  // its own (or one told only as "multibillion"), told elsewhere in the sentence: the reader sees the supported
  // term, and the figure as unverified.
  // Among press reports alone, beside a term the record faults (the sentence's verdict already), or as the sum of
  // a term told without one ("another infusion came in 2021, said to be worth $2 billion"), it is one claim.
  const settled = assessments.filter((b) => b.match.fact.confidence !== 'reported');
  const pressApart = (a: Assessment) => {
    const own = a.match.pressFigureClause;
    return own !== undefined &&
      settled.length > 0 &&
      settled.every(
        (b) =>
          b.now === 'supported' &&
          (b.match.agreedKinds.some((k) => MAGNITUDES.has(k)) ||
            b.match.frame.frame.with.includes('multiyear')) &&
          !overlap(b.match.detailClause ?? b.match.clause, own),
      )
      ? own
      : undefined;
  };
  // "committed to buy $30 billion of capacity and to contract up to one gigawatt more": figures each in a clause of
  // its own are statements of their own, though one frame's words reach across both.
  // A frame read from words of another statement alone goes to its figure's clause only when no other frame's words
  // stand there ("paid it, $2.75 billion, so A is in for $4 billion"). One whose figure sits among another term's
  // words ("… from $38 billion to $100 billion, while B committed …") stays where its words are, as does one read
  // with a word that qualifies the sum beside it ("put in a further $2.75 billion, completing the $4 billion …").
  const sized = new Map<Assessment, Span>();
  for (const a of assessments) {
    const own = a.match.figureClause;
    if (
      own !== undefined &&
      a.match.frame.frame.needs.some((k) => MAGNITUDES.has(k)) &&
      (overlap(a.match, own) ||
        (!a.match.frame.frame.with.some((w) => SUM_QUALIFIERS.has(w)) &&
          !assessments.some((b) => b !== a && overlap(b.match, own))))
    )
      sized.set(a, own);
  }
  const figureApart = (a: Assessment) => {
    const own = sized.get(a);
    return own !== undefined && [...sized.values()].some((theirs) => !overlap(theirs, own)) ? own : undefined;
  };
  // Each match's clause, worked out once: the sort below compares them many times. A press figure placed apart is
  // remembered as such: its group is a claim beside the sentence's term, not its lead.
  const press = new Set<Assessment>();
  const placed = new Map<Assessment, Span>();
  for (const a of assessments) {
    const apart = a.match.detailClause ? undefined : pressApart(a);
    if (apart) press.add(a);
    placed.set(a, a.match.detailClause ?? apart ?? figureApart(a) ?? a.match.clause);
  }
  const clauseOf = (a: Assessment) => placed.get(a) ?? a.match.clause;
  for (const a of [...assessments].sort((x, y) => clauseOf(x).start - clauseOf(y).start)) {
    const c = clauseOf(a);
    const g = groups.find((x) => c.start < x.span.end && c.end > x.span.start);
    if (g) {
      g.items.push(a);
      g.span = { start: Math.min(g.span.start, c.start), end: Math.max(g.span.end, c.end) };
    } else groups.push({ span: { ...c }, items: [a] });
  }
  return groups.map((g) => ({ ...g, press: g.items.every((a) => press.has(a)) }));
}

function claimsFromMatches(
  cfb: CompiledFactBase,
  chosen: Candidate,
  sentence: string,
  span: Span,
  reading: SentenceReading,
  asOf: IsoDate,
  published: IsoDate | null,
  /** The deal the page leads with: a term its record shares with the chosen deal's is told as its. */
  pageDeal: CompiledPartnership | null = null,
  /** The statement of the sentence that tells of this deal, when another deal has the rest (secondDeal). */
  within: Span = { start: 0, end: sentence.length },
): JudgedClaim[] {
  const assessments = keptInTheDeal(chosen.matches.map((m) => assess(cfb, reading, m, asOf, published)));
  const groups = groupByClause(assessments);
  const judged = groups.map(({ span: placed, items: group, press }) => {
    const decisive = group.reduce((a, b) => worse(a, b, 'now', reading.folded));
    const asPublished = published
      ? group.reduce((a, b) => worse(a, b, 'whenPublished', reading.folded)).whenPublished
      : null;
    return { decisive, asPublished, group, placed, press };
  });
  // Separate claims where the reader is told something different (another verdict now or when published, or
  // another fact it rests on: "X stays the primary cloud, but the lab may now sell on any cloud" is two terms);
  // clauses with the same verdict on the same fact make one claim.
  const claims: typeof judged = [];
  for (const j of judged) {
    const same = claims.find(
      (c) =>
        c.decisive.now === j.decisive.now &&
        c.asPublished === j.asPublished &&
        c.decisive.match.fact.id === j.decisive.match.fact.id,
    );
    if (same) same.group.push(...j.group);
    else claims.push(j);
  }
  // A duration the record does not know ("a four-month exclusivity window") leaves the claim unsettled.
  const unexplained = reading.values.durations.filter(
    (d) => !chosen.matches.some((m) => d.start >= m.start && d.end <= m.end),
  );
  // The sentence's most severe claim keeps the whole sentence; the others get their own clause.
  // A press figure told apart leads only when the sentence states nothing else.
  const leaders = claims.some((c) => !c.press) ? claims.filter((c) => !c.press) : claims;
  const lead = leaders.reduce((a, b) => (SEVERITY[b.decisive.now] > SEVERITY[a.decisive.now] ? b : a));
  // Each claim stands where its group was placed (a figure told in a clause of its own is claimed there), with the
  // words that tell of it when they reach no other claim's place ("to contract more capacity, up to one gigawatt").
  const out = claims.map(({ decisive, asPublished, group, placed }) => {
    const others = claims.filter((c) => c.group !== group).map((c) => c.placed);
    const words = group[0].match.clause;
    const both = { start: Math.min(placed.start, words.start), end: Math.max(placed.end, words.end) };
    const place = others.some((o) => o.start < both.end && o.end > both.start) ? placed : both;
    const own = decisive === lead.decisive ? within : trimmed(sentence, pieceAround(sentence, place, others));
    const twin = pageDeal !== null ? sameTermIn(cfb, decisive.match.fact, pageDeal) : null;
    const [deal, told] =
      pageDeal !== null && twin !== null
        ? [pageDeal, { ...decisive, match: { ...decisive.match, fact: twin } }]
        : [chosen.partnership, decisive];
    return toClaim(cfb, deal, sentence, span, own, told, asPublished, group, asOf);
  });
  if (unexplained.length) {
    const d = unexplained[0];
    const first = out[0];
    out[0] = {
      ...first,
      status: 'unverified',
      asPublished: published ? 'unverified' : null,
      factId: null,
      explanation:
        `Unverified: "${reading.folded.slice(d.start, d.end)}" is not in the record. ${first.factSummary ?? ''}`.trim(),
      why: [...first.why, `"${reading.folded.slice(d.start, d.end)}" is not in the record`],
    };
  }
  return dedupeSameFact(out).sort(inReadingOrder);
}

/** Reading order; of claims that start together, the most severe (the one that keeps the whole statement) first. */
function inReadingOrder(a: JudgedClaim, b: JudgedClaim): number {
  return a.start - b.start || SEVERITY[b.status] - SEVERITY[a.status];
}

/** Two claims resting on the same fact in one sentence are one claim. */
function dedupeSameFact(claims: JudgedClaim[]): JudgedClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.factId}:${c.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a sentence breaks between statements: a semicolon, a colon, a dash set off by spaces, a turn ("but"). */
const STATEMENT_BREAK = /[;:]|\s[–—-]\s|\s(?=(?:but|while|whereas|though|although)\b)/g;

/**
 * The statement a clause stands in ("In January, X announces a multiyear, multibillion-dollar investment; …"):
 * the clause widened to the breaks around it, unless that would take in another claim's clauses.
 */
function pieceAround(sentence: string, clause: Span, others: readonly Span[]): Span {
  let start = 0;
  let end = sentence.length;
  for (const m of allMatches(STATEMENT_BREAK, sentence)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= clause.start) start = at + m[0].length;
    else if (at >= clause.end) {
      end = at;
      break;
    }
  }
  return others.some((o) => o.start < end && o.end > start) ? clause : { start, end };
}

function trimmed(sentence: string, clause: Span): Span {
  let { start, end } = clause;
  while (start < end && /[\s,;:(—-]/.test(sentence[start])) start++;
  while (end > start && /[\s,;:)—-]/.test(sentence[end - 1])) end--;
  // A piece cut before the next sum of a series ("invested $1 billion in 2019 and") ends before its "and".
  const joined = / (?:and|plus)$/i.exec(sentence.slice(start, end));
  if (joined) end -= joined[0].length;
  return { start, end };
}

function toClaim(
  cfb: CompiledFactBase,
  partnership: CompiledPartnership,
  sentence: string,
  span: Span,
  own: Span,
  decisive: Assessment,
  asPublished: Status | null,
  group: Assessment[],
  asOf: IsoDate,
): JudgedClaim {
  const { fact } = decisive.match;
  const explained = explainFact(
    cfb,
    fact,
    decisive.now,
    decisive.framing,
    asOf,
    Boolean(decisive.match.clash),
    decisive.match.removal,
    decisive.match.forecastBy,
  );
  const period = factPeriod(fact, cfb.events);
  const start = span.start + own.start;
  const end = span.start + own.end;
  return {
    id: `c${start}-${end}`,
    text: sentence.slice(own.start, own.end),
    start,
    end,
    status: decisive.now,
    asPublished,
    topic: fact.topic,
    factId: fact.id,
    explanation: explained.explanation,
    source: explained.source,
    factSummary: fact.summary,
    validFrom: period.from,
    validTo: period.to && period.to <= asOf ? period.to : null,
    amendment: explained.amendment,
    score: decisive.match.score,
    why: [`read as ${decisive.framing}`, ...group.flatMap((a) => a.match.why)],
    partnership: partnership.partnership.id,
  };
}

/** Word classes that, next to a figure, make a partnership term no fact settles, and the topic they make. */
const BARE_FIGURE_TOPICS: Array<[Topic, string[]]> = [
  ['revenue-share', ['revenue', 'share']],
  ['stake', ['stake']],
  ['compute-commitment', ['commitment', 'services']],
  ['warrant', ['warrant']],
  ['investment', ['invest']],
  ['cloud', ['exclusive']],
  ['other', ['restraint']],
];

/**
 * A figure put on the deal by unnamed sources or reports ("people familiar put the figure at about $10 billion",
 * "reports have valued it at", "it is worth several billion dollars a year, a person familiar said"): on a page
 * about one deal, a claim about that deal's money the record may not settle.
 */
// Three patterns, each tested only after a cheap look for its first words (one pattern of all three compiled to
// some 50 kB of machine code).
const FIGURE_PUT_AT =
  /\b(?:put|puts|putting|pegged|pegs|valued|values|valuing|estimat\w*)\b[^.;]{0,50}?\b(?:at|in)\s+(?:(?:about|around|roughly|approximately|nearly|almost|more than|over|some|close to|an estimated|up to|as much as|the)\s+)?(?:\$|US\$|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|several|tens|a few)\b)/i;
const FIGURE_WORTH =
  /\b(?:is|was|are|were|be|been)\s+worth\s+(?:(?:about|around|roughly|more than|over|some|close to)\s+)?(?:\$|\d|several\b|tens\b|hundreds\b|a few\b|billions\b|millions\b)/i;
const FIGURE_SAID =
  /\b(?:reported|thought|believed|said|estimated|understood)\s+(?:to be\s+)?(?:(?:worth|at|close to|near|around|about|roughly|some)\s+)+(?:the\s+full\s+)?(?:\$|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|several|tens|hundreds)\b)/i;
/** "The number everyone uses is ten billion", "the figure cited was $10 billion": a sum named as the figure. */
const FIGURE_IS =
  /\b(?:number|figure|sum|amount|price tag)\b[^.;]{0,40}?\b(?:is|was|at|of)\s+(?:(?:about|around|roughly|approximately|nearly|some|close to)\s+)?(?:\$|US\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)\b)/i;
const figurePut = (folded: string): boolean =>
  (/number|figure|sum|amount|price tag/i.test(folded) && FIGURE_IS.test(folded)) ||
  (/\b(?:put|peg|valu|estimat)/i.test(folded) && FIGURE_PUT_AT.test(folded)) ||
  (/worth/i.test(folded) && FIGURE_WORTH.test(folded)) ||
  (/reported|thought|believed|said|estimated|understood/i.test(folded) && FIGURE_SAID.test(folded));
const REPORT_WORD = /report|press acc|thought to|believed to|understood to/i;
const REPORTS =
  /\b(?:reports|press accounts|widely reported|was reported|were reported|is reported|are reported|(?:is|are|was|were) (?:thought|believed|understood) to be)\b/i;

/** Worked out once per reading: a sentence asks for it while finding its deal and again for an unlisted term. */
const hearsayOfReading = new WeakMap<SentenceReading, boolean>();

function hearsayFigure(reading: SentenceReading): boolean {
  let hearsay = hearsayOfReading.get(reading);
  if (hearsay === undefined) {
    // Told by unnamed sources, by reports, or by a news outlet the fact base names ("Bloomberg put it at …").
    hearsay =
      (reading.spans('unnamed-source').length > 0 ||
        reading.spans('press').length > 0 ||
        (REPORT_WORD.test(reading.folded) && REPORTS.test(reading.folded))) &&
      figurePut(reading.folded);
    hearsayOfReading.set(reading, hearsay);
  }
  return hearsay;
}

/** "Several billion dollars", "tens of billions": a sum told without its figure. */
const VAGUE_SUM =
  /\b(?:several|many|tens of|hundreds of|a few)\s+(?:billion|million)s?\b|\b(?:billions|millions) of dollars\b/i;

/** Money sought from investors other than the deal's ("in talks to raise money from other investors"). */
const OTHER_INVESTORS = /\b(?:other|new|outside|more|additional|further) (?:investors|backers|funders)\b/i;

/** A term the sentence states about the deal that the record does not list, with why it is unverified. */
function unlistedTerm(chosen: Candidate, reading: SentenceReading): { topic: Topic; why: string } | null {
  // "Did not say whether X gets a seat": a question left open states no term.
  if (/whether|\bif\b/i.test(reading.folded) && leftUnsaid(reading.folded)) return null;
  // Hearsay: a term told by unnamed sources about a deal whose parties the sentence names.
  if (chosen.both && reading.spans('unnamed-source').length > 0 && reading.spans('partnership').length > 0)
    return { topic: 'other', why: 'a term told by unnamed sources that the record does not settle' };
  // The same of the page's deal's money ("much of the $1 billion will come as credits, people familiar said").
  if (
    (chosen.both || chosen.speaksForDeal) &&
    (chosen.named > 0 || hearsayFigure(reading)) &&
    !INVESTORS_LEAD.test(reading.folded) &&
    (reading.spans('unnamed-source').length > 0 || hearsayFigure(reading)) &&
    (reading.values.values.some((v) => v.kind === 'amountUsd' && (!v.valuation || hearsayFigure(reading))) ||
      /\bmoney\b/i.test(reading.folded) ||
      VAGUE_SUM.test(reading.folded)) &&
    (reading.spans('invest').length > 0 ||
      reading.spans('commitment').length > 0 ||
      MONEY_TERMS.test(reading.folded) ||
      hearsayFigure(reading)) &&
    !OTHER_INVESTORS.test(reading.folded)
  )
    return {
      topic: 'investment',
      why: 'a term of the money told by unnamed sources that the record does not settle',
    };
  // What the deal is said to include ("the pact also covers a joint lab").
  if ((chosen.both || chosen.speaksForDeal) && dealIncludes(reading))
    return { topic: 'other', why: 'a part of the deal that the record does not list' };
  // The two parties bound to something for a stated time ("must let X review every model for six months",
  // "agreed a ten-year non-compete").
  const bound = reading.spans('obligation').length > 0 || reading.spans('restraint').length > 0;
  if (chosen.both && bound && reading.values.periods.length > 0)
    return { topic: 'other', why: 'a term binding the parties that the record does not list' };
  // A seat on the board ("X now holds a seat on Y's board").
  if (chosen.both && seatClaim(reading))
    return { topic: 'board', why: 'a board seat that the record does not list' };
  return null;
}

/** How deal money is paid or spent: credits, cash, flowing back as payment. */
const MONEY_TERMS =
  /\b(?:credits?|in cash|rather than cash|flow(?:s|ed|ing)? back|paid (?:in|out)|instal(?:l)?ments?|tranches?)\b/i;

/**
 * A figure next to a partnership term that no fact settles ("reportedly exceeding $100 billion", "a 15% revenue
 * share"): a claim, but unverified. Market colour, earnings and lawsuits are left alone.
 */
function bareFigureClaim(
  cfb: CompiledFactBase,
  chosen: Candidate,
  sentence: string,
  span: Span,
  reading: SentenceReading,
  asOf: IsoDate,
  published: IsoDate | null,
  asked: readonly Span[],
): JudgedClaim | null {
  if ((chosen.named === 0 && !chosen.speaksForDeal) || DECOY_CUES.test(reading.folded)) return null;
  if (supposesWorth(reading.folded)) return null;
  const unlisted = unlistedTerm(chosen, reading);
  if (unlisted !== null) {
    return bareClaim(
      cfb,
      chosen.partnership,
      sentence,
      span,
      unlisted.topic,
      asOf,
      published ? 'unverified' : null,
      [unlisted.why],
    );
  }
  // A figure an indirect question asks about ("asks whether B owns half of C") is no figure stated.
  const stated = (v: Span) => !asked.some((a) => a.start <= v.start && v.start < a.end);
  const figures = reading.values.values.filter(
    (v) =>
      ((v.kind === 'amountUsd' && !v.valuation) || v.kind === 'percent' || v.kind === 'gigawatts') &&
      stated(v),
  );
  if (figures.length === 0 && reading.values.durations.length === 0) return null;
  const near = (wordClass: string) =>
    reading
      .spans(wordClass)
      .some((s) => [...figures, ...reading.values.durations].some((v) => Math.abs(v.start - s.start) < 70));
  const topic = BARE_FIGURE_TOPICS.find(([, classes]) => classes.every(near))?.[0];
  if (!topic) return null;
  // "20% of the lab's revenue" is a cut of its revenue, not a stake in it.
  if (topic === 'stake' && near('revenue')) return null;
  // Money figures need both parties in the sentence: "X will spend $80 billion on data centres" is about X
  // alone. A stake or a revenue cut names one party and implies the other.
  const impliesOther = topic === 'stake' || topic === 'revenue-share';
  if (!chosen.both && !impliesOther) return null;
  return bareClaim(cfb, chosen.partnership, sentence, span, topic, asOf, published ? 'unverified' : null, [
    'a figure beside a partnership term that no fact in the record settles',
  ]);
}

function bareClaim(
  cfb: CompiledFactBase,
  partnership: CompiledPartnership,
  sentence: string,
  span: Span,
  topic: Topic,
  asOf: IsoDate,
  asPublished: Status | null,
  why: string[],
): JudgedClaim {
  // What is known nearby: the newest confirmed fact of the topic that still holds.
  const nearby = [...cfb.facts.values()]
    .filter(
      (f) =>
        f.partnership === partnership.partnership.id && f.topic === topic && f.confidence === 'confirmed',
    )
    .map((f) => ({ f, period: factPeriod(f, cfb.events) }))
    .filter(({ period }) => period.from !== null && period.from <= asOf && (!period.to || period.to > asOf))
    .sort((a, b) => byString(b.period.from ?? '', a.period.from ?? ''))[0];
  const event = nearby?.f.since ? cfb.events.get(nearby.f.since) : undefined;
  const source = event?.sources[0];
  return {
    id: `c${span.start}-${span.end}`,
    text: sentence,
    start: span.start,
    end: span.end,
    status: 'unverified',
    asPublished,
    topic,
    factId: null,
    explanation: nearby
      ? `Unverified: no primary source gives this figure. The record says: ${nearby.f.summary}`
      : 'Unverified: no primary source gives this figure.',
    source: source ? { title: source.title, url: source.url } : null,
    factSummary: nearby?.f.summary ?? null,
    validFrom: nearby?.period.from ?? null,
    validTo: null,
    amendment: event
      ? { eventId: event.id, date: event.date, summary: event.summary, source: source ?? null }
      : null,
    score: 0.5,
    why,
    partnership: partnership.partnership.id,
  };
}

/** Code-unit order: right for ISO dates, and free of the ICU collator's start-up cost in the page. */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
