import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Json, REPO, run, tempDir } from './cli-fixture';

const facts: Json[] = JSON.parse(await readFile(join(REPO, 'facts/facts.json'), 'utf8'));
const events: Json[] = JSON.parse(await readFile(join(REPO, 'facts/events.json'), 'utf8'));
const manifest: Json = JSON.parse(await readFile(join(REPO, 'facts/manifest.json'), 'utf8'));
const partnerships: Json[] = JSON.parse(await readFile(join(REPO, 'facts/partnerships.json'), 'utf8'));
const partnershipOf = (factId: string): Json =>
  partnerships.find((p) => p.id === facts.find((f) => f.id === factId)?.partnership);

describe('facts export-claimreview', () => {
  it('writes one schema.org ClaimReview per wrong or outdated fact', async () => {
    const r = await run(['export-claimreview']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context']).toBe('https://schema.org');
    const wrong = facts.filter((f) => f.confidence === 'wrong').map((f) => f.id);
    const outdated = facts.filter((f) => f.confidence !== 'wrong' && f.until).map((f) => f.id);
    expect(wrong.length).toBeGreaterThan(0);
    expect(outdated.length).toBeGreaterThan(0);
    const reviews: Json[] = doc['@graph'];
    // Facts whose record names no primary source are not published as reviews (see claimreview.ts).
    const sourced = (id: string | undefined): boolean => {
      const f = facts.find((x) => x.id === id);
      const event = events.find((e) => e.id === f?.since);
      return Boolean(f?.sources?.length || event?.sources?.length);
    };
    const hasPrimary = (f: Json): boolean =>
      f.confidence === 'wrong'
        ? Boolean(f.sources?.length) || sourced(f.correctedBy)
        : Boolean(events.find((e) => e.id === f.until)?.sources?.length) ||
          f.supersededBy.some(sourced) ||
          sourced(f.id);
    const published = facts.filter((f) => [...wrong, ...outdated].includes(f.id) && hasPrimary(f));
    expect(published.length).toBeGreaterThan(wrong.length / 2);
    expect(reviews.map((x) => x.identifier).sort()).toEqual(published.map((f) => f.id).sort());
    for (const review of reviews) {
      const isWrong = wrong.includes(review.identifier);
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        datePublished: manifest.published,
        author: { '@type': 'Organization', name: 'Partnership Lens' },
        reviewRating: {
          '@type': 'Rating',
          alternateName: isWrong ? 'False' : 'Outdated',
          ratingValue: isWrong ? 1 : 2,
          worstRating: 1,
          bestRating: 5,
        },
        itemReviewed: {
          '@type': 'Claim',
          about: {
            '@type': 'Thing',
            identifier: partnershipOf(review.identifier).id,
            name: partnershipOf(review.identifier).name,
          },
        },
      });
      expect(review.claimReviewed).toMatch(/^Claims about the .+ partnership on [a-z-]+: .+/);
      expect(review.reviewBody.length).toBeGreaterThan(20);
      expect(review.url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
    }
    const cloud = reviews.find((x) => x.identifier === 'cloud-exclusive');
    const e1 = events.find((e) => e.id === 'E1');
    expect(cloud.itemReviewed.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      headline: e1.sources[0].title,
      url: e1.sources[0].url,
      datePublished: '2019-07-22',
    });
    const until = events.find((e) => e.id === facts.find((f) => f.id === 'cloud-exclusive').until);
    expect(cloud.reviewBody).toContain(`This ended on ${until.date}: ${until.summary}`);
    const stake49 = reviews.find((x) => x.identifier === 'stake-49-wrong');
    expect(stake49.claimReviewed).toContain('49%');
  });

  it('--out writes the file and says how many reviews it holds', async () => {
    const dir = await tempDir();
    expect(await run(['export-claimreview', '--out', 'reviews.jsonld'], dir)).toMatchObject({
      status: 2,
      errors: ['facts export-claimreview: facts: no such file or directory'],
    });
    const ok = await run(
      ['export-claimreview', '--dir', join(REPO, 'facts'), '--out', 'reviews.jsonld'],
      dir,
    );
    expect(ok.status).toBe(0);
    const doc = JSON.parse(await readFile(join(dir, 'reviews.jsonld'), 'utf8'));
    expect(ok.errors).toEqual([`reviews.jsonld: ${doc['@graph'].length} ClaimReviews`]);
  });
});
