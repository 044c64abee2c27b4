// The figures a sentence states, each with its position and role: money, percentages, capacity, share counts,
// years and terms. Works on typography-folded text (see text-fold.ts), so offsets equal the original sentence's.
import { DIGIT_WORDS, numberWordsValue, NUMBER_WORDS } from './number-words';
import { allMatches } from './all-matches';

/** `month` is YYYYMM as a number ("July 2026" → 202607). */
export type ValueKind =
  | 'amountUsd'
  | 'percent'
  | 'year'
  | 'termEnd'
  | 'month'
  | 'gigawatts'
  | 'shares'
  | 'termYears';

export interface FoundValue {
  kind: ValueKind;
  value: number;
  start: number;
  end: number;
  /** "about", "over", "nearly": a hedged figure, kept for the explanation. */
  approximate: boolean;
  /** Stated as a ceiling: "up to", "as much as". */
  upTo: boolean;
  /** An amount that says what a company or a holding is worth, not money paid ("valued at $135 billion"). */
  valuation: boolean;
  /**
   * What an investment is worth ("an investment worth $13 billion", "its investment is now worth $135 billion"):
   * the money put in, or what the holding it bought is worth now. Compared as money paid, and by frames about
   * a holding's worth; never a valuation of the company.
   */
  holdingWorth?: true;
  /** A company's value, said of the company ("a company valued at $135 billion"): never a holding's worth. */
  ofCompany?: true;
  /**
   * A company's value told before or after a round's money ("$730 billion pre-money", "a post-money valuation of
   * $852 billion"): a frame about the one never compares the other.
   */
  money?: 'pre' | 'post';
  /** Money earned ("revenue of $100 billion", "worth $100 billion in revenue"): what a revenue frame compares. */
  earnings?: true;
  /** For a month stated with its day ("January 21, 2025"): the day of the month. */
  day?: number;
  /**
   * Placed by the page's date ("last year", "in April"): compared where a fact checks its date, never used to
   * guess that a term is dated before it began.
   */
  relative?: true;
}

/** A span like "four-month" that states a duration the fact base may not know. */
export interface FoundDuration {
  start: number;
  end: number;
  text: string;
}

export interface SentenceValues {
  values: FoundValue[];
  durations: FoundDuration[];
  /** Years after "since"/"from": where a period starts, not when a thing happened. */
  sinceYears: FoundValue[];
  /** Any stated length of time ("for six months", "a ten-year"), for terms the record may not know. */
  periods: FoundDuration[];
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

// "eighteen point four": a decimal written out, its digits after "point".
const WORD_NUMBER = `(?:(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*(?:[- ]and[- ]a[- ](?:half|quarter)|[- ]and[- ]three[- ]quarters|[- ]point(?:[- ](?:${DIGIT_WORDS}))+)?|a|an|half a|a half)`;
/** "$13 billion", "US$13bn", "$13 bln" (wire copy), "USD 13 billion" (international copy), "13 billion dollars",
 * "13 bn USD". */
const MONEY =
  /(?:(?:US|USD\s?)?\$|\bUSD\s?)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?-\s?|\s)?(trillion|billion|million|thousand|bn|bln|tn|mln|mn|[btmk])?\b|\b(\d+(?:\.\d+)?)[\s-]?(trillion|billion|million|bn|bln)[\s-](?:(?:US\s)?dollars?|USD|US\$)(?![\w$])/gi;
const WORD_MONEY = new RegExp(
  String.raw`\b(${WORD_NUMBER})[\s-](trillion|billion|million)(?:[\s-](?:US\s)?dollars?\b|(?=\s(?:in|of|into|to|for|worth|investment|commitment|deal|stake|contract|valuation|pre-money|post-money)\b))`,
  'gi',
);
/** "Six hundred dollars", "forty dollars a share": a sum said in words with no scale. */
const WORD_DOLLARS = new RegExp(String.raw`\b(${WORD_NUMBER})[\s-]dollars\b`, 'gi');
/** "A billion and a half", "one billion and a quarter": the fraction said after the scale. */
const FRACTION_AFTER_SCALE = /^[\s-]and[\s-]a[\s-](half|quarter)\b/i;
/**
 * Digits and a scale without a currency, where what follows makes it money ("invested 13 billion in the lab",
 * "13bn invested"): as a figure is said aloud or written in a hurry. A count ("13 billion parameters") is followed
 * by its noun.
 */
const DIGIT_MONEY =
  /\b(\d+(?:\.\d+)?)[\s-]?(trillion|billion|million|bn|bln)(?=\s(?:in|into|to|for|worth|investment|commitment|deal|stake|contract|invested|committed|upfront|up front)\b)/gi;
/** "The billion dollars", "that billion-dollar cheque": one billion (or million), named again by its article. */
const ONE_SCALED_BACK = /\b(?:the|that|this)[\s-](billion|million)[\s-]dollars?\b/gi;
/**
 * A scaled number without its currency ("up to ten billion", "the twenty billion"): in dollars when a sum in
 * dollars stood before it in the sentence ("One side pledged $5 billion, the other ten billion"), or when a word
 * points back to a sum the page gave ("the twenty billion is tied to milestones"), but not the whole a part is
 * taken from ("of the two billion, $500 million …") nor a count ("the 800 million users"). Any words are taken
 * before the scale; the number they end with is read in code (trailingNumber).
 */
const BARE_SCALED = /\b(\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+){0,5})[\s-](trillion|billion|million)\b/gi;
const POINTS_BACK =
  /(?<!\bof )\b(?:the|that|this|its|their|remaining|other|another|further|extra|additional)$/i;
const COUNTED_AFTER =
  /^\s+(?:(?:weekly|monthly|daily|active|paying)\s+)?(?:users?|shares?|people|customers|subscribers|parameters|tokens|devices|downloads|visits|queries|requests|messages|members|employees|images|videos|views|tonnes|tons|barrels|units|chips|GPUs)\b/i;
/** "Of the two billion, …": the whole a part is taken from, said again. */
const WHOLE_BEFORE = /\bof\s+(?:the|that|this|its|their)\s*$/i;
const SPOKEN_AFTER =
  /^\s(?:invested|committed|pledged|upfront|up front|now|later|over|of|all told|in all|in total|altogether|total|last|back|at an?|a year|per year)\b/i;
const ELLIPSIS_ENDS =
  /^(?:\s*(?:[.,;:)]|$)|\s(?:more|each|apiece|in|into|to|for|from|over|and|or|so far|upfront|initially)\b)/i;

/** The number the words end with ("up to five" → five at its offset), or null. */
function trailingNumber(words: string): { value: number; offset: number } | null {
  if (/^\d/.test(words)) return { value: Number(words), offset: 0 };
  const parts = words.split(/[- ]/);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    const value = numberWordsValue(parts.slice(i).join(' '));
    if (value !== null && parts[i] !== 'and') return { value, offset };
    offset += parts[i].length + 1;
  }
  return null;
}
// "an extra quarter of a trillion dollars": a word of addition may stand before the fraction.
const FRACTION_MONEY =
  /\b(?:(an?|one|three|two)[- ](?:(?:extra|additional|further|another)[- ])?(quarter|half|third|quarters|thirds) of an? |(?<!\band[- ]a[- ])(half)[- ](?:an?[- ])?)(trillion|billion|million)(?:[- ](?:US )?dollars?)?\b/gi;
/** What a share of people is a share of: a company's staff, cut or hired ("5% of its workforce"). */
const OF_PEOPLE =
  /^\s+of\s+(?:(?:its|their|the|the company['’]s|[A-Z][\w.&-]*['’]s)\s+)?(?:(?:global|total|overall|entire|whole|corporate|full-time|own)\s+)?(?:work\s?force|staff|employees|jobs|head\s?count|workers|personnel|positions|roles)\b/i;
/** A move of a price or an index just before a percentage: "edged up 0.5%", "fell by about 3 per cent". */
const PRICE_MOVE_BEFORE =
  /\b(?:rose|rise[sn]?|rising|fell|falls?|falling|edged (?:up|down|higher|lower)|inched (?:up|down|higher|lower)|ticked (?:up|down)|climbed|climbs?|gained|gains?|jumped|jumps?|slid|slides?|slipped|slips?|dropped|drops?|sank|sinks?|tumbled|surged|rallied|soared|plunged|declined|declines?|advanced|(?:was|were|is|are|closed|ended|finished|traded) (?:up|down|higher|lower))\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|around|more than|less than|some|over|under|just over|just under|as much as)\s+)?$/i;
// "27%", "27 per cent", and as a compound before its noun: "a 27-percent stake", "a 27-per-cent stake".
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)(?:\s|-)?(?:%|percent\b|per[- ]cent\b|pct\b|(?<=\d)pc\b)/gi;
const WORD_PERCENT = new RegExp(String.raw`\b(${WORD_NUMBER})[\s-](?:percent|per[- ]cent)\b`, 'gi');
const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
};
// A share of a company, not a half-year: "nearly half of the lab", "one-fifth", but not "the second half of 2026".
const FRACTION =
  /(?<!\b(?:first|second|third|fourth|latter|back|other|final|last)[- ])\b(almost|nearly|about|roughly|around|close to|just under|just over|more than|less than)?\s?(?:(one|a|two|three|four)[- ])?(half|thirds?|quarters?|fifths?|tenths?)\b(?=\s+(?:of|the|its|a|an|stake|ownership|interest|share)\b|\s*[.,;]|\s*$)/gi;
/** "A majority of the company", "a controlling stake": more than half (read as 51%, approximately). */
const MAJORITY =
  /\b(?:[Mm]ajority|[Cc]ontrolling)(?=[- ](?:stake|share|holding|interest|owner|owned|position)|\s+of\s+(?:the\s+|its\s+)?(?:company|shares|equity|startup|lab|firm|[A-Z]))/g;
const HALF_YEAR_BEFORE = /\b(?:first|second|third|fourth|latter|back|other|final|last|1st|2nd)[- ]?\s*$/i;
const GIGAWATTS = new RegExp(
  String.raw`\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${WORD_NUMBER})[- ]?(?:(?:full|more|additional|new|further|extra)\s)?(gigawatts?|GW|megawatts?|MW)\b`,
  'gi',
);
const SIZE_CLASS_AFTER = /^[- ](?:scale|class|size|sized|level)\b/i;
const UNIT_BEFORE =
  /\b(?:(?:cost|costs|price|price tag) of (?:a|an|one|each|every)|per|each|every|a typical|an average)\s+$/i;
/**
 * "The first gigawatt", "its initial full gigawatt", "the first MI450 gigawatt" (a chip's model number between):
 * one gigawatt, the first step of a larger deployment.
 */
const FIRST_GIGAWATT =
  /\b(?:first|initial|opening)[- ](?:(?:full|whole|[a-z]+\d[\w-]*)\s)?(?:gigawatt|GW)\b(?!s)/gi;
const SHARES = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+|${WORD_NUMBER})(?:\s(million|billion))?\s(?:[a-z]+\s){0,2}shares\b`,
  'gi',
);
/**
 * How many years a deal runs: "over seven years", "spread over the next five years", "a seven-year contract",
 * "over a decade". Not a period in the past ("over the past five years") or a time from now ("in five years").
 */
const TERM_YEARS = new RegExp(
  String.raw`\b(?:(?:over|across|spanning|spread over|for|during)\s+(?:the\s+(?:next|coming|following)\s+)?(?:about|around|roughly|some|nearly|approximately|more than|~)?\s*(\d{1,2}|${WORD_NUMBER}|a decade)(?:\s+years\b|(?<=decade)\b)|(\d{1,2}|${WORD_NUMBER})[- ]year(?=,?[- ](?:[^.;,]{0,25}?\s)?(?:deal|contract|agreement|pact|commitment|partnership|term|arrangement|compute|cloud|supply)\b))`,
  'gi',
);
const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,? (?:(\d{1,2})(?:st|nd|rd|th)?,? )?(?:of )?(19[89]\d|20[0-4]\d)\b/g;
/** A day before its month ("27 April 2026", international copy) or a date written as numbers ("2026-04-27"). */
const DAY_FIRST =
  /\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,? (19[89]\d|20[0-4]\d)\b/g;
/** A date as numbers with dots, day first ("27.04.2026"), as European copy writes it. */
const DOTTED_DATE = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(19[89]\d|20[0-4]\d)\b/g;
const ISO_DATE = /\b(20[0-4]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const DURATION =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})[- ](?:month|week|day|year)s?(?=[- ](?:exclusiv\w*|window|period|head start|lead|lock|non-compete|noncompete))/gi;
const PERIOD =
  /\b(?:for |of )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|\d{1,3})[- ](?:day|week|month|year)s?\b/gi;
const APPROX_BEFORE =
  /(about|around|roughly|approximately|nearly|almost|over|more than|exceeding|some|~|close to|north of|just under|just over)\s*$/i;
const UP_TO_BEFORE =
  /(?:up[- ]to-?|as much as|as many as|a maximum of|maximum of|no more than|potentially|at most|capped at|a cap of|(?:could|might|may)(?: eventually| ultimately| one day)? (?:reach|total|climb to|rise to|grow to)|\bceiling\b[^.;$]{0,40}?\b(?:is|of|at)|\bcap(?:s|ped|ping)\b[^.;$]{1,40}?\bat)\s*(?:an? )?(?:additional |further |more )?$/i;
/**
 * "Ten gigawatts is the most it may take", "that sum is a ceiling", "set ten gigawatts as the ceiling", a list's
 * "$33 billion: the most it could put in": a ceiling told after the figure.
 */
const CEILING_WORD = /most|maxim|ceiling|cap\b|upper/i;
const UP_TO_AFTER =
  /^(?:[- ][a-z]+)?(?: (?:figure|number|total|amount|sum))?,? (?:(?:is|was|are|were|marks|represents|would be|will be)|as) (?:the most|the maximum|a maximum|a ceiling|the ceiling|a cap|the cap|an upper limit|the upper limit)\b|^\s*[:\u2013\u2014-]\s*(?:the most|the maximum|a maximum|the ceiling|the cap|(?:its |their |[\w-]+(?:'s|\u2019s) )maximum)\b/i;
const VALUATION_BEFORE =
  /\b(?:valu\w*|carr(?:y|ies|ied|ying)|book(?:s|ed)?|priced)\b[^.;$]{0,40}?\bat\s+(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|just|only)?\s*$|(valu\w*|worth)(?:\s+(?:of|at|it|them|the company|the startup|the lab|the firm|about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|a|its|\w+'s))*\s*$/i;
/**
 * "A deal worth $38 billion", "the partnership with X, centred on Y, is worth", "the pact covers four U.S. sites
 * and is worth": what a contract is worth is money the deal moves, not a company's value.
 */
const DEAL_WORTH_BEFORE =
  /\b(?:deal|agreement|contract|pact|partnership|commitment|arrangement|tie-up|extension|round)s?\b(?:[^.;$]{0,50}?|(?:\s+with\s+[\w'’-]+)?,(?:[^,;.$]|\d\.\d){1,70},\s+(?:is|was|are|were|would be|will be)\s+|(?:[^.;$]|\d\.\d|(?<=\b[A-Z])\.){0,110}?\band\s+(?:is|was|are|were|would be|will be)\s+)\b(?:worth|valued at|pegged at|put at)\s+(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|up to)?\s*$/i;
/** "An investment worth $13 billion", "its investment is now worth", "a cash injection worth": see FoundValue.holdingWorth. */
const INVESTMENT_WORTH_BEFORE =
  /\b(?:investments?|funding|backing|financing|injections?|infusions?|outlays?|tranches?)\b[^.;$]{0,40}?\bworth\s+(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|up to)?\s*$/i;
/** Money a company earns or is expected to earn: neither paid in nor a holding's worth. */
const EARNINGS_BEFORE =
  /\b(?:revenue|revenues|sales|income|earnings|profit|profits|losses?|turnover)\s+(?:of|to|at|hit|reached|topped|exceeded|exceed|above|around|about|near|nearly|over|more than|past)?\s*(?:about|around|roughly|nearly|more than|over)?\s*$/i;
/** "$100 billion in revenue", "$30 billion of new sales a year": the figure told as money earned. */
const EARNINGS_AFTER =
  /^\s+(?:in|of)\s+(?:(?:new|added|additional|incremental|annual|yearly)\s+)?(?:revenues?|sales)\b/i;
/** "Revenue has climbed past": results grown to a figure. Run only after a cheap look for its verb. */
const EARNINGS_GREW_BEFORE =
  /\b(?:revenue|revenues|sales|income|earnings|profit|profits|losses?|turnover)\s+(?:has |have )?(?:climbed|risen|grown|jumped) (?:of|to|at|above|over|more than|past)?\s*(?:about|around|roughly|nearly|more than|over)?\s*$/i;
/** A company's own capital spending ("$100 billion on capital expenditures this year"): no money for a partner. */
const CAPEX_WORDS = '(?:capital expenditures?|capex|capital spending|capital investments?|capital outlays?)';
const CAPEX_BEFORE = new RegExp(
  String.raw`\b${CAPEX_WORDS}\s+(?:of|to|at|hit|reached|topped|exceeded|above|around|about|near|nearly|over|more than)?\s*(?:about|around|roughly|nearly|more than|over)?\s*$`,
  'i',
);
/**
 * "Invest $40 billion in new data centers" (what follows the figure, or the investment word and its figure): a
 * company's own building, not money for a partner.
 */
export const OWN_BUILDING_AFTER =
  /^\s+(?:(?:about|around|roughly|nearly|more than|over|some)\s+)?(?:\$\s?[\d.,]+\s*(?:trillion|billion|million|bn|[btm])?\s+)?(?:in|on|into)\s+(?:new\s+|more\s+|additional\s+|its\s+own\s+)?(?:AI\s+)?(?:data[- ]?cent(?:er|re)s?|facilities|factories|campuses)\b/i;
const CAPEX_AFTER = new RegExp(
  String.raw`^\s+(?:on|in|for|of)\s+(?:its\s+|their\s+)?(?:own\s+)?${CAPEX_WORDS}\b`,
  'i',
);
/** "A company valued at", "valued the lab at", "values the startup at": the company's value, not a holding's. */
function companyValued(prior: string): boolean {
  if (COMPANY_VALUED_BEFORE.test(prior)) return true;
  // "a holding valued then at": a holding's worth, whatever adverb stands after "valued".
  if (HOLDING_VALUED_BEFORE.test(prior)) return false;
  const m = VALUED_OBJECT_BEFORE.exec(prior);
  return m !== null && !HOLDING_WORDS.test(m[1]);
}
const HOLDING_VALUED_BEFORE =
  /\b(?:stakes?|holdings?|shares|investments?|position|interest|equity)\s+(?:(?:was|is|now|then|currently|once|initially|later)\s+)?valued\s+(?:(?:now|then|currently|once|initially|later)\s+)?at\s+(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|just|only)?\s*$/i;
const VALUED_OBJECT_BEFORE =
  /\bvalu(?:ed|es|ing)\s+((?:[\w'-]+\s+){1,4})at\s+(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|just|only)?\s*$/i;
const HOLDING_WORDS = /\b(?:stakes?|holdings?|shares?|investments?|position|interest|equity|it|them)\b/i;
const COMPANY_VALUED_BEFORE =
  /\b(?:company|startup|start-up|lab|firm|business|developer|maker|group)\s+(?:(?:now|then|currently|recently|once)\s+)?(?:valued|priced)\s+(?:at\s+)?(?:about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated)?\s*$/i;
/**
 * "$40 billion valuation"; "adding $100 billion to its market value"; "a $2 billion hit": a company's worth or its
 * results, not money paid in.
 */
const VALUATION_AFTER = /^\s*(?:pre-money |post-money |private |market )?(valuation|valued|market cap)/i;
/** "$730 billion pre-money", "a post-money of $852 billion", "its pre-money valuation of $730 billion". */
const MONEY_TIMING_AFTER = /^\s*(pre|post)-money\b/i;
const MONEY_TIMING_BEFORE =
  /\b(pre|post)-money\s+(?:valuation\s+)?(?:of|at|was|is|stood at|came to)\s+(?:about|around|roughly|nearly|almost|some|over|more than)?\s*$/i;

/** Whether a sum is told as a company's value before or after a round's money (FoundValue `money`). */
function moneyTiming(prior: string, after: string): { money?: 'pre' | 'post' } {
  if (!/money/i.test(prior) && !/money/i.test(after)) return {};
  const m = MONEY_TIMING_AFTER.exec(after) ?? MONEY_TIMING_BEFORE.exec(prior);
  return m === null ? {} : { money: m[1].toLowerCase() === 'pre' ? 'pre' : 'post' };
}
/** "Adding $100 billion to its market value", "a $2 billion hit": tested only after a cheap look for its words. */
const RESULTS_AFTER =
  /^\s*(?:(?:to|from|off) its market (?:value|cap)|(?:hit|charge|write-?down|impairment)\b)/i;

const TERM_BEFORE =
  /\b(through|thru|until|till|to|by|into|ending in|ends in|end in|end of|expir\w* in|runs? out in|ran out in|(?<!\b(?:in|during)\s)the year|beyond|until either[^.]{0,80}?or(?: the year)?)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$/i;
/** "By the end of 2025", "before the end of 2025", "by end of 2025": a deadline. */
const DEADLINE_BEFORE = /\b(?:by|before) (?:the )?end of\s*$/i;
/** "dates back to 2016": a point in time, not the end of a term. */
const BACK_TO = /\b(?:back|dating|dates|date|traced?) to\s*$/i;
const SINCE_BEFORE = /\b(since|from|starting in|beginning in)\s*$/i;

function moneyValue(num: string, unit: string | undefined, perShare = false): number | null {
  const n = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  // "$5" alone is not a deal figure; a price of one share is ("a $600 share-price target", "$0.01 a share").
  if (!unit) return n >= 1000 || perShare ? n : null;
  return n * (SCALE[unit.toLowerCase()] ?? 1);
}

/**
 * Words that make a small dollar figure the price of one share: exercise prices, share-price targets, a stock's
 * level ("needs the stock at $600") and a warrant's tranche ("a tranche pegged at $400").
 */
const PER_SHARE =
  /\b(?:per|a|each) share\b|\b(?:share|stock|exercise|strike) price|\bprice targets?\b|\btargets?\b|\bper-share\b|\beach\b|\bapiece\b|\bstock (?:at|reach|hit|trad)|\btranches?\b/i;
/** "One cent a share": a penny price, in words. */
const CENT_WORDS = /\b(?:one|a|1) (?:cent|penny)\b/gi;

function numeral(text: string): number | null {
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : numberWordsValue(text);
}

/** "Three years ago": counted back from the page's year. */
const YEARS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d) years? ago\b/gi;
const RELATIVE_YEAR = /\b(?:(last|past|previous) year|(?:earlier |later )?(this) year)\b/gi;
const BARE_MONTH =
  /\b(?:in|since|by|until|from|(?:the|an?) )\s*(January|February|March|April|June|July|August|September|October|November|December)\b(?!,?\s*(?:\d|of\s+\d))/gi;

const MONTH_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A capitalised word and a day ("April 29"): a month's day when the word is a month's name (checked apart). */
const DAY_OF_BARE_MONTH = /\b([A-Z][a-z]{2,8}) (\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:of\s+)?\d)/g;

/** Where a figure stands, read as written: no hedge, no ceiling, no valuation. */
const plainAt = (start: number, end: number) => ({
  start,
  end,
  approximate: false,
  upTo: false,
  valuation: false,
});

/** A month named without its year, placed in the latest year in which it is not after `reference`. */
export function placeBareMonth(month: number, reference: string): { at: string; month: string } {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const year = month <= refMonth ? refYear : refYear - 1;
  const mm = String(month).padStart(2, '0');
  return { at: `${year}-${mm}-15`, month: `${year}-${mm}` };
}

/** "January last year", "March of this year": the year a month named without its number is told in. */
const MONTHS_YEAR = /^,?\s+(?:of\s+)?(last|this|the previous|the following|next)\s+year\b/i;

/**
 * The year of a month named without one: that of the words right after it ("January last year"), else the latest
 * year in which the month is not after the page's date.
 */
function yearOfMonth(after: string, month: number, published: string, year: number): number {
  const told = /year/i.test(after.slice(0, 30)) ? MONTHS_YEAR.exec(after) : null;
  if (told === null) return Number(placeBareMonth(month, published).month.slice(0, 4));
  const word = told[1].toLowerCase();
  return word === 'this' ? year : word === 'next' || word === 'the following' ? year + 1 : year - 1;
}

/** A month's number (1–12) from its name or its abbreviation. */
const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Dates told relative to the page's own ("last year", "earlier this year", "in April"), placed by `published`: a
 * month named alone is the latest such month not after it. Without a publication date none is placed.
 */
function relativeDates(folded: string, published: string): FoundValue[] {
  const year = Number(published.slice(0, 4));
  const plain = { approximate: false, upTo: false, valuation: false, relative: true as const };
  const out: FoundValue[] = [];
  for (const m of allMatches(RELATIVE_YEAR, folded)) {
    const start = m.index ?? 0;
    out.push({ kind: 'year', value: m[1] ? year - 1 : year, start, end: start + m[0].length, ...plain });
  }
  if (/years? ago/i.test(folded))
    for (const m of allMatches(YEARS_AGO, folded)) {
      const start = m.index ?? 0;
      const n = numberWordsValue(m[1]) ?? Number(m[1]);
      out.push({ kind: 'year', value: year - n, start, end: start + m[0].length, ...plain });
    }
  // "On April 29": a day of a month without its year, placed as a month is.
  if (/\d/.test(folded))
    for (const m of allMatches(DAY_OF_BARE_MONTH, folded)) {
      if (!MONTH_NAME.test(m[1])) continue;
      const named = monthNumber(m[1]);
      const start = m.index ?? 0;
      const placed = yearOfMonth(folded.slice(start + m[0].length), named, published, year);
      const at = { start, end: start + m[0].length, ...plain };
      out.push({ kind: 'month', value: placed * 100 + named, day: Number(m[2]), ...at });
    }
  for (const m of allMatches(BARE_MONTH, folded)) {
    // A month is written with a capital ("the April amendment"); "in march" is no date.
    if (!/^[A-Z]/.test(m[1])) continue;
    const named = monthNumber(m[1]);
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    const placed = yearOfMonth(folded.slice(start + m[1].length), named, published, year);
    out.push({ kind: 'month', value: placed * 100 + named, start, end: start + m[1].length, ...plain });
  }
  return out;
}

/** "Two years later", "a year after that": a year counted from the last year the sentence named before it. */
const YEARS_LATER = /\b(a|one|two|three|four|five|\d) years? (?:later|after that|afterwards|on)\b/gi;
const MONTH_THAT_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: of)? (?:that|the same) year\b/g;
/** "The following year": one year on, from the same last-named year. */
const FOLLOWING_YEAR = /\bthe (?:following|next) year\b/gi;

/** The year of the last year or month the sentence names before `start`, if any. */
function lastYearBefore(values: readonly FoundValue[], start: number): number | null {
  const before = values.filter((v) => (v.kind === 'year' || v.kind === 'month') && v.end <= start);
  if (before.length === 0) return null;
  const last = before[before.length - 1];
  return last.kind === 'month' ? Math.floor(last.value / 100) : last.value;
}

function yearsLater(folded: string, values: readonly FoundValue[]): FoundValue[] {
  const out: FoundValue[] = [];
  // A cheap look first: few sentences count years on from another (the pattern compiles to ~19 kB of code).
  if (!/later|after|year on|years on|following year|next year|that year|same year/i.test(folded)) return out;
  // "In October that year": the month of the last year named, not the month's latest past one.
  if (/that year|same year/i.test(folded))
    for (const m of allMatches(MONTH_THAT_YEAR, folded)) {
      const start = m.index ?? 0;
      const year = lastYearBefore(values, start);
      if (year === null) continue;
      const month = monthNumber(m[1]);
      const at = { start, end: start + m[0].length, approximate: false, upTo: false, valuation: false };
      out.push({ kind: 'month', value: year * 100 + month, ...at, relative: true });
    }
  const found = /years? (?:later|after|afterwards|on)\b/i.test(folded)
    ? [...allMatches(YEARS_LATER, folded)]
    : [];
  if (/following year|next year/i.test(folded)) found.push(...allMatches(FOLLOWING_YEAR, folded));
  for (const m of found) {
    const start = m.index ?? 0;
    const from = lastYearBefore(values, start);
    if (from === null) continue;
    // "The following year" has no count: one year on.
    const n = m[1] === undefined ? 1 : (numberWordsValue(m[1]) ?? Number(m[1]));
    out.push({
      kind: 'year',
      value: from + n,
      start,
      end: start + m[0].length,
      approximate: false,
      upTo: false,
      valuation: false,
      relative: true,
    });
  }
  return out;
}

/**
 * A decimal comma before a scale or a unit ("13,5 billion", "$21,3bn", "32,5 percent", "4,5 GW"), as European
 * copy writes it: without this the digits after the comma were read alone ("5 billion"). One or two digits only,
 * so a thousands separator ("1,500 megawatts") stays one.
 */
const DECIMAL_COMMA =
  /(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:trillion|billion|million|bn|bln|tn|mln|mn|[bmk]\b|%|percent|per cent|pct|gw\b|gigawatts?|mw\b|megawatts?))/gi;

/** The text with each decimal comma a point: the same length, so offsets hold. */
function decimalPoints(folded: string): string {
  return folded.includes(',') ? folded.replace(DECIMAL_COMMA, '$1.$2') : folded;
}

export function extractValues(text: string, published: string | null = null): SentenceValues {
  const folded = decimalPoints(text);
  const values: FoundValue[] = [];
  const sinceYears: FoundValue[] = [];
  const taken: Array<[number, number]> = [];
  const before = (start: number, reach: number) => folded.slice(Math.max(0, start - reach), start);
  // Capital spending is named only in sentences with these letters: most sentences skip its two tests.
  const capital = /capital|capex/i.test(folded);
  // Cheap looks for the words a pattern cannot match without, so that most sentences never run (nor compile) the
  // patterns of power, years, shares, percentages in words and fractions: each is tens of kilobytes of machine code.
  const watts = /watt|GW|MW/i.test(folded);
  /**
   * "5% of its workforce", "a tenth of the staff": a share of people, not of a company. "Shares edged up 0.5%":
   * a price's move, not a share.
   */
  const notAShare = (m: RegExpMatchArray) =>
    OF_PEOPLE.test(folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60)) ||
    PRICE_MOVE_BEFORE.test(before(m.index ?? 0, 40));
  const add = (kind: ValueKind, value: number, start: number, end: number, approx = false) => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    const after = folded.slice(end, end + 50);
    // The pattern after the figure is compiled only for the few figures followed by such a word.
    const upTo =
      UP_TO_BEFORE.test(before(start, 70)) || (CEILING_WORD.test(after) && UP_TO_AFTER.test(after));
    const prior = kind === 'amountUsd' ? before(start, 60) : '';
    const earned =
      kind === 'amountUsd' &&
      (EARNINGS_BEFORE.test(before(start, 40)) ||
        (/revenue|sales/i.test(folded.slice(end, end + 30)) &&
          EARNINGS_AFTER.test(folded.slice(end, end + 40))));
    const worth = /worth/i.test(prior);
    const holdingWorth = worth && INVESTMENT_WORTH_BEFORE.test(prior);
    // Worth and earnings are both "not money paid in"; frames about a holding's worth compare them.
    const valuation =
      kind === 'amountUsd' &&
      !holdingWorth &&
      !DEAL_WORTH_BEFORE.test(before(start, 140)) &&
      (VALUATION_BEFORE.test(before(start, 45)) ||
        VALUATION_AFTER.test(folded.slice(end, end + 30)) ||
        (/market|hit|charge|write|impair/i.test(folded.slice(end, end + 30)) &&
          RESULTS_AFTER.test(folded.slice(end, end + 30))) ||
        earned ||
        (/climbed|risen|grown|jumped/.test(before(start, 50)) &&
          EARNINGS_GREW_BEFORE.test(before(start, 50))) ||
        (capital &&
          (CAPEX_BEFORE.test(before(start, 40)) || CAPEX_AFTER.test(folded.slice(end, end + 40)))) ||
        OWN_BUILDING_AFTER.test(folded.slice(end, end + 40)));
    values.push({
      kind,
      value,
      start,
      end,
      approximate: approx || APPROX_BEFORE.test(before(start, 14)),
      upTo,
      valuation,
      ...(holdingWorth ? { holdingWorth } : {}),
      ...(valuation && companyValued(before(start, 60)) ? { ofCompany: true as const } : {}),
      ...(earned ? { earnings: true as const } : {}),
      ...moneyTiming(before(start, 40), folded.slice(end, end + 30)),
    });
  };

  const perShareAt = (start: number, end: number) =>
    PER_SHARE.test(folded.slice(Math.max(0, start - 40), Math.min(folded.length, end + 50)));
  for (const m of allMatches(MONEY, folded)) {
    const start = m.index ?? 0;
    const unit = m[2] ?? m[4];
    const value = moneyValue(m[1] ?? m[3], unit, !unit && perShareAt(start, start + m[0].length));
    // The figure ends at its last character, not at the space the pattern may take after it.
    if (value !== null) add('amountUsd', value, start, start + m[0].trimEnd().length);
  }
  for (const m of allMatches(CENT_WORDS, folded)) {
    const start = m.index ?? 0;
    if (perShareAt(start, start + m[0].length)) add('amountUsd', 0.01, start, start + m[0].length);
  }
  // A cheap look first: the pattern compiles to ~30 kB of machine code, and few sentences tell a fraction of money.
  for (const m of /half|third|quarter/i.test(folded) ? allMatches(FRACTION_MONEY, folded) : []) {
    // "a quarter of a billion", or "half-trillion-dollar", "half a billion"
    const count = m[1] ? (numberWordsValue(m[1]) ?? 1) : 1;
    const fraction = (m[2] ?? m[3]).toLowerCase();
    const part = { quarter: 0.25, quarters: 0.25, half: 0.5, third: 1 / 3, thirds: 1 / 3 }[fraction] ?? 1;
    add('amountUsd', count * part * SCALE[m[4].toLowerCase()], m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of allMatches(WORD_MONEY, folded)) {
    const n = numberWordsValue(m[1]);
    if (n !== null)
      add('amountUsd', n * SCALE[m[2].toLowerCase()], m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /dollars/i.test(folded) ? allMatches(WORD_DOLLARS, folded) : []) {
    const n = numberWordsValue(m[1]);
    // "A few dollars", "a dollar": no figure.
    if (n !== null && !/^(?:an?|half a|a half)$/i.test(m[1]))
      add('amountUsd', n, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of allMatches(DIGIT_MONEY, folded)) {
    add('amountUsd', Number(m[1]) * SCALE[m[2].toLowerCase()], m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /illion[\s-]dollar/i.test(folded) ? allMatches(ONE_SCALED_BACK, folded) : []) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    add('amountUsd', SCALE[m[1].toLowerCase()], at, (m.index ?? 0) + m[0].length);
  }
  const firstSum = values.find((v) => v.kind === 'amountUsd');
  for (const m of allMatches(BARE_SCALED, folded)) {
    const number = trailingNumber(m[1]);
    if (number === null) continue;
    const start = (m.index ?? 0) + number.offset;
    let end = (m.index ?? 0) + m[0].length;
    let after = folded.slice(end, end + 40);
    const fraction = FRACTION_AFTER_SCALE.exec(after);
    if (fraction) {
      number.value += fraction[1].toLowerCase() === 'half' ? 0.5 : 0.25;
      end += fraction[0].length;
      after = folded.slice(end, end + 40);
      // "A billion and a half dollars": money by its own word.
      const dollars = /^[\s-]+(?:us\s)?dollars?\b/i.exec(after);
      if (dollars) {
        add('amountUsd', number.value * SCALE[m[2].toLowerCase()], start, end + dollars[0].length);
        continue;
      }
    } else if (/^[\s-]+(?:us\s)?dollars?\b/i.test(after)) continue;
    const referred = POINTS_BACK.test(before(start, 14).trimEnd()) && !COUNTED_AFTER.test(after);
    const elliptic = firstSum !== undefined && start >= firstSum.end && ELLIPSIS_ENDS.test(after);
    // Billions said aloud ("thirteen billion invested", "up to a hundred billion, as each site is built"): money
    // in this record's sentences, unless a count follows.
    const spoken =
      !/^m/i.test(m[2]) &&
      !WHOLE_BEFORE.test(before(start, 14)) &&
      (ELLIPSIS_ENDS.test(after) || SPOKEN_AFTER.test(after)) &&
      !COUNTED_AFTER.test(after);
    if (referred || elliptic || spoken)
      add('amountUsd', number.value * SCALE[m[2].toLowerCase()], start, end);
  }
  for (const m of watts ? allMatches(GIGAWATTS, folded) : []) {
    const n = numeral(m[1]);
    if (n === null) continue;
    // "The cost of a 1-gigawatt data centre", "per gigawatt": a unit of measure, not a deal's size.
    if (UNIT_BEFORE.test(before(m.index ?? 0, 30))) continue;
    // "A gigawatt-scale campus": a size class, not one gigawatt.
    const end = (m.index ?? 0) + m[0].length;
    if (/^an?$/i.test(m[1]) && SIZE_CLASS_AFTER.test(folded.slice(end, end + 8))) continue;
    const mega = /^m/i.test(m[2]);
    add('gigawatts', mega ? n / 1000 : n, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of watts ? allMatches(FIRST_GIGAWATT, folded) : []) {
    add('gigawatts', 1, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /year|decade/i.test(folded) ? allMatches(TERM_YEARS, folded) : []) {
    const words = (m[1] ?? m[2]).toLowerCase();
    const n = words === 'a decade' ? 10 : numeral(words);
    if (n === null || n < 1 || n > 50) continue;
    add('termYears', n, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /shares/i.test(folded) ? allMatches(SHARES, folded) : []) {
    const n = numeral(m[1]);
    if (n === null) continue;
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
    add('shares', n * scale, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of allMatches(PERCENT, folded)) {
    if (notAShare(m)) continue;
    add('percent', Number(m[1]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /per[- ]?cent/i.test(folded) ? allMatches(WORD_PERCENT, folded) : []) {
    const n = numberWordsValue(m[1]);
    if (n !== null && !notAShare(m)) add('percent', n, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of /half|third|quarter|fifth|tenth/i.test(folded) ? allMatches(FRACTION, folded) : []) {
    // At the end of a clause only with a hedge ("is nearly half."), so "cut in half." is no share.
    const atEnd = !/^\s+\w/.test(folded.slice((m.index ?? 0) + m[0].length));
    if (atEnd && !m[1]) continue;
    // "the second half of 2026" is a time, not a share.
    if (HALF_YEAR_BEFORE.test(before((m.index ?? 0) + m[0].length - m[3].length, 14))) continue;
    if (notAShare(m)) continue;
    const count = m[2] ? (numberWordsValue(m[2]) ?? 1) : 1;
    const share = count * FRACTIONS[m[3].toLowerCase()];
    // "almost half" of a company: a share just under it.
    const under = /almost|nearly|just under|close to|less than/i.test(m[1] ?? '');
    add('percent', under ? share - 1 : share, m.index ?? 0, (m.index ?? 0) + m[0].length, Boolean(m[1]));
  }
  for (const m of allMatches(MAJORITY, folded)) {
    add('percent', 51, m.index ?? 0, (m.index ?? 0) + m[0].length, true);
  }
  for (const m of allMatches(YEAR, folded)) {
    const start = m.index ?? 0;
    if (taken.some(([s, e]) => start >= s && start < e)) continue;
    const year = Number(m[1]);
    const found: FoundValue = {
      kind: 'year',
      value: year,
      start,
      end: start + 4,
      approximate: false,
      upTo: false,
      valuation: false,
    };
    const lead = before(start, 100);
    if (TERM_BEFORE.test(lead) && !BACK_TO.test(lead)) {
      values.push({ ...found, kind: 'termEnd' });
      // "Due by the end of 2025": a deadline is the year something happens as well as the end of a wait.
      if (DEADLINE_BEFORE.test(lead)) values.push(found);
    } else if (SINCE_BEFORE.test(lead)) sinceYears.push(found);
    else values.push(found);
  }
  const dated: FoundValue[] = [];
  if (/\d{1,2}(?:st|nd|rd|th)? [A-Z]/.test(folded))
    for (const m of allMatches(DAY_FIRST, folded)) {
      const start = m.index ?? 0;
      const value = Number(m[3]) * 100 + monthNumber(m[2]);
      dated.push({ kind: 'month', value, day: Number(m[1]), ...plainAt(start, start + m[0].length) });
    }
  if (/\d{4}-\d\d-\d\d/.test(folded))
    for (const m of allMatches(ISO_DATE, folded)) {
      const start = m.index ?? 0;
      const value = Number(m[1]) * 100 + Number(m[2]);
      dated.push({ kind: 'month', value, day: Number(m[3]), ...plainAt(start, start + m[0].length) });
    }
  if (/\d\.\d{1,2}\.\d{4}/.test(folded))
    for (const m of allMatches(DOTTED_DATE, folded)) {
      const start = m.index ?? 0;
      const value = Number(m[3]) * 100 + Number(m[2]);
      dated.push({ kind: 'month', value, day: Number(m[1]), ...plainAt(start, start + m[0].length) });
    }
  values.push(...dated);
  for (const m of allMatches(MONTH, folded)) {
    const start = m.index ?? 0;
    if (dated.some((d) => start < d.end && start + m[0].length > d.start)) continue;
    const month = monthNumber(m[1]);
    values.push({
      kind: 'month',
      value: Number(m[3]) * 100 + month,
      ...plainAt(start, start + m[0].length),
      ...(m[2] ? { day: Number(m[2]) } : {}),
    });
  }
  for (const v of yearsLater(folded, values)) values.push(v);
  // Only where nothing else was read: "in April 2026" is a month already, "last year's $10 billion" a year.
  if (published !== null)
    for (const v of relativeDates(folded, published))
      if (!values.some((o) => v.start < o.end && v.end > o.start)) values.push(v);
  const durations: FoundDuration[] = [];
  for (const m of allMatches(DURATION, folded)) {
    const start = m.index ?? 0;
    durations.push({ start, end: start + m[0].length, text: m[0] });
  }
  const periods: FoundDuration[] = [];
  for (const m of allMatches(PERIOD, folded)) {
    const start = m.index ?? 0;
    periods.push({ start, end: start + m[0].length, text: m[0] });
  }
  values.sort((a, b) => a.start - b.start);
  return { values, durations, sinceYears, periods };
}
