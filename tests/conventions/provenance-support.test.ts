// The pieces of the provenance check: typography folding, merging of overlapping hits, comment extraction.
import { describe, expect, it } from 'vitest';
import { commentsOf } from './support/comments';
import { htmlTexts, jsonStrings } from './support/corpus-text';
import { copiedRuns, RUN_WORDS } from './support/provenance';
import { shingles, wordsOf } from './support/words';

const forbiddenFrom = (text: string) => new Set(shingles(wordsOf(text), RUN_WORDS));

describe('wordsOf', () => {
  it('folds case, curly quotes and dashes', () => {
    expect(wordsOf('The Lab’s  “NEW”\u00a0deal—signed')).toEqual(['the', "lab's", 'new', 'deal', 'signed']);
    expect(wordsOf("the lab's new deal - signed")).toEqual(['the', "lab's", 'new', 'deal', 'signed']);
  });
});

describe('copiedRuns', () => {
  const source = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
  const forbidden = forbiddenFrom(source);

  it('finds a run of exactly eight words, whatever its typography', () => {
    expect(copiedRuns('We wrote: Alpha Beta “gamma” delta—epsilon zeta eta theta.', forbidden)).toEqual([
      'alpha beta gamma delta epsilon zeta eta theta',
    ]);
  });

  it('ignores seven words, and merges overlapping hits into one maximal run', () => {
    expect(copiedRuns('alpha beta gamma delta epsilon zeta eta', forbidden)).toEqual([]);
    expect(copiedRuns(`x ${source} y`, forbidden)).toEqual([source]);
  });

  it('reports separate runs separately', () => {
    const text =
      'alpha beta gamma delta epsilon zeta eta theta and then eta theta iota kappa lambda mu alpha beta';
    const other = forbiddenFrom('eta theta iota kappa lambda mu alpha beta');
    expect(copiedRuns(text, new Set([...forbidden, ...other]))).toHaveLength(2);
  });
});

describe('corpus text', () => {
  it('reads page text block by block, without scripts', () => {
    const texts = htmlTexts('<p>one two</p><p>three</p><script>var hidden = 1;</script>');
    expect(texts.join(' ')).toContain('one two');
    expect(texts.join(' ')).not.toContain('hidden');
    expect(texts).toContain('three');
  });

  it('collects every string of a JSON value', () => {
    expect(jsonStrings({ a: 'x', b: [{ c: 'y' }, 3], d: null })).toEqual(['x', 'y']);
  });
});

describe('commentsOf', () => {
  it('finds line, block and JSX comments but not strings or regular expressions', () => {
    const source = [
      '// line comment',
      "const s = '// not a comment';",
      'const r = /\\/\\* nor this \\*\\//;',
      '/* block */',
      'const el = <div>{/* jsx comment */}</div>;',
    ].join('\n');
    const texts = commentsOf('x.tsx', source).map((c) => c.text);
    expect(texts).toEqual(['// line comment', '/* block */', '/* jsx comment */']);
  });
});
