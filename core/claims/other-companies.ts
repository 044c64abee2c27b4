// Companies that are not a party to the partnership being judged: a sentence about their deals, boards or
// stakes is not a claim about this partnership unless it names its parties too. The names come from the
// fact base (its other partnerships' parties and its list of other companies), never from code.
import { mayName, namesRegex } from './parties';
import { wordStarts } from './word-starts';

/** Word starts of each company name, worked out once for all partnerships. */
const startsOfName = new Map<string, Set<string>>();

export function otherCompanyRegex(names: readonly string[], exclude: readonly RegExp[]): RegExp | null {
  // A party's names regex is run on a company's name only where one of its names could begin in it.
  const others = names.filter((n) => {
    let starts = startsOfName.get(n);
    if (starts === undefined) {
      starts = wordStarts(n);
      startsOfName.set(n, starts);
    }
    const known = starts;
    return !exclude.some((re) => mayName(known, re) && re.test(n));
  });
  // Case-sensitive: company names are capitalised, and "arm" or "apple" in lower case are words.
  return others.length ? namesRegex(others, '') : null;
}
