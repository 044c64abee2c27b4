// The seven partnerships added in fact base 2.0 trace to their researched records
// (../shared/reference/partnerships/*.md): every event row is an event with the record's date, every
// address a row cites is in the fact base, and the fact base cites no address the record does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { FactEvent } from '../../core/factbase/schema';

const RECORDS = fileURLToPath(new URL('../../../shared/reference/partnerships/', import.meta.url));
const fb = bundledFactBase();

interface RecordRow {
  id: string;
  /** The Date column as ISO dates, first one first; month-only and year-only dates keep their precision. */
  dates: Array<{ date: string; precision: FactEvent['datePrecision'] }>;
  urls: string[];
}

const URL_IN_TEXT = /https:\/\/[^\s)'"`]+/g;
const urlsIn = (text: string) => (text.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;]+$/, ''));

/** "2025-10-05 / 10-06", "2024-12 (announced) → 2025-10-29 (live)", "2025 (Q1–Q4)": the dates in order. */
function datesOfCell(cell: string): RecordRow['dates'] {
  const out: RecordRow['dates'] = [];
  const token = /(?<![\w-])(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\w-])|(?<![\w-])(\d{2})-(\d{2})(?![\w-])/g;
  for (const m of cell.matchAll(token)) {
    if (m[1]) {
      const precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
      out.push({ date: `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, precision });
    } else if (out.length > 0) {
      // A short "MM-DD" after a full date is in that date's year.
      out.push({ date: `${out[0].date.slice(0, 4)}-${m[4]}-${m[5]}`, precision: 'day' });
    }
  }
  return out;
}

function recordRows(markdown: string): RecordRow[] {
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*[A-Z]\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return { id: cells[1], dates: datesOfCell(cells[2]), urls: urlsIn(line) };
    });
}

const records = existsSync(RECORDS)
  ? readdirSync(RECORDS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => {
        const text = readFileSync(RECORDS + f, 'utf8');
        return { partnership: f.replace(/\.md$/, ''), text, rows: recordRows(text) };
      })
  : [];

const eventUrls = (e: FactEvent) => [...e.sources.map((s) => s.url), ...urlsIn(e.sourceNote ?? '')];
const sameDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return [iso, `${d} ${month} ${y}`, `${month} ${d}, ${y}`];
};

// The records sit beside the project (../shared); outside CI a clone without them skips, CI never does.
describe.skipIf(records.length === 0 && !process.env.CI)('the seven partnership records', () => {
  it('are all there, with their event tables', () => {
    expect(records.map((r) => r.partnership).sort()).toEqual([
      'amazon-anthropic',
      'amazon-openai',
      'amd-openai',
      'google-anthropic',
      'microsoft-nvidia-anthropic',
      'nvidia-openai',
      'oracle-openai',
    ]);
    for (const r of records) expect(r.rows.length, r.partnership).toBeGreaterThan(5);
  });

  describe.each(records.map((r) => [r.partnership, r] as const))('%s', (partnership, record) => {
    const events = fb.events.filter((e) => e.partnership === partnership);

    it('is a partnership of the fact base, and its events are the rows of the record, no more', () => {
      expect(fb.partnerships.map((p) => p.id)).toContain(partnership);
      expect(events.map((e) => e.id).sort()).toEqual(record.rows.map((r) => r.id).sort());
    });

    it.each(record.rows.map((row) => [row.id, row] as const))(
      'event %s has the date of its row',
      (_, row) => {
        const event = events.find((e) => e.id === row.id);
        const [first, ...later] = row.dates;
        expect(event?.date).toBe(first.date);
        expect(event?.datePrecision).toBe(first.precision);
        // The other dates of a range are in the summary, so the card still shows them.
        for (const d of later.filter((x) => x.precision === 'day')) {
          expect(
            sameDay(d.date).some((form) => event?.summary.includes(form)),
            `${row.id}: ${d.date}`,
          ).toBe(true);
        }
        for (const d of later.filter((x) => x.precision !== 'day')) {
          expect(event?.summary, `${row.id}: ${d.date}`).toContain(
            d.date.slice(0, d.precision === 'month' ? 7 : 4),
          );
        }
      },
    );

    it.each(record.rows.map((row) => [row.id, row] as const))(
      'event %s cites every address of its row',
      (_, row) => {
        const event = events.find((e) => e.id === row.id);
        expect(event ? eventUrls(event) : []).toEqual(expect.arrayContaining(row.urls));
      },
    );

    it('cites no address that is not in the record', () => {
      const facts = fb.facts.filter((f) => f.partnership === partnership);
      const cited = [
        ...events.flatMap(eventUrls),
        ...facts.flatMap((f) => [...(f.sources ?? []).map((s) => s.url), ...urlsIn(f.sourceNote ?? '')]),
      ];
      const recorded = new Set(urlsIn(record.text));
      expect(cited.filter((u) => !recorded.has(u))).toEqual([]);
    });

    it('gives every event without a source a note saying that no address was found', () => {
      for (const e of events) {
        if (e.sources.length === 0) expect(e.sourceNote, e.id).toMatch(/no (primary )?url/i);
      }
    });
  });
});
