// Companies that are not a party to the partnership being judged: a sentence about their deals, boards or
// stakes is not a claim about this partnership unless it names its parties too. The names come from the
// fact base (its other partnerships' parties and its list of other companies), never from code.
import { namesRegex } from './parties';

/**
 * Every company name the fact base knows (its partnerships' parties and its other companies), one regex shared
 * by all partnerships: each partnership tells its own parties apart with `isOtherCompany`. One regex, not one per
 * partnership: a page about several deals would compile each (tens of kB of machine code apiece).
 * Case-sensitive: company names are capitalised, and "arm" or "apple" in lower case are words.
 */
export function companiesRegex(names: readonly string[]): RegExp | null {
  return names.length ? namesRegex(names, '') : null;
}

/**
 * A test of a name the companies' regex found: true when it is not one of the partnership's parties (one of
 * `parties` matches it) nor a company the partnership involves (`involved`, its plural or possessive too).
 */
export function isOtherCompany(
  parties: readonly RegExp[],
  involved: ReadonlySet<string>,
): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let other = known.get(name);
    if (other === undefined) {
      other =
        !involved.has(name) &&
        !involved.has(name.replace(/'?s$/, '')) &&
        !parties.some((re) => re.test(name));
      known.set(name, other);
    }
    return other;
  };
}
