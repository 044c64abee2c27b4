// Property tests of the whole annotation pipeline (read the page, judge it, highlight, highlight again, take
// away) on random documents: nested blocks and inline elements, claims split over inline elements at random
// places, and everything a highlight must never enter — form fields, editable regions (with read-only
// islands), scripts, styles, templates, code, SVG and MathML. tests/unit/annotate/highlighter.test.ts covers
// the highlighter alone on random wraps; this drives the real engine's claims through it.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_ATTR } from '../../core/annotate/annotatable';
import { ClaimAnnotator } from '../../core/annotate/claim-annotator';
import { scanPageHere as scanPage } from '../../core/annotate/scan-page-here';
import { bundledFactBase } from '../../core/factbase/bundled';
import { propertySeed } from '../support/property-seed';

const fb = bundledFactBase();
const AS_OF = '2026-11-21';
const noYield = async () => {};

const CLAIMS = [
  'Microsoft owns 49% of OpenAI.',
  "Azure is OpenAI's exclusive cloud provider.",
  'Microsoft invested $1 billion in OpenAI in 2019.',
  'Microsoft holds a non-voting observer seat on the board of OpenAI.',
];
const WORDS = ['The harbour', 'was quiet', 'on Tuesday,', 'and the ferry', 'ran late', 'again.', ' ', '  '];

type Tree = { tag: string; attrs?: string; kids: Tree[] } | { text: string };

const text = (t: string): Tree => ({ text: t });
const el = (tag: string, kids: Tree[], attrs = ''): Tree => ({ tag, attrs, kids });

/** A claim cut into 1–5 pieces, some of them wrapped (nested) in inline elements. */
const splitClaim = fc
  .tuple(
    fc.constantFrom(...CLAIMS),
    fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
    fc.array(fc.constantFrom(null, 'a', 'em', 'strong', 'span', 'b'), { minLength: 5, maxLength: 5 }),
  )
  .map(([claim, cuts, tags]) => {
    const at = [...new Set(cuts.map((c) => c % claim.length))].filter((c) => c > 0).sort((a, b) => a - b);
    const pieces = [0, ...at].map((s, i) => claim.slice(s, at[i] ?? claim.length));
    return pieces.map((p, i) => {
      const tag = tags[i];
      if (tag === null) return text(p);
      return tag === 'a' ? el('a', [el('span', [text(p)])], 'href="/x"') : el(tag, [text(p)]);
    });
  });

/** Elements a highlight must never enter, each holding a claim. */
const forbidden = fc.constantFrom<(kids: Tree[]) => Tree>(
  () => el('textarea', [text(CLAIMS[0])]),
  () => el('input', [], `value="${CLAIMS[0]}"`),
  (k) => el('div', k, 'contenteditable="true"'),
  (k) => el('div', k, 'contenteditable=""'),
  (k) => el('span', k, 'contenteditable="plaintext-only"'),
  () => el('script', [text(`var s = "${CLAIMS[1]}";`)]),
  () => el('style', [text(`/* ${CLAIMS[1]} */`)]),
  (k) => el('template', k),
  (k) => el('noscript', k),
  (k) => el('code', k),
  (k) => el('pre', k),
  () => el('button', [text(CLAIMS[2])]),
  () => el('select', [el('option', [text(CLAIMS[2])])]),
  (k) => el('svg', [el('text', [text(CLAIMS[3])]), el('g', k)]),
  () => el('math', [el('mi', [text(CLAIMS[3])])]),
);

const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ nodes: Tree[]; node: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS).map((w) => [text(w)]),
    splitClaim,
    fc
      .tuple(fc.constantFrom('p', 'div', 'section', 'blockquote', 'li', 'h2'), tie('nodes'))
      .map(([tag, kids]) => [el(tag, kids)]),
    fc
      .tuple(fc.constantFrom('em', 'span', 'strong', 'a'), tie('nodes'))
      .map(([tag, kids]) => [el(tag, kids)]),
    fc.tuple(forbidden, tie('nodes')).map(([make, kids]) => [make(kids)]),
    // A read-only island inside an editable region is prose again.
    tie('nodes').map((kids) => [
      el('div', [el('p', kids, 'contenteditable="false"')], 'contenteditable="true"'),
    ]),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((l) => l.flat()),
})).nodes;

function html(nodes: Tree[]): string {
  return nodes
    .map((n) =>
      'text' in n ? n.text : `<${n.tag}${n.attrs ? ` ${n.attrs}` : ''}>${html(n.kids)}</${n.tag}>`,
    )
    .join('');
}

function page(body: string): Document {
  const { document } = parseHTML(
    `<!doctype html><html lang="en"><head><title>Microsoft and OpenAI</title></head><body><main><article><h1>Microsoft and OpenAI</h1><p>${CLAIMS[0]}</p>${body}</article></main></body></html>`,
  );
  return document as unknown as Document;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

const NEVER_INSIDE = new Set([
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'pre',
  'svg',
  'math',
]);

/** Why a highlight element sits where it must not, or null. */
function misplaced(mark: Element): string | null {
  let editableDecided = false;
  for (let p = mark.parentElement; p !== null; p = p.parentElement) {
    if (NEVER_INSIDE.has(p.localName)) return `inside <${p.localName}>`;
    if (p.hasAttribute(CLAIM_ATTR)) return 'inside another highlight';
    const editable = p.getAttribute('contenteditable');
    if (!editableDecided && editable !== null) {
      if (editable.trim().toLowerCase() !== 'false') return 'inside an editable region';
      editableDecided = true;
    }
  }
  return null;
}

/** True when each piece occurs in `text`, each after the one before (whitespace aside). */
function inOrderWithin(text: string, pieces: string[]): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const whole = squeeze(text);
  let from = 0;
  for (const piece of pieces.map(squeeze)) {
    const at = whole.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

async function annotate(doc: Document, annotator: ClaimAnnotator) {
  const scan = await scanPage(doc, fb, { url: 'https://news.example/a', asOf: AS_OF, yield: noYield });
  if (scan === null) throw new Error('scan aborted');
  expect(await annotator.apply(scan.claims, scan.map, { yield: noYield })).toBe(true);
  return scan;
}

describe('annotating random pages', () => {
  it('never highlights where it must not, is idempotent, and restores the DOM exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (nodes) => {
        const doc = page(html(nodes));
        const before = doc.documentElement.outerHTML;
        const nodesBefore = textNodes(doc.documentElement);
        const dataBefore = nodesBefore.map((t) => t.data);
        const annotator = new ClaimAnnotator(doc);

        const scan = await annotate(doc, annotator);
        const marks = [...doc.querySelectorAll(`[${CLAIM_ATTR}]`)];
        // The plain paragraph's claim is always there; nothing lands where it must not.
        expect(scan.claims.length).toBeGreaterThan(0);
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks) expect(misplaced(mark), mark.outerHTML).toBeNull();
        // Every highlight's pieces share one id and read as its claim in order, with the islands inside the
        // sentence (code, an editable region) left out: the claim's text is judged whole, but a highlight
        // never enters an island, so the pieces are the claim's text minus the islands' text.
        // Claims whose words overlap (several claims of one sentence) share one highlight, named by its first
        // claim's id; its pieces read as the longest of them.
        const entries = annotator.entries();
        for (const { annotationId, claim } of entries) {
          const pieces = annotator.marksOf(annotationId);
          const unit = annotationId.replace(/\.\d+$/, '');
          expect(new Set(pieces.map((m) => m.getAttribute(CLAIM_ATTR)))).toEqual(new Set([unit]));
          const sharing = entries.filter((e) => e.annotationId.replace(/\.\d+$/, '') === unit);
          if (sharing.some((e) => e.claim.text.length > claim.text.length)) continue;
          expect(
            inOrderWithin(
              claim.text,
              pieces.map((m) => m.textContent ?? ''),
            ),
          ).toBe(true);
        }
        expect(doc.body.textContent).toBe(
          parseHTML(`<html><body>${doc.body.innerHTML}</body></html>`).document.body.textContent,
        );

        // Judged again (the page unchanged): the same elements stay, nothing moves.
        const annotated = doc.documentElement.outerHTML;
        await annotate(doc, annotator);
        expect(doc.documentElement.outerHTML).toBe(annotated);

        annotator.clear();
        expect(doc.documentElement.outerHTML).toBe(before);
        const nodesAfter = textNodes(doc.documentElement);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        nodesAfter.forEach((n, i) => {
          expect(n).toBe(nodesBefore[i]);
          expect(n.data).toBe(dataBefore[i]);
        });
      }),
      { numRuns: 120, ...propertySeed() },
    );
  });

  it('gives the page back its own text when it rewrites a node we split, then restores the rest (property)', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), async (nodes, pick) => {
        const doc = page(html(nodes));
        const annotator = new ClaimAnnotator(doc);
        const original = textNodes(doc.documentElement);
        const target = original[pick % original.length];
        const expected = page(html(nodes));
        textNodes(expected.documentElement)[pick % original.length].data = 'Rewritten by the page.';

        await annotate(doc, annotator);
        // A framework re-renders the node's text (PageWatch reports it; the annotator gives the node up).
        target.data = 'Rewritten by the page.';
        annotator.release(target);
        annotator.clear();
        expect(doc.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
        expect(target.isConnected).toBe(true);
      }),
      { numRuns: 80, ...propertySeed() },
    );
  });
});
