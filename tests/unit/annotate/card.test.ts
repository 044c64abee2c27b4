import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asPublishedLine, describeClaim, periodOf } from '../../../core/annotate/card-model';
import { renderCard } from '../../../core/annotate/card-view';
import { judged } from '../../fixtures/cli/judged';

const TEXT = "Azure is OpenAI's exclusive cloud provider.";
const STAMP = { version: '1.0.0', published: '2026-11-21' };

const outdated = judged(TEXT, TEXT, {
  status: 'outdated',
  asPublished: 'supported',
  explanation: 'Azure stopped being exclusive in 2025.',
  factSummary: 'Azure is the exclusive cloud provider for all OpenAI workloads.',
  validFrom: '2019-07-22',
  validTo: '2025-01-21',
  amendment: {
    eventId: 'E8',
    date: '2025-01-21',
    summary: 'Exclusivity replaced by a right of first refusal.',
    source: { title: 'Microsoft and OpenAI evolve partnership', url: 'https://blogs.microsoft.com/x' },
  },
  source: { title: 'Microsoft and OpenAI evolve partnership', url: 'https://blogs.microsoft.com/x' },
});

describe('card model', () => {
  it('says the status in words with its date, when the fact held, what changed and as published', () => {
    const model = describeClaim(outdated, { published: '2023-01-23' }, STAMP);
    expect(model.headline).toBe('Outdated since 2025-01-21');
    expect(model.symbol).toBe('⟳');
    expect(model.period).toBe('2019-07-22 → 2025-01-21');
    expect(model.amendment?.date).toBe('2025-01-21');
    expect(model.asPublished).toBe('Accurate when published (2023-01-23)');
    expect(model.factBase).toBe('Fact base 1.0.0 of 2026-11-21');
  });

  it('does not repeat the headline at the start of the explanation', () => {
    const claim = {
      ...outdated,
      explanation: 'Outdated since 2025-01-21: exclusivity became a right of first refusal.',
    };
    expect(describeClaim(claim, { published: null }, STAMP).explanation).toBe(
      'exclusivity became a right of first refusal.',
    );
    const other = {
      ...outdated,
      status: 'supported' as const,
      explanation: 'Agrees with the record: $1 billion.',
    };
    expect(describeClaim(other, { published: null }, STAMP).explanation).toBe(
      'Agrees with the record: $1 billion.',
    );
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
  it('renders every part as text, with the source as a safe link', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const card = renderCard(doc, describeClaim(outdated, { published: '2023-01-23' }, STAMP));
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('data-status')).toBe('outdated');
    const text = card.textContent ?? '';
    for (const part of [
      'Outdated since 2025-01-21',
      'Azure stopped being exclusive in 2025.',
      'Azure is the exclusive cloud provider for all OpenAI workloads.',
      '2019-07-22 → 2025-01-21',
      '2025-01-21: Exclusivity replaced by a right of first refusal.',
      'Accurate when published (2023-01-23)',
      'Fact base 1.0.0 of 2026-11-21',
    ]) {
      expect(text).toContain(part);
    }
    const link = card.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://blogs.microsoft.com/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('never turns a non-web address into a link', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const claim = { ...outdated, source: { title: 'A filing', url: 'javascript:alert(1)' }, amendment: null };
    const card = renderCard(
      document as unknown as Document,
      describeClaim(claim, { published: null }, STAMP),
    );
    expect(card.querySelector('a')).toBeNull();
    expect(card.textContent).toContain('A filing');
  });
});
