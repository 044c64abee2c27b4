import type { ReactNode } from 'react';
import type { PageTheme } from '@/core/annotate/page-theme';
import type { HighlightStyle, SupportedDisplay } from '@/core/annotate/styles';
import { type FactBaseSummary, FactBaseAbout } from './FactBaseAbout';
import { FactBaseUpdates, type FactBaseUpdatesProps } from './FactBaseUpdates';
import { SiteList } from './SiteList';
import { StylePicker } from './StylePicker';
import { AUTO_DESCRIPTION, Switch } from './Switch';

export interface OptionsViewProps {
  everywhere: boolean;
  auto: boolean;
  style: HighlightStyle;
  supported: SupportedDisplay;
  /** The options page's own theme, for the highlight sample. */
  theme: PageTheme;
  disabledSites: string[];
  /** The fact base in use; null until known. */
  factBase: FactBaseSummary | null;
  updates: FactBaseUpdatesProps;
  onSwitch: (name: 'everywhere' | 'auto', on: boolean) => void;
  onStyle: (style: HighlightStyle) => void;
  onSupported: (display: SupportedDisplay) => void;
  /** The timeline of terms (components/TimelineView), once the fact base is known. */
  timeline?: ReactNode;
  /** Opened to see the timeline (from a card or the popup): it comes first. */
  timelineFirst?: boolean;
  onAddSite: (input: string) => string | null | Promise<string | null>;
  onRemoveSite: (site: string) => void;
}

/** The options page: where annotations appear, how they look, what the fact base is and how it is updated. */
export function OptionsView(props: OptionsViewProps) {
  const timeline = (
    <section aria-labelledby="timeline-heading" id="timeline">
      <h2 id="timeline-heading">How the terms changed</h2>
      {props.timeline}
    </section>
  );
  return (
    <main className="options">
      <h1>Partnership Lens options</h1>
      {props.timelineFirst && timeline}
      <section aria-labelledby="checking-heading">
        <h2 id="checking-heading">Checking pages</h2>
        <Switch
          name="everywhere"
          label="Annotations on all sites"
          description="Off: nothing is highlighted anywhere until you switch it back on."
          checked={props.everywhere}
          onChange={(on) => props.onSwitch('everywhere', on)}
        />
        <Switch
          name="auto"
          label="Check pages as they load"
          description={AUTO_DESCRIPTION}
          checked={props.auto}
          disabled={!props.everywhere}
          onChange={(on) => props.onSwitch('auto', on)}
        />
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites where annotations are off</h2>
        <SiteList sites={props.disabledSites} onAdd={props.onAddSite} onRemove={props.onRemoveSite} />
      </section>
      <section aria-labelledby="style-heading">
        <h2 id="style-heading">Highlights</h2>
        <StylePicker
          value={props.style}
          supported={props.supported}
          theme={props.theme}
          onChange={props.onStyle}
          onSupported={props.onSupported}
        />
      </section>
      {!props.timelineFirst && timeline}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About the fact base</h2>
        {props.factBase && <FactBaseAbout summary={props.factBase} />}
      </section>
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">Fact-base updates</h2>
        <FactBaseUpdates {...props.updates} />
      </section>
    </main>
  );
}
