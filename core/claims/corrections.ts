// A correction retracts what an earlier version said ("An earlier version of this story said X held a seat; it
// does not."): the retracted words state no claim of the page's; what follows the break does.
const CORRECTION =
  /^\W*(?:correction\s*[:.\u2014-]\s*)?(?:an? |the )?(?:earlier|previous|prior) version of this (?:story|article|report|piece|column|post|newsletter)\b[^;:\u2014]*?\b(?:said|stated|reported|described|misstated|called|gave|put|referred)\b[^;:\u2014]*/i;

/** Where the retracted words end (0 when the sentence retracts nothing). */
export function retractedEnd(sentence: string): number {
  // A cheap look first: the pattern compiles to ~33 kB of machine code, and few pages carry a correction.
  if (!/version of/i.test(sentence)) return 0;
  const m = CORRECTION.exec(sentence);
  return m ? m[0].length : 0;
}
