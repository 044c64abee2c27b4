import type { AmendmentContext } from '@/core/types';
import { SourceLink } from './SourceLink';

interface Props {
  partnership: string;
  amendment: AmendmentContext;
  heading?: string;
}

/** The latest change to a partnership's terms, with its primary source. */
export function AmendmentNote({ partnership, amendment, heading = 'Latest change' }: Props) {
  return (
    <section className="amendment" aria-labelledby="amendment-heading">
      <h2 id="amendment-heading">
        {heading}: {partnership}
      </h2>
      <p>
        <time dateTime={amendment.date}>{amendment.date}</time> — {amendment.summary}
      </p>
      {amendment.source && (
        <p className="source">
          Primary source: <SourceLink source={amendment.source} />
        </p>
      )}
    </section>
  );
}
