// Data lints of the fact base: what the schema cannot say. Shared by `npm run facts -- validate` and the
// data tests (tests/facts/factbase.test.ts). Pure: a fact base in, a list of problems out (empty = clean).
import { canonicalJson } from './canonical-json';
import { releaseRegexSources } from './accept-release';
import { crossReferenceProblems } from './load';
import { regexSetProblem } from './regex-safety';
import { SHARED_WORDS } from '../claims/lexicon/words';
import type { FactBase, Source } from './schema';

export const LINT_RULES = [
  'unique-ids',
  'event-order',
  'real-dates',
  'date-precision',
  'published-after-events',
  'primary-source',
  'source-note',
  'https-sources',
  'links',
  'unused-event',
  'frame-words',
  'fact-period',
  'wrong-facts',
  'supersession',
  'safe-words',
] as const;
/** `spelling` needs the JSON as written, so spellingProblems reports it, not lintFactBase. */
export type LintRule = (typeof LINT_RULES)[number] | 'spelling';

/** Which of the files maintainers edit a problem is in. */
export type FactFile = 'manifest' | 'partnerships' | 'events' | 'facts' | 'lexicon';

export interface LintProblem {
  rule: LintRule;
  file: FactFile;
  /** One line, naming the entry: "fact inv-2019-1b: …". */
  message: string;
}

/** Every lint problem of a fact base that passed the schema. */
export function lintFactBase(fb: FactBase): LintProblem[] {
  const out: LintProblem[] = [];
  const add = (rule: LintRule, file: FactFile, message: string) => out.push({ rule, file, message });
  const eventById = new Map(fb.events.map((e) => [e.id, e]));
  const factById = new Map(fb.facts.map((f) => [f.id, f]));

  for (const [file, kind, ids] of [
    ['partnerships', 'partnership', fb.partnerships.map((p) => p.id)],
    ['events', 'event', fb.events.map((e) => e.id)],
    ['facts', 'fact', fb.facts.map((f) => f.id)],
  ] as const) {
    for (const id of duplicates(ids)) add('unique-ids', file, `${kind} id ${id} is used more than once`);
  }
  for (const p of fb.partnerships) {
    for (const id of duplicates(p.parties.map((party) => party.id))) {
      add('unique-ids', 'partnerships', `partnership ${p.id}: party id ${id} is used more than once`);
    }
  }

  // Oldest first within each partnership: a new partnership is appended after the others' events.
  const lastOf = new Map<string, FactBase['events'][number]>();
  for (const e of fb.events) {
    const before = lastOf.get(e.partnership);
    if (before && e.date < before.date) {
      add('event-order', 'events', `event ${e.id} (${e.date}) comes after ${before.id} (${before.date})`);
    }
    lastOf.set(e.partnership, e);
  }

  if (!isRealDate(fb.manifest.published)) {
    add('real-dates', 'manifest', `published ${fb.manifest.published} is not a real date`);
  }
  for (const e of fb.events) {
    if (!isRealDate(e.date)) add('real-dates', 'events', `event ${e.id}: ${e.date} is not a real date`);
    if (e.datePrecision === 'year' && !e.date.endsWith('-01-01')) {
      add('date-precision', 'events', `event ${e.id}: a year-only date is written YYYY-01-01, not ${e.date}`);
    }
    if (e.datePrecision === 'month' && !e.date.endsWith('-01')) {
      add(
        'date-precision',
        'events',
        `event ${e.id}: a month-only date is written YYYY-MM-01, not ${e.date}`,
      );
    }
    if (e.date > fb.manifest.published) {
      add(
        'published-after-events',
        'manifest',
        `published ${fb.manifest.published} is before event ${e.id} (${e.date})`,
      );
    }
  }

  for (const e of fb.events) {
    if (e.sources.length > 0) continue;
    if (e.confidence === 'confirmed' && !e.sourceNote?.trim()) {
      add(
        'primary-source',
        'events',
        `event ${e.id} is confirmed but has no primary source and no sourceNote`,
      );
    } else if (!e.sourceNote?.trim()) {
      add('source-note', 'events', `event ${e.id} has no source and no sourceNote saying why`);
    }
  }
  for (const f of fb.facts.filter((x) => x.confidence === 'confirmed')) {
    const event = f.since ? eventById.get(f.since) : undefined;
    const sources = f.sources ?? event?.sources ?? [];
    if (sources.length === 0 && !f.sourceNote?.trim() && !event?.sourceNote?.trim()) {
      add(
        'primary-source',
        'facts',
        `fact ${f.id} is confirmed but has no primary source (own or its event's)`,
      );
    }
  }
  const sourced: Array<[FactFile, string, Source]> = [
    ...fb.events.flatMap((e) =>
      e.sources.map((s): [FactFile, string, Source] => ['events', `event ${e.id}`, s]),
    ),
    ...fb.facts.flatMap((f) =>
      (f.sources ?? []).map((s): [FactFile, string, Source] => ['facts', `fact ${f.id}`, s]),
    ),
  ];
  for (const [file, where, s] of sourced) {
    const problem = sourceProblem(s);
    if (problem) add('https-sources', file, `${where}: source ${JSON.stringify(s.url)}: ${problem}`);
  }

  for (const message of crossReferenceProblems(fb)) {
    const kind = message.split(' ')[0];
    const file: FactFile = kind === 'partnership' ? 'partnerships' : kind === 'event' ? 'events' : 'facts';
    add('links', file, message);
  }

  const used = new Set<string>(fb.partnerships.map((p) => p.beganWith));
  for (const f of fb.facts) {
    if (f.since) used.add(f.since);
    if (f.until) used.add(f.until);
  }
  for (const e of fb.events.filter((x) => !used.has(x.id))) {
    add('unused-event', 'events', `event ${e.id} is not the start or end of any fact or partnership`);
  }

  const known = new Set([...Object.keys(SHARED_WORDS), ...Object.keys(fb.lexicon?.words ?? {})]);
  for (const f of fb.facts) {
    for (const frame of f.frames) {
      for (const word of [frame.relation, ...(frame.with ?? []), ...(frame.without ?? [])]) {
        if (!known.has(word))
          add(
            'frame-words',
            'facts',
            `fact ${f.id}: word class "${word}" is in neither the shared vocabulary nor lexicon.words`,
          );
      }
    }
  }

  // What the extension checks before it takes a release (core/factbase/accept-release): a fact base it would refuse
  // is no valid one.
  const unsafe = regexSetProblem(releaseRegexSources(fb));
  if (unsafe)
    add('safe-words', 'lexicon', `the words compile to ${unsafe}: the extension would refuse this release`);

  for (const f of fb.facts) {
    const since = f.since ? eventById.get(f.since) : undefined;
    const until = f.until ? eventById.get(f.until) : undefined;
    const end = f.endedOn ?? until?.date;
    if (since && until && end !== undefined && end <= since.date) {
      add(
        'fact-period',
        'facts',
        `fact ${f.id}: ends (${until.id}, ${end}) before it starts (${since.id}, ${since.date})`,
      );
    }
    if (f.endedOn !== undefined) {
      // The end day is one of the row's own dates: the `until` event says it (a range row: opened … closed).
      if (!until) add('fact-period', 'facts', `fact ${f.id} has an endedOn day but no until event`);
      else if (f.endedOn < until.date || !until.summary.includes(f.endedOn)) {
        add(
          'fact-period',
          'facts',
          `fact ${f.id}: endedOn ${f.endedOn} is not a later day that ${until.id}'s summary gives`,
        );
      }
    }
    if (f.supersededBy.length > 0 && !f.until) {
      add('fact-period', 'facts', `fact ${f.id} is superseded but has no until event`);
    }
    if (f.confidence === 'wrong') {
      if (f.since !== null) add('wrong-facts', 'facts', `fact ${f.id} is wrong, so it has no since event`);
      if (!f.correctedBy) add('wrong-facts', 'facts', `fact ${f.id} is wrong but names no correctedBy fact`);
      else if (factById.get(f.correctedBy)?.confidence === 'wrong') {
        add('wrong-facts', 'facts', `fact ${f.id}: correctedBy ${f.correctedBy} is itself wrong`);
      }
    }
    for (const id of f.supersededBy) {
      const next = factById.get(id);
      if (next && f.until && next.since !== f.until) {
        add(
          'supersession',
          'facts',
          `fact ${f.id}: ${id} supersedes it but starts at ${next.since}, not at ${f.until}`,
        );
      }
    }
  }
  return out;
}

/**
 * Differences between the JSON maintainers wrote and what the schema made of it: unknown fields (zod drops
 * them silently, so a misspelt "supersededby" would vanish) and fields left to their defaults (the files
 * spell every field of an entry, so a reviewer sees the whole entry; a frame spells only what it uses).
 */
export function spellingProblems(raw: unknown, parsed: FactBase): LintProblem[] {
  const out: LintProblem[] = [];
  const walk = (a: unknown, b: unknown, path: string[]) => {
    if (isRecord(a) && isRecord(b)) {
      for (const key of Object.keys(a)) {
        if (!(key in b)) out.push(problem(path, `unknown field "${key}"`));
        else walk(a[key], b[key], [...path, key]);
      }
      for (const key of Object.keys(b)) {
        if (!(key in a)) out.push(problem(path, `field "${key}" is missing (its default would apply)`));
      }
    } else if (Array.isArray(a) && Array.isArray(b)) {
      for (const [i, item] of a.entries()) walk(item, b[i], [...path, String(i)]);
    } else if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) {
      out.push(problem(path, 'was rewritten by the schema'));
    }
  };
  const problem = (path: string[], message: string): LintProblem => {
    const [file, index, ...rest] = path;
    const entries = isRecord(raw) ? raw[file] : undefined;
    const entry = Array.isArray(entries) && index !== undefined ? entries[Number(index)] : undefined;
    const label =
      file === 'manifest'
        ? ['manifest', index, ...rest].filter(Boolean).join('.')
        : `${entryLabel(file as FactFile, entry, Number(index))}${rest.length ? `: ${rest.join('.')}` : ''}`;
    return { rule: 'spelling', file: file as FactFile, message: `${label}: ${message}` };
  };
  walk(raw, parsed, []);
  return out;
}

/** "event E4", "fact inv-2019-1b": how messages name an entry. */
export function entryLabel(file: FactFile, entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
  switch (file) {
    case 'events':
      return `event ${id ?? `#${index}`}`;
    case 'facts':
      return `fact ${id ?? `#${index}`}`;
    case 'partnerships':
      return `partnership ${id ?? `#${index}`}`;
    case 'lexicon':
      return 'lexicon';
    default:
      return 'manifest';
  }
}

function sourceProblem(s: Source): string | null {
  let url: URL;
  try {
    url = new URL(s.url);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  if (!url.hostname.includes('.')) return 'no real host name';
  if (s.title.trim().length <= 3) return `title "${s.title}" is too short to name the document`;
  return null;
}

/** A real calendar date written YYYY-MM-DD (no 2019-02-30). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
