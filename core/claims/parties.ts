// Which parties of which partnership a piece of text names.
import type { Partnership } from '../factbase/schema';
import { groupedAlternation } from './alternation';
import { mayOccur, startsOf } from './word-starts';

export interface PartyMatcher {
  partnership: Partnership;
  /** One regex per party: its name, aliases and products. */
  party: RegExp[];
  /** The same plus the party's hints (leaders, descriptors): for what a page is about. */
  context: RegExp[];
  /**
   * The same plus the descriptors other parties share ("the lab", "the chipmaker"): they name this party only
   * on a page about this deal alone.
   */
  soleContext: RegExp[];
}

/** Hints that describe more than one party of the fact base ("the lab"): no lead to one party by themselves. */
export function sharedHints(partnerships: readonly Partnership[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const p of partnerships)
    for (const party of p.parties)
      for (const hint of party.hints) {
        const key = hint.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(party.id));
      }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([hint]) => hint));
}

/** Escaped names, kept: the same names (other companies) go into one regex per partnership. */
const escaped = new Map<string, string>();

function escapeAlias(alias: string): string {
  let out = escaped.get(alias);
  if (out === undefined) {
    out = escapeAliasOnce(alias);
    escaped.set(alias, out);
  }
  return out;
}

function escapeAliasOnce(alias: string): string {
  return alias
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['\u2019]")
    .replace(/\s+/g, '\\s+');
}

/** How the names of each names regex begin (core/claims/word-starts), to rule a regex out before running it. */
const startsByRegex = new WeakMap<RegExp, readonly string[] | null>();

/** Names regexes built so far, by flags and source: a party stands in several partnerships, and is compiled once. */
const built = new Map<string, RegExp>();

/** A names regex as plain data: its source (one per set of names, whatever their order) and its names' starts. */
export interface NamesData {
  source: string;
  starts: string[] | null;
}

/**
 * Names regexes worked out so far, by flags and names as given. A build writes them down and the annotator reads
 * them back before a page is judged (core/verdict/engine-tables): sorting, escaping and grouping every party's
 * names cold cost a page 3–9 ms of its main thread.
 */
export const namesTable = new Map<string, NamesData>();

/**
 * A regex for any of the names, on word boundaries; a plural or possessive "s" is allowed ("microsofts-stake").
 * The same set of names gives the same regex object, in whatever order (no flag keeps state: no `g`, no `y`):
 * a party that stands in several partnerships is one regex, looked for once per sentence.
 */
export function namesRegex(names: readonly string[], flags = 'i'): RegExp {
  if (/[gy]/.test(flags)) throw new Error(`namesRegex: a shared regex cannot have flags "${flags}"`);
  const given = `${flags}\u0000${names.join('\u0001')}`;
  let data = namesTable.get(given);
  if (data === undefined) {
    // Longest first (so a product named after its maker wins over the bare name), then in code-unit order: one
    // order for one set.
    const sorted = [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    const alternation = groupedAlternation(sorted.map(escapeAlias), flags.includes('i'));
    data = { source: `(?<![\\w-])(?:${alternation})(?:'?s)?(?![\\w])`, starts: startsOf(sorted) };
    namesTable.set(given, data);
  }
  // One set of names, in whatever order, gives one source (the names are sorted first): one regex.
  const key = `${flags}/${data.source}`;
  let re = built.get(key);
  if (re === undefined) {
    re = new RegExp(data.source, flags);
    startsByRegex.set(re, data.starts);
    built.set(key, re);
  }
  return re;
}

/** The starts of a names regex's names; null (nothing can be ruled out) for any other regex. */
export function nameStarts(re: RegExp): readonly string[] | null {
  return startsByRegex.get(re) ?? null;
}

/** Whether a text with these word starts may name what a names regex looks for (false: it cannot). */
export function mayName(starts: ReadonlySet<string>, re: RegExp): boolean {
  return mayOccur(starts, nameStarts(re));
}

export function compilePartyMatcher(
  partnership: Partnership,
  shared: ReadonlySet<string> = new Set(),
): PartyMatcher {
  const own = (hints: string[]) => hints.filter((h) => !shared.has(h.toLowerCase()));
  return {
    partnership,
    party: partnership.parties.map((p) => namesRegex([p.name, ...p.aliases, ...p.products])),
    context: partnership.parties.map((p) =>
      namesRegex([p.name, ...p.aliases, ...p.products, ...own(p.hints)]),
    ),
    soleContext: partnership.parties.map((p) =>
      namesRegex([p.name, ...p.aliases, ...p.products, ...p.hints]),
    ),
  };
}

/**
 * Whether `text` names what a party regex looks for, each regex run at most once however often it is asked (a
 * party stands in several partnerships, its regex interned). With `starts`, the text's word starts, a regex none
 * of whose names can begin there is not run at all.
 */
export function namesIn(text: string, starts?: ReadonlySet<string>): (re: RegExp) => boolean {
  const seen = new Map<RegExp, boolean>();
  return (re) => {
    let hit = seen.get(re);
    if (hit === undefined) {
      hit = (!starts || mayName(starts, re)) && re.test(text);
      seen.set(re, hit);
    }
    return hit;
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

/** How many sides of the deal the present parties stand for (co-investors on one side count once). */
export function sidesNamed(partnership: Partnership, presence: PartyPresence): number {
  const sides = new Set<string>();
  partnership.parties.forEach((p, i) => {
    if (presence[i]) sides.add(p.side ?? p.id);
  });
  return sides.size;
}

export function countNamed(presence: PartyPresence): number {
  return presence.filter(Boolean).length;
}

/** The words of a URL's host and path ("…/lab-ends-cloud-exclusivity/" → "lab ends cloud exclusivity"). */
export function urlWords(url: string | null | undefined): string {
  if (!url) return '';
  return url.replace(/^[a-z]+:\/\/(www\.)?/i, '').replace(/[-_/.+?=&%#]+/g, ' ');
}
