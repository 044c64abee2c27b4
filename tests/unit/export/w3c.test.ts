import { describe, expect, it } from 'vitest';
import {
  codePointOffsets,
  QUOTE_CONTEXT_CHARS,
  quoteOf,
  toW3cCollection,
  uuidFrom,
  W3C_CONTEXT,
} from '../../../core/export/w3c';
import { ARTICLE_TEXT, judged, sampleDocument } from '../../fixtures/cli/judged';

const CONTEXT = { factBase: { version: '1.2.3', published: '2026-11-20' }, asOf: '2026-11-21' };
const CREATED = '2026-11-21T10:00:00.000Z';

type Anno = {
  id: string;
  type: string;
  motivation: string;
  created: string;
  creator: { type: string; name: string };
  generator: { type: string; name: string };
  body: Array<{ type: string; purpose: string; value?: string; source?: string }>;
  target: {
    source: string;
    state?: { type: string; sourceDate: string };
    selector: [
      { type: string; exact: string; prefix: string; suffix: string },
      { type: string; start: number; end: number },
    ];
  };
};

function annotations(collection: Record<string, unknown>): Anno[] {
  return (collection.first as { items: Anno[] }).items;
}

describe('toW3cCollection', () => {
  const collection = toW3cCollection([sampleDocument()], { ...CONTEXT, created: CREATED });
  const items = annotations(collection);

  it('is an AnnotationCollection in the Web Annotation JSON-LD context with one Annotation per claim', () => {
    expect(collection['@context']).toBe(W3C_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(items.map((a) => [a.type, a.motivation])).toEqual([
      ['Annotation', 'assessing'],
      ['Annotation', 'assessing'],
    ]);
  });

  it('selects each claim by quote and by position in the extracted text', () => {
    for (const a of items) {
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(ARTICLE_TEXT.slice(position.start, position.end)).toBe(quote.exact);
      expect(ARTICLE_TEXT.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(ARTICLE_TEXT.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
      expect(quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
    }
    expect(items[0].target.selector[0].exact).toBe('Azure will be the exclusive cloud provider for OpenAI');
    expect(items[0].target.selector[0].prefix).toBe(
      ARTICLE_TEXT.slice(items[0].target.selector[1].start - 32, items[0].target.selector[1].start),
    );
  });

  it('clips prefix and suffix at the ends of the text', () => {
    const text = 'Azure is exclusive.';
    expect(quoteOf(text, 0, 5)).toEqual({ exact: 'Azure', prefix: '', suffix: ' is exclusive.' });
    expect(quoteOf(text, 9, 19)).toEqual({ exact: 'exclusive.', prefix: 'Azure is ', suffix: '' });
  });

  it('targets the document source and dates it with a TimeState when the publication date is known', () => {
    expect(items[0].target.source).toBe('https://news.example/cloud-deal');
    expect(items[0].target.state).toEqual({ type: 'TimeState', sourceDate: '2023-02-14T00:00:00Z' });
    const undated = annotations(toW3cCollection([sampleDocument({ published: null })], CONTEXT));
    expect(undated[0].target).not.toHaveProperty('state');
  });

  it('describes the verdict for readers and states it for machines', () => {
    const [outdated, unverified] = items;
    expect(outdated.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'outdated' });
    expect(outdated.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'cloud' });
    expect(outdated.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'partnership:microsoft-openai',
    });
    expect(outdated.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://blogs.microsoft.com/example',
    });
    const description = outdated.body.find((b) => b.purpose === 'describing')?.value ?? '';
    expect(description).toContain('⟳ Outdated: Azure stopped being exclusive');
    expect(description).toContain('As published (2023-02-14): ✓ Supported.');
    expect(description).toContain('Changed 2026-04-27: OpenAI may use any cloud provider.');
    expect(description).toContain('Source: Microsoft blog <https://blogs.microsoft.com/example>');
    expect(unverified.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'assessing',
      value: 'unverified',
    });
    expect(unverified.body.some((b) => b.purpose === 'linking')).toBe(false);
    expect(unverified.body.find((b) => b.purpose === 'describing')?.value).toMatch(
      /^\? Unverified: The 2021 investment is confirmed/,
    );
  });

  it('does not repeat the status when the explanation leads with it', () => {
    const text = 'Azure is the exclusive cloud provider.';
    const claim = judged(text, text, {
      status: 'outdated',
      explanation: 'Outdated since 2026-04-27: any cloud now.',
    });
    const [a] = annotations(toW3cCollection([sampleDocument({ text, claims: [claim] })], CONTEXT));
    expect(a.body.find((b) => b.purpose === 'describing')?.value).toMatch(
      /^⟳ Outdated since 2026-04-27: any cloud now\. /,
    );
  });

  it('names Partnership Lens and the fact-base version as creator and generator', () => {
    for (const a of items) {
      expect(a.creator).toEqual(a.generator);
      expect(a.generator.type).toBe('Software');
      expect(a.generator.name).toBe('Partnership Lens (fact base 1.2.3 of 2026-11-20)');
      expect(a.created).toBe(CREATED);
    }
  });

  it('gives stable, distinct urn:uuid identifiers', () => {
    const again = toW3cCollection([sampleDocument()], { ...CONTEXT, created: CREATED });
    expect(again).toEqual(collection);
    const ids = [collection.id, ...items.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFrom('a')).not.toBe(uuidFrom('b'));
  });

  it('has no page when there is nothing to annotate', () => {
    const empty = toW3cCollection([sampleDocument({ claims: [], errors: ['no such file'] })], CONTEXT);
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
  });

  it('counts TextPositionSelector offsets in code points, as the model requires', () => {
    const text = '🚀 Launch: 😀 Azure will be the exclusive cloud provider for OpenAI. 🎉';
    const claim = judged(text, 'Azure will be the exclusive cloud provider for OpenAI');
    const [a] = annotations(toW3cCollection([sampleDocument({ text, claims: [claim] })], CONTEXT));
    const [quote, position] = a.target.selector;
    const codePoints = [...text];
    expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(position.start).toBe(claim.start - 2);
    expect(codePoints.slice(0, position.start).join('')).toBe(`${quote.prefix}`);
  });

  it('never splits a surrogate pair in prefix or suffix', () => {
    // 32 code units before and after the quote fall in the middle of a pair: that half is left out.
    const text = `${'😀'.repeat(20)}:claim:${'😀'.repeat(20)}`;
    const start = text.indexOf('claim');
    const { prefix, suffix } = quoteOf(text, start, start + 5);
    expect(prefix).toBe(`${'😀'.repeat(15)}:`);
    expect(suffix).toBe(`:${'😀'.repeat(15)}`);
    expect(codePointOffsets(text)(start)).toBe(21);
    expect(codePointOffsets('plain')(3)).toBe(3);
  });
});
