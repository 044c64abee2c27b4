import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '../../../core/export/csv';
import { ARTICLE_TEXT, judged, sampleDocument } from '../../fixtures/cli/judged';

/** A strict RFC 4180 reader, to check that what toCsv writes reads back field for field. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i++;
          break;
        } else field += csv[i++];
      }
    } else if (csv[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else field += csv[i++];
  }
  expect(field, 'the last record ends with CRLF').toBe('');
  return rows;
}

describe('toCsv', () => {
  it('writes the header row and one CRLF-terminated row per claim, in the contract order', () => {
    const csv = toCsv([sampleDocument()]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'source',
      'title',
      'published',
      'text',
      'start',
      'end',
      'status',
      'asPublished',
      'topic',
      'factId',
      'explanation',
      'sourceTitle',
      'sourceUrl',
      'partnership',
    ]);
    expect(rows).toHaveLength(3);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(first).toMatchObject({
      source: 'https://news.example/cloud-deal',
      published: '2023-02-14',
      status: 'outdated',
      asPublished: 'supported',
      topic: 'cloud',
      sourceUrl: 'https://blogs.microsoft.com/example',
      partnership: 'microsoft-openai',
    });
    expect(ARTICLE_TEXT.slice(Number(first.start), Number(first.end))).toBe(first.text);
    // The unverified claim has no fact and no source: empty fields, not "null".
    expect(rows[2].slice(9, 10)).toEqual(['']);
    expect(rows[2].slice(11, 13)).toEqual(['', '']);
  });

  it('quotes fields with commas, quotes and newlines, and they read back unchanged', () => {
    const text = 'He said "exclusive, for now"\nand left.';
    const claim = judged(text, text, { explanation: 'Line one\r\nline "two", three' });
    const rows = parseCsv(toCsv([sampleDocument({ text, title: 'A, B', claims: [claim] })]));
    expect(rows[1][1]).toBe('A, B');
    expect(rows[1][3]).toBe(text);
    expect(rows[1][10]).toBe('Line one\r\nline "two", three');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes only the header for documents without claims', () => {
    expect(toCsv([sampleDocument({ claims: [], errors: ['no such file'] })])).toBe(
      `${CSV_COLUMNS.join(',')}\r\n`,
    );
  });
});

describe('csvField formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2 billion drop', "'-2 billion drop"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
  ])('prefixes %j with a quote', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each(['-12.5', '+3', '1e6', '-0.5e-3', '42'])('leaves the number %j alone', (value) => {
    expect(csvField(value)).toBe(value);
  });

  it('writes numbers and nulls as they are', () => {
    expect(csvField(1234)).toBe('1234');
    expect(csvField(null)).toBe('');
  });

  it('guards claim text and titles in a whole export', () => {
    const text = '=1+1 is what the page says.';
    const rows = parseCsv(toCsv([sampleDocument({ text, title: '@title', claims: [judged(text, text)] })]));
    expect(rows[1][1]).toBe("'@title");
    expect(rows[1][3]).toBe(`'${text}`);
  });
});
