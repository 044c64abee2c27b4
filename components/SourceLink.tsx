import type { SourceRef } from '@/core/types';

/** A source by its title, linked when it has a web address. */
export function SourceLink({ source }: { source: SourceRef }) {
  if (!source.url || !/^https?:\/\//.test(source.url)) return <cite>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}
