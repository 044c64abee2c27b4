// The warm-up a page scan on the page's thread runs before judging (core/analyze warmUpSentence): plain sentences
// of the page's deal, made from its parties' names, judged and thrown away in steps, each given a task of its own.
import { describe, expect, it } from 'vitest';
import { prepareJudge, warmUpSentence } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { compileFactBase } from '../../../core/verdict/compile';

describe('the warm-up before judging', () => {
  const fb = bundledFactBase();
  const cfb = compileFactBase(fb);

  it('runs in three steps for a deal, and in none without one', () => {
    const steps: boolean[] = [];
    for (let step = 0; step < 5; step++) steps.push(warmUpSentence(fb, cfb.partnerships[0], step));
    expect(steps.slice(0, 3)).toEqual([true, true, false]);
    expect(warmUpSentence(fb, undefined, 0)).toBe(false);
  });

  it('leaves the page’s own judging as it was', () => {
    const text =
      'Two firms and a deal\n\nMicrosoft put $1 billion into OpenAI in 2019.\n\nIt is a 49% stake, some say.';
    const before = prepareJudge(pageFromPlainText(text), fb, { asOf: '2026-11-21' });
    const cold = before.sentences.flatMap((s) => before.sentence(s));
    const judge = prepareJudge(pageFromPlainText(text), fb, { asOf: '2026-11-21' });
    for (let step = 0; judge.warmUpSentence(step); step++);
    expect(judge.sentences.flatMap((s) => judge.sentence(s))).toEqual(cold);
    expect(cold.length).toBeGreaterThan(0);
  });
});
