import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../core/annotate/card-place';
import {
  type CardFacts,
  asPublishedLine,
  describeClaims,
  periodOf,
  withoutRestatement,
} from '../../../core/annotate/card-model';
import { renderCard } from '../../../core/annotate/card-view';
import { judged } from '../../fixtures/cli/judged';

const TEXT = "Azure is OpenAI's exclusive cloud provider.";
const STAMP = { version: '1.0.0', published: '2026-11-21' };

/** A small fact base of our own: two events of one partnership, a fact that began and ended with them. */
const FACTS = {
  partnerships: [{ id: 'microsoft-openai', name: 'Microsoft–OpenAI partnership' }],
  events: [
    {
      id: 'E1',
      partnership: 'microsoft-openai',
      date: '2019-07-22',
      datePrecision: 'day',
      summary: 'Exclusive cloud deal.',
      confidence: 'confirmed',
      sources: [{ title: 'Start', url: 'https://example.org/start' }],
    },
    {
      id: 'E3',
      partnership: 'microsoft-openai',
      date: '2021-01-01',
      datePrecision: 'year',
      summary: 'A second investment.',
      confidence: 'confirmed',
      sources: [],
    },
    {
      id: 'E8',
      partnership: 'microsoft-openai',
      date: '2025-01-21',
      datePrecision: 'day',
      summary: 'Exclusivity replaced by a right of first refusal.',
      confidence: 'confirmed',
      sources: [{ title: 'Evolve', url: 'https://example.org/evolve' }],
    },
    {
      id: 'E13',
      partnership: 'microsoft-openai',
      date: '2026-04-27',
      datePrecision: 'day',
      summary: 'Any cloud.',
      confidence: 'confirmed',
      sources: [{ title: 'Next phase', url: 'https://example.org/next' }],
    },
  ],
  facts: [
    {
      id: 'cloud-exclusive',
      partnership: 'microsoft-openai',
      topic: 'cloud',
      summary: 'Azure is the exclusive cloud provider for all OpenAI workloads.',
      confidence: 'confirmed',
      since: 'E1',
      until: 'E8',
    },
    {
      id: 'inv-2021',
      partnership: 'microsoft-openai',
      topic: 'investment',
      summary: 'A second investment in 2021.',
      confidence: 'confirmed',
      since: 'E3',
      until: null,
    },
  ],
} as unknown as CardFacts;

const outdated = judged(TEXT, TEXT, {
  status: 'outdated',
  asPublished: 'supported',
  factId: 'cloud-exclusive',
  explanation: 'Outdated since 2025-01-21. Now: OpenAI may serve its products on any cloud.',
  factSummary: 'Azure is the exclusive cloud provider for all OpenAI workloads.',
  validFrom: '2019-07-22',
  validTo: '2025-01-21',
  // The engine names the latest change of the topic; the card describes the event that ended the fact.
  amendment: {
    eventId: 'E13',
    date: '2026-04-27',
    summary: 'Any cloud.',
    source: { title: 'Next phase', url: 'https://example.org/next' },
  },
  source: { title: 'Next phase', url: 'https://example.org/next' },
});

describe('card model', () => {
  it('puts the verdict first and dates "outdated since" by the event it then describes', () => {
    const [v] = describeClaims([outdated], { published: '2023-01-23' }, FACTS, STAMP).verdicts;
    expect(v.headline).toBe('Outdated since 2025-01-21');
    expect(v.symbol).toBe('⟳');
    expect(v.partnership).toBe('Microsoft–OpenAI partnership');
    expect(v.now).toBe('Now: OpenAI may serve its products on any cloud.');
    expect(v.asPublished).toBe('Accurate when published (2023-01-23)');
    expect(v.source?.url).toBe('https://example.org/next');
    expect(v.details).toEqual([
      { term: 'The record says', text: 'Azure is the exclusive cloud provider for all OpenAI workloads.' },
      { term: 'Held', text: 'from 2019-07-22 until 2025-01-21' },
      {
        term: 'What changed on 2025-01-21',
        text: 'Exclusivity replaced by a right of first refusal.',
        source: { title: 'Evolve', url: 'https://example.org/evolve' },
      },
    ]);
    expect(v.timeline).toEqual({
      partnership: 'microsoft-openai',
      topic: 'cloud',
      factId: 'cloud-exclusive',
      status: 'outdated',
      published: '2023-01-23',
    });
  });

  it('dates the end of a term that closed on a later day of its event (an inquiry) by that day', () => {
    const facts = {
      ...FACTS,
      facts: [
        ...FACTS.facts,
        {
          ...FACTS.facts[0],
          id: 'review',
          since: 'E1',
          until: 'E1',
          endedOn: '2019-11-19',
          supersededBy: [],
        },
      ],
    } as unknown as CardFacts;
    const claim = { ...outdated, factId: 'review', validTo: '2019-11-19' };
    const [v] = describeClaims([claim], { published: null }, facts, STAMP).verdicts;
    expect(v.headline).toBe('Outdated since 2019-11-19');
    expect(v.details).toContainEqual({ term: 'Held', text: 'from 2019-07-22 until 2019-11-19' });
  });

  it('never says the same sentence twice', () => {
    const supported = {
      ...outdated,
      status: 'supported' as const,
      explanation: 'Agrees with the record: Azure is the exclusive cloud provider for all OpenAI workloads.',
    };
    const [v] = describeClaims([supported], { published: null }, FACTS, STAMP).verdicts;
    expect(v.headline).toBe('Supported');
    expect(v.now).toBe('Azure is the exclusive cloud provider for all OpenAI workloads.');
    expect(v.details.map((d) => d.term)).not.toContain('The record says');
    expect(withoutRestatement('Contradicted by the record: no stake.')).toBe('No stake.');
  });

  it('writes dates as precisely as the record has them', () => {
    const claim = judged(TEXT, TEXT, { factId: 'inv-2021', validFrom: '2021-01-01', amendment: null });
    const [v] = describeClaims([claim], { published: null }, FACTS, STAMP).verdicts;
    expect(v.details).toContainEqual({ term: 'Held', text: 'since 2021' });
  });

  it('lists every claim of one highlight, the most serious first', () => {
    const second = judged(TEXT, TEXT, { status: 'contradicted', explanation: 'Contradicted: no.' });
    const model = describeClaims([outdated, second], { published: null }, FACTS, STAMP);
    expect(model.verdicts.map((v) => v.status)).toEqual(['contradicted', 'outdated']);
    expect(model.factBase).toBe('Fact base 1.0.0 of 2026-11-21');
  });

  it('phrases each as-published status, and says nothing without one', () => {
    expect(asPublishedLine('outdated', '2026-05-02')).toBe('Already outdated when published (2026-05-02)');
    expect(asPublishedLine('contradicted', null)).toBe('Already contradicted by the record when published');
    expect(asPublishedLine('unverified', '2024-01-01')).toBe(
      'Could not be verified when published (2024-01-01)',
    );
    expect(asPublishedLine(null, '2024-01-01')).toBeNull();
  });

  it('writes open-ended periods', () => {
    expect(periodOf('2025-10-28', null)).toBe('since 2025-10-28');
    expect(periodOf(null, '2024-07-10')).toBe('until 2024-07-10');
    expect(periodOf(null, null)).toBeNull();
  });
});

describe('card view', () => {
  const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

  it('renders verdict, now, as published, source, the timeline button, then details, as text', () => {
    const card = renderCard(doc(), describeClaims([outdated], { published: '2023-01-23' }, FACTS, STAMP), {
      theme: 'dark',
    });
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('data-theme')).toBe('dark');
    const order = [...card.querySelectorAll('.verdict > *')].map(
      (e) => e.className || e.tagName.toLowerCase(),
    );
    expect(order).toEqual(['status', 'partnership', 'now', 'published', 'source', 'p', 'details']);
    const text = card.textContent ?? '';
    expect(text.split('Azure is the exclusive cloud provider for all OpenAI workloads.')).toHaveLength(2);
    expect(text).toContain('What changed on 2025-01-21');
    expect(text).toContain('Fact base 1.0.0 of 2026-11-21');
    const link = card.querySelector('.source a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/next');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(card.querySelector('button.timeline')?.textContent).toBe('How this term changed');
  });

  it('never turns a non-web address into a link', () => {
    const claim = { ...outdated, source: { title: 'A filing', url: 'javascript:alert(1)' }, amendment: null };
    const card = renderCard(doc(), describeClaims([claim], { published: null }, FACTS, STAMP));
    expect(card.querySelector('.source a')).toBeNull();
    expect(card.querySelector('.source')?.textContent).toContain('A filing');
  });
});

describe('card placement', () => {
  const view = { width: 1100, height: 700 };
  const card = { width: 380, height: 420 };

  it('goes below a highlight near the top and above one near the bottom, inside the viewport', () => {
    const top = placeCard({ top: 40, bottom: 60, left: 100 }, card, view);
    expect(top.side).toBe('below');
    expect(top.top + card.height).toBeLessThanOrEqual(view.height - 8);
    const bottom = placeCard({ top: 640, bottom: 660, left: 100 }, card, view);
    expect(bottom.side).toBe('above');
    expect(bottom.top).toBeGreaterThanOrEqual(8);
    expect(bottom.top + card.height).toBeLessThanOrEqual(640);
  });

  it('caps its height to the larger side when it fits neither, and scrolls inside', () => {
    const mid = placeCard({ top: 330, bottom: 350, left: 900 }, { width: 380, height: 600 }, view);
    expect(mid.maxHeight).toBeLessThan(600);
    expect(mid.top).toBeGreaterThanOrEqual(8);
    expect(mid.top + mid.maxHeight).toBeLessThanOrEqual(view.height - 8);
    expect(mid.left + 380).toBeLessThanOrEqual(view.width - 8);
  });
});
