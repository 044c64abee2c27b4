// The Microsoft–OpenAI record (../shared/reference/timeline.md) as propositions with the periods in which
// each held, and the rule that turns a proposition, the time a sentence points at and the page's date into the
// status a correct checker gives as of `asOf` (../shared/reference/verdicts.md). Labels of the paraphrase suite
// come from here, never from what the engine says.
import type { IsoDate, Status, Topic } from '../../core/types';

export type Confidence = 'confirmed' | 'reported' | 'wrong';

export interface Proposition {
  id: string;
  topic: Topic;
  confidence: Confidence;
  /** When it held: [from, to) with to = null for "still holds". Empty for reported or wrong ones. */
  held: Array<[IsoDate, IsoDate | null]>;
  /** Event ids of the timeline the periods come from. */
  events: string;
  /** Statuses also right where the record is not settled (e.g. a later figure that is only reported). */
  alsoAccept?: Status[];
  /**
   * A term (no figure) the timeline has only from the press: said plainly it is taken as stated, passed on as
   * hearsay ("reportedly", "people familiar…") it stays unverified (verdicts.md: the record itself only has
   * press reports).
   */
  pressOnly?: boolean;
}

const P = (
  id: string,
  topic: Topic,
  held: Array<[IsoDate, IsoDate | null]>,
  events: string,
  alsoAccept?: Status[],
): Proposition => ({ id, topic, confidence: 'confirmed', held, events, alsoAccept });
/** A term that held, known only from press reports (no primary source in the timeline). */
const PRESS = (
  id: string,
  topic: Topic,
  held: Array<[IsoDate, IsoDate | null]>,
  events: string,
): Proposition => ({
  ...P(id, topic, held, events),
  pressOnly: true,
});
const REPORTED = (id: string, topic: Topic, events: string, alsoAccept?: Status[]): Proposition => ({
  id,
  topic,
  confidence: 'reported',
  held: [],
  events,
  alsoAccept,
});
const WRONG = (id: string, topic: Topic, events: string): Proposition => ({
  id,
  topic,
  confidence: 'wrong',
  held: [],
  events,
});

export const PROPOSITIONS: Proposition[] = [
  P('primary-cloud', 'cloud', [['2016-11-15', null]], 'E0, E13'),
  P('exclusive-cloud', 'cloud', [['2019-07-22', '2025-01-21']], 'E1, E4, E8'),
  P('cloud-no-longer-exclusive', 'cloud', [['2025-01-21', null]], 'E8'),
  P('rofr', 'cloud', [['2025-01-21', '2025-10-28']], 'E8, E11'),
  P('rofr-ended', 'cloud', [['2025-10-28', null]], 'E11'),
  P('any-cloud', 'cloud', [['2026-04-27', null]], 'E13'),
  P('ships-first-on-azure', 'cloud', [['2026-04-27', null]], 'E13'),
  P('api-exclusive', 'api-exclusivity', [['2019-07-22', '2026-04-27']], 'E4, E8, E11, E12, E13'),
  P('license-exclusive', 'license', [['2020-09-22', '2026-04-27']], 'E2, E12, E13'),
  P('license-non-exclusive', 'license', [['2026-04-27', null]], 'E13'),
  P('model-rights-2032', 'license', [['2025-10-28', null]], 'E11, E13'),
  P('research-ip-2030', 'license', [['2025-10-28', null]], 'E11'),
  WRONG('model-rights-2030-post-agi', 'license', 'E11 (2030 is research IP only)'),
  P('invest-2019-1b', 'investment', [['2019-07-22', null]], 'E1'),
  WRONG('invest-2019-wrong-amount', 'investment', 'E1 ($1B in 2019)'),
  P('funding-13b', 'investment', [['2024-10-30', null]], 'E7a, E9, E14'),
  WRONG('funding-13-million', 'investment', 'E7a (billions, not millions)'),
  REPORTED('invest-2021-amount', 'investment', 'E3 (amount never disclosed)'),
  REPORTED('invest-2023-10b', 'investment', 'E4 ($10B reported only)'),
  // ~27% from the recapitalisation; a later ~25% is reported only, so "27%" as current is also read as outdated.
  P('stake-27', 'stake', [['2025-10-28', null]], 'E11, E14', ['outdated']),
  REPORTED('stake-25', 'stake', 'E14 (reported)', ['supported']),
  WRONG('stake-49', 'stake', 'E6, E11 (49% was never equity)'),
  WRONG('stake-one-fifth', 'stake', 'E11 (~27%)'),
  P('stake-value-135b', 'stake', [['2025-10-28', null]], 'E11'),
  WRONG('valuation-is-135b', 'stake', 'E11 ($135B is the value of the stake, not of the company)'),
  WRONG('invested-135b', 'investment', 'E7a, E11 (funding is $13B; $135B is the stake value)'),
  P('compute-250b', 'compute-commitment', [['2025-10-28', null]], 'E11'),
  WRONG('invested-250b', 'investment', 'E11 ($250B is a purchase commitment by the lab)'),
  P('no-equity', 'stake', [['2019-07-22', '2025-10-28']], 'E6, E11'),
  P('observer-seat', 'board', [['2023-11-29', '2024-07-10']], 'E5, E7'),
  PRESS('observer-seat-given-up', 'board', [['2024-07-10', null]], 'E7'),
  WRONG('voting-seat', 'board', 'E5 (non-voting observer only)'),
  P('agi-expert-panel', 'agi', [['2025-10-28', null]], 'E11, E12'),
  P('msft-may-pursue-agi', 'agi', [['2025-10-28', null]], 'E11'),
  P('revshare-capped-to-2030', 'revenue-share', [['2026-04-27', null]], 'E13'),
  P('revshare-both-ways', 'revenue-share', [['2025-01-21', '2026-04-27']], 'E8, E13'),
  P('msft-stopped-paying-revshare', 'revenue-share', [['2026-04-27', null]], 'E13'),
  REPORTED('revshare-20pct', 'revenue-share', 'no percentage in the record'),
  P('amended-april-2026', 'other', [['2026-04-27', null]], 'E13'),
  WRONG('amended-july-2026', 'other', 'E13 (the amendment is dated 2026-04-27)'),
  P('stargate-tech-partner', 'stargate', [['2025-01-21', null]], 'E8'),
  WRONG('stargate-equity-funder', 'stargate', 'E8 (technology partner, not an equity funder)'),
  P('stargate-500b', 'stargate', [['2025-01-21', null]], 'E8'),
  P('first-partnership-2016', 'cloud', [['2016-11-15', null]], 'E0'),
  P('has-equity', 'stake', [['2025-10-28', null]], 'E11'),
  WRONG('partnership-ends-2030', 'other', 'E11, E13 (model and product rights run through 2032)'),
  // A term the record does not know is a partnership claim it cannot settle.
  REPORTED('term-not-in-record', 'other', 'no such term in the record'),
  WRONG('exclusive-since-2016', 'cloud', 'E0, E1 (primary from 2016, exclusive from 2019)'),
];

export const propositionById = new Map(PROPOSITIONS.map((p) => [p.id, p]));

/** What a sentence asserts about time: the present of the page (or now), or a stated past date. */
export type Time = { kind: 'current' } | { kind: 'at'; date: IsoDate };

export function holdsAt(p: Proposition, date: IsoDate): boolean {
  return p.held.some(([from, to]) => from <= date && (to === null || date < to));
}

const heldBefore = (p: Proposition, date: IsoDate) => p.held.some(([from]) => from < date);

/**
 * The status as of `asOf` of a sentence asserting `p` for `time`, on a page published `published`; null when
 * the record gives no clean verdict (a present-tense statement of something that only became true later), so
 * such a sentence is not generated.
 */
export function statusOf(
  p: Proposition,
  time: Time,
  published: IsoDate | null,
  asOf: IsoDate,
  hedged = false,
): Status | null {
  if (p.confidence === 'wrong') return 'contradicted';
  if (p.confidence === 'reported') return 'unverified';
  if (p.pressOnly && hedged) return 'unverified';
  if (time.kind === 'at') return holdsAt(p, time.date) ? 'supported' : 'contradicted';
  const pointedAt = published ?? asOf;
  const then = holdsAt(p, pointedAt);
  if (then) return holdsAt(p, asOf) ? 'supported' : 'outdated';
  return heldBefore(p, pointedAt) ? 'outdated' : null;
}

/** The statuses a labels file accepts for such a sentence. */
export function acceptedFor(
  p: Proposition,
  time: Time,
  published: IsoDate | null,
  asOf: IsoDate,
  hedged = false,
): Status[] | null {
  const status = statusOf(p, time, published, asOf, hedged);
  if (status === null) return null;
  const also = time.kind === 'current' ? (p.alsoAccept ?? []) : [];
  return [status, ...also.filter((s) => s !== status)];
}
