import { STATUS_WORD } from '@/core/annotate/labels';
import { HIGHLIGHT_STYLES, HIGHLIGHT_STYLE_LABEL, type HighlightStyle } from '@/core/annotate/styles';
import { STATUSES } from '@/core/types';

interface Props {
  value: HighlightStyle;
  onChange: (style: HighlightStyle) => void;
}

/** How highlights look on pages, with a sample of each status in the chosen style. */
export function StylePicker({ value, onChange }: Props) {
  return (
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
      <p className="sample">
        Sample:{' '}
        {STATUSES.map((status, i) => (
          <span key={status}>
            {i > 0 && ' '}
            <mark
              data-plens-claim={`sample-${status}`}
              data-plens-status={status}
              data-plens-style={value}
              data-plens-first=""
            >
              {STATUS_WORD[status]}
            </mark>
          </span>
        ))}
      </p>
    </fieldset>
  );
}
