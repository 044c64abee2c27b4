// A live page's entry opens on the time it was posted ("09:45", "Monday 14:02", "Nov 3, 09:15 GMT", "10.30am:"):
// the sentence says what it says after it. Only a clock time makes a stamp, never a bare number ("$10.50 billion").
const TIME_STAMP =
  /^[\s\u2022*\u2013\u2014-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+)?\d{1,2}(?::\d{2}(?:\s*[ap]\.?m\b\.?)?|[.]\d{2}\s*[ap]\.?m\b\.?)(?:\s*(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT)\b)?\s*[:\u2013\u2014-]?\s+/i;

/** How many characters the time stamp that opens `sentence` takes (0 when it opens on none). */
export function timeStampLength(sentence: string): number {
  return TIME_STAMP.exec(sentence)?.[0].length ?? 0;
}

// A wire story's dateline ("OSLO, March 3 (Agency) - ", "PORTLAND, Oregon, Nov 18 (Agency) — "): where and when the
// story was filed, not when what it tells happened. A place in capitals may lead; the date, the agency's name in
// brackets and the dash make one.
const DATELINE =
  /^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,2})?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\s*\([A-Z][\w .&-]{0,30}\)\s*[-\u2013\u2014]+\s+/;

/** How many characters the dateline that opens `sentence` takes (0 when it opens on none). */
export function datelineLength(sentence: string): number {
  // A cheap look first: a bracket closed and a dash, near the start (the pattern compiles to kilobytes of code).
  const close = sentence.indexOf(')');
  if (close < 0 || close > 90 || !/^\s*[-\u2013\u2014]/.test(sentence.slice(close + 1, close + 4))) return 0;
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
