// Wiring for the options page. The view itself is components/OptionsView.
import { useEffect, useMemo, useState } from 'react';
import type { FactBaseSummary } from '@/components/FactBaseAbout';
import { OptionsView } from '@/components/OptionsView';
import { TimelineView } from '@/components/TimelineView';
import { HIGHLIGHT_CSS } from '@/core/annotate/styles';
import type { FactBase } from '@/core/factbase/schema';
import { latestAmendment } from '@/core/report/latest-amendment';
import { buildTimeline } from '@/core/report/timeline';
import { setAutoAnnotation } from '@/utils/site-access';
import { normalizeSite } from '@/utils/sites';
import { setSiteEnabled, updateSettings, updateUrlItem } from '@/utils/storage';
import { todayIso } from '@/utils/today';
import { readTimelineHash, timelineHash } from '@/utils/timeline-link';
import { readUpdateUrl } from '@/utils/update-channel';
import {
  useDisabledSites,
  useFactBaseInUse,
  useHash,
  useSettings,
  useSiteAccess,
  useSystemTheme,
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
  const theme = useSystemTheme();
  const hash = useHash();
  const request = useMemo(() => readTimelineHash(hash), [hash]);
  const [picked, setPicked] = useState<string | null>(null);
  const partnerships = inUse?.factBase.partnerships ?? [];
  // The partnership asked for in the address, else the one the reader picked, else the first.
  const shownId = picked ?? request?.partnership ?? partnerships[0]?.id ?? null;
  const timeline = useMemo(
    () => (inUse && shownId ? buildTimeline(inUse.factBase, shownId, todayIso()) : null),
    [inUse, shownId],
  );
  // Opened at the timeline (from a card or the popup): bring it into view once it is drawn.
  useEffect(() => {
    if (request && timeline) document.getElementById('timeline')?.scrollIntoView();
  }, [request, timeline]);
  return (
    <>
      {/* The highlight sample uses the same stylesheet pages get. */}
      <style>{HIGHLIGHT_CSS}</style>
      <OptionsView
        everywhere={settings.enabled}
        auto={settings.auto && access}
        style={settings.style}
        supported={settings.supported}
        theme={theme}
        timelineFirst={request !== null}
        timeline={
          timeline && (
            <TimelineView
              timeline={timeline}
              partnerships={partnerships.map((p) => ({ id: p.id, name: p.name }))}
              claim={request?.partnership === timeline.partnership.id ? request.claim : null}
              onPartnership={(id) => {
                setPicked(id);
                history.replaceState(null, '', timelineHash({ partnership: id }));
              }}
            />
          )
        }
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
        onSupported={(supported) => {
          showSettings({ supported });
          void updateSettings({ supported });
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
