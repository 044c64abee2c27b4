import { useId } from 'react';

/** "Check pages as they load", described the same way in the popup and the options page. */
export const AUTO_DESCRIPTION =
  'Without this, a page is checked when you click the toolbar button on it. Turning it on asks for access to all sites; pages that name no party of a partnership in the fact base are left alone after a quick look.';

interface Props {
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}

/** An on/off switch: a native checkbox announced as a switch, with its label and an optional hint. */
export function Switch({ label, description, checked, disabled, onChange, name }: Props) {
  const id = useId();
  return (
    <div className="switch">
      <input
        id={id}
        name={name}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-hint`} className="hint">
          {description}
        </p>
      )}
    </div>
  );
}
