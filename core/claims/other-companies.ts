// Companies that are not a party to the partnership being judged: a sentence about their deals, boards or
// stakes is not a claim about this partnership unless it names its parties too. The names come from the
// fact base (its other partnerships' parties and its list of other companies), never from code.
import { namesRegex } from './parties';

export function otherCompanyRegex(names: readonly string[], exclude: readonly RegExp[]): RegExp | null {
  const others = names.filter((n) => !exclude.some((re) => re.test(n)));
  // Case-sensitive: company names are capitalised, and "arm" or "apple" in lower case are words.
  return others.length ? namesRegex(others, '') : null;
}
