// Scoring of `eval`, exactly as ../shared/corpus/README.md states it. Pure: no file or engine access.
// Two additions for the partners corpus (../shared/corpus/partners/README.md): a labelled claim names its
// partnership, and a reported claim of another partnership has the wrong status; `accept` may hold "none",
// meaning the claim may also be left unflagged (then it is no recall miss; flagged, its status must be accepted).
import { z } from 'zod';
import { STATUSES, type Status } from '../core/types';

/** "none" in `accept`: leaving the claim unflagged is also right. */
export const ACCEPTS = [...STATUSES, 'none'] as const;
export type Accept = (typeof ACCEPTS)[number];

/** The partnership of a labelled claim without one (the dev corpus is all about one deal). */
export const DEFAULT_PARTNERSHIP = 'microsoft-openai';

export const labelsSchema = z.object({
  today: z.iso.date(),
  documents: z.array(
    z.object({
      file: z.string().min(1),
      published: z.iso.date().nullable().optional(),
      claims: z.array(
        z.object({
          quote: z.string().min(1),
          accept: z.array(z.enum(ACCEPTS)).min(1),
          topic: z.string().optional(),
          id: z.string().optional(),
          partnership: z.string().min(1).optional(),
        }),
      ),
      optional: z.array(z.string().min(1)).default([]),
      /** Sentences that state no claim (the paraphrase suite lists them): flagging one is a false positive. */
      decoys: z.array(z.string().min(1)).optional(),
    }),
  ),
});
export type Labels = z.infer<typeof labelsSchema>;
export type LabelledDocument = Labels['documents'][number];
export type LabelledClaim = LabelledDocument['claims'][number];

export const partnershipOf = (label: LabelledClaim): string => label.partnership ?? DEFAULT_PARTNERSHIP;
const mayBeUnflagged = (label: LabelledClaim): boolean => label.accept.includes('none');

/** Validates a labels file; throws an Error with a one-line message. */
export function parseLabels(json: unknown): Labels {
  const result = labelsSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`invalid labels at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

/** What the checker reported: offsets are into the page text, when known. */
export interface ReportedClaim {
  text: string;
  status: Status;
  start?: number;
  end?: number;
  /** The partnership the checker judged it against; undefined when the checker does not say. */
  partnership?: string | null;
}

// ── Folding: quotes, dashes, whitespace and case ──────────────────────────────────────────────────

const FOLD: Record<string, string> = { '…': '...' };
for (const c of '‘’‚‛′`´') FOLD[c] = "'";
for (const c of '“”„‟″«»') FOLD[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') FOLD[c] = '-';
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Folded text and, for each of its characters, the index of the original character it came from. */
export function foldWithMap(s: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let lastSpace = true; // drops leading whitespace
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      if (!lastSpace) {
        folded += ' ';
        map.push(i);
      }
      lastSpace = true;
      continue;
    }
    const out = FOLD[c] ?? c.toLowerCase();
    for (const o of out) {
      folded += o;
      map.push(i);
    }
    lastSpace = false;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}

export const fold = (s: string): string => foldWithMap(s).folded;

const words = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

// ── Matching ──────────────────────────────────────────────────────────────────────────────────────

/** How a reported text matches a labelled quote, strongest first. */
export type MatchRule = 'contains' | 'inside' | 'words';
export const SHARED_WORDS_MIN = 0.6;

/**
 * The README's rule: the report contains the quote; or lies inside it and is at least half its length;
 * or the two share at least 60% of the quote's (distinct) words. Null when none holds.
 */
export function matchRule(reported: string, quote: string): MatchRule | null {
  const r = fold(reported);
  const q = fold(quote);
  if (!q || !r) return null;
  if (r.includes(q)) return 'contains';
  if (q.includes(r) && r.length * 2 >= q.length) return 'inside';
  const quoteWords = new Set(words(q));
  if (quoteWords.size === 0) return null;
  const reportWords = new Set(words(r));
  let shared = 0;
  for (const w of quoteWords) if (reportWords.has(w)) shared++;
  return shared >= SHARED_WORDS_MIN * quoteWords.size ? 'words' : null;
}

const RULE_RANK: Record<MatchRule, number> = { contains: 0, inside: 1, words: 2 };

/** Where a passage stands in the page text (exactly, else after folding both), or null. */
export function locate(pageText: string, passage: string): { start: number; end: number } | null {
  const exact = pageText.indexOf(passage);
  if (exact !== -1) return { start: exact, end: exact + passage.length };
  const page = foldWithMap(pageText);
  const q = fold(passage);
  const at = q ? page.folded.indexOf(q) : -1;
  if (at === -1) return null;
  return { start: page.map[at], end: page.map[at + q.length - 1] + 1 };
}

export interface MatchedPair {
  label: LabelledClaim;
  report: ReportedClaim;
  rule: MatchRule;
  /** The status is accepted and the partnership is the label's. */
  statusOk: boolean;
  /** The checker judged it against another partnership than the label's. */
  wrongPartnership: boolean;
}

export interface DocumentScore {
  file: string;
  matched: MatchedPair[];
  missed: LabelledClaim[];
  /** Unflagged claims whose `accept` holds "none": neither matched nor missed. */
  leftAlone: LabelledClaim[];
  /** Reports overlapping no labelled claim and no optional passage. */
  falsePositives: ReportedClaim[];
  /** Reports matching nothing that overlap a labelled claim or optional passage: no penalty. */
  excused: ReportedClaim[];
  reported: number;
  /** Listed decoys, and those a false positive overlaps. */
  decoys: number;
  decoysFlagged: number;
}

/**
 * Scores one document's reports against its labels. Each labelled claim matches at most once; the
 * assignment maximises the number of matches (augmenting paths), trying stronger rules first.
 */
export function scoreDocument(
  doc: LabelledDocument,
  reports: ReportedClaim[],
  pageText?: string,
): DocumentScore {
  const labels = doc.claims;
  const candidates = reports.map((r) =>
    labels
      .map((l, i) => ({ i, rule: matchRule(r.text, l.quote) }))
      .filter((c): c is { i: number; rule: MatchRule } => c.rule !== null)
      .sort((a, b) => RULE_RANK[a.rule] - RULE_RANK[b.rule]),
  );
  const owner: number[] = labels.map(() => -1);
  const assign = (r: number, seen: Set<number>): boolean => {
    for (const { i } of candidates[r]) {
      if (seen.has(i)) continue;
      seen.add(i);
      if (owner[i] === -1 || assign(owner[i], seen)) {
        owner[i] = r;
        return true;
      }
    }
    return false;
  };
  reports.forEach((_, r) => {
    assign(r, new Set());
  });

  const matched: MatchedPair[] = [];
  const missed: LabelledClaim[] = [];
  const leftAlone: LabelledClaim[] = [];
  labels.forEach((label, i) => {
    if (owner[i] === -1) {
      (mayBeUnflagged(label) ? leftAlone : missed).push(label);
      return;
    }
    const report = reports[owner[i]];
    const rule = candidates[owner[i]].find((c) => c.i === i)!.rule;
    const wrongPartnership = report.partnership !== undefined && report.partnership !== partnershipOf(label);
    const statusOk = label.accept.includes(report.status) && !wrongPartnership;
    matched.push({ label, report, rule, statusOk, wrongPartnership });
  });

  const taken = new Set(owner);
  const passages = [...labels.map((l) => l.quote), ...doc.optional];
  const spans = pageText ? passages.map((p) => locate(pageText, p)) : [];
  const falsePositives: ReportedClaim[] = [];
  const excused: ReportedClaim[] = [];
  reports.forEach((report, r) => {
    if (taken.has(r)) return;
    const overlaps = passages.some((p, k) => {
      if (matchRule(report.text, p)) return true;
      const span = spans[k];
      if (!span || report.start === undefined || report.end === undefined) return false;
      return report.start < span.end && span.start < report.end;
    });
    (overlaps ? excused : falsePositives).push(report);
  });
  const decoys = doc.decoys ?? [];
  const decoySpans = pageText ? decoys.map((d) => locate(pageText, d)) : [];
  const decoysFlagged = decoys.filter((d, k) =>
    falsePositives.some((r) => {
      if (matchRule(r.text, d)) return true;
      const span = decoySpans[k];
      return (
        !!span && r.start !== undefined && r.end !== undefined && r.start < span.end && span.start < r.end
      );
    }),
  ).length;
  return {
    file: doc.file,
    matched,
    missed,
    leftAlone,
    falsePositives,
    excused,
    reported: reports.length,
    decoys: decoys.length,
    decoysFlagged,
  };
}

export interface Metrics {
  precision: number;
  recall: number;
  statusAccuracy: number;
  matched: number;
  labelled: number;
  reported: number;
  falsePositives: number;
  statusCorrect: number;
  /** Listed decoys (0 when the labels list none) and how many were flagged. */
  decoys: number;
  decoysFlagged: number;
}

/** A ratio, 0 when nothing was counted. */
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function summarize(scores: DocumentScore[]): Metrics {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matched = sum((s) => s.matched.length);
  const labelled = sum((s) => s.matched.length + s.missed.length);
  const falsePositives = sum((s) => s.falsePositives.length);
  const statusCorrect = sum((s) => s.matched.filter((m) => m.statusOk).length);
  return {
    precision: ratio(matched, matched + falsePositives),
    recall: ratio(matched, labelled),
    statusAccuracy: ratio(statusCorrect, matched),
    matched,
    labelled,
    reported: sum((s) => s.reported),
    falsePositives,
    statusCorrect,
    decoys: sum((s) => s.decoys),
    decoysFlagged: sum((s) => s.decoysFlagged),
  };
}

/** `precision 0.950  recall 0.917  status-accuracy 0.964  (matched 55/60, reported 58, false-positives 3)` */
export function metricsLine(m: Metrics): string {
  return (
    `precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  status-accuracy ${m.statusAccuracy.toFixed(3)}  ` +
    `(matched ${m.matched}/${m.labelled}, reported ${m.reported}, false-positives ${m.falsePositives}` +
    `${m.decoys > 0 ? `, decoys flagged ${m.decoysFlagged}/${m.decoys}` : ''})`
  );
}

export type Miss =
  | { kind: 'missed'; file: string; quote: string; expected: Accept[] }
  | { kind: 'false-positive'; file: string; text: string; got: Status }
  | {
      kind: 'wrong-status';
      file: string;
      quote: string;
      text: string;
      expected: Accept[];
      got: Status;
      /** Set when the status is wrong because the partnership is: the label's and the one reported. */
      partnership?: { expected: string; got: string | null };
    };

/** Every miss of a document: missed labelled claims, false positives, matched claims with a wrong status. */
export function missesOf(score: DocumentScore): Miss[] {
  const file = score.file;
  return [
    ...score.missed.map((l): Miss => ({ kind: 'missed', file, quote: l.quote, expected: l.accept })),
    ...score.falsePositives.map((r): Miss => ({ kind: 'false-positive', file, text: r.text, got: r.status })),
    ...score.matched
      .filter((m) => !m.statusOk)
      .map(
        (m): Miss => ({
          kind: 'wrong-status',
          file,
          quote: m.label.quote,
          text: m.report.text,
          expected: m.label.accept,
          got: m.report.status,
          ...(m.wrongPartnership
            ? { partnership: { expected: partnershipOf(m.label), got: m.report.partnership ?? null } }
            : {}),
        }),
      ),
  ];
}

/** One line per miss, e.g. `wrong-status  d-02.html  expected outdated, got supported  "…"`. */
export function missLine(miss: Miss): string {
  switch (miss.kind) {
    case 'missed':
      return `missed          ${miss.file}  expected ${miss.expected.join('|')}  "${miss.quote}"`;
    case 'false-positive':
      return `false-positive  ${miss.file}  got ${miss.got}  "${miss.text}"`;
    case 'wrong-status': {
      const about = miss.partnership
        ? ` (partnership ${miss.partnership.got ?? 'none'}, not ${miss.partnership.expected})`
        : '';
      return `wrong-status    ${miss.file}  expected ${miss.expected.join('|')}, got ${miss.got}${about}  "${miss.quote}"`;
    }
  }
}

// ── Breakdowns: per split and per partnership ─────────────────────────────────────────────────────

/** The part of a document's score about one partnership: labels by their partnership, reports by theirs. */
export function scoreForPartnership(score: DocumentScore, partnership: string): DocumentScore {
  const ofLabel = (l: LabelledClaim) => partnershipOf(l) === partnership;
  const ofReport = (r: ReportedClaim) => (r.partnership ?? 'none') === partnership;
  const matched = score.matched.filter((m) => ofLabel(m.label));
  const falsePositives = score.falsePositives.filter(ofReport);
  const excused = score.excused.filter(ofReport);
  return {
    file: score.file,
    matched,
    missed: score.missed.filter(ofLabel),
    leftAlone: score.leftAlone.filter(ofLabel),
    falsePositives,
    excused,
    reported: matched.length + falsePositives.length + excused.length,
    // Decoys belong to the page, not to a partnership.
    decoys: 0,
    decoysFlagged: 0,
  };
}

/** Every partnership a score mentions: of labelled claims, and of false positives. */
export function partnershipsIn(scores: readonly DocumentScore[]): string[] {
  const ids = new Set<string>();
  for (const s of scores) {
    for (const l of [...s.matched.map((m) => m.label), ...s.missed, ...s.leftAlone])
      ids.add(partnershipOf(l));
    for (const r of s.falsePositives) ids.add(r.partnership ?? 'none');
  }
  return [...ids].sort();
}

export function summarizeByPartnership(scores: readonly DocumentScore[]): Record<string, Metrics> {
  return Object.fromEntries(
    partnershipsIn(scores).map((p) => [p, summarize(scores.map((s) => scoreForPartnership(s, p)))]),
  );
}
