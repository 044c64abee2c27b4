// Which parties of which partnership a piece of text names.
import type { Partnership } from '../factbase/schema';

export interface PartyMatcher {
  partnership: Partnership;
  /** One regex per party: its name, aliases and products. */
  party: RegExp[];
  /** The same plus the party's hints (leaders, descriptors): for what a page is about. */
  context: RegExp[];
}

function escapeAlias(alias: string): string {
  return alias
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['\u2019]")
    .replace(/\s+/g, '\\s+');
}

/** A regex for any of the names, on word boundaries; a plural or possessive "s" is allowed ("microsofts-stake"). */
export function namesRegex(names: readonly string[], flags = 'i'): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeAlias);
  return new RegExp(`(?<![\\w-])(?:${sorted.join('|')})(?:'?s)?(?![\\w])`, flags);
}

export function compilePartyMatcher(partnership: Partnership): PartyMatcher {
  return {
    partnership,
    party: partnership.parties.map((p) => namesRegex([p.name, ...p.aliases, ...p.products])),
    context: partnership.parties.map((p) => namesRegex([p.name, ...p.aliases, ...p.products, ...p.hints])),
  };
}

/** For each party, whether the text names it. */
export type PartyPresence = boolean[];

export function partiesIn(text: string, matcher: PartyMatcher): PartyPresence {
  return matcher.party.map((re) => re.test(text));
}

/** Parties a whole page names, counting hints: the page's title, text and URL words. */
export function pagePartiesIn(text: string, matcher: PartyMatcher): PartyPresence {
  return matcher.context.map((re) => re.test(text));
}

export function countNamed(presence: PartyPresence): number {
  return presence.filter(Boolean).length;
}

/** The words of a URL's host and path ("…/lab-ends-cloud-exclusivity/" → "lab ends cloud exclusivity"). */
export function urlWords(url: string | null | undefined): string {
  if (!url) return '';
  return url.replace(/^[a-z]+:\/\/(www\.)?/i, '').replace(/[-_/.+?=&%#]+/g, ' ');
}
