// Entry point of the engine: a page's text in, judged claims out. Shared by the content script,
// the CLI and the tests.
import { clauseSpans } from './claims/clauses';
import { DECOY_CUES } from './claims/decoys';
import { type PartyPresence, pagePartiesIn, partiesIn, urlWords } from './claims/parties';
import { foldTypography } from './claims/text-fold';
import { framingAt, type Framing, reportedSpeech, timeMarkers } from './claims/time-frame';
import { ANY_CLAIM_WORD, BARE_FIGURE_TOPIC, TOPIC_CUES } from './claims/topic-cues';
import { extractValues } from './claims/values';
import type { FactBase } from './factbase/schema';
import { segmentSentences } from './page/sentences';
import type { IsoDate, JudgedClaim, JudgeOptions, PageText, Span, Status, Topic } from './types';
import { type CompiledFactBase, type CompiledPartnership, compileFactBase } from './verdict/compile';
import { explainFact } from './verdict/explain';
import { type FactMatch, matchFacts, type SentenceContext } from './verdict/match-facts';
import { SEVERITY, factPeriod, statusAt } from './verdict/status';

/** Finds the partnership claims in a page and judges each against the fact base. */
export function judgePage(page: PageText, factBase: FactBase, opts: JudgeOptions): JudgedClaim[] {
  const judge = prepareJudge(page, factBase, opts);
  const claims: JudgedClaim[] = [];
  for (const span of judge.sentences) {
    const claim = judge.sentence(span);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** A page made ready for judging one sentence at a time, so callers can split the work into slices. */
export interface PageJudge {
  sentences: Span[];
  sentence(span: Span): JudgedClaim | null;
}

export function prepareJudge(page: PageText, factBase: FactBase, opts: JudgeOptions): PageJudge {
  const cfb = compileFactBase(factBase);
  const published = opts.published ?? page.published;
  const about = partnershipsOfPage(
    cfb,
    foldTypography(`${page.title ?? ''}\n${urlWords(page.url)}\n${page.text}`),
  );
  return {
    sentences: candidateSentences(page.text, page.blocks),
    sentence: (span) => judgeSentence(cfb, page.text, span, about, opts.asOf, published),
  };
}

/**
 * The sentences worth judging: those of blocks with a claim word at all. A paragraph without one cannot hold
 * a claim, so it is not segmented (Intl.Segmenter is the costly part of reading a long page).
 */
export function candidateSentences(text: string, blocks: readonly Span[]): Span[] {
  const all = blocks.length > 0 ? blocks : [{ start: 0, end: text.length }];
  const wanted = all.filter((b) => ANY_CLAIM_WORD.test(text.slice(b.start, b.end)));
  // segmentSentences reads an empty block list as "the whole text".
  return wanted.length > 0 ? segmentSentences(text, wanted) : [];
}

/** Partnerships a page is about: both parties are named (or hinted at) somewhere on it. */
export function partnershipsOfPage(cfb: CompiledFactBase, foldedPage: string): Set<CompiledPartnership> {
  return new Set(
    cfb.partnerships.filter((p) => {
      const seen = pagePartiesIn(foldedPage, p.parties);
      return seen.first && seen.second;
    }),
  );
}

interface Assessment {
  match: FactMatch | null;
  framing: Framing;
  now: Status;
  whenPublished: Status | null;
}

export function judgeSentence(
  cfb: CompiledFactBase,
  text: string,
  span: Span,
  about: Set<CompiledPartnership>,
  asOf: IsoDate,
  published: IsoDate | null,
): JudgedClaim | null {
  const sentence = text.slice(span.start, span.end);
  const folded = foldTypography(sentence);
  if (!ANY_CLAIM_WORD.test(folded)) return null;
  for (const partnership of cfb.partnerships) {
    const seen = partiesIn(folded, partnership.parties);
    const both = seen.first && seen.second;
    if (!both && !about.has(partnership)) continue;
    // Another company's deal, board or stake, on a page that also covers this partnership.
    if (!both && partnership.others.test(folded)) continue;
    const ctx = sentenceContext(folded, both);
    const matches = matchFacts(ctx, partnership);
    if (matches.length > 0) {
      return fromMatches(cfb, partnership, sentence, span, ctx, matches, asOf, published);
    }
    const bare = bareFigureClaim(cfb, partnership, sentence, span, ctx, seen, asOf, published);
    if (bare) return bare;
  }
  return null;
}

function sentenceContext(folded: string, bothParties: boolean): SentenceContext {
  const topics = new Set<Topic>();
  for (const [topic, re] of Object.entries(TOPIC_CUES) as Array<[Topic, RegExp]>) {
    if (re.test(folded)) topics.add(topic);
  }
  return { folded, values: extractValues(folded), clauses: clauseSpans(folded), topics, bothParties };
}

function worst(a: Assessment, b: Assessment, key: 'now' | 'whenPublished'): Assessment {
  const sa = a[key];
  const sb = b[key];
  if (sa === null || sb === null) return a;
  if (SEVERITY[sb] !== SEVERITY[sa]) return SEVERITY[sb] > SEVERITY[sa] ? b : a;
  // Only the verdict now names a fact; for the as-published status any of equal severity will do.
  if (key !== 'now') return a;
  return (b.match?.score ?? 0) > (a.match?.score ?? 0) ? b : a;
}

function fromMatches(
  cfb: CompiledFactBase,
  partnership: CompiledPartnership,
  sentence: string,
  span: Span,
  ctx: SentenceContext,
  matches: FactMatch[],
  asOf: IsoDate,
  published: IsoDate | null,
): JudgedClaim {
  const markers = timeMarkers(ctx.folded);
  const assessments: Assessment[] = matches.map((match) => {
    const clause = ctx.clauses.find((c) => match.start >= c.start && match.start < c.end) ?? {
      start: 0,
      end: ctx.folded.length,
    };
    // Reported speech is judged at the time it was said: the date it gives, else the page's date.
    const speech = reportedSpeech(ctx.folded, match.start);
    if (speech) {
      const said = speech.at ?? published;
      const at = (ref: IsoDate) => statusAt(match, 'present', said && said < ref ? said : ref, cfb.events);
      return {
        match,
        framing: 'present' as Framing,
        now: at(asOf),
        whenPublished: published ? at(published) : null,
      };
    }
    const framing = framingAt(markers, clause, match.start);
    return {
      match,
      framing,
      now: statusAt(match, framing, asOf, cfb.events),
      whenPublished: published ? statusAt(match, framing, published, cfb.events) : null,
    };
  });
  // A duration the record does not know ("a four-month exclusivity window") leaves the claim unsettled.
  const unexplained = ctx.values.durations.filter(
    (d) => !matches.some((m) => d.start >= m.start && d.end <= m.end),
  );
  if (unexplained.length) {
    assessments.push({
      match: null,
      framing: 'present',
      now: 'unverified',
      whenPublished: published ? 'unverified' : null,
    });
  }
  const decisive = assessments.reduce((a, b) => worst(a, b, 'now'));
  const asPublished = published
    ? assessments.reduce((a, b) => worst(a, b, 'whenPublished')).whenPublished
    : null;
  const why = matches.flatMap((m) => m.why);
  if (decisive.match) {
    const w = decisive.match.wording();
    why.push(`closest phrasing "${w.phrasing}" (fuse ${w.fuse.toFixed(2)})`);
  }
  if (!decisive.match) {
    const d = unexplained[0];
    return bareClaim(cfb, partnership, sentence, span, 'cloud', asOf, asPublished, [
      ...why,
      `"${ctx.folded.slice(d.start, d.end)}" is not in the record`,
    ]);
  }
  const { fact } = decisive.match;
  const explained = explainFact(
    cfb,
    fact,
    decisive.now,
    decisive.framing,
    asOf,
    Boolean(decisive.match.clash),
  );
  const period = factPeriod(fact, cfb.events);
  return {
    id: `c${span.start}-${span.end}`,
    text: sentence,
    start: span.start,
    end: span.end,
    status: decisive.now,
    asPublished,
    topic: fact.topic,
    factId: fact.id,
    explanation: explained.explanation,
    source: explained.source,
    factSummary: fact.summary,
    validFrom: period.from,
    validTo: period.to && period.to <= asOf ? period.to : null,
    amendment: explained.amendment,
    score: decisive.match.score,
    why: [`read as ${decisive.framing}`, ...why],
    partnership: partnership.partnership.id,
  };
}

/**
 * A figure next to a partnership term that no fact settles ("reportedly exceeding $100 billion",
 * "a 15% revenue share"): a claim, but unverified. Market colour, earnings and lawsuits are left alone.
 */
function bareFigureClaim(
  cfb: CompiledFactBase,
  partnership: CompiledPartnership,
  sentence: string,
  span: Span,
  ctx: SentenceContext,
  seen: PartyPresence,
  asOf: IsoDate,
  published: IsoDate | null,
): JudgedClaim | null {
  if (!(seen.first || seen.second) || DECOY_CUES.test(ctx.folded)) return null;
  const hasFigure = ctx.values.values.some((v) => v.kind === 'amountUsd' || v.kind === 'percent');
  if (!hasFigure && ctx.values.durations.length === 0) return null;
  const topic = BARE_FIGURE_TOPIC.find(([, re]) => re.test(ctx.folded))?.[0];
  if (!topic) return null;
  // Money figures need both parties in the sentence: "Microsoft will spend $80 billion on data centres"
  // is about Microsoft alone. A stake or a revenue cut names one party and implies the other.
  const impliesOther = topic === 'stake' || topic === 'revenue-share';
  if (!(seen.first && seen.second) && !impliesOther) return null;
  return bareClaim(cfb, partnership, sentence, span, topic, asOf, published ? 'unverified' : null, [
    'a figure beside a partnership term that no fact in the record settles',
  ]);
}

function bareClaim(
  cfb: CompiledFactBase,
  partnership: CompiledPartnership,
  sentence: string,
  span: Span,
  topic: Topic,
  asOf: IsoDate,
  asPublished: Status | null,
  why: string[],
): JudgedClaim {
  // What is known nearby: the newest confirmed fact of the topic that still holds.
  const nearby = [...cfb.facts.values()]
    .filter(
      (f) =>
        f.partnership === partnership.partnership.id && f.topic === topic && f.confidence === 'confirmed',
    )
    .map((f) => ({ f, period: factPeriod(f, cfb.events) }))
    .filter(({ period }) => period.from !== null && period.from <= asOf && (!period.to || period.to > asOf))
    .sort((a, b) => byString(b.period.from ?? '', a.period.from ?? ''))[0];
  const event = nearby?.f.since ? cfb.events.get(nearby.f.since) : undefined;
  const source = event?.sources[0];
  return {
    id: `c${span.start}-${span.end}`,
    text: sentence,
    start: span.start,
    end: span.end,
    status: 'unverified',
    asPublished,
    topic,
    factId: null,
    explanation: nearby
      ? `Unverified: no primary source gives this figure. The record says: ${nearby.f.summary}`
      : 'Unverified: no primary source gives this figure.',
    source: source ? { title: source.title, url: source.url } : null,
    factSummary: nearby?.f.summary ?? null,
    validFrom: nearby?.period.from ?? null,
    validTo: null,
    amendment: event
      ? { eventId: event.id, date: event.date, summary: event.summary, source: source ?? null }
      : null,
    score: 0.5,
    why,
    partnership: partnership.partnership.id,
  };
}

/** Code-unit order: right for ISO dates, and free of the ICU collator's start-up cost in the page. */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
