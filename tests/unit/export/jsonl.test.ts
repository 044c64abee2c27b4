import { describe, expect, it } from 'vitest';
import { toJsonLine } from '../../../core/export/jsonl';
import { judged } from '../../fixtures/cli/judged';

describe('toJsonLine', () => {
  it('writes one self-contained line per document, contract keys first, without the page text', () => {
    const text = 'Intro.\n\nAzure will be the exclusive cloud provider for OpenAI.';
    const c = judged(text, 'Azure will be the exclusive cloud provider for OpenAI', { status: 'outdated' });
    const line = toJsonLine(
      {
        source: 'https://news.example/x',
        title: 'X\nY',
        published: '2024-01-02',
        text,
        claims: [c],
        errors: [],
      },
      { asOf: '2026-01-01', factBase: { version: '1.2.3', published: '2025-12-01' } },
    );
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    const doc = JSON.parse(line);
    expect(Object.keys(doc)).toEqual([
      'source',
      'title',
      'published',
      'claims',
      'errors',
      'asOf',
      'factBase',
    ]);
    expect(Object.keys(doc.claims[0]).slice(0, 9)).toEqual([
      'text',
      'start',
      'end',
      'status',
      'asPublished',
      'topic',
      'factId',
      'explanation',
      'source',
    ]);
    expect(doc.title).toBe('X\nY');
    expect(doc).not.toHaveProperty('text');
  });
});
