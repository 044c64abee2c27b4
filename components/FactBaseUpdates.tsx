import { type FormEvent, useState } from 'react';
import type { UpdateStatus } from '@/core/factbase/update-store';
import type { FactBaseInUse, UpdateState } from '@/utils/messaging';

export interface FactBaseUpdatesProps {
  /** null until the background answers. */
  state: UpdateState | null;
  checking: boolean;
  onCheck: () => void;
  /** Saves the reader's update address; resolves to why it cannot be used, or null. */
  onSetUrl: (input: string) => string | null | Promise<string | null>;
  onResetUrl: () => void;
}

/** "2026-11-22 08:00 UTC": the same on every machine, to the minute. */
export function formatCheckTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Reasons that mean the download itself failed (core/factbase/fetch-capped.ts): nothing was refused. */
const DOWNLOAD_FAILED =
  /^(?:network error|connection refused|host not found|timed out|HTTP \d|too many redirects|redirected to a non-https)/;

/** One sentence for the outcome of a check. */
export function checkResultText(status: Pick<UpdateStatus, 'result' | 'reason' | 'version'>): string {
  if (status.result === 'updated') return `Updated to fact base ${status.version}.`;
  if (status.result === 'current') return 'Up to date: no newer fact base is published.';
  const reason = status.reason ?? 'no reason given';
  if (DOWNLOAD_FAILED.test(reason)) return `Could not download the update: ${reason}`;
  return `Update refused: ${reason}`;
}

function InUse({ inUse }: { inUse: FactBaseInUse }) {
  return (
    <p className="in-use" data-origin={inUse.origin}>
      In use: fact base <strong>{inUse.version}</strong> of{' '}
      <time dateTime={inUse.published}>{inUse.published}</time>,{' '}
      {inUse.origin === 'downloaded' ? 'downloaded as an update' : 'shipped with the extension'}.
    </p>
  );
}

function UrlForm(props: {
  custom: boolean;
  onSetUrl: FactBaseUpdatesProps['onSetUrl'];
  onResetUrl: () => void;
}) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = await props.onSetUrl(input);
    setError(problem);
    if (problem === null) setInput('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="update-url-form">
      <label htmlFor="update-url">Use another update address (https)</label>
      <div className="row">
        <input
          id="update-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://…/latest.json"
          value={input}
          aria-invalid={error !== null}
          aria-describedby={error ? 'update-url-error' : undefined}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit">Save</button>
        {props.custom && (
          <button type="button" onClick={props.onResetUrl}>
            Use the default
          </button>
        )}
      </div>
      {error && (
        <p id="update-url-error" className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function LastCheck({ state }: { state: UpdateState }) {
  const { status } = state;
  const problem = state.problem ?? status?.storageProblem ?? null;
  return (
    <div className="last-check" role="status">
      {status === null ? (
        <p>Not checked yet.</p>
      ) : (
        <>
          <p>
            Last check: <time dateTime={status.lastAttempt}>{formatCheckTime(status.lastAttempt)}</time>
          </p>
          <p className="check-result" data-result={status.result}>
            {checkResultText(status)}
          </p>
          {status.result === 'refused' && (
            <p className="hint">
              The fact base in use stays as it was.{' '}
              {status.lastSuccess
                ? `Last successful check: ${formatCheckTime(status.lastSuccess)}.`
                : 'No check has succeeded yet.'}
            </p>
          )}
        </>
      )}
      {problem && (
        <p className="hint">
          Stored update data could not be used ({problem}); the copy shipped with the extension was used
          instead.
        </p>
      )}
    </div>
  );
}

/** Fact-base updates: where they come from, the last check and its outcome, and what is in use. */
export function FactBaseUpdates(props: FactBaseUpdatesProps) {
  const { state } = props;
  if (state === null) return <p className="updates">Reading the update status…</p>;
  const { channel } = state;
  if (!channel.enabled) {
    return (
      <div className="updates">
        <InUse inUse={state.inUse} />
        <p className="updates-off">
          Automatic updates are off in this build: no update address was set when it was built. It uses the
          fact base it shipped with and makes no network requests; a newer extension release brings newer
          data.
        </p>
      </div>
    );
  }
  return (
    <div className="updates">
      <InUse inUse={state.inUse} />
      <p>
        Once a day, and when you ask, the extension fetches <code>latest.json</code> from the update address
        and takes a newer fact base only when it is signed with the project's key and passes every check.
        Nothing about you or the pages you read is sent.
      </p>
      <p className="update-url">
        Update address: <code>{channel.url}</code> {channel.custom ? '(set by you)' : '(the default)'}
      </p>
      <UrlForm custom={channel.custom} onSetUrl={props.onSetUrl} onResetUrl={props.onResetUrl} />
      <LastCheck state={state} />
      <button type="button" onClick={props.onCheck} disabled={props.checking}>
        {props.checking ? 'Checking…' : 'Check now'}
      </button>
    </div>
  );
}
