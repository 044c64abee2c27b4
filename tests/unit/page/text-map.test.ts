import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExcluded } from '../../../core/page/chrome';
import {
  buildTextChunks,
  buildTextMap,
  isBlockElement,
  offsetOf,
  rangesFor,
} from '../../../core/page/text-map';
import { runSteps } from '../../../core/page/dom';
import { propertySeed } from '../../support/property-seed';
import { expectExactSegments, expectRoundTrip, mappedText, page } from './helpers';

const never = () => false;

function mapOf(bodyHtml: string, skip: (el: Element) => boolean = isExcluded) {
  const d = page(bodyHtml);
  return { d, map: buildTextMap(d.body, skip) };
}

function blockTexts(map: ReturnType<typeof buildTextMap>): string[] {
  return map.blocks.map((b) => map.text.slice(b.start, b.end));
}

describe('table cells', () => {
  const cellsOf = (bodyHtml: string) => {
    const { map } = mapOf(bodyHtml);
    const text = (i: number) => (i < 0 ? null : map.text.slice(map.blocks[i].start, map.blocks[i].end));
    return map.cells.map((c) => [text(c.block), text(c.rowHead), text(c.colHead)]);
  };

  it('tells each cell after the first with its row’s first cell and its column’s header', () => {
    expect(
      cellsOf(
        '<table><thead><tr><th>Side</th><th>Cash</th><th>Chips</th></tr></thead><tbody>' +
          '<tr><td>North</td><td>Two billion</td><td>Lots</td></tr>' +
          '<tr><th>South</th><td><p>One billion</p><p>Later more</p></td><td></td></tr></tbody></table>',
      ),
    ).toEqual([
      ['Two billion', 'North', 'Cash'],
      ['Lots', 'North', 'Chips'],
      ['One billion', 'South', 'Cash'],
    ]);
  });

  it('takes a first row of th cells as the header, and a table without one by its rows alone', () => {
    expect(
      cellsOf(
        '<table><tr><th>Side</th><th>Cash</th></tr><tr><td>North</td><td>Two billion</td></tr></table>',
      ),
    ).toEqual([['Two billion', 'North', 'Cash']]);
    expect(cellsOf('<table><tr><td>North</td><td>Two billion</td></tr></table>')).toEqual([
      ['Two billion', 'North', null],
    ]);
  });

  it('keeps a table inside a cell to itself', () => {
    expect(
      cellsOf(
        '<table><tr><td>Outer</td><td><table><tr><td>Inner</td><td>Deep</td></tr></table></td><td>Last</td></tr></table>',
      ),
    ).toEqual([
      ['Deep', 'Inner', null],
      ['Last', 'Outer', null],
    ]);
  });

  it('records no cells for a page without tables, nor for a lone row head', () => {
    expect(cellsOf('<p>Para.</p><ul><li>One</li></ul>')).toEqual([]);
    expect(cellsOf('<table><tr><td>Only</td></tr></table>')).toEqual([]);
  });
});

describe('buildTextMap', () => {
  it('keeps a sentence split across inline elements whole', () => {
    const { map } = mapOf(
      '<p>Reports say <a href="#">Microsoft owns <em>49%</em></a> of <strong>OpenAI</strong>.</p>',
    );
    expect(map.text).toBe('Reports say Microsoft owns 49% of OpenAI.');
    expect(map.blocks).toEqual([{ start: 0, end: map.text.length }]);
    expectExactSegments(map);
  });

  it('separates block elements with a blank line and lists each block', () => {
    const { map } = mapOf(
      '<h1>Headline</h1><p>First para.</p><ul><li>One</li><li>Two</li></ul>' +
        '<table><tr><th>Year</th><td>2019</td></tr></table><blockquote>Quoted.</blockquote>' +
        '<dl><dt>Term</dt><dd>Meaning</dd></dl><figure><figcaption>Caption</figcaption></figure><pre>code  here</pre>',
    );
    expect(blockTexts(map)).toEqual([
      'Headline',
      'First para.',
      'One',
      'Two',
      'Year',
      '2019',
      'Quoted.',
      'Term',
      'Meaning',
      'Caption',
      'code here',
    ]);
    expect(map.text).toBe(blockTexts(map).join('\n\n'));
    expectExactSegments(map);
  });

  it('makes a div or section that holds text directly its own block', () => {
    const { map } = mapOf(
      '<div>Loose text<p>Inner paragraph</p>tail text</div><section>Section text</section>',
    );
    expect(blockTexts(map)).toEqual(['Loose text', 'Inner paragraph', 'tail text', 'Section text']);
  });

  it('turns <br> into a block boundary', () => {
    const { map } = mapOf('<p>Line one<br>Line two<br/><br>Line three</p>');
    expect(blockTexts(map)).toEqual(['Line one', 'Line two', 'Line three']);
  });

  it('collapses whitespace inside a block and trims it, mapping exactly', () => {
    const { map } = mapOf(
      '<p>\n   Microsoft \t invested\n\n   $1\u00a0billion   </p><p>   </p><p>  next </p>',
    );
    expect(map.text).toBe('Microsoft invested $1 billion\n\nnext');
    expect(blockTexts(map)).toEqual(['Microsoft invested $1 billion', 'next']);
    expectExactSegments(map);
  });

  it('joins words across text nodes with one space, whichever node holds the whitespace', () => {
    const { map } = mapOf('<p>Azure <b> exclusive </b>  cloud<i>provider</i></p>');
    expect(map.text).toBe('Azure exclusive cloudprovider');
    expectExactSegments(map);
  });

  it('drops soft hyphens and zero-width spaces but keeps the words', () => {
    const { map } = mapOf('<p>Micro\u00adsoft and Open\u200bAI</p>');
    expect(map.text).toBe('Microsoft and OpenAI');
    expectExactSegments(map);
  });

  it('leaves out skipped subtrees and comments', () => {
    const { map } = mapOf(
      '<p>Kept <span class="x">hidden by skip</span>text<!-- a comment --> here</p><script>var s = 1;</script>',
      (el) => el.getAttribute('class') === 'x' || el.localName === 'script',
    );
    expect(map.text).toBe('Kept text here');
  });

  it('reads several roots as separate blocks in the order given', () => {
    const d = page('<h1>Title</h1><nav>menu</nav><div id="a"><p>Body one.</p></div>');
    const map = buildTextMap([d.querySelector('h1')!, d.querySelector('#a')!], never);
    expect(blockTexts(map)).toEqual(['Title', 'Body one.']);
  });

  it('gives empty text for an empty root', () => {
    const { map } = mapOf('<div>   </div>');
    expect(map).toEqual({ text: '', blocks: [], segments: [], cells: [] });
  });

  it('keeps only accepted text nodes when keepText is given', () => {
    const d = page('<p>keep <b>drop</b> keep too</p>');
    const dropped = d.querySelector('b')!.firstChild as Text;
    const map = buildTextMap(d.body, never, { keepText: (t) => t !== dropped });
    expect(map.text).toBe('keep keep too');
    expectExactSegments(map);
  });

  it('collapses any whitespace and drops invisible characters, on random text across nodes', () => {
    // Words, every kind of space the DOM may hold, and the characters that render as nothing.
    const piece = fc.constantFrom(
      'stake',
      'a',
      '$13',
      'co-op',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\u2009',
      '\u00ad',
      '\u200b',
      '\u2060',
      '\ufeff',
      '.',
      ',',
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (nodes) => {
        const texts = nodes.map((n) => n.join(''));
        const { map } = mapOf(`<p>${texts.map((t) => `<span>${t}</span>`).join('')}</p>`, never);
        const expected = texts
          .join('')
          .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        expect(map.text).toBe(expected);
        expectExactSegments(map);
      }),
      { numRuns: 300, ...propertySeed() },
    );
  });

  it('does not change the document', () => {
    const d = page('<article><p>One <em>two</em></p><p>three</p></article>');
    const before = d.toString();
    buildTextMap(d.body, isExcluded);
    expect(d.toString()).toBe(before);
  });
});

describe('buildTextChunks', () => {
  it('keeps the same text in chunks of whole blocks, with the same blocks and segments', () => {
    const html =
      '<h1>A headline</h1><p>First <em>para</em> here.</p><p>Second one.</p><ul><li>One</li><li>Two</li></ul>' +
      '<p>Third <a href="#">with a link</a>, and more words after it.</p><br><p>Last.</p>';
    const d = page(html);
    const whole = buildTextMap(d.body, isExcluded);
    const { chunks, blocks, segments } = runSteps(
      buildTextChunks([{ roots: [d.body], skip: isExcluded }], 20),
    );
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => c.text).join('\n\n')).toBe(whole.text);
    for (const c of chunks) {
      expect(whole.text.slice(c.start, c.start + c.text.length)).toBe(c.text);
      expect(blocks.some((b) => b.end === c.start + c.text.length)).toBe(true);
    }
    expect(blocks).toEqual(whole.blocks);
    expect(segments).toEqual(whole.segments);
  });
});

describe('isBlockElement', () => {
  it('knows block from inline elements', () => {
    const d = page('<p><a>x</a><em>y</em><span>z</span></p><li>w</li><my-widget>v</my-widget>');
    expect(isBlockElement(d.querySelector('p')!)).toBe(true);
    expect(isBlockElement(d.querySelector('li')!)).toBe(true);
    for (const tag of ['a', 'em', 'span', 'my-widget'])
      expect(isBlockElement(d.querySelector(tag)!)).toBe(false);
  });
});

describe('rangesFor', () => {
  it('returns the text-node pieces covering a range across inline elements', () => {
    const { d, map } = mapOf('<p>Reports say <a href="#">Microsoft owns <em>49%</em></a> of OpenAI.</p>');
    const start = map.text.indexOf('Microsoft');
    const end = map.text.indexOf(' of');
    const pieces = rangesFor(map, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset))).toEqual([
      'Microsoft owns ',
      '49%',
    ]);
    expect(pieces[1].node).toBe(d.querySelector('em')!.firstChild);
  });

  it('gives one piece per node, covering whitespace collapsed inside it', () => {
    const { map } = mapOf('<p>Azure   was\n   exclusive</p>');
    const pieces = rangesFor(map, 0, map.text.length);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].node.data.slice(pieces[0].startOffset, pieces[0].endOffset)).toBe(
      'Azure   was\n   exclusive',
    );
  });

  it('maps nothing for the block separator and nothing for an empty range', () => {
    const { map } = mapOf('<p>One</p><p>Two</p>');
    expect(rangesFor(map, 3, 5)).toEqual([]);
    expect(rangesFor(map, 2, 2)).toEqual([]);
    expect(mappedText(map, 0, map.text.length)).toBe('OneTwo');
  });

  it('round-trips every block and every word', () => {
    const { map } = mapOf(
      '<p>  The <a>deal</a>,\n signed in <time>2019</time>, gave <em>Azure</em>&nbsp;exclusivity. </p><p>Next <b>block</b></p>',
    );
    expectRoundTrip(map, map.blocks);
    const words = [...map.text.matchAll(/\S+/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    expectRoundTrip(map, words);
  });
});

describe('offsetOf', () => {
  it('maps DOM positions back to text offsets', () => {
    const { d, map } = mapOf('<p>Azure  is <em>exclusive</em></p>');
    const first = d.querySelector('p')!.firstChild as Text;
    const em = d.querySelector('em')!.firstChild as Text;
    expect(offsetOf(map, first, 0)).toBe(0);
    expect(offsetOf(map, first, 5)).toBe(5); // the kept space
    expect(offsetOf(map, first, 6)).toBe(6); // inside collapsed whitespace → the next kept character
    expect(offsetOf(map, em, 0)).toBe(map.text.indexOf('exclusive'));
    expect(offsetOf(map, em, em.data.length)).toBe(map.text.length);
  });

  it('is null for a node that gave no text', () => {
    const { d, map } = mapOf('<p>Kept</p><nav>Menu</nav>');
    expect(offsetOf(map, d.querySelector('nav')!.firstChild as Text, 0)).toBeNull();
  });
});
