// Judging with a time box per sentence, wherever it runs: in slices on the page's thread (page-scan.ts) or all
// at once in a worker (the annotator's judging worker). A sentence is judged by regular expressions a release
// brought (checked for catastrophic shapes before use, core/factbase/regex-safety), but a page can still bring
// text no one foresaw. Sentences longer than a reader's sentence are not judged at all, and once a few
// sentences each took longer than the budget (each timed twice: a one-off stall is not the sentence's doing),
// the rest of the page is left unjudged rather than freeze it.
import { type PageJudge, prepareJudge } from '../analyze';
import type { FactBase } from '../factbase/schema';
import type { IsoDate, JudgedClaim, PageText, Span } from '../types';

export const SENTENCE_MAX_CHARS = 3000;
export const SENTENCE_BUDGET_MS = 50;
export const OVER_BUDGET_LIMIT = 3;

/** What judging a page's sentences gave. */
export interface JudgedSentences {
  claims: JudgedClaim[];
  /** Sentences worth judging (with a claim word). */
  sentences: number;
  /** Sentences left unjudged by the time box (too long, or after too many slow ones). */
  unjudged: number;
}

export class BoxedJudge {
  unjudged = 0;
  private slow = 0;

  constructor(
    private readonly judge: PageJudge,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The claims of one sentence; none when the time box leaves it unjudged. */
  sentence(span: Span): JudgedClaim[] {
    if (this.slow >= OVER_BUDGET_LIMIT || span.end - span.start > SENTENCE_MAX_CHARS) {
      this.unjudged++;
      return [];
    }
    const started = this.now();
    const claims = this.judge.sentence(span);
    if (this.now() - started > SENTENCE_BUDGET_MS) {
      // Timed again before it counts: a garbage collection or a busy machine can stall any one sentence once
      // (on a 20 MB page under load, three such stalls left the page's last claims unjudged); a sentence that
      // is slow to judge is slow twice.
      const again = this.now();
      this.judge.sentence(span);
      if (this.now() - again > SENTENCE_BUDGET_MS) this.slow++;
    }
    return claims;
  }
}

/** Every sentence of a page read whole, judged in one go: for a thread the reader never waits on. */
export function judgeWholePage(
  page: PageText,
  factBase: FactBase,
  opts: { asOf: IsoDate; now?: () => number },
): JudgedSentences {
  const judge = prepareJudge(page, factBase, { asOf: opts.asOf, published: page.published });
  const boxed = new BoxedJudge(judge, opts.now);
  const claims = judge.sentences.flatMap((span) => boxed.sentence(span));
  return { claims, sentences: judge.sentences.length, unjudged: boxed.unjudged };
}
