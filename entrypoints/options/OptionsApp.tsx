// Wiring for the options page. The view itself is components/OptionsView.
import { useMemo } from 'react';
import type { FactBaseSummary } from '@/components/FactBaseAbout';
import { OptionsView } from '@/components/OptionsView';
import { HIGHLIGHT_CSS } from '@/core/annotate/styles';
import { bundledFactBase } from '@/core/factbase/bundled';
import { latestAmendment } from '@/core/report/latest-amendment';
import { setAutoAnnotation } from '@/utils/site-access';
import { normalizeSite } from '@/utils/sites';
import { setSiteEnabled, updateSettings } from '@/utils/storage';
import { todayIso } from '@/utils/today';
import { useDisabledSites, useSettings, useSiteAccess } from '@/utils/ui/hooks';

function summarize(): FactBaseSummary {
  const fb = bundledFactBase();
  const today = todayIso();
  return {
    version: fb.manifest.version,
    published: fb.manifest.published,
    description: fb.manifest.description ?? null,
    events: fb.events.length,
    facts: fb.facts.length,
    partnerships: fb.partnerships.map((p) => ({
      name: p.name,
      parties: p.parties.map((party) => party.name),
      latest: latestAmendment(fb, p.id, today),
    })),
  };
}

export function OptionsApp() {
  const [settings, showSettings] = useSettings();
  const [disabled, showSite] = useDisabledSites();
  const access = useSiteAccess();
  const factBase = useMemo(summarize, []);
  const site = (host: string, on: boolean) => {
    showSite(host, on);
    return setSiteEnabled(host, on);
  };
  return (
    <>
      {/* The highlight sample uses the same stylesheet pages get. */}
      <style>{HIGHLIGHT_CSS}</style>
      <OptionsView
        everywhere={settings.enabled}
        auto={settings.auto && access}
        style={settings.style}
        disabledSites={disabled}
        factBase={factBase}
        onSwitch={(name, on) => {
          if (name === 'auto') {
            showSettings({ auto: on });
            // Refused: the switch goes back off.
            void setAutoAnnotation(on).then((granted) => showSettings({ auto: granted }));
          } else {
            showSettings({ enabled: on });
            void updateSettings({ enabled: on });
          }
        }}
        onStyle={(style) => {
          showSettings({ style });
          void updateSettings({ style });
        }}
        onAddSite={async (input) => {
          const host = normalizeSite(input);
          if (host === null) return `"${input.trim()}" is not a site name or web address.`;
          await site(host, false);
          return null;
        }}
        onRemoveSite={(host) => void site(host, true)}
      />
    </>
  );
}
