// A valuation told as a funding round's own: the round's price, set by all its investors, true of that round for good
// and no one party's holding.

/** "a round that values it at", "raised … at a $X valuation", "raising money at a valuation of $60 billion". */
const ROUND_VALUED =
  /\b(?:round|rais(?:e|es|ed|ing)|Series [A-Z])\b[^.;]{0,60}?\b(?:(?:valu(?:ing|es|ed)|priced) (?:the )?[\w-]+ at|at an? [^.;]{0,25}?valuation)\b/i;

/** Whether the sentence tells a valuation as a round's own (a cheap look for its words first). */
export function valuedInRound(folded: string): boolean {
  return /valu|priced/i.test(folded) && ROUND_VALUED.test(folded);
}
