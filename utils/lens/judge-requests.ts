// What the judging worker does with each request (utils/lens/judge-worker is only its wiring): judges the page
// with the fact base in use, which a request replaces when it brings one.
import { judgeTimeBoxed } from '@/core/annotate/time-boxed-judging';
import type { FactBase } from '@/core/factbase/schema';
import type { JudgeRequest, WorkerReply } from './judge-worker-protocol';

export class JudgeRequests {
  private factBase: FactBase;

  constructor(
    private readonly bundled: FactBase,
    private readonly now?: () => number,
  ) {
    this.factBase = bundled;
  }

  answer(request: JudgeRequest): WorkerReply {
    const { id, page, opts } = request;
    if (request.factBase !== undefined) this.factBase = request.factBase ?? this.bundled;
    try {
      return { kind: 'judged', id, judgement: judgeTimeBoxed(page, this.factBase, opts, this.now) };
    } catch (e) {
      return { kind: 'failed', id, message: String(e) };
    }
  }
}
