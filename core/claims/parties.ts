// Which parties of which partnership a piece of text names.
import type { Partnership } from '../factbase/schema';

export interface PartyMatcher {
  partnership: Partnership;
  /** One regex per party: its name, aliases and products. */
  party: [RegExp, RegExp];
  /** The same plus the party's hints (leaders, descriptors): for what a page is about. */
  context: [RegExp, RegExp];
}

function escapeAlias(alias: string): string {
  return alias
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['\u2019]")
    .replace(/\s+/g, '\\s+');
}

function partyRegex(names: string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeAlias);
  // A plural or possessive "s" is allowed: URLs write "microsofts-stake".
  return new RegExp(`(?<![\\w-])(?:${sorted.join('|')})(?:'?s)?(?![\\w])`, 'i');
}

export function compilePartyMatcher(partnership: Partnership): PartyMatcher {
  const [a, b] = partnership.parties;
  return {
    partnership,
    party: [
      partyRegex([a.name, ...a.aliases, ...a.products]),
      partyRegex([b.name, ...b.aliases, ...b.products]),
    ],
    context: [
      partyRegex([a.name, ...a.aliases, ...a.products, ...a.hints]),
      partyRegex([b.name, ...b.aliases, ...b.products, ...b.hints]),
    ],
  };
}

export interface PartyPresence {
  first: boolean;
  second: boolean;
}

export function partiesIn(text: string, matcher: PartyMatcher): PartyPresence {
  return { first: matcher.party[0].test(text), second: matcher.party[1].test(text) };
}

/** Parties a whole page names, counting hints: the page's title, text and URL words. */
export function pagePartiesIn(text: string, matcher: PartyMatcher): PartyPresence {
  return { first: matcher.context[0].test(text), second: matcher.context[1].test(text) };
}

/** The words of a URL's host and path ("…/microsoft-ends-openai-exclusivity/" → "microsoft ends openai exclusivity"). */
export function urlWords(url: string | null | undefined): string {
  if (!url) return '';
  return url.replace(/^[a-z]+:\/\/(www\.)?/i, '').replace(/[-_/.+?=&%#]+/g, ' ');
}
