// The fact base shipped inside the extension and the CLI, assembled from the files maintainers edit.
// It is validated by the data tests and `npm run facts -- validate`, so the page does not pay for zod here.
import events from '../../facts/events.json';
import facts from '../../facts/facts.json';
import manifest from '../../facts/manifest.json';
import partnerships from '../../facts/partnerships.json';
import lexicon from '../../facts/lexicon.json';
import type { FactBase } from './schema';

const bundle = { manifest, partnerships, events, facts, lexicon } as unknown as FactBase;

export function bundledFactBase(): FactBase {
  return bundle;
}
