import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import type { PageReport } from '../../core/report/page-report';
import type { TabView } from '../../utils/messaging';
import { judged } from '../fixtures/cli/judged';

const TEXT = "Azure is OpenAI's exclusive cloud provider. Microsoft owns 49% of OpenAI.";
const REPORT: PageReport = {
  url: 'https://news.example/a',
  title: 'A',
  published: '2023-01-23',
  asOf: '2026-11-21',
  factBase: { version: '1.0.0', published: '2026-11-21' },
  claims: [
    {
      ...judged(TEXT, "Azure is OpenAI's exclusive cloud provider.", { status: 'outdated' }),
      annotationId: 'plens-1',
    },
    { ...judged(TEXT, 'Microsoft owns 49% of OpenAI.', { status: 'contradicted' }), annotationId: 'plens-2' },
  ],
};

const noop = () => {};

function popup(view: TabView | null, extra: Partial<PopupViewProps> = {}) {
  const html = renderToStaticMarkup(
    <PopupView
      view={view}
      factBase={{ version: '1.0.0', published: '2026-11-21' }}
      context={null}
      switches={{ everywhere: true, site: true, auto: false }}
      onSwitch={noop}
      onSelectClaim={noop}
      onExport={noop}
      onOpenOptions={noop}
      {...extra}
    />,
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('PopupView', () => {
  it('shows counts by status, the claims in reading order and the fact-base version', () => {
    const doc = popup(
      { kind: 'ready', host: 'news.example', report: REPORT },
      {
        context: {
          partnership: 'Microsoft–OpenAI partnership',
          amendment: {
            eventId: 'E13',
            date: '2026-04-27',
            summary: 'OpenAI may serve its products on any cloud.',
            source: { title: 'The next phase', url: 'https://openai.com/index/next-phase' },
          },
        },
      },
    );
    expect(doc.querySelector('.summary')?.textContent).toBe('2 partnership claims on this page');
    const counts = [...doc.querySelectorAll('.counts li')].map((li) => [
      li.getAttribute('data-status'),
      li.getAttribute('data-count'),
    ]);
    expect(counts).toEqual([
      ['supported', '0'],
      ['outdated', '1'],
      ['contradicted', '1'],
      ['unverified', '0'],
    ]);
    const claims = [...doc.querySelectorAll('button.claim')];
    expect(claims.map((b) => b.getAttribute('data-annotation'))).toEqual(['plens-1', 'plens-2']);
    expect(claims[0].textContent).toContain('Outdated');
    expect(doc.querySelector('.amendment')?.textContent).toContain('2026-04-27');
    expect(doc.querySelector('.amendment a')?.getAttribute('href')).toBe(
      'https://openai.com/index/next-phase',
    );
    expect(doc.querySelector('.stamp')?.textContent).toBe('Fact base 1.0.0 of 2026-11-21');
    expect([...doc.querySelectorAll('.export button')].map((b) => b.textContent)).toEqual([
      'W3C annotations (JSON-LD)',
      'CSV',
    ]);
  });

  it('says when no claims were found, when annotations are off and when the page is out of reach', () => {
    const summary = (view: TabView | null) => popup(view).querySelector('.summary')?.textContent;
    expect(summary({ kind: 'ready', host: 'a.example', report: { ...REPORT, claims: [] } })).toBe(
      'No partnership claims found on this page.',
    );
    expect(summary({ kind: 'off', host: 'a.example', scope: 'site' })).toBe(
      'Annotations are off on a.example.',
    );
    expect(summary({ kind: 'off', host: 'a.example', scope: 'everywhere' })).toBe(
      'Annotations are off everywhere.',
    );
    expect(summary({ kind: 'unavailable', host: null })).toMatch(/^Not available on this page\./);
    expect(summary(null)).toBe('Checking this page…');
  });

  it('labels every switch, the site one by the site, and offers no site switch without a site', () => {
    const doc = popup({ kind: 'scanning', host: 'news.example' });
    const labels = [...doc.querySelectorAll('.switch label')].map((l) => l.textContent);
    expect(labels).toEqual([
      'Annotations on all sites',
      'Annotations on news.example',
      'Check pages as they load',
    ]);
    for (const input of doc.querySelectorAll('.switch input')) {
      expect(input.getAttribute('role')).toBe('switch');
      expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)).not.toBeNull();
    }
    const none = popup({ kind: 'unavailable', host: null });
    expect(none.querySelectorAll('.switch')).toHaveLength(2);
  });
});

describe('OptionsView', () => {
  it('lists the sites where annotations are off, the styles and the fact base', () => {
    const html = renderToStaticMarkup(
      <OptionsView
        everywhere
        auto={false}
        style="tint"
        disabledSites={['a.example', 'b.example']}
        factBase={{
          version: '1.0.0',
          published: '2026-11-21',
          description: 'Microsoft–OpenAI',
          events: 14,
          facts: 30,
          partnerships: [
            { name: 'Microsoft–OpenAI partnership', parties: ['Microsoft', 'OpenAI'], latest: null },
          ],
        }}
        onSwitch={noop}
        onStyle={noop}
        onAddSite={() => null}
        onRemoveSite={noop}
      />,
    );
    const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    expect([...doc.querySelectorAll('.sites li span')].map((s) => s.textContent)).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(doc.querySelector('button[aria-label="Remove a.example"]')).not.toBeNull();
    expect(doc.querySelector('input[type="radio"][value="tint"]')?.hasAttribute('checked')).toBe(true);
    expect(doc.querySelectorAll('.sample mark[data-plens-style="tint"]')).toHaveLength(4);
    expect(doc.querySelector('.about')?.textContent).toContain('14 dated events and 30 facts');
  });
});
