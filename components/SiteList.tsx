import { type FormEvent, useId, useState } from 'react';

interface Props {
  sites: string[];
  /** Returns an error to show when the input is not a site. */
  onAdd: (input: string) => string | null | Promise<string | null>;
  onRemove: (site: string) => void;
}

/** Sites where annotations are off: add one by name or address, remove any. */
export function SiteList({ sites, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = await onAdd(input);
    setError(problem);
    if (problem === null) setInput('');
  };
  return (
    <div className="sites">
      {sites.length === 0 ? (
        <p className="empty">No sites yet: annotations are on wherever they are switched on.</p>
      ) : (
        <ul aria-label="Sites where annotations are off">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onRemove(site)} aria-label={`Remove ${site}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <label htmlFor={id}>Site (name or address)</label>
        <div className="row">
          <input
            id={id}
            name="site"
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder="news.example.com"
            value={input}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        {error && (
          <p id={`${id}-error`} className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
