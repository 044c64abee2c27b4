import { useId } from 'react';
import type { AmendmentContext } from '@/core/types';
import { SourceLink } from './SourceLink';

interface Props {
  partnership: string;
  amendment: AmendmentContext;
  heading?: string;
  /** Heading level: 2 where the note is a section of its own, 3 inside a partnership's section. */
  level?: 2 | 3;
}

/** The latest change to a partnership's terms, with its primary source. */
export function AmendmentNote({ partnership, amendment, heading = 'Latest change', level = 2 }: Props) {
  const id = useId();
  const H = level === 3 ? 'h3' : 'h2';
  return (
    <section className="amendment" aria-labelledby={id}>
      <H id={id}>
        {heading}: {partnership}
      </H>
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
