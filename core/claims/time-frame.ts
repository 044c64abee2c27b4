// Which time a statement points at: the past ("was", "once", "until recently", "in July 2019") or
// the present ("is", "remains", "now", "will"). The marker nearest before the assertion, in its own
// clause first, decides; a statement with no marker is read as present.
import type { Span } from '../types';
import { allMatches } from './all-matches';
import { placeBareMonth } from './values';

export { placeBareMonth };

export type Framing = 'past' | 'present';

interface Marker {
  at: number;
  framing: Framing;
  /** A past time the sentence names ("in 2019", "as of mid-2025", "before the 2025 deal"). */
  dated?: boolean;
  /** A past participle opening a clause ("…, signed in 2019, …"): it describes, it does not assert. */
  appositive: boolean;
  /** A past time that opens the sentence before its comma ("In January 2025, …") or a timeline's stamp. */
  opening?: boolean;
  /** A timeline's stamp: its time holds for the whole line, past its semicolons. */
  line?: boolean;
}

// "Once" is past only as an adverb ("once the sole provider", "once said"), not as a conjunction, before a clause
// in the present ("once the lab declares", "once its panel verifies") or a participle ("once signed, the deal …").
// Told in code at each "once" of a sentence (onceIsPast): as one pattern, its look-ahead compiled to ~20 kB of
// machine code.
const ONCE = /\bonce\b/gi;
/** "once the", "once its", "once largely", "once the lab's": "once" before a noun phrase. */
const ONCE_BEFORE_NOUN = /^ (?:the|a|an|its|their|his|her|[a-z]+ly|\w+'s)\b/i;
/** "once said", "once held": "once" before a verb in the past. */
const ONCE_BEFORE_PAST =
  /^ (?:\w+ed|said|held|had|was|were|made|took|gave|told|thought|meant|saw|stood|paid)\b(?!,)/i;
/** Verbs in the present that make "once the lab declares" a conjunction, one to three words after the noun's start. */
const PRESENT_AFTER_ONCE = new Set(
  'is are has have does do can will declares reaches hits achieves gets becomes closes completes goes lists files signs meets starts begins ends expires verifies confirms'.split(
    ' ',
  ),
);
const WORDS_AFTER = /^(?:\s+[\w'-]+){1,4}/;

/** Whether the "once" ending at `end` is the adverb of the past. */
function onceIsPast(folded: string, end: number): boolean {
  const rest = folded.slice(end, end + 120);
  const noun = ONCE_BEFORE_NOUN.exec(rest);
  if (noun !== null) {
    const words = (WORDS_AFTER.exec(rest.slice(noun[0].length))?.[0] ?? '').trim().split(/\s+/);
    // A verb of the present as the second to fourth word after "once": a clause, "once" its conjunction.
    const clause = words
      .slice(1, 4)
      .some((w) => PRESENT_AFTER_ONCE.has((/^\w+/.exec(w)?.[0] ?? '').toLowerCase()));
    if (!clause) return true;
  }
  return ONCE_BEFORE_PAST.test(rest);
}
/** Single words of the past, looked up word by word: in PAST's alternation they were most of its machine code. */
const PAST_WORDS = new Set(
  'previously formerly originally initially owned had was were did spoke sketched kept remained stayed continued retained maintained sold lost gave granted made took assumed began signed agreed became secured changed struck backed invested poured held got received saw required obliged obligated allowed meant brought sealed inked extended expanded forged pledged promised reached decided named chose envisaged foresaw outlined planned paid bought spent raised ran formed closed contributed came arrived followed announced completed launched debuted unveiled disclosed revealed confirmed joined won landed lifted handed wired funded financed amended ended dropped scrapped replaced swapped renegotiated rewrote reworked restructured loosened relaxed relinquished ceded waived valued committed excluded barred prohibited prevented exempted pumped injected went opened entered started rolled shipped added switched moved invited concluded cleared ruled proposed sought asked demanded ordered probed examined reviewed investigated earlier'.split(
    ' ',
  ),
);
/**
 * The past's phrases and dates, and two words told by what is around them ("included", "put"); a document told by
 * its month ("its September letter of intent") was written then. Case is spelled out (a capital only where a
 * sentence may start, months capitalised as written): the same pattern ignoring case compiled to twice the code.
 */
const PAST =
  /\b([Aa]t first|[Uu]ntil recently|(?:[Bb]efore|[Pp]rior to) (?:the|its|their) (?:recapitali[sz]ation|restructuring|conversion|amendment|overhaul|new (?:deal|agreement|terms))|[Uu]sed to|[Hh]ad been|[Bb]ack then|[Aa]t (?:the|that) time|[Ii]ncluded(?![,.)])|[Cc]alled for|[Ss]et out|[Ll]aid out|[Cc]arved out|(?<!\b(?:will|to|would|could|may|might|can|should|must|'ll|not|n't)\s)[Pp]ut(?= (?:(?:about|around|roughly|nearly|some|another|a further|an additional)\s)?(?:(?:US)?\$|USD))|[Ll]ast (month|year|week)|(?<=\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Tt]hat|[Tt]his|[Ll]ast|[Ff]rom|[Uu]nder) )(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)? (?:letter|memorandum|agreement|deal|announcement|filing|statement|framework|pact|term sheet)|[Yy]ears? ago|[Ii]n the past|[Ii]n (January|February|March|April|May|June|July|August|September|October|November|December)|[Ii]n (19|20)\d\d|(?:[Aa]s of|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Ii]n|[Bb]efore|[Pp]rior to|[Uu]nder) (?:the )?(?:year )?(?:early|mid|late)?-? ?(?:19|20)\d\d|(?:[Ee]arly|[Mm]id|[Ll]ate)-(?:19|20)\d\d|(?:[Bb]etween|[Ff]rom) (?:19|20)\d\d (?:and|to|until|through) (?:19|20)\d\d|(January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?)?,? (19|20)\d\d)\b/g;
/** Single words of the present, looked up word by word as PAST_WORDS are. */
const PRESENT_WORDS = new Set(
  'is are remain remains still now currently continue continues holds retains keeps has have serves will stay stays gets maintains owns being holding today prevents secures gains runs hosts takes provides enjoys anymore'.split(
    ' ',
  ),
);
const PRESENT = /\b(no longer|going forward|so far|to date|thus far)\b/gi;
// "is now valued", "are still tied": an adverb may stand between.
const BE_BEFORE = /\b(?:is|are|am|be|been|being)\s+(?:(?:\w+ly|now|still|also|already|not|no longer)\s+)?$/i;
/** "has granted", "have invested", "has not yet invested": present perfect, a present statement. */
// "'s" is "has" only before a participle or an adverb ("it's already invested"), not after a possessive and
// its noun ("the lab's check came").
const PERFECT_BEFORE =
  /(?:\b(?:has|have)\s+(?:\w+\s+){0,2}|'s\s+(?:(?:not|also|already|yet|since|just|long|now|never|ever|\w+ly)\s+){0,2})$/i;

/**
 * Whether the comma at `comma` closes an aside opened by the comma before it (", introduced in January 2025,
 * ended …"): the verb after it is then the sentence's own, not another aside.
 */
function closesAside(folded: string, comma: number): boolean {
  const opened = folded.lastIndexOf(',', comma - 1);
  return opened >= 0 && ASIDE_START.test(folded.slice(opened + 1, comma));
}

const ASIDE_START = /^\s*(?:(?:\w+ly\s+)?[a-z]+ed\b|which\b|who\b|whose\b)/i;

/** ", reaffirmed " / "(signed on ": a participle opening an aside, right before a date. */
const PARTICIPLE_AFTER_COMMA = /[,(]\s*(?:\w+ly\s+)?[a-z]+ed\s+(?:(?:on|in|at|during|back in)\s+)?$/i;

/** An opening that sets the statement against another time or term, up to its comma. */
const CONTRAST_OPENING =
  /^\s*(?:unlike|in contrast to|as opposed to|compared with|compared to)\b[^,;:.]{0,60},/i;

/** A sentence opened by a past time and its comma: "In January 2025, …", "On March 4, 2024, …", "Back in 2019, …". */
const OPENING_DATE =
  /^\W*(?:back\s+)?(?:in|on|during|by)\s+(?:the\s+year\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+)?(?:19|20)\d\d,\s/i;

/** A dated marker ("in 2030", "March 2027") points at the past only when that year has begun by `nowYear`. */
const DATED_YEAR = /((?:19|20)\d\d)$/;

const WORD = /\w+/g;

/** A word of the sentence and its lower case, made once for the lookups of both tenses. */
interface Word {
  match: RegExpExecArray;
  lower: string;
}

/**
 * Where the past is named, left to right, as one alternation of PAST, PAST_WORDS and the adverb "once" would find
 * them: of two at one place the longer ("had been", not "had").
 */
function pastMarkers(folded: string, words: readonly Word[]): RegExpExecArray[] {
  const found = allMatches(PAST, folded);
  for (const w of words) if (PAST_WORDS.has(w.lower)) found.push(w.match);
  for (const m of allMatches(ONCE, folded)) if (onceIsPast(folded, m.index + m[0].length)) found.push(m);
  found.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  return found.filter((m, i) => i === 0 || m.index !== found[i - 1].index);
}

/** A timeline's stamp opening the sentence: "2020 – …", "2020: …", "March 2023 — …". */
const STAMP =
  /^\W*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\s*(?:[–—:]|-\s)\s*/i;

/** The year of the timeline's stamp that opens `folded`, or null. */
export function stampYear(folded: string): number | null {
  const stamp = STAMP.exec(folded);
  return stamp ? Number(stamp[1]) : null;
}

/** `toldIn`: the year of the timeline's line the sentence stands in, when its stamp is not in the sentence. */
export function timeMarkers(
  folded: string,
  nowYear = Number.POSITIVE_INFINITY,
  toldIn: number | null = null,
): Marker[] {
  const markers: Marker[] = [];
  // "2020 – X licenses Y": a timeline's line is told at its stamp, as "In 2020, …" is.
  const year = stampYear(folded) ?? toldIn;
  if (year !== null && year <= nowYear)
    markers.push({ at: 0, framing: 'past', appositive: false, dated: true, opening: true, line: true });
  const words = allMatches(WORD, folded).map((match) => ({ match, lower: match[0].toLowerCase() }));
  for (const m of pastMarkers(folded, words)) {
    const at = m.index;
    const dated = DATED_YEAR.exec(m[0]);
    // "As of 2024" on a page of 2024: the page's own present, a state told as current (not "as of mid-2025").
    if (
      dated &&
      (Number(dated[1]) > nowYear || (Number(dated[1]) === nowYear && /^as of \d{4}$/i.test(m[0])))
    ) {
      markers.push({ at, framing: 'present', appositive: false });
      continue;
    }
    if (dated) {
      // ", reaffirmed in 2026,": the date of a participle set off by a comma describes, as below.
      const described = PARTICIPLE_AFTER_COMMA.test(folded.slice(Math.max(0, at - 40), at));
      markers.push({ at, framing: 'past', appositive: described, dated: true });
      continue;
    }
    // "is valued at", "are funded by": a passive; its auxiliary (a marker of its own) says when.
    if (/ed$/i.test(m[0]) && BE_BEFORE.test(folded.slice(Math.max(0, at - 20), at))) continue;
    const perfect = PERFECT_BEFORE.test(folded.slice(Math.max(0, at - 20), at));
    const appositive =
      (/[,(]\s*$/.test(folded.slice(Math.max(0, at - 3), at)) &&
        /ed$|^made$|^held$/i.test(m[0]) &&
        !closesAside(folded, folded.lastIndexOf(',', at))) ||
      (/^in\s/i.test(m[0]) && PARTICIPLE_AFTER_COMMA.test(folded.slice(Math.max(0, at - 40), at)));
    markers.push({ at, framing: perfect && !/^(had|was|were)/i.test(m[0]) ? 'present' : 'past', appositive });
  }
  // "In January 2025, …": the past time that opens the sentence (its words may be found as "In January").
  const openingDate = /^\W*(?:back\s+)?(?:in|on|during|by)\s/i.test(folded)
    ? OPENING_DATE.exec(folded)
    : null;
  if (openingDate)
    for (const m of markers)
      if (m.at < openingDate[0].length && m.framing === 'past') {
        m.opening = true;
        m.dated = true;
      }
  for (const m of [
    ...allMatches(PRESENT, folded),
    ...words.filter((w) => PRESENT_WORDS.has(w.lower)).map((w) => w.match),
  ])
    markers.push({ at: m.index, framing: 'present', appositive: false });
  // "Unlike in 2019, …": the times of an opening contrast are the other side's, not the statement's.
  const contrast = CONTRAST_OPENING.exec(folded);
  if (contrast) for (const m of markers) if (m.at < contrast[0].length) m.appositive = true;
  // Everything in an appositive clause ("signed in 2019") describes; the clause ends at the next comma.
  for (const a of markers.filter((m) => m.appositive)) {
    const comma = folded.indexOf(',', a.at);
    const end = comma < 0 ? folded.length : comma;
    for (const m of markers) if (m.at > a.at && m.at < end) m.appositive = true;
  }
  return markers.sort((a, b) => a.at - b.at);
}

const REDUCED_RELATIVE =
  /^(?:[a-z]+ed|made|held|built|sold|bought|paid|run|ran)\s+(?:through|via|by|on|in|from|with|under|for|at|over)\b/i;

/** A participle right after a common noun ("calls made through"), not after a named subject ("X Corp. held on"). */
function reducedRelative(folded: string, at: number): boolean {
  return (
    REDUCED_RELATIVE.test(folded.slice(at, at + 30)) &&
    /\b[a-z][a-z-]*\s+$/.test(folded.slice(Math.max(0, at - 25), at))
  );
}

/** A sum added up to now ("so far", "to date"). */
const UP_TO_NOW = /^(?:so far|to date|thus far)\b/i;
/** Words that put a clause in the present whatever time the sentence set before ("…, but now …"). */
const EXPLICIT_PRESENT = /^(now|today|currently|no longer|anymore|at present|these days|still today)$/i;

export function framingAt(markers: Marker[], clause: Span, position: number, folded = ''): Framing {
  // A past time that opens the sentence ("As of mid-2025, X could still …", "Until early 2025, X ran …")
  // sets the time of what follows, unless the statement's own clause says now.
  // So does one that opens the sentence's own clause before its comma ("In January 2025, X is replaced by Y"), up to
  // a semicolon, and a timeline's stamp ("2020 – X licenses Y"), for its whole line: told in the present of that time.
  const opening = markers.find((m) => !m.appositive);
  const opener = markers.find((m) => m.opening === true);
  const ownOpening =
    opener !== undefined &&
    opener.at >= clause.start &&
    (opener.line === true || !folded.slice(opener.at, position).includes(';'));
  if ((opening?.dated && opening.at < clause.start) || ownOpening) {
    const present = markers.some(
      (m) =>
        m.at >= clause.start &&
        m.at <= position &&
        m.framing === 'present' &&
        EXPLICIT_PRESENT.test(wordAt(folded, m.at)),
    );
    if (!present) return 'past';
  }
  const inClause = markers.filter((m) => m.at >= clause.start && m.at < clause.end);
  // "$8 billion invested so far", "has put in $13 billion to date": a sum added up to now is told of now, in
  // whichever clause of the statement it stands.
  const statementEnd = folded.indexOf(';', clause.start);
  const upToNow = markers.some(
    (m) =>
      m.at >= clause.start &&
      (statementEnd < 0 || m.at < statementEnd) &&
      m.framing === 'present' &&
      UP_TO_NOW.test(folded.slice(m.at, m.at + 9)),
  );
  if (upToNow) return 'present';
  const before = inClause.filter((m) => m.at <= position);
  if (before.length) return before[before.length - 1].framing;
  const following = inClause.filter((m) => m.at > position && m.at - position < 80);
  // "API calls made through the other cloud still have to …": a participle after a noun, before a
  // preposition, describes the noun; the clause's own verb comes after it.
  const after = following.find((m, i) => i === following.length - 1 || !reducedRelative(folded, m.at));
  if (after) return after.framing;
  // A time set in an earlier clause carries over, but not across a semicolon: that starts a new statement.
  const earlier = markers.filter((m) => m.at < clause.start);
  const last = earlier[earlier.length - 1];
  if (last && !folded.slice(last.at, clause.start).includes(';')) return last.framing;
  const later = markers.find((m) => m.at >= clause.end && !m.appositive);
  return later ? later.framing : 'present';
}

function wordAt(text: string, at: number): string {
  return /^[\w ]+?(?=\b)/.exec(text.slice(at, at + 16))?.[0] ?? '';
}

const MONTH_NUMBER: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
// "Said that …", or "said it …" before a pronoun subject. Not "once said" or "had said": a time before the page's
// that the sentence does not give, so what was said is read in the sentence's own tense instead. That word is
// tested apart (EARLIER_SAYING): as a lookbehind it tripled the machine code V8 compiles for the pattern.
const SAID =
  /\b(said|announced|stated|confirmed|wrote|told [\w ]{1,30}?|noted|added|disclosed|declared|explained)\b(?:([^.]{0,60}?)\bthat\b|((?: (?:in|on|during|last|this) [\w ]{1,25}?| \w*day)?)(?= (?:it|they|he|she|[A-Z][\w-]+ (?:would|will|had|has|was|is|could|might|must)\b)\b))/g;
/** The word before a saying that puts it at an earlier, unstated time; the longest word and the character before fit in 13. */
const EARLIER_SAYING = /(?:^|\W)(?:once|previously|earlier|originally|initially|first|had) $/i;
const SPOKEN_AT =
  /\b(?:in|on|during|as (?:recently|late|early|far back) as) (?:(January|February|March|April|May|June|July|August|September|October|November|December) )?((?:19|20)\d\d)\b/i;

export interface ReportedSpeech {
  /** When it was said, if the sentence says: mid-month, or the year's last day (the statement stands by then). */
  at: string | null;
  /** The month it was said in ("2025-09"), when the sentence gives a month. */
  month: string | null;
  /** A month named without its year ("said in February"): 1–12, for the reader to place before its own date. */
  bareMonth?: number;
  end: number;
  /** Said in a closing attribution of the page's own day (", the company said on Monday"). */
  closing?: boolean;
}

/** A month named alone ("in February", not "in February 2026"). */
const BARE_MONTH =
  /\b(?:in|on|during) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d{1,2}\b)(?!,? (?:19|20)\d\d)/i;
/**
 * Reported speech led by its time, with or without "that": "In February 2026, the two said the cloud was …", "In
 * March, the company said it …". The time names when it was said.
 */
const TIME_THEN_SAID =
  /^(?:back )?(?:in|on|during) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?|(?:19|20)\d\d),? (?:[^,.;]{1,40}?) (?:said|stated|announced|confirmed|noted|declared|wrote|told [\w ]{1,30}?)\b(?: that\b)?/i;
/** The same led by "as recently as", "as late as" (an aside may stand before the speaker); tested apart, rarely. */
const AS_RECENTLY_AS_SAID =
  /^as (?:recently|late|early|far back) as (?:in |on |during )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?|(?:19|20)\d\d),? (?:[^,.;]{1,40}?|[^.;]{1,70}?, [^,.;]{1,40}?) (?:said|stated|announced|confirmed|noted|declared|wrote|told [\w ]{1,30}?)\b(?: that\b)?/i;

/**
 * A term told by its document of the page's own day: "Under a letter of intent announced on Monday, …", "signed a
 * letter of intent on Monday under which …": what the document says, judged on the page's date.
 */
const DOCUMENT_OF_THE_DAY =
  /\b(?:under (?:a|an|the|its|their) (?:new )?(?:letter of intent|memorandum|agreement|deal|contract|pact)\b[^,.;]{0,30}?\b(?:announced|signed|unveiled|struck|reached)|(?:signed|announced|unveiled|struck|reached) (?:a|an|the) (?:new )?(?:letter of intent|memorandum|agreement|deal|contract|pact)\b)[^,.;]{0,12}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday)\b(?:,| under which\b)/i;

const FILING_SAYS =
  /\b(?:according to (?:the|a|an|its|their|[\w-]+['’]s) (?:regulatory |securities )?(?:filing|8-K|10-Q|10-K)|the (?:regulatory |securities )?(?:filing|8-K|10-Q|10-K) (?:says|said|shows|showed|states|stated))\b/i;

/** A closing attribution: ", the company said", ", a spokesperson said in a statement". */
const CLOSING_SAYING = String.raw`,\s+(?:[^,;]{1,60}?\s)?(?:said|announced|confirmed|stated)(?:\s+in\s+a\s+(?:statement|release|blog post|filing))?`;
/** A closing attribution dated to the page's own day: ", the company said on Friday." */
const SAID_ON_THE_DAY = new RegExp(
  String.raw`${CLOSING_SAYING}\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b[^,;]{0,40}$`,
  'i',
);
/** "…, a spokesperson for the startup said.": a saying that ends the sentence, with no time of its own. */
const SAYING_ENDS = /(?:said|announced|confirmed|stated)\W*$/i;
const SAID_AT_THE_END = new RegExp(String.raw`${CLOSING_SAYING}\W*$`, 'i');

function spokenAt(words: string, end: number): ReportedSpeech {
  const when = SPOKEN_AT.exec(words);
  if (when) {
    const month = when[1] ? `${when[2]}-${MONTH_NUMBER[when[1].slice(0, 3).toLowerCase()]}` : null;
    return { at: month ? `${month}-15` : `${when[2]}-12-31`, month, end };
  }
  const bare = BARE_MONTH.exec(words);
  if (bare)
    return { at: null, month: null, bareMonth: Number(MONTH_NUMBER[bare[1].slice(0, 3).toLowerCase()]), end };
  return { at: null, month: null, end };
}

/**
 * Reported speech before `position` ("the investor said in 2023 that …"): the statement is judged at the time
 * it was made.
 */
export function reportedSpeech(folded: string, position: number): ReportedSpeech | null {
  // "…, the companies said on Monday.": news of the page's own day, told as said then; what comes before is what
  // was said, judged on the page's date.
  const ofADay = /day\b/i.test(folded);
  const trailing = ofADay
    ? SAID_ON_THE_DAY.exec(folded)
    : SAYING_ENDS.test(folded)
      ? SAID_AT_THE_END.exec(folded)
      : null;
  if (trailing && position < trailing.index) return { at: null, month: null, end: 0, closing: true };
  // "According to the buyer's filing, …", "the filing says …", "…, according to a regulatory filing": what the filing
  // of the page's day says.
  if (/filing|8-K|10-Q|10-K/i.test(folded) && FILING_SAYS.test(folded))
    return { at: null, month: null, end: 0 };
  if (ofADay) {
    const document = DOCUMENT_OF_THE_DAY.exec(folded);
    const end = document ? document.index + document[0].length : -1;
    if (document && end <= position) return { at: null, month: null, end };
  }
  let found: ReportedSpeech | null = null;
  const led =
    (/^(?:back )?(?:in|on|during) /i.test(folded) ? TIME_THEN_SAID.exec(folded) : null) ??
    (/^as /i.test(folded) ? AS_RECENTLY_AS_SAID.exec(folded) : null);
  if (led && led[0].length <= position) found = spokenAt(led[0], led[0].length);
  SAID.lastIndex = 0;
  for (let m = SAID.exec(folded); m !== null; m = SAID.exec(folded)) {
    if (EARLIER_SAYING.test(folded.slice(Math.max(0, m.index - 13), m.index))) {
      SAID.lastIndex = m.index + 1; // as the lookbehind would: a saying may still start inside this one
      continue;
    }
    const end = m.index + m[0].length;
    if (end > position) break;
    if (led && end <= led[0].length) continue;
    found = spokenAt(m[2] ?? m[3] ?? '', end);
  }
  SAID.lastIndex = 0;
  return found;
}
