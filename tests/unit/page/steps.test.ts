// The page reader in steps (core/page/dom Steps): a huge page can be read a slice at a time, and reading in
// steps gives exactly what reading in one go gives.
import { describe, expect, it } from 'vitest';
import { WALK_STEP_NODES, runSteps, textLengthSteps } from '../../../core/page/dom';
import { extractPage, extractPageSteps } from '../../../core/page/extract';
import { segmentSentences, segmentSentencesSteps } from '../../../core/page/sentences';
import { counted, doc } from './helpers';

const NODES = 5_000;
const paragraph = `<!doctype html><html><head><title>One paragraph</title></head><body><article>
  <h1>A very long paragraph</h1><p>Microsoft owns 49% of OpenAI. ${Array.from(
    { length: NODES },
    (_, i) => `<span>w${i % 7} </span>`,
  ).join('')}</p></article></body></html>`;

describe('reading in steps', () => {
  it('reads a paragraph of thousands of inline nodes in steps of a few hundred, to the same result', () => {
    const page = doc(paragraph);
    const once = extractPage(page, { url: null });
    const stepped = counted(extractPageSteps(page, { url: null }));
    // Every span is two nodes (element and text), walked once to map its text; the lone article is counted
    // only until it has enough text to be the article, a step or two.
    expect(stepped.steps).toBeGreaterThanOrEqual(Math.floor((2 * NODES) / WALK_STEP_NODES) - 2);
    expect(stepped.steps).toBeLessThan(Math.floor((2 * NODES) / WALK_STEP_NODES) + 6);
    expect(stepped.value.page).toEqual(once.page);
    const shape = (m: typeof once.map) => m.segments.map((s) => [s.start, s.end, s.nodeStart, s.node.data]);
    expect(shape(stepped.value.map)).toEqual(shape(once.map));
    expect(stepped.value.map.segments.every((s, i) => s.node === once.map.segments[i].node)).toBe(true);
  });

  it('counts the text of an element without building it, and stops at a limit', () => {
    const body = doc(paragraph).body;
    expect(runSteps(textLengthSteps(body))).toBe(body.textContent?.length);
    const capped = counted(textLengthSteps(body, 100));
    expect(capped.value).toBeGreaterThanOrEqual(100);
    expect(capped.value).toBeLessThan(100 + 600 * 4); // a step's worth of nodes past the limit at most
  });

  it('splits a book-long block into sentences in steps, to the same sentences', () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `Sentence number ${i} ends here.`).join(' ');
    const blocks = [{ start: 0, end: text.length }];
    const stepped = counted(segmentSentencesSteps(text, blocks));
    expect(stepped.steps).toBeGreaterThan(20);
    expect(stepped.value).toEqual(segmentSentences(text, blocks));
    expect(stepped.value).toHaveLength(3_000);
  });
});
