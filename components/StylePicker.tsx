import { STATUS_WORD } from '@/core/annotate/labels';
import type { PageTheme } from '@/core/annotate/page-theme';
import {
  HIGHLIGHT_STYLES,
  HIGHLIGHT_STYLE_LABEL,
  type HighlightStyle,
  SUPPORTED_DISPLAYS,
  SUPPORTED_DISPLAY_LABEL,
  type SupportedDisplay,
} from '@/core/annotate/styles';
import { STATUSES } from '@/core/types';

interface Props {
  value: HighlightStyle;
  supported: SupportedDisplay;
  /** The theme of the page the sample sits on (the options page follows the system theme). */
  theme: PageTheme;
  onChange: (style: HighlightStyle) => void;
  onSupported: (display: SupportedDisplay) => void;
}

/** How highlights look on pages, and how supported claims show, with a sample of each status. */
export function StylePicker({ value, supported, theme, onChange, onSupported }: Props) {
  return (
    <>
      <fieldset className="styles">
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} className="radio">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={value === style}
              onChange={() => onChange(style)}
            />
            {HIGHLIGHT_STYLE_LABEL[style]}
          </label>
        ))}
      </fieldset>
      <fieldset className="styles">
        <legend>Supported claims</legend>
        {SUPPORTED_DISPLAYS.map((display) => (
          <label key={display} className="radio">
            <input
              type="radio"
              name="supported-display"
              value={display}
              checked={supported === display}
              onChange={() => onSupported(display)}
            />
            {SUPPORTED_DISPLAY_LABEL[display]}
          </label>
        ))}
      </fieldset>
      <p className="sample">
        Sample:{' '}
        {STATUSES.map((status, i) => (
          <span key={status}>
            {i > 0 && ' '}
            <mark
              data-plens-claim={`sample-${status}`}
              data-plens-status={status}
              data-plens-style={value}
              data-plens-supported={supported}
              data-plens-theme={theme}
              data-plens-first=""
            >
              {STATUS_WORD[status]}
            </mark>
          </span>
        ))}
      </p>
    </>
  );
}
