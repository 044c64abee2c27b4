import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../bench/pages/generate';
import { PARTNERSHIP_HINT } from '../../utils/precheck';
import { scanText } from '../../utils/text-scan';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
    .body as unknown as HTMLElement;
}

/** Runs a scan to its end, its later tasks run one after another; the answer and how many tasks it took. */
function scan(root: Node, opts: { chunkChars?: number; step?: number; seenOnly?: boolean } = {}) {
  const queue: Array<() => void> = [];
  let answer: boolean | null = null;
  let t = 0;
  scanText(root, PARTNERSHIP_HINT, (found) => (answer = found), {
    chunkChars: opts.chunkChars,
    seenOnly: opts.seenOnly,
    sliceMs: 8,
    now: () => (t += opts.step ?? 0),
    later: (fn) => queue.push(fn),
  });
  let tasks = 1;
  for (let fn = queue.shift(); fn !== undefined; fn = queue.shift(), tasks++) fn();
  return { answer, tasks };
}

// Pieces that make names, near-names and names cut in two, joined by word and non-word characters.
const PIECES = ['open', 'ai', 'open ai', 'openai', 'Micro', 'soft', 'gpt', '-4o', 'gpt-4', 'zure', 'a', '_'];
const GLUE = [' ', '', '', '-', '.', '_', '  ', '\n', 'x', 'word '];
const FILLER = 'The river rose after a week of rain and the ferry waited at the pier. ';

describe('scanText', () => {
  it('answers what testing the whole textContent answers, wherever the text is cut', () => {
    const rnd = seeded(10);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
    for (let round = 0; round < 400; round++) {
      const parts: string[] = [];
      const n = 2 + Math.floor(rnd() * 40);
      for (let i = 0; i < n; i++) {
        const text = rnd() < 0.3 ? FILLER.repeat(1 + Math.floor(rnd() * 3)) : pick(PIECES) + pick(GLUE);
        // Text split over elements: a name can straddle two text nodes.
        parts.push(rnd() < 0.5 ? `<span>${text}</span>` : text);
      }
      const root = body(parts.join(''));
      const expected = PARTNERSHIP_HINT.test(root.textContent ?? '');
      for (const chunkChars of [1, 7, 100, 32_768]) {
        expect(scan(root, { chunkChars }).answer, `${chunkChars}: ${root.innerHTML}`).toBe(expected);
      }
    }
  });

  it('leaves out the text of scripts and styles when asked, even where a name would straddle them', () => {
    const hidden = body(
      '<p>Open</p><script>var ai = "OpenAI";</script><style>.azure{}</style><p>weather</p>',
    );
    expect(scan(hidden).answer).toBe(true);
    expect(scan(hidden, { seenOnly: true }).answer).toBe(false);
    expect(scan(body('<p>open<script>x</script>ai</p>'), { seenOnly: true }).answer).toBe(true);
    expect(scan(body('<script>1</script><p>OpenAI</p>'), { seenOnly: true }).answer).toBe(true);
  });

  it('finds a name cut across the overlap of two pieces', () => {
    const root = body(`${'lorem ipsum '.repeat(20)}<b>open</b> <i>ai</i>${' dolor'.repeat(20)}`);
    for (let chunkChars = 1; chunkChars < 400; chunkChars += 3) {
      expect(scan(root, { chunkChars }).answer, String(chunkChars)).toBe(true);
    }
  });

  it('reads a huge page over several tasks and a small one at once', () => {
    const huge = body(Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i} about rain.</p>`).join(''));
    const big = scan(huge, { step: 1 });
    expect(big.answer).toBe(false);
    expect(big.tasks).toBeGreaterThan(5);
    const small = scan(body('<p>Satya Nadella spoke.</p>'), { step: 1 });
    expect(small).toEqual({ answer: true, tasks: 1 });
  });
});
