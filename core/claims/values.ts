// The figures a sentence states, each with its position: money, percentages, years and terms.
// Works on typography-folded text (see text-fold.ts), so offsets equal the original sentence's.

/** `month` is YYYYMM as a number ("July 2026" → 202607). */
export type ValueKind = 'amountUsd' | 'percent' | 'year' | 'termEnd' | 'month';

export interface FoundValue {
  kind: ValueKind;
  value: number;
  start: number;
  end: number;
  /** "about", "over", "reportedly"-free figure vs a hedged one: kept for the explanation. */
  approximate: boolean;
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
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

const MONEY =
  /(?:US|USD\s?)?\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?-\s?|\s)?(trillion|billion|million|thousand|bn|tn|mln|mn|[btmk])?\b|\b(\d+(?:\.\d+)?)\s?(trillion|billion|million)\s(?:US\s)?dollars\b/gi;
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)/gi;
const HALF =
  /\b(almost|nearly|about|roughly|around|close to|just under|just over)?\s?half\b(?=\s+(?:of|the|its|a|an|stake|ownership|interest))/gi;
const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,? (?:of )?(19[89]\d|20[0-4]\d)\b/g;
const DURATION =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})[- ](?:month|week|day|year)s?(?=[- ](?:exclusiv\w*|window|period|head start|lead|lock))/gi;
const APPROX_BEFORE =
  /(about|around|roughly|approximately|nearly|almost|over|more than|up to|exceeding|some|~)\s*$/i;

const TERM_BEFORE =
  /\b(through|thru|until|till|to|by|into|ending in|ends in|end of|expir\w* in|the year|beyond|until either[^.]{0,80}?or(?: the year)?)\s*$/i;
const SINCE_BEFORE = /\b(since|from|starting in|beginning in)\s*$/i;

function moneyValue(num: string, unit: string | undefined): number | null {
  const n = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  if (!unit) return n >= 1000 ? n : null; // "$5" alone is not a deal figure
  return n * (SCALE[unit.toLowerCase()] ?? 1);
}

export function extractValues(folded: string): SentenceValues {
  const values: FoundValue[] = [];
  const sinceYears: FoundValue[] = [];
  const taken: Array<[number, number]> = [];
  const approxAt = (start: number) => APPROX_BEFORE.test(folded.slice(Math.max(0, start - 14), start));

  for (const m of folded.matchAll(MONEY)) {
    const num = m[1] ?? m[3];
    const unit = m[2] ?? m[4];
    const value = moneyValue(num, unit);
    if (value === null) continue;
    const start = m.index ?? 0;
    values.push({ kind: 'amountUsd', value, start, end: start + m[0].length, approximate: approxAt(start) });
    taken.push([start, start + m[0].length]);
  }
  for (const m of folded.matchAll(PERCENT)) {
    const start = m.index ?? 0;
    values.push({
      kind: 'percent',
      value: Number(m[1]),
      start,
      end: start + m[0].length,
      approximate: approxAt(start),
    });
  }
  for (const m of folded.matchAll(HALF)) {
    const start = m.index ?? 0;
    // "almost half" of a company: a share just under 50%.
    values.push({
      kind: 'percent',
      value: m[1] ? 49 : 50,
      start,
      end: start + m[0].length,
      approximate: true,
    });
  }
  for (const m of folded.matchAll(YEAR)) {
    const start = m.index ?? 0;
    if (taken.some(([s, e]) => start >= s && start < e)) continue;
    const before = folded.slice(Math.max(0, start - 100), start);
    const year = Number(m[1]);
    const found: FoundValue = { kind: 'year', value: year, start, end: start + 4, approximate: false };
    if (TERM_BEFORE.test(before)) values.push({ ...found, kind: 'termEnd' });
    else if (SINCE_BEFORE.test(before)) sinceYears.push(found);
    else values.push(found);
  }
  for (const m of folded.matchAll(MONTH)) {
    const start = m.index ?? 0;
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    values.push({
      kind: 'month',
      value: Number(m[2]) * 100 + month,
      start,
      end: start + m[0].length,
      approximate: false,
    });
  }
  const durations: FoundDuration[] = [];
  for (const m of folded.matchAll(DURATION)) {
    const start = m.index ?? 0;
    durations.push({ start, end: start + m[0].length, text: m[0] });
  }
  values.sort((a, b) => a.start - b.start);
  return { values, durations, sinceYears };
}
