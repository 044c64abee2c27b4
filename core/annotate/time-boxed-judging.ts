// Judges a page's sentences one at a time inside a time box, wherever that runs: in slices on the page's main
// thread (core/annotate/judge-here) or in one go in the annotator's worker (utils/lens/judge-worker).
//
// A sentence is judged by regular expressions a release brought (checked for catastrophic shapes before use,
// core/factbase/regex-safety), but a page can still bring text no one foresaw. Sentences longer than a
// reader's sentence are not judged at all, and once a few sentences each took longer than the budget (each
// timed twice: a one-off stall is not the sentence's doing), the rest of the page is left unjudged rather than
// freeze it (or, in the worker, keep the verdicts from ever arriving).
import { type PageJudge, prepareJudge } from '../analyze';
import { forgetLastRead } from '../claims/lexicon/class-matcher';
import type { FactBase } from '../factbase/schema';
import type { JudgedClaim, JudgeOptions, PageText, Span } from '../types';
import { forgetLastScored } from '../verdict/wording';
import { cardFactsFor } from './card-facts';
import type { Judgement } from './judgement';

/**
 * Once a page is judged: the last sentence's memos (its reading, its wording scores) would keep the whole page's
 * text alive until the next page, a sentence being a slice of it.
 */
export function forgetSentenceMemos(): void {
  forgetLastRead();
  forgetLastScored();
}

export const SENTENCE_MAX_CHARS = 3000;
export const SENTENCE_BUDGET_MS = 50;
export const OVER_BUDGET_LIMIT = 3;

export type { Judgement } from './judgement';

/** Judges a whole page in one go, inside the time box: where no page waits on it (a worker). */
export function judgeTimeBoxed(
  page: PageText,
  factBase: FactBase,
  opts: JudgeOptions,
  now?: () => number,
): Judgement {
  const judge = prepareJudge(page, factBase, opts);
  const judging = new TimeBoxedJudging(judge, now);
  for (const span of judge.sentences) judging.next(span);
  return judging.finish(factBase);
}

export class TimeBoxedJudging {
  readonly claims: JudgedClaim[] = [];
  /** Sentences left unjudged by the time box (too long, or after too many slow ones). */
  unjudged = 0;
  private slow = 0;

  constructor(
    private readonly judge: PageJudge,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Once every sentence is judged: the page's judgement, and the last sentence's memos let go. */
  finish(factBase: FactBase): Judgement {
    forgetSentenceMemos();
    return {
      claims: this.claims,
      sentences: this.judge.sentences.length,
      unjudged: this.unjudged,
      cardFacts: cardFactsFor(this.claims, factBase),
    };
  }

  /** Judges one sentence, or counts it unjudged. */
  next(span: Span): void {
    if (this.slow >= OVER_BUDGET_LIMIT || span.end - span.start > SENTENCE_MAX_CHARS) {
      this.unjudged++;
      return;
    }
    const started = this.now();
    for (const claim of this.judge.sentence(span)) this.claims.push(claim);
    if (this.now() - started > SENTENCE_BUDGET_MS) {
      // Timed again before it counts: a garbage collection or a busy machine can stall any one sentence
      // once (on a 20 MB page under load, three such stalls left the page's last claims unjudged); a
      // sentence that is slow to judge is slow twice.
      const again = this.now();
      this.judge.sentence(span);
      if (this.now() - again > SENTENCE_BUDGET_MS) this.slow++;
    }
  }
}
