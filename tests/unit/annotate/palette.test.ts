// Every colour a reader sees on a page or a card, against the background it is drawn on: text ≥ 4.5:1,
// lines and symbols ≥ 3:1 (WCAG 2.2, 1.4.3 and 1.4.11), for light pages and dark pages.
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../../core/annotate/contrast';
import { themeFor } from '../../../core/annotate/page-theme';
import { CARD_PALETTE, HIGHLIGHT_CSS, MARK_PALETTE } from '../../../core/annotate/styles';
import { STATUSES } from '../../../core/types';

/** Page backgrounds of each kind: plain white, an off-white, a dark theme, a lighter dark theme. */
const PAGES = { light: ['#ffffff', '#f6f8fa', '#eeeeee'], dark: ['#121212', '#1f2227', '#333333'] } as const;

describe('highlight colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const bg of PAGES[theme]) {
      it(`reach 3:1 for every mark on ${bg} (${theme} palette)`, () => {
        expect(themeFor(parseColor(bg)!)).toBe(theme);
        for (const status of STATUSES) {
          expect(contrastRatio(MARK_PALETTE[theme][status], bg), status).toBeGreaterThanOrEqual(3);
        }
        expect(contrastRatio(MARK_PALETTE[theme].quiet, bg)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('are chosen by the page, not by the system theme', () => {
    expect(HIGHLIGHT_CSS).not.toContain('prefers-color-scheme');
    expect(HIGHLIGHT_CSS).toContain('[data-plens-theme="dark"]');
  });

  it('keep the status symbol with the words it marks (a word joiner follows it)', () => {
    expect(HIGHLIGHT_CSS.match(/content: "[^"]*\\2060"/g)?.length).toBeGreaterThanOrEqual(4);
  });
});

describe('card colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`reach 4.5:1 for all text on the ${theme} card`, () => {
      const p = CARD_PALETTE[theme];
      for (const key of ['text', 'muted', 'link', ...STATUSES] as const) {
        expect(contrastRatio(p[key], p.bg), key).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(p.border, p.bg)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('contrast', () => {
  it('matches the WCAG figures for black and white, and reads browser colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('not a colour')).toBeNull();
  });
});
