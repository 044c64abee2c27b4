import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  FactBaseUpdates,
  type FactBaseUpdatesProps,
  checkResultText,
} from '../../components/FactBaseUpdates';
import { OptionsView } from '../../components/OptionsView';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import type { UpdateStatus } from '../../core/factbase/update-store';
import type { PageReport } from '../../core/report/page-report';
import type { TabView, UpdateState } from '../../utils/messaging';
import { judged } from '../fixtures/cli/judged';

const TEXT =
  "Azure is OpenAI's exclusive cloud provider. Microsoft owns 49% of OpenAI. Microsoft invested $1 billion in OpenAI in 2019. " +
  'Quillfeather pays Brambleworks for every kettle sold.';
/** A made-up partnership between made-up companies: only here to show claims are grouped by partnership. */
const FICTIONAL = { id: 'quillfeather-brambleworks', name: 'Quillfeather–Brambleworks deal (fictional)' };
const PARTNERSHIPS = [{ id: 'microsoft-openai', name: 'Microsoft–OpenAI partnership' }, FICTIONAL];
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
    {
      ...judged(TEXT, 'Microsoft invested $1 billion in OpenAI in 2019.', { status: 'supported' }),
      annotationId: 'plens-3',
    },
    {
      ...judged(TEXT, 'Quillfeather pays Brambleworks for every kettle sold.', {
        status: 'unverified',
        partnership: FICTIONAL.id,
        topic: 'revenue-share',
      }),
      annotationId: 'plens-4',
    },
  ],
};

const noop = () => {};

function popup(view: TabView | null, extra: Partial<PopupViewProps> = {}) {
  const html = renderToStaticMarkup(
    <PopupView
      view={view}
      factBase={{ version: '1.0.0', published: '2026-11-21' }}
      partnerships={PARTNERSHIPS}
      amendments={{}}
      switches={{ everywhere: true, site: true, auto: false }}
      onSwitch={noop}
      onSelectClaim={noop}
      onTimeline={noop}
      onExport={noop}
      onOpenOptions={noop}
      {...extra}
    />,
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('PopupView', () => {
  it('opens on what needs attention: counts that filter, claims by partnership, then the supported ones', () => {
    const doc = popup(
      { kind: 'ready', host: 'news.example', report: REPORT },
      {
        amendments: {
          'microsoft-openai': {
            eventId: 'E13',
            date: '2026-04-27',
            summary: 'OpenAI may serve its products on any cloud.',
            source: { title: 'The next phase', url: 'https://openai.com/index/next-phase' },
          },
        },
      },
    );
    expect(doc.querySelector('.summary')?.textContent).toBe('4 partnership claims on this page');
    expect(doc.querySelector('.attention')?.textContent).toBe(
      '3 need attention: outdated, contradicted or unverified.',
    );
    const counts = [...doc.querySelectorAll('.counts li')].map((li) => [
      li.getAttribute('data-status'),
      li.getAttribute('data-count'),
    ]);
    expect(counts).toEqual([
      ['contradicted', '1'],
      ['outdated', '1'],
      ['unverified', '1'],
      ['supported', '1'],
    ]);
    expect([...doc.querySelectorAll('.count-filter')].map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'false',
      'false',
    ]);
    const groups = [...doc.querySelectorAll('.group')];
    expect(groups.map((g) => g.querySelector('.group-name')?.textContent)).toEqual([
      'Microsoft–OpenAI partnership',
      FICTIONAL.name,
    ]);
    expect(groups.map((g) => g.querySelector('.group-counts')?.textContent)).toEqual([
      '3 claims, 2 need attention',
      '1 claim, 1 needs attention',
    ]);
    const lists = [...groups[0].querySelectorAll('ol.claims')].map((ol) => [
      ol.getAttribute('aria-label'),
      [...ol.querySelectorAll('button.claim')].map((b) => b.getAttribute('data-annotation')),
    ]);
    expect(lists).toEqual([
      ['Microsoft–OpenAI partnership: needs attention', ['plens-1', 'plens-2']],
      ['Microsoft–OpenAI partnership: supported', ['plens-3']],
    ]);
    expect(groups[0].querySelector('button.claim')?.textContent).toContain('Outdated');
    expect(groups[0].querySelectorAll('button.claim-timeline')).toHaveLength(3);
    // The latest change is per partnership: the fictional one has none in this fact base.
    expect(groups[0].querySelector('.amendment')?.textContent).toContain('2026-04-27');
    expect(groups[0].querySelector('.amendment a')?.getAttribute('href')).toBe(
      'https://openai.com/index/next-phase',
    );
    expect(groups[1].querySelector('.amendment')).toBeNull();
    expect(doc.querySelector('.stamp')?.textContent).toBe('Fact base 1.0.0 of 2026-11-21');
    expect([...doc.querySelectorAll('.export button')].map((b) => b.textContent)).toEqual([
      'W3C annotations (JSON-LD)',
      'CSV',
    ]);
  });

  it('offers no export when nothing was found', () => {
    const doc = popup({ kind: 'ready', host: 'a.example', report: { ...REPORT, claims: [] } });
    expect(doc.querySelector('.export')).toBeNull();
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

  it('offers "Check for updates" only in builds with an update address, and says what the check found', () => {
    const buttons = (doc: Document) => [...doc.querySelectorAll('footer button')].map((b) => b.textContent);
    expect(buttons(popup(null))).toEqual(['Options']);
    expect(popup(null).querySelector('.update-notice')).toBeNull();
    const doc = popup(null, {
      updates: { checking: false, notice: 'Updated to fact base 1.1.0.', onCheck: noop },
      factBase: { version: '1.1.0', published: '2026-12-01' },
    });
    expect(buttons(doc)).toEqual(['Check for updates', 'Options']);
    expect(doc.querySelector('.update-notice')?.textContent).toBe('Updated to fact base 1.1.0.');
    expect(doc.querySelector('.stamp')?.textContent).toBe('Fact base 1.1.0 of 2026-12-01');
    const busy = popup(null, { updates: { checking: true, notice: null, onCheck: noop } });
    expect(busy.querySelector('footer button')?.textContent).toBe('Checking…');
    expect(busy.querySelector('footer button')?.hasAttribute('disabled')).toBe(true);
  });

  it('shows no fact-base stamp until the fact base in use is known', () => {
    expect(popup(null, { factBase: null }).querySelector('.stamp')).toBeNull();
  });
});

describe('OptionsView', () => {
  it('lists the sites where annotations are off, the styles and the fact base', () => {
    const html = renderToStaticMarkup(
      <OptionsView
        everywhere
        auto={false}
        style="tint"
        supported="quiet"
        theme="light"
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
        updates={{ state: null, checking: false, onCheck: noop, onSetUrl: () => null, onResetUrl: noop }}
        onSwitch={noop}
        onStyle={noop}
        onSupported={noop}
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
    expect(doc.querySelector('input[type="radio"][value="quiet"]')?.hasAttribute('checked')).toBe(true);
    expect(doc.querySelectorAll('.sample mark[data-plens-supported="quiet"]')).toHaveLength(4);
    expect(doc.querySelector('.about')?.textContent).toContain('14 dated events and 30 facts');
  });
});

const IN_USE_BUNDLED = { version: '1.0.0', published: '2026-11-21', origin: 'bundled' as const };
const STATUS: UpdateStatus = {
  lastAttempt: '2026-11-22T08:05:09.000Z',
  result: 'refused',
  reason: 'signature does not verify',
  version: '1.0.0',
  origin: 'bundled',
  lastSuccess: null,
  storageProblem: null,
};

function updates(state: UpdateState | null, extra: Partial<FactBaseUpdatesProps> = {}) {
  const html = renderToStaticMarkup(
    <FactBaseUpdates
      state={state}
      checking={false}
      onCheck={noop}
      onSetUrl={() => null}
      onResetUrl={noop}
      {...extra}
    />,
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('FactBaseUpdates', () => {
  const channel = {
    enabled: true as const,
    url: 'https://facts.example.org/plens/latest.json',
    defaultUrl: 'https://facts.example.org/plens/latest.json',
    custom: false,
  };

  it('says when a build has no update address, and offers nothing to check', () => {
    const doc = updates({ channel: { enabled: false }, inUse: IN_USE_BUNDLED, status: null, problem: null });
    expect(doc.querySelector('.updates-off')?.textContent).toMatch(
      /^Automatic updates are off in this build: no update address was set when it was built\./,
    );
    expect(doc.querySelector('.in-use')?.textContent).toBe(
      'In use: fact base 1.0.0 of 2026-11-21, shipped with the extension.',
    );
    expect(doc.querySelectorAll('button')).toHaveLength(0);
    expect(doc.querySelector('input')).toBeNull();
  });

  it('shows the address, the last check, why an update was refused, and a "Check now" button', () => {
    const doc = updates({ channel, inUse: IN_USE_BUNDLED, status: STATUS, problem: null });
    expect(doc.querySelector('.update-url code')?.textContent).toBe(channel.url);
    expect(doc.querySelector('.update-url')?.textContent).toContain('(the default)');
    expect(doc.querySelector('.last-check time')?.textContent).toBe('2026-11-22 08:05 UTC');
    expect(doc.querySelector('.check-result')?.textContent).toBe('Update refused: signature does not verify');
    expect(doc.querySelector('.last-check')?.textContent).toContain('No check has succeeded yet.');
    expect(doc.querySelector('label[for="update-url"]')?.textContent).toBe(
      'Use another update address (https)',
    );
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save', 'Check now']);
  });

  it("names a downloaded fact base, a reader's own address, and a check under way", () => {
    const doc = updates(
      {
        channel: { ...channel, url: 'https://mirror.example.net/latest.json', custom: true },
        inUse: { version: '1.1.0', published: '2026-12-01', origin: 'downloaded' },
        status: { ...STATUS, result: 'updated', reason: null, version: '1.1.0', origin: 'downloaded' },
        problem: null,
      },
      { checking: true },
    );
    expect(doc.querySelector('.in-use')?.textContent).toBe(
      'In use: fact base 1.1.0 of 2026-12-01, downloaded as an update.',
    );
    expect(doc.querySelector('.update-url')?.textContent).toContain('(set by you)');
    expect(doc.querySelector('.check-result')?.textContent).toBe('Updated to fact base 1.1.0.');
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Save',
      'Use the default',
      'Checking…',
    ]);
  });

  it('reports stored data that was set aside, and a first check still to come', () => {
    const doc = updates({
      channel,
      inUse: IN_USE_BUNDLED,
      status: null,
      problem: 'stored fact base is corrupt and was set aside (invalid fact base: bundle: …)',
    });
    expect(doc.querySelector('.last-check')?.textContent).toContain('Not checked yet.');
    expect(doc.querySelector('.last-check')?.textContent).toContain('stored fact base is corrupt');
  });
});

describe('checkResultText', () => {
  it('says a download failed when it did, and refused only when a release was refused', () => {
    const refused = (reason: string) => checkResultText({ result: 'refused', reason, version: '1.0.0' });
    expect(refused('network error (ECONNRESET)')).toBe(
      'Could not download the update: network error (ECONNRESET)',
    );
    expect(refused('timed out after 20 s (latest.json)')).toBe(
      'Could not download the update: timed out after 20 s (latest.json)',
    );
    expect(refused('HTTP 404 (bundle)')).toBe('Could not download the update: HTTP 404 (bundle)');
    expect(refused('signature does not verify')).toBe('Update refused: signature does not verify');
  });
});
