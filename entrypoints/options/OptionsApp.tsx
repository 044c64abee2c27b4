// Wiring for the options page. The view itself is components/OptionsView.
import { useMemo } from 'react';
import type { FactBaseSummary } from '@/components/FactBaseAbout';
import { OptionsView } from '@/components/OptionsView';
import { HIGHLIGHT_CSS } from '@/core/annotate/styles';
import type { FactBase } from '@/core/factbase/schema';
import { latestAmendment } from '@/core/report/latest-amendment';
import { setAutoAnnotation } from '@/utils/site-access';
import { normalizeSite } from '@/utils/sites';
import { setSiteEnabled, updateSettings, updateUrlItem } from '@/utils/storage';
import { todayIso } from '@/utils/today';
import { readUpdateUrl } from '@/utils/update-channel';
import {
  useDisabledSites,
  useFactBaseInUse,
  useSettings,
  useSiteAccess,
  useUpdateState,
} from '@/utils/ui/hooks';

function summarize(fb: FactBase): FactBaseSummary {
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
  const inUse = useFactBaseInUse();
  const factBase = useMemo(() => (inUse ? summarize(inUse.factBase) : null), [inUse]);
  const updates = useUpdateState();
  const site = (host: string, on: boolean) => {
    showSite(host, on);
    return setSiteEnabled(host, on);
  };
  const channel = updates.state?.channel;
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
        updates={{
          state: updates.state,
          checking: updates.checking,
          onCheck: () => void updates.check(),
          onSetUrl: async (input) => {
            const read = readUpdateUrl(input);
            if (!read.ok) return read.problem;
            // The build's own address is the default, not a choice to remember.
            await updateUrlItem.setValue(
              channel?.enabled && read.url === channel.defaultUrl ? null : read.url,
            );
            return null;
          },
          onResetUrl: () => void updateUrlItem.setValue(null),
        }}
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
