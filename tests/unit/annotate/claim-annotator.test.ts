import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ClaimAnnotator } from '../../../core/annotate/claim-annotator';
import { extractPage } from '../../../core/page/extract';
import { judged } from '../../fixtures/cli/judged';

const ARTICLE = `
  <article>
    <h1>Cloud terms, revisited</h1>
    <p>Analysts said <a href="/terms">Azure is OpenAI's <em>exclusive</em> cloud provider.</a> Shares rose 2%.</p>
    <p>Microsoft owns 49% of OpenAI. Microsoft invested $1 billion in OpenAI in 2019.</p>
    <textarea>Microsoft owns 49% of OpenAI.</textarea>
  </article>`;

function setup(body = ARTICLE) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const doc = document as unknown as Document;
  const read = () => extractPage(doc, { url: 'https://news.example/a' });
  return { doc, read };
}

const noYield = { yield: async () => {} };

describe('ClaimAnnotator', () => {
  it('highlights claims with their status and returns them in reading order', async () => {
    const { doc, read } = setup();
    const html = doc.body.innerHTML;
    const { page, map } = read();
    const claims = [
      judged(page.text, 'Microsoft invested $1 billion in OpenAI in 2019.', { status: 'supported' }),
      judged(page.text, "Azure is OpenAI's exclusive cloud provider.", { status: 'outdated' }),
      judged(page.text, 'Microsoft owns 49% of OpenAI.', { status: 'contradicted' }),
    ];
    const annotator = new ClaimAnnotator(doc, 'tint');
    expect(await annotator.apply(claims, map, noYield)).toBe(true);

    const entries = annotator.entries();
    expect(entries.map((e) => e.claim.status)).toEqual(['outdated', 'contradicted', 'supported']);
    const outdated = doc.querySelectorAll(`mark[data-plens-claim="${entries[0].annotationId}"]`);
    expect(outdated.length).toBe(3); // "Azure is OpenAI's ", "exclusive", " cloud provider."
    for (const m of outdated) {
      expect(m.getAttribute('data-plens-status')).toBe('outdated');
      expect(m.getAttribute('data-plens-style')).toBe('tint');
    }
    expect(outdated[0].getAttribute('tabindex')).toBe('0');
    expect(outdated[0].hasAttribute('data-plens-first')).toBe(true);
    expect(doc.querySelector('textarea mark')).toBeNull();
    expect(doc.querySelectorAll('mark[data-plens-status="contradicted"]').length).toBe(1);

    annotator.clear();
    expect(doc.body.innerHTML).toBe(html);
  });

  it('gives claims over the same words one highlight, showing the most serious, and lists them all', async () => {
    const { doc, read } = setup();
    const { page, map } = read();
    const words = 'Microsoft owns 49% of OpenAI.';
    const claims = [
      judged(page.text, words, { status: 'supported', topic: 'stake', factId: 'a' }),
      judged(page.text, words, { status: 'contradicted', topic: 'stake', factId: 'b' }),
    ];
    const annotator = new ClaimAnnotator(doc);
    await annotator.apply(claims, map, noYield);
    const marks = doc.querySelectorAll('mark[data-plens-claim]');
    expect(marks).toHaveLength(1);
    expect(marks[0].getAttribute('data-plens-status')).toBe('contradicted');
    const id = marks[0].getAttribute('data-plens-claim')!;
    expect(annotator.claimsOf(id).map((c) => c.factId)).toEqual(['b', 'a']);
    expect(annotator.entries().map((e) => [e.annotationId, e.claim.status])).toEqual([
      [id, 'contradicted'],
      [`${id}.2`, 'supported'],
    ]);
  });

  it('takes hidden supported claims out of the tab order and marks how supported claims show', async () => {
    const { doc, read } = setup();
    const { page, map } = read();
    const annotator = new ClaimAnnotator(doc);
    await annotator.apply(
      [judged(page.text, 'Microsoft invested $1 billion in OpenAI in 2019.', { status: 'supported' })],
      map,
      noYield,
    );
    const first = () => doc.querySelector('mark[data-plens-first]')!;
    expect(first().getAttribute('data-plens-supported')).toBe('quiet');
    expect(first().getAttribute('tabindex')).toBe('0');
    annotator.setSupported('hidden');
    expect(first().getAttribute('data-plens-supported')).toBe('hidden');
    expect(first().getAttribute('tabindex')).toBe('-1');
    annotator.setSupported('full');
    expect(first().getAttribute('tabindex')).toBe('0');
  });

  it('keeps the elements of claims judged again, refreshes their verdict and unwraps claims that are gone', async () => {
    const { doc, read } = setup();
    const annotator = new ClaimAnnotator(doc);
    let { page, map } = read();
    await annotator.apply(
      [
        judged(page.text, "Azure is OpenAI's exclusive cloud provider.", { status: 'outdated' }),
        judged(page.text, 'Microsoft owns 49% of OpenAI.', { status: 'contradicted' }),
      ],
      map,
      noYield,
    );
    const [azure, stake] = annotator.entries();
    const azureMarks = doc.querySelectorAll(`mark[data-plens-claim="${azure.annotationId}"]`);

    // The page is read again (text offsets are the same; nodes now include ours).
    ({ page, map } = read());
    await annotator.apply(
      [judged(page.text, "Azure is OpenAI's exclusive cloud provider.", { status: 'supported' })],
      map,
      noYield,
    );
    const after = annotator.entries();
    expect(after.map((e) => e.annotationId)).toEqual([azure.annotationId]);
    const again = doc.querySelectorAll(`mark[data-plens-claim="${azure.annotationId}"]`);
    expect([...again]).toEqual([...azureMarks]);
    expect(again[0].getAttribute('data-plens-status')).toBe('supported');
    expect(doc.querySelector(`mark[data-plens-claim="${stake.annotationId}"]`)).toBeNull();
  });

  it('annotates content added later without touching what is already highlighted', async () => {
    const { doc, read } = setup();
    const annotator = new ClaimAnnotator(doc);
    let { page, map } = read();
    await annotator.apply(
      [judged(page.text, 'Microsoft owns 49% of OpenAI.', { status: 'contradicted' })],
      map,
      noYield,
    );
    const first = annotator.entries()[0].annotationId;
    const p = doc.createElement('p');
    p.textContent = 'Microsoft invested $2 billion in OpenAI in 2021.';
    doc.querySelector('article')!.insertBefore(p, doc.querySelector('article p'));
    ({ page, map } = read());
    await annotator.apply(
      [
        judged(page.text, 'Microsoft invested $2 billion in OpenAI in 2021.', { status: 'unverified' }),
        judged(page.text, 'Microsoft owns 49% of OpenAI.', { status: 'contradicted' }),
      ],
      map,
      noYield,
    );
    const entries = annotator.entries();
    expect(entries.map((e) => e.claim.status)).toEqual(['unverified', 'contradicted']);
    expect(entries[1].annotationId).toBe(first);
    expect(p.querySelector('mark')?.getAttribute('data-plens-status')).toBe('unverified');
  });

  it('stops between slices when aborted and finishes on the next judgement', async () => {
    const { doc, read } = setup();
    const annotator = new ClaimAnnotator(doc);
    const { page, map } = read();
    const claims = [
      judged(page.text, "Azure is OpenAI's exclusive cloud provider."),
      judged(page.text, 'Microsoft owns 49% of OpenAI.'),
      judged(page.text, 'Microsoft invested $1 billion in OpenAI in 2019.'),
    ];
    // Planning the three highlights yields twice (between them), wrapping them twice more.
    const stopAt = async (slice: number) => {
      const abort = new AbortController();
      let slices = 0;
      const done = await annotator.apply(claims, map, {
        sliceMs: 0,
        signal: abort.signal,
        yield: async () => {
          slices++;
          if (slices === slice) abort.abort();
        },
      });
      return { done, slices };
    };
    // Stopped while planning: nothing is wrapped yet.
    expect(await stopAt(1)).toEqual({ done: false, slices: 1 });
    expect(annotator.entries()).toHaveLength(0);
    // Stopped after the first highlight was made: it stays.
    expect(await stopAt(3)).toEqual({ done: false, slices: 3 });
    expect(annotator.entries()).toHaveLength(1);
    const next = read();
    expect(await annotator.apply(claims, next.map, noYield)).toBe(true);
    expect(annotator.entries()).toHaveLength(3);
  });

  it('switches the highlight style of every element', async () => {
    const { doc, read } = setup();
    const annotator = new ClaimAnnotator(doc);
    const { page, map } = read();
    await annotator.apply([judged(page.text, "Azure is OpenAI's exclusive cloud provider.")], map, noYield);
    annotator.setStyle('tint');
    const styles = [...doc.querySelectorAll('mark')].map((m) => m.getAttribute('data-plens-style'));
    expect(styles).toEqual(['tint', 'tint', 'tint']);
  });
});
