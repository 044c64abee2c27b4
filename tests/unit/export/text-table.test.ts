import { describe, expect, it } from 'vitest';
import { summaryLine, toTextTable, wrap } from '../../../core/export/text-table';
import { judged, sampleDocument } from '../../fixtures/cli/judged';

const CONTEXT = { factBase: { version: '1.2.3', published: '2026-11-20' }, asOf: '2026-11-21' };
const ANSI = /\x1b\[/;

describe('toTextTable', () => {
  const doc = sampleDocument();
  const failed = sampleDocument({
    source: 'missing.html',
    title: null,
    published: null,
    claims: [],
    errors: ['no such file'],
  });
  const quiet = sampleDocument({ source: 'quiet.html', claims: [] });
  const out = toTextTable([doc, failed, quiet], CONTEXT);
  const lines = out.split('\n');

  it('heads the output with the fact base and the as-of date', () => {
    expect(lines[0]).toBe('Partnership Lens · fact base 1.2.3 (2026-11-20) · judged as of 2026-11-21');
  });

  it('heads each document with its source, title and publication date', () => {
    const at = lines.indexOf('https://news.example/cloud-deal');
    expect(lines.slice(at + 1, at + 3)).toEqual(['  Cloud deal revisited', '  published 2023-02-14']);
    const missing = lines.indexOf('missing.html');
    expect(lines.slice(missing + 1, missing + 4)).toEqual([
      '  (no title)',
      '  published unknown',
      '  error: no such file',
    ]);
    expect(out).toContain(
      'quiet.html\n  Cloud deal revisited\n  published 2023-02-14\n  no partnership claims found',
    );
  });

  it('shows each claim with a status word and symbol, aligned, with topic, explanation and source', () => {
    const outdated = lines.find((l) => l.includes('⟳ Outdated'))!;
    const unverified = lines.find((l) => l.includes('? Unverified'))!;
    expect(outdated).toBe('  ⟳ Outdated      "Azure will be the exclusive cloud provider for OpenAI"');
    expect(unverified).toBe('  ? Unverified    "Microsoft invested $2 billion in 2021"');
    const hang = ' '.repeat(outdated.indexOf('"'));
    expect(out).toContain(
      `${hang}partnership microsoft-openai\n` +
        `${hang}cloud · fact azure-exclusive-cloud · as published (2023-02-14): ✓ Supported\n` +
        `${hang}Azure stopped being exclusive; OpenAI may use any cloud since 2026-04-27.\n` +
        `${hang}Changed 2026-04-27: OpenAI may use any cloud provider.\n` +
        `${hang}Source: Microsoft blog <https://blogs.microsoft.com/example>\n`,
    );
    expect(out).toContain(
      `${hang}partnership microsoft-openai\n` +
        `${hang}investment · as published (2023-02-14): ? Unverified\n` +
        `${hang}The 2021 investment is confirmed; its amount never was.\n`,
    );
  });

  it('ends with a summary count line', () => {
    expect(lines.at(-2)).toBe(
      '2 claims in 3 documents: 0 ✓ supported, 1 ⟳ outdated, 0 ✗ contradicted, 1 ? unverified · 1 document could not be read',
    );
    expect(out.endsWith('\n')).toBe(true);
  });

  it('uses no colour codes unless asked (stdout not a terminal), and keeps the words when colouring', () => {
    expect(out).not.toMatch(ANSI);
    const coloured = toTextTable([doc], { ...CONTEXT, color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\x1b[33m⟳ Outdated');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(toTextTable([doc], CONTEXT));
  });

  it('wraps long claims and explanations within the width, never cutting a URL', () => {
    const text = `Microsoft ${'and OpenAI agreed on terms '.repeat(12)}today.`;
    const url = `https://example.com/${'very-long-path-'.repeat(8)}end`;
    const long = sampleDocument({
      text,
      claims: [
        judged(text, text, {
          explanation: 'A long explanation. '.repeat(10),
          status: 'contradicted',
          source: { title: 'Primary', url },
        }),
      ],
    });
    const table = toTextTable([long], { ...CONTEXT, width: 80 });
    const tableLines = table.split('\n').slice(1, -2);
    expect(tableLines.filter((l) => [...l].length > 80)).toEqual([`${' '.repeat(18)}<${url}>`]);
    expect(tableLines.filter((l) => l.includes('agreed on terms')).length).toBeGreaterThan(3);
    expect(table).toContain('✗ Contradicted');
  });
});

describe('summaryLine', () => {
  it('counts every status, in singular and plural', () => {
    const text = 'Azure is exclusive.';
    const doc = sampleDocument({ text, claims: [judged(text, text, { status: 'contradicted' })] });
    expect(summaryLine([doc])).toBe(
      '1 claim in 1 document: 0 ✓ supported, 0 ⟳ outdated, 1 ✗ contradicted, 0 ? unverified',
    );
  });
});

describe('wrap', () => {
  it('breaks at spaces and leaves words longer than a line whole', () => {
    expect(wrap('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrap('abcdefghij kl', 4)).toEqual(['abcdefghij', 'kl']);
    expect(wrap('', 10)).toEqual(['']);
  });
});
