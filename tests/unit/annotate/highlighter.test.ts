import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_ATTR } from '../../../core/annotate/annotatable';
import { type Anchor, Highlighter, type Piece } from '../../../core/annotate/highlighter';

function page(body: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return document as unknown as Document;
}

/** Every text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

/** The piece of the text node holding `quote`. */
function pieceOf(doc: Document, quote: string): Piece {
  const node = textNodes(doc.body).find((t) => t.data.includes(quote));
  if (!node) throw new Error(`no text node holds ${quote}`);
  const startOffset = node.data.indexOf(quote);
  return { node, startOffset, endOffset: startOffset + quote.length };
}

function anchors(hl: Highlighter, pieces: Piece[]): Anchor[] {
  return pieces.map((p) => hl.anchor(p)).filter((a): a is Anchor => a !== null);
}

describe('Highlighter', () => {
  it('wraps part of a text node, keeping the page node in place, and restores it exactly', () => {
    const doc = page('<p id="p">Before. Azure is the exclusive cloud. After.</p>');
    const p = doc.getElementById('p')!;
    const original = p.firstChild as Text;
    const html = doc.body.innerHTML;
    const hl = new Highlighter(doc);
    const marks = hl.wrap('c1', anchors(hl, [pieceOf(doc, 'Azure is the exclusive cloud.')]), {
      'data-plens-status': 'outdated',
    });
    expect(marks).toHaveLength(1);
    expect(marks[0].getAttribute(CLAIM_ATTR)).toBe('c1');
    expect(marks[0].textContent).toBe('Azure is the exclusive cloud.');
    expect(p.firstChild).toBe(original); // the page's node keeps its place…
    expect(original.data).toBe('Before. '); // …shortened to the text before the highlight
    expect(p.textContent).toBe('Before. Azure is the exclusive cloud. After.');
    hl.clear();
    expect(doc.body.innerHTML).toBe(html);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('Before. Azure is the exclusive cloud. After.');
  });

  it('gives every piece of a claim split across elements the same id', () => {
    const doc = page('<p>Microsoft <a href="/x">invested <em>$1 billion</em></a> in OpenAI.</p>');
    const html = doc.body.innerHTML;
    const nodes = textNodes(doc.body);
    const pieces = nodes.map((node) => ({ node, startOffset: 0, endOffset: node.data.length }));
    const hl = new Highlighter(doc);
    const marks = hl.wrap('c9', anchors(hl, pieces), { 'data-plens-status': 'supported' }, { tabindex: '0' });
    expect(marks).toHaveLength(4);
    expect(new Set(marks.map((m) => m.getAttribute(CLAIM_ATTR)))).toEqual(new Set(['c9']));
    expect(marks.filter((m) => m.hasAttribute('tabindex'))).toEqual([marks[0]]);
    expect(doc.querySelector('em mark')?.textContent).toBe('$1 billion');
    hl.clear();
    expect(doc.body.innerHTML).toBe(html);
  });

  it('unwraps one claim of two in the same node and joins the text again', () => {
    const doc = page('<p>One claim here. Another claim there. End.</p>');
    const p = doc.querySelector('p')!;
    const original = p.firstChild as Text;
    const html = doc.body.innerHTML;
    const hl = new Highlighter(doc);
    const a = anchors(hl, [pieceOf(doc, 'One claim here.')]);
    const b = anchors(hl, [pieceOf(doc, 'Another claim there.')]);
    hl.wrap('a', a, {});
    // b was anchored before a was wrapped: anchors stay valid across our splits.
    hl.wrap('b', b, {});
    expect(p.querySelectorAll('mark')).toHaveLength(2);
    hl.unwrap('a');
    expect(p.querySelectorAll('mark')).toHaveLength(1);
    expect(p.textContent).toBe('One claim here. Another claim there. End.');
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('One claim here. ');
    hl.unwrap('b');
    expect(doc.body.innerHTML).toBe(html);
    expect(p.childNodes.length).toBe(1);
    expect(hl.tracks(original)).toBe(false);
  });

  it('anchors pieces of its own text nodes back to the page node', () => {
    const doc = page('<p>First sentence. Second sentence.</p>');
    const hl = new Highlighter(doc);
    hl.wrap('a', anchors(hl, [pieceOf(doc, 'First sentence.')]), {});
    // After the split, "Second sentence." lives in a node of ours; its anchor still names the page's node.
    const piece = pieceOf(doc, 'Second sentence.');
    expect(hl.owns(piece.node)).toBe(true);
    const anchor = hl.anchor(piece)!;
    expect(anchor.original).toBe(doc.querySelector('p')!.firstChild);
    expect(anchor.start).toBe('First sentence. '.length);
    expect(hl.idsAt(anchors(hl, [pieceOf(doc, 'First sentence.')])[0])).toEqual(['a']);
  });

  it('never highlights inside form fields, editable regions, code, scripts, styles or SVG', () => {
    const doc = page(
      [
        '<textarea>Azure is exclusive</textarea>',
        '<div contenteditable="true"><p>Azure is exclusive</p></div>',
        '<div contenteditable><span>Azure is exclusive</span></div>',
        '<pre><code>Azure is exclusive</code></pre>',
        '<code>Azure is exclusive</code>',
        '<script>"Azure is exclusive"</script>',
        '<style>/* Azure is exclusive */</style>',
        '<svg><text>Azure is exclusive</text></svg>',
        '<button>Azure is exclusive</button>',
        '<div contenteditable="true"><p contenteditable="false">Azure is exclusive (read-only island)</p></div>',
        '<p>Azure is exclusive (prose)</p>',
      ].join(''),
    );
    const hl = new Highlighter(doc);
    const wrapped = textNodes(doc.body)
      .filter((t) => t.data.includes('Azure is exclusive'))
      .map((node) => ({ node, startOffset: 0, endOffset: node.data.length }))
      .map((p) => hl.anchor(p))
      .filter((a) => a !== null)
      .map((a) => a.text);
    expect(wrapped).toEqual(['Azure is exclusive (read-only island)', 'Azure is exclusive (prose)']);
  });

  it('drops an anchor whose text the page changed in the meantime', () => {
    const doc = page('<p>Microsoft owns 49% of OpenAI.</p>');
    const hl = new Highlighter(doc);
    const a = anchors(hl, [pieceOf(doc, 'owns 49%')]);
    (doc.querySelector('p')!.firstChild as Text).data = 'Microsoft holds 27% of OpenAI.';
    expect(hl.wrap('a', a, {})).toEqual([]);
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
  });

  it('lets the page keep the text it gives a node we split', () => {
    const doc = page('<p>Old value: Microsoft owns 49% of OpenAI. Tail.</p>');
    const p = doc.querySelector('p')!;
    const original = p.firstChild as Text;
    const hl = new Highlighter(doc);
    hl.wrap('a', anchors(hl, [pieceOf(doc, 'Microsoft owns 49% of OpenAI.')]), {});
    original.data = 'New text rendered by the page.';
    expect(hl.release(original)).toEqual(['a']);
    expect(hl.size).toBe(0);
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('New text rendered by the page.');
  });

  it('restores any page exactly, whatever it highlighted and unwrapped first (property)', () => {
    const word = fc.constantFrom(
      'Azure',
      'is',
      'exclusive',
      'OpenAI',
      '$1',
      'billion',
      'in',
      '2019.',
      ' ',
      '  ',
    );
    const inline = fc.constantFrom('a', 'em', 'strong', 'span');
    const fragment = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => ({ tag: null, text: w.join(' ') })),
      fc
        .tuple(inline, fc.array(word, { minLength: 1, maxLength: 4 }))
        .map(([tag, w]) => ({ tag, text: w.join(' ') })),
    );
    const paragraph = fc.array(fragment, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (paragraphs, picks, unwraps) => {
          const body = paragraphs
            .map(
              (frags) =>
                `<p>${frags.map((f) => (f.tag ? `<${f.tag}>${f.text}</${f.tag}>` : f.text)).join('')}</p>`,
            )
            .join('');
          const doc = page(body);
          const html = doc.body.innerHTML;
          const text = doc.body.textContent;
          const nodes = textNodes(doc.body);
          const datas = nodes.map((n) => n.data);
          const hl = new Highlighter(doc);
          const planned = picks.map(([n, a, b]) => {
            const node = nodes[n % nodes.length];
            const len = node.data.length;
            const s = a % len;
            const e = s + 1 + (b % (len - s));
            return anchors(hl, [{ node, startOffset: s, endOffset: e }]);
          });
          planned.forEach((a, i) => {
            if (a.length && hl.idsAt(a[0]).length === 0)
              hl.wrap(`c${i}`, a, { 'data-plens-status': 'supported' });
          });
          expect(doc.body.textContent).toBe(text);
          const ids = hl.ids();
          for (const u of unwraps) if (ids.length) hl.unwrap(ids[u % ids.length]);
          expect(doc.body.textContent).toBe(text);
          hl.clear();
          expect(doc.body.innerHTML).toBe(html);
          expect(textNodes(doc.body)).toEqual(nodes);
          expect(nodes.map((n) => n.data)).toEqual(datas);
        },
      ),
      { numRuns: 300 },
    );
  });
});
