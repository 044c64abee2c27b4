// A sum told as the next of a series, its verb left out: "invested $1 billion in 2019, followed by $10 billion in
// 2023", "… and another $2 billion in 2021", "…, then a further $5 billion". It is a statement of its own (its
// figures and dates are not the first sum's), and the verb of money before it carries over to it.
import type { Span } from '../types';
import { placesOf } from './all-matches';

/** A number word a sum may be told in ("another ten billion"). */
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|a hundred';

/**
 * The words that open the next sum of a series, up to the sum: after a comma, "and" or "plus" ("followed by",
 * "then", "another", "a further", "an additional"), when a sum follows at once (a hedge may stand before it).
 */
const CONTINUATION = new RegExp(
  String.raw`(?<=,\s*|\s(?:and|plus)\s)(?:then\s+)?(?:followed(?:\s+(?:later|soon|quickly|in turn|two years later|a year later))?\s+by\s+(?:(?:another|a further|an additional|a second|a third)\s+)?|(?:another|a further|an additional)\s+|then\s+)(?=(?:(?:about|around|roughly|nearly|some|more than|over|up to)\s+)?(?:(?:US)?\$|USD\s?\d|(?:\d[\d.,]*|${NUMBER_WORD})\s*(?:billion|million|bn)\b))`,
  'gi',
);

/** Where each next sum of a series opens: the words before its sum ("followed by ", "and another "). */
export function continuationSpans(folded: string): Span[] {
  if (!/followed|another|further|additional|then/i.test(folded)) return [];
  return placesOf(CONTINUATION, folded);
}
