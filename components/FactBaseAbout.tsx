import type { AmendmentContext } from '@/core/types';
import { AmendmentNote } from './AmendmentNote';
import { FactBaseStamp } from './FactBaseStamp';

export interface FactBaseSummary {
  version: string;
  published: string;
  description: string | null;
  events: number;
  facts: number;
  partnerships: { name: string; parties: string[]; latest: AmendmentContext | null }[];
}

/** What the fact base is, how recent, and what it covers. */
export function FactBaseAbout({ summary }: { summary: FactBaseSummary }) {
  return (
    <div className="about">
      <FactBaseStamp version={summary.version} published={summary.published} />
      {summary.description && <p>{summary.description}</p>}
      <p>
        {summary.events} dated events and {summary.facts} facts, each traced to a primary source where one
        exists. Verdicts are worked out on your device: page text is never sent anywhere.
      </p>
      {summary.partnerships.map((p) => (
        <div key={p.name} className="partnership">
          <h3>{p.name}</h3>
          <p>Parties: {p.parties.join(' and ')}</p>
          {p.latest && <AmendmentNote partnership={p.name} amendment={p.latest} heading="Latest change" />}
        </div>
      ))}
    </div>
  );
}
