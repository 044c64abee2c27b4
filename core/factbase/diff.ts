// What changed between two fact bases, for maintainers reviewing a release (`facts diff`) and readers
// ("what is new in this update"). Pure: two fact bases in, a structured diff and a readable text out.
import { canonicalJson } from './canonical-json';
import type { FactBase, FactEvent, Fact } from './schema';
import { compareVersions } from './semver';

export interface FieldChange {
  /** Dotted path within the entry: "until", "values.amountUsd", "sources". */
  path: string;
  old: unknown;
  new: unknown;
}

export interface EntryChange {
  id: string;
  changes: FieldChange[];
}

export interface FactBaseDiff {
  from: VersionInfo;
  to: VersionInfo;
  manifest: FieldChange[];
  partnerships: { added: string[]; changed: EntryChange[]; removed: string[] };
  events: { added: FactEvent[]; changed: EntryChange[]; removed: FactEvent[] };
  facts: {
    added: Fact[];
    changed: EntryChange[];
    /** Facts that gained an `until` event: true before, outdated from then on. */
    retired: Array<EntryChange & { until: string }>;
    removed: Fact[];
  };
  /** Word classes of the fact base's own vocabulary that were added, removed or changed, and other companies. */
  lexicon: { classes: string[]; otherCompanies: { added: string[]; removed: string[] } };
  /** Anything besides the manifest's version and date changed. */
  contentChanged: boolean;
  warnings: string[];
}

interface VersionInfo {
  version: string;
  published: string;
  schemaVersion: number;
}

export function diffFactBases(a: FactBase, b: FactBase): FactBaseDiff {
  const partnerships = diffById(a.partnerships, b.partnerships);
  const events = diffById(a.events, b.events);
  const facts = diffById(a.facts, b.facts);
  const retired: FactBaseDiff['facts']['retired'] = [];
  const changed: EntryChange[] = [];
  const oldFacts = new Map(a.facts.map((f) => [f.id, f]));
  for (const c of facts.changed) {
    const before = oldFacts.get(c.id)!;
    const after = b.facts.find((f) => f.id === c.id)!;
    if (!before.until && after.until) retired.push({ ...c, until: after.until });
    else changed.push(c);
  }
  const lexicon = diffLexicon(a, b);
  const manifest = fieldChanges(a.manifest, b.manifest);
  const contentChanged =
    manifest.some((c) => c.path !== 'version' && c.path !== 'published') ||
    [partnerships, events, facts].some((d) => d.added.length + d.changed.length + d.removed.length > 0) ||
    lexicon.classes.length + lexicon.otherCompanies.added.length + lexicon.otherCompanies.removed.length > 0;
  const from = info(a);
  const to = info(b);
  const warnings: string[] = [];
  if (contentChanged && compareVersions(to.version, from.version) <= 0) {
    warnings.push(`the content changed but the version did not go up (${from.version} → ${to.version})`);
  }
  if (
    to.schemaVersion !== from.schemaVersion &&
    Number(to.version.split('.')[0]) <= Number(from.version.split('.')[0])
  ) {
    warnings.push(
      `the schema changed (${from.schemaVersion} → ${to.schemaVersion}) but the major version did not go up`,
    );
  }
  if (
    partnerships.added.length > 0 &&
    to.version.split('.').slice(0, 2).join('.') === from.version.split('.').slice(0, 2).join('.')
  ) {
    warnings.push(
      `a partnership was added: that is at least a minor version (${from.version} → ${to.version})`,
    );
  }
  if (contentChanged && to.published <= from.published) {
    warnings.push(`the content changed but the publication date did not move (${to.published})`);
  }
  return {
    from,
    to,
    manifest,
    partnerships: {
      added: partnerships.added.map((p) => p.id),
      changed: partnerships.changed,
      removed: partnerships.removed.map((p) => p.id),
    },
    events,
    facts: { added: facts.added, changed, retired, removed: facts.removed },
    lexicon,
    contentChanged,
    warnings,
  };
}

/** The diff as a changelog a maintainer can paste into a release note. */
export function formatDiff(d: FactBaseDiff): string {
  const lines: string[] = [];
  const { from, to } = d;
  const moved = (x: string | number, y: string | number) => (x === y ? String(x) : `${x} → ${y}`);
  lines.push(
    `Fact base ${moved(from.version, to.version)} (published ${moved(from.published, to.published)}; schema ${moved(from.schemaVersion, to.schemaVersion)})`,
  );
  for (const w of d.warnings) lines.push(`warning: ${w}`);
  if (!d.contentChanged) {
    lines.push('', 'No changes to partnerships, events, facts or vocabulary.');
    return `${lines.join('\n')}\n`;
  }
  /** A titled list; each entry is a head line and its indented field changes. */
  const section = (title: string, entries: string[][]) => {
    if (entries.length) lines.push('', `${title} (${entries.length})`, ...entries.flat());
  };
  const changes = (cs: FieldChange[]) => cs.map((c) => `      ${c.path}: ${show(c.old)} → ${show(c.new)}`);
  const fact = (mark: string, f: Fact) => [`  ${mark} ${f.id} [${f.topic}, ${f.confidence}] ${f.summary}`];

  section(
    'Facts added',
    d.facts.added.map((f) => fact('+', f)),
  );
  section(
    'Facts changed',
    d.facts.changed.map((c) => [`  ~ ${c.id}`, ...changes(c.changes)]),
  );
  section(
    'Facts retired (now outdated)',
    d.facts.retired.map((c) => [`  > ${c.id}, ended by ${c.until}`, ...changes(c.changes)]),
  );
  section(
    'Facts removed',
    d.facts.removed.map((f) => fact('-', f)),
  );
  section(
    'Events added',
    d.events.added.map((e) => [`  + ${e.id} ${e.date} (${e.confidence}) ${e.summary}`]),
  );
  section(
    'Events changed',
    d.events.changed.map((c) => [`  ~ ${c.id}`, ...changes(c.changes)]),
  );
  section(
    'Events removed',
    d.events.removed.map((e) => [`  - ${e.id} ${e.date} ${e.summary}`]),
  );
  section(
    'Partnerships added',
    d.partnerships.added.map((id) => [`  + ${id}`]),
  );
  section(
    'Partnerships changed',
    d.partnerships.changed.map((c) => [`  ~ ${c.id}`, ...changes(c.changes)]),
  );
  section(
    'Partnerships removed',
    d.partnerships.removed.map((id) => [`  - ${id}`]),
  );
  const descriptionChange = d.manifest.filter((c) => c.path !== 'version' && c.path !== 'published');
  if (descriptionChange.length) lines.push('', 'Manifest', ...changes(descriptionChange));
  if (d.lexicon.classes.length)
    lines.push('', `Vocabulary: word classes changed: ${d.lexicon.classes.join(', ')}`);
  const { added, removed } = d.lexicon.otherCompanies;
  if (added.length + removed.length) {
    const names = [...added.map((n) => `+ ${n}`), ...removed.map((n) => `- ${n}`)];
    lines.push('', `Other companies: ${names.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function info(fb: FactBase): VersionInfo {
  const { version, published, schemaVersion } = fb.manifest;
  return { version, published, schemaVersion };
}

function diffById<T extends { id: string }>(a: readonly T[], b: readonly T[]) {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  const changed: EntryChange[] = [];
  for (const x of b) {
    const old = before.get(x.id);
    if (!old) continue;
    const changes = fieldChanges(old, x);
    if (changes.length) changed.push({ id: x.id, changes });
  }
  return {
    added: b.filter((x) => !before.has(x.id)),
    changed,
    removed: a.filter((x) => !after.has(x.id)),
  };
}

/** Field-by-field differences; nested objects (values, parties…) are compared member by member. */
export function fieldChanges(a: unknown, b: unknown, prefix = ''): FieldChange[] {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => fieldChanges(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  if (same(a, b)) return [];
  return [{ path: prefix || '(entry)', old: a, new: b }];
}

/** The fact base's own word classes (by name) and its list of other companies. */
function diffLexicon(a: FactBase, b: FactBase): FactBaseDiff['lexicon'] {
  const wa = a.lexicon?.words ?? {};
  const wb = b.lexicon?.words ?? {};
  const classes = [...new Set([...Object.keys(wa), ...Object.keys(wb)])].filter((k) => !same(wa[k], wb[k]));
  const before = new Set(a.lexicon?.otherCompanies ?? []);
  const after = new Set(b.lexicon?.otherCompanies ?? []);
  return {
    classes: classes.sort(),
    otherCompanies: {
      added: [...after].filter((n) => !before.has(n)),
      removed: [...before].filter((n) => !after.has(n)),
    },
  };
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
