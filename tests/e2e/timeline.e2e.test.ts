// The timeline of terms in the options page: every event of the researched record on the Microsoft–OpenAI
// timeline, periods per topic, today marked, the claim placed on it; usable by keyboard; axe in light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, ROOT, launchExtension } from './support/extension';
import { axeViolations } from './support/axe';

const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** The event ids of the researched record: the first cell of every row of its events table. */
function recordEventIds(): string[] {
  const md = readFileSync(join(ROOT, '../shared/reference/timeline.md'), 'utf8');
  return [...md.matchAll(/^\|\s*(E\d+[a-z]?)\s*\|/gm)].map((m) => m[1]);
}

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await launchExtension();
  options = await session.context.newPage();
  await options.setViewportSize({ width: 1200, height: 900 });
  const claim =
    'partnership=microsoft-openai&topic=cloud&fact=cloud-exclusive&status=outdated&published=2023-02-14';
  await options.goto(`chrome-extension://${session.extensionId}/options.html#timeline?${claim}`);
  await options.locator('.timeline .tl-event').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the timeline of terms', () => {
  it('shows every event of the record on the Microsoft–OpenAI timeline', async () => {
    const expected = recordEventIds();
    expect(expected).toContain('E0');
    expect(expected).toContain('E7a');
    const shown = await options
      .locator('.timeline[data-partnership="microsoft-openai"] .tl-event')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-event')));
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  it('draws a lane per topic with periods from event to event, today marked, and the claim placed', async () => {
    const lanes = await options
      .locator('.tl-lane')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')));
    expect(lanes).toEqual(
      expect.arrayContaining(['Cloud', 'Licence', 'Stake', 'Revenue share', 'AGI', 'Money in']),
    );
    const cloud = options.locator('.tl-lane[data-topic="cloud"] .tl-segment');
    expect(await cloud.count()).toBeGreaterThan(1);
    expect(await options.locator('.tl-today').textContent()).toBe('Today');
    // The claim: the period it rests on is outlined and its publication date is marked on its lane.
    expect(await options.locator('.tl-lane[data-topic="cloud"] .tl-segment[data-claim]').count()).toBe(1);
    expect(await options.locator('.tl-lane[data-topic="cloud"] .tl-published').textContent()).toContain(
      'Article published 2023-02-14',
    );
    expect(await options.getByTestId('timeline-claim').textContent()).toContain('Outdated claim about cloud');
  });

  it('tells an event and a period by keyboard focus: summary and primary source', async () => {
    await options.locator('.tl-event[data-event="E8"]').focus();
    const detail = options.locator('.tl-detail');
    await expect.poll(() => detail.textContent()).toContain('2025-01-21');
    expect(await detail.locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);
    await options.keyboard.press('Tab');
    await expect.poll(() => detail.textContent()).not.toContain('E8 ·');
    const segment = options.locator('.tl-lane[data-topic="cloud"] .tl-segment[data-claim]');
    await segment.focus();
    await expect.poll(() => detail.textContent()).toContain('what the claim you came from rests on');
    // Each mark has its words: an accessible name, not colour alone.
    expect(await segment.getAttribute('aria-label')).toMatch(/^Cloud, .+: /);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.locator('#timeline').screenshot({ path: join(SCREENSHOTS, 'timeline.png') });
  });

  it('has no serious or critical accessibility issues on the options page, timeline included, light and dark', async () => {
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });
});
