// One unit of `scan`'s work: read one page (a file, a URL, or a WARC record's bytes) and judge it. The same
// function runs in-process and in the worker pool, so verdicts do not depend on --jobs.
import { judgePage } from '../../core/analyze';
import { toJsonLine } from '../../core/export/jsonl';
import type { ExportContext, ExportDocument } from '../../core/export/w3c';
import type { FactBase } from '../../core/factbase/schema';
import type { IsoDate, PageText } from '../../core/types';
import { type Loaded, loadInput, pageFromRaw, type RawInput } from '../load-input';

export type JudgeTask =
  | { kind: 'input'; source: string }
  | { kind: 'raw'; source: string; raw: RawInput; warcDate: string | null };

export interface JudgeSettings {
  asOf: IsoDate;
  /** --published: overrides every page's date. */
  published: IsoDate | null;
  /** --warc-date: a WARC page that gives no date of its own is dated by its record's WARC-Date. */
  warcDateFallback: boolean;
  /** Keep each page's text (the table, CSV and W3C formats quote it); streaming formats drop it. */
  keepText: boolean;
  timeoutMs: number;
  /**
   * --format jsonl: the document comes back as its JSON line, claims left out. Serialising where the page was
   * judged spares the main thread, which reads the archive for every worker, a structured clone and a stringify.
   */
  jsonLines?: ExportContext;
}

/** A judged document; `internal` marks an engine failure (exit 1) rather than unreadable input (exit 2). */
export interface JudgedDocument extends ExportDocument {
  internal?: true;
  /** With `jsonLines`: the document's line, and how many claims it holds (`claims` is then empty). */
  line?: string;
  claimCount?: number;
}

export async function judgeTask(
  task: JudgeTask,
  settings: JudgeSettings,
  factBase: FactBase,
): Promise<JudgedDocument> {
  const doc = await judgeDocument(task, settings, factBase);
  if (!settings.jsonLines) return doc;
  return { ...doc, claims: [], line: toJsonLine(doc, settings.jsonLines), claimCount: doc.claims.length };
}

async function judgeDocument(
  task: JudgeTask,
  settings: JudgeSettings,
  factBase: FactBase,
): Promise<JudgedDocument> {
  const { source } = task;
  const failed = (reason: string, internal = false): JudgedDocument => ({
    source,
    title: null,
    published: settings.published,
    text: '',
    claims: [],
    errors: [reason],
    ...(internal ? { internal: true as const } : {}),
  });
  let loaded: Loaded<PageText>;
  try {
    loaded =
      task.kind === 'input'
        ? await loadInput(source, { timeoutMs: settings.timeoutMs })
        : pageFromRaw(task.raw);
  } catch (e) {
    return failed(`internal error: ${message(e)}`, true);
  }
  if (!loaded.ok) return failed(loaded.reason);
  const page = loaded.value;
  const fallback = task.kind === 'raw' && settings.warcDateFallback ? isoDay(task.warcDate) : null;
  // The override given to the engine: --published, else the WARC date for a page that has none of its own.
  const published = settings.published ?? (page.published ? null : fallback);
  try {
    const claims = judgePage(page, factBase, { asOf: settings.asOf, published });
    return {
      source,
      title: page.title,
      published: published ?? page.published,
      text: settings.keepText ? page.text : '',
      claims,
      errors: [],
    };
  } catch (e) {
    // A bug in the engine, not bad input: reported as such, and the scan goes on.
    return failed(`internal error: ${message(e)}`, true);
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The calendar day of a WARC-Date (`2025-01-31T10:00:00Z` or a shorter W3C date-time), or null. */
export function isoDay(warcDate: string | null): IsoDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(warcDate ?? '');
  return m ? m[1] : null;
}
