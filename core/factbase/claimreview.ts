// schema.org ClaimReview (JSON-LD) for the claims the fact base rates: `wrong` facts (rated False) and
// facts that have ended (rated Outdated). Fact-check aggregators read this format; `facts export-claimreview`
// writes it. Rating scale: 1 = False, 2 = Outdated, out of worstRating 1 … bestRating 5 (5 would be True).
import type { Fact, FactBase, FactEvent, Source } from './schema';

export const CLAIMREVIEW_AUTHOR = 'Partnership Lens';

const RATINGS = {
  wrong: { ratingValue: 1, alternateName: 'False' },
  outdated: { ratingValue: 2, alternateName: 'Outdated' },
} as const;

interface CreativeWork {
  '@type': 'CreativeWork';
  headline: string;
  url: string;
  datePublished?: string;
}

export interface ClaimReview {
  '@type': 'ClaimReview';
  identifier: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string };
  claimReviewed: string;
  reviewBody: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    worstRating: 1;
    bestRating: 5;
    alternateName: 'False' | 'Outdated';
  };
  itemReviewed: {
    '@type': 'Claim';
    /** The partnership the claim is about: its fact-base id and name. */
    about: { '@type': 'Thing'; identifier: string; name: string };
    appearance?: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
  url?: string;
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReview[];
}

/** Which facts get a review: wrong ones, and ones that ended (have an `until` event or successors). */
export function reviewedFacts(fb: FactBase): Array<{ fact: Fact; kind: 'wrong' | 'outdated' }> {
  return fb.facts.flatMap((fact): Array<{ fact: Fact; kind: 'wrong' | 'outdated' }> => {
    if (fact.confidence === 'wrong') return [{ fact, kind: 'wrong' }];
    if (fact.until || fact.supersededBy.length) return [{ fact, kind: 'outdated' }];
    return [];
  });
}

export function toClaimReviews(fb: FactBase): ClaimReviewDocument {
  const events = new Map(fb.events.map((e) => [e.id, e]));
  const facts = new Map(fb.facts.map((f) => [f.id, f]));
  const partnerships = new Map(fb.partnerships.map((p) => [p.id, p]));
  const sourcesOf = (f: Fact | undefined): Source[] =>
    f ? (f.sources ?? (f.since ? (events.get(f.since)?.sources ?? []) : [])) : [];

  const graph = reviewedFacts(fb).flatMap(({ fact, kind }): ClaimReview[] => {
    const about = partnerships.get(fact.partnership)?.name ?? fact.partnership;
    const claimReviewed = `Claims about the ${about} on ${fact.topic}: ${fact.summary}`;
    let reviewBody: string;
    let primary: Source[];
    let appearance: CreativeWork[] = [];
    if (kind === 'wrong') {
      const correction = fact.correctedBy ? facts.get(fact.correctedBy) : undefined;
      reviewBody = [fact.summary, correction?.summary].filter(Boolean).join(' ');
      primary = [...sourcesOf(correction), ...(fact.sources ?? [])];
      appearance = (fact.sources ?? []).map((s) => work(s));
    } else {
      const since = fact.since ? events.get(fact.since) : undefined;
      const until = fact.until ? events.get(fact.until) : undefined;
      const successors = fact.supersededBy.map((id) => facts.get(id)).filter((f) => f !== undefined);
      reviewBody = [
        fact.summary,
        until ? `This ended on ${until.date}: ${until.summary}` : 'This no longer holds.',
        ...successors.map((f) => f.summary),
      ].join(' ');
      primary = [...(until?.sources ?? []), ...successors.flatMap(sourcesOf), ...sourcesOf(fact)];
      appearance = (since?.sources ?? []).map((s) => work(s, since));
    }
    const review: ClaimReview = {
      '@type': 'ClaimReview',
      identifier: fact.id,
      datePublished: fb.manifest.published,
      author: { '@type': 'Organization', name: CLAIMREVIEW_AUTHOR },
      claimReviewed,
      reviewBody,
      reviewRating: { '@type': 'Rating', ...RATINGS[kind], worstRating: 1, bestRating: 5 },
      itemReviewed: {
        '@type': 'Claim',
        about: { '@type': 'Thing', identifier: fact.partnership, name: about },
        ...(appearance.length ? { appearance, firstAppearance: appearance[0] } : {}),
      },
    };
    // A review points readers to the primary source that settles it; a fact whose record names none (a filing
    // seen only through the press, a press-only correction) is checked in the extension but not published.
    if (!primary.length) return [];
    review.url = primary[0].url;
    return [review];
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

function work(s: Source, event?: FactEvent): CreativeWork {
  return {
    '@type': 'CreativeWork',
    headline: s.title,
    url: s.url,
    ...(event?.datePrecision === 'day' ? { datePublished: event.date } : {}),
  };
}
