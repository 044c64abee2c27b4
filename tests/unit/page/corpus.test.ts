// The extractor on the real articles of the dev corpus (outside the repository; skipped when absent):
// every labelled quote must be in the extracted text and every labelled date must be the extracted date.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../../cli/read-html';
import { segmentSentences } from '../../../core/page/sentences';
import { doc, expectExactSegments, expectRoundTrip, fold } from './helpers';

// ../shared beside the checkout, wherever the checkout is.
const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/dev');
const LABELS = join(CORPUS, 'labels.json');

interface LabelledDocument {
  file: string;
  published: string | null;
  claims: Array<{ quote: string }>;
  optional?: string[];
}

const documents: LabelledDocument[] = existsSync(LABELS)
  ? (JSON.parse(readFileSync(LABELS, 'utf8')) as { documents: LabelledDocument[] }).documents
  : [];

// The corpus sits beside the project (../shared); outside CI a clone without it skips, CI never does.
describe.skipIf(documents.length === 0 && !process.env.CI)('dev corpus', () => {
  it('is there', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents.map((d) => [d.file, d] as const))('%s', (file, labelled) => {
    const html = readFileSync(join(CORPUS, file), 'utf8');
    const { page, map } = readHtmlString(html);
    const text = fold(page.text);
    for (const quote of [...labelled.claims.map((c) => c.quote), ...(labelled.optional ?? [])]) {
      expect(text, quote).toContain(fold(quote));
    }
    expect(page.published).toBe(labelled.published ?? null);

    // site chrome (page-level nav, aside, footer) stays out
    const original = doc(html);
    for (const el of Array.from(original.querySelectorAll('body > header, body > footer, nav, aside'))) {
      const chrome = fold(el.textContent ?? '');
      if (chrome.length >= 20) expect(text, chrome).not.toContain(chrome);
    }

    expectExactSegments(map);
    expectRoundTrip(map, segmentSentences(page.text, page.blocks));
  });
});
