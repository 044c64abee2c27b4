// Claims that share text (the engine may return several claims per sentence, with the same or overlapping
// spans), markup the page wrote that looks like ours, and the page changing our highlights' attributes.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ClaimAnnotator, unitsOf } from '../../../core/annotate/claim-annotator';
import { extractPage } from '../../../core/page/extract';
import { judged } from '../../fixtures/cli/judged';

const SENTENCE = 'Microsoft owns 49% of OpenAI and Azure hosts its models.';
const CLAUSE = 'Microsoft owns 49% of OpenAI';
const TAIL = 'Azure hosts its models.';

function setup(body: string) {
  const { document } = parseHTML(
    `<!doctype html><html><head></head><body><article>${body}</article></body></html>`,
  );
  const doc = document as unknown as Document;
  // Read again before each judgement, as the annotator does: the map is of the page as it is now.
  const read = () => extractPage(doc, { url: 'https://news.example/a' });
  return { doc, read, ...read() };
}

function attributes(el: Element): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
}

const noYield = { yield: async () => {} };

describe('claims sharing text', () => {
  it('groups overlapping spans into one unit and leaves disjoint ones apart', () => {
    const text = `${SENTENCE} Shares rose.`;
    const whole = judged(text, SENTENCE, { id: 'a' });
    const clause = judged(text, CLAUSE, { id: 'b' });
    const tail = judged(text, TAIL, { id: 'c' });
    const other = judged(text, 'Shares rose.', { id: 'd' });
    const units = unitsOf([other, tail, clause, whole]);
    expect(units.map((u) => [u.start, u.end, u.claims.map((c) => c.id).sort()])).toEqual([
      [0, SENTENCE.length, ['a', 'b', 'c']],
      [SENTENCE.length + 1, text.length, ['d']],
    ]);
  });

  it('two claims over the same span: one highlight carrying both ids, both reported, DOM restored exactly', async () => {
    const { doc, page, map, read } = setup(`<p id="p">${SENTENCE.replace('49%', '<b>49%</b>')}</p>`);
    const before = doc.body.innerHTML;
    const annotator = new ClaimAnnotator(doc);
    const stake = judged(page.text, SENTENCE, { id: 'stake', status: 'supported' });
    const cloud = judged(page.text, SENTENCE, { id: 'cloud', status: 'contradicted', topic: 'cloud' });
    expect(await annotator.apply([stake, cloud], map, noYield)).toBe(true);

    const marks = [...doc.querySelectorAll('mark')];
    expect(marks.length).toBe(3); // before <b>, inside it, after it: one element per piece of text
    expect(new Set(marks.map((m) => m.getAttribute('data-plens-claim'))).size).toBe(1);
    const id = marks[0].getAttribute('data-plens-claim');
    for (const m of marks) {
      expect(m.getAttribute('data-plens-claims')).toBe(`${id} ${id}.2`);
      expect(m.getAttribute('data-plens-status')).toBe('contradicted'); // the most pressing status shows
    }
    const entries = annotator.entries();
    expect(entries.map((e) => [e.annotationId, e.claim.id]).sort()).toEqual([
      [`${id}`, 'cloud'],
      [`${id}.2`, 'stake'],
    ]);
    expect(annotator.claimOf(`${id}.2`)?.id).toBe('stake');
    expect(annotator.marksOf(`${id}.2`)).toEqual(annotator.marksOf(`${id}`));

    // Judged again with the same claims: nothing moves.
    const annotated = doc.body.innerHTML;
    expect(await annotator.apply([cloud, stake], read().map, noYield)).toBe(true);
    expect(doc.body.innerHTML).toBe(annotated);
    annotator.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('a clause inside its sentence, and a claim overlapping both: no nesting, nothing lost', async () => {
    const { doc, page, map } = setup(`<p>${SENTENCE} Shares rose.</p>`);
    const before = doc.body.innerHTML;
    const annotator = new ClaimAnnotator(doc);
    const claims = [
      judged(page.text, SENTENCE, { id: 'whole', status: 'outdated' }),
      judged(page.text, CLAUSE, { id: 'clause', status: 'supported' }),
      judged(page.text, `OpenAI and Azure hosts its models. Shares rose.`, {
        id: 'across',
        status: 'unverified',
      }),
    ];
    expect(await annotator.apply(claims, map, noYield)).toBe(true);
    expect(doc.querySelectorAll('mark mark').length).toBe(0);
    const marks = [...doc.querySelectorAll('mark')];
    expect(marks.length).toBe(1);
    expect(marks[0].textContent).toBe(`${SENTENCE} Shares rose.`);
    expect(marks[0].getAttribute('data-plens-status')).toBe('outdated');
    expect(annotator.entries().map((e) => e.claim.id)).toEqual(['clause', 'whole', 'across']);
    annotator.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('a claim of a unit going away: the highlight stays for the others, then goes with the last', async () => {
    const { doc, page, map, read } = setup(`<p>${SENTENCE}</p>`);
    const before = doc.body.innerHTML;
    const annotator = new ClaimAnnotator(doc);
    const a = judged(page.text, SENTENCE, { id: 'a', status: 'supported' });
    const b = judged(page.text, CLAUSE, { id: 'b', status: 'contradicted' });
    await annotator.apply([a, b], map, noYield);
    expect(annotator.entries()).toHaveLength(2);
    await annotator.apply([a], read().map, noYield);
    expect(annotator.entries().map((e) => e.claim.id)).toEqual(['a']);
    expect(doc.querySelector('mark')?.getAttribute('data-plens-status')).toBe('supported');
    await annotator.apply([], read().map, noYield);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('markup the page wrote', () => {
  it('a forged highlight is page text: the real claim inside it is highlighted, the forgery is never ours', async () => {
    const forged = `<p><mark data-plens-claim="x" data-plens-status="supported" data-plens-first="">${SENTENCE}</mark></p>`;
    const { doc, page, map } = setup(forged);
    const annotator = new ClaimAnnotator(doc, { key: 'k'.repeat(32) });
    await annotator.apply([judged(page.text, SENTENCE, { status: 'contradicted' })], map, noYield);
    const fake = doc.querySelector('mark[data-plens-claim="x"]') as Element;
    const real = doc.querySelectorAll('mark[data-plens-key]');
    expect(real.length).toBe(1);
    expect(real[0].parentElement).toBe(fake);
    expect(real[0].getAttribute('data-plens-status')).toBe('contradicted');
    expect(annotator.highlighter.owns(fake)).toBe(false);
    expect(annotator.claimAt(fake)).toBeNull();
    expect(annotator.restore(fake)).toBe(false);
  });

  it('a <div data-plens-claim> around a paragraph hides nothing', async () => {
    const { doc, page, map } = setup(`<div data-plens-claim><p>${SENTENCE}</p></div>`);
    const annotator = new ClaimAnnotator(doc);
    await annotator.apply([judged(page.text, SENTENCE)], map, noYield);
    expect(annotator.entries()).toHaveLength(1);
    expect(doc.querySelectorAll('div[data-plens-claim] mark').length).toBe(1);
  });
});

describe('the page changing our attributes', () => {
  it('every guarded attribute is put back; others and page elements are left alone', async () => {
    const { doc, page, map } = setup(`<p>${SENTENCE}</p>`);
    const annotator = new ClaimAnnotator(doc, { key: 'k'.repeat(32) });
    await annotator.apply([judged(page.text, SENTENCE, { status: 'contradicted' })], map, noYield);
    const mark = doc.querySelector('mark') as Element;
    const dressed = attributes(mark);
    mark.setAttribute('data-plens-status', 'supported');
    mark.removeAttribute('data-plens-key');
    mark.removeAttribute('tabindex');
    mark.setAttribute('hidden', '');
    mark.setAttribute('data-plens-claim', 'plens-99');
    expect(annotator.restore(mark)).toBe(true);
    expect(attributes(mark)).toEqual(dressed);
  });
});
