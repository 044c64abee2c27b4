// The fact base in use, for the annotator, the popup and the options page: asked of the background
// (utils/background/fact-base-updates.ts), the only part that reads the stored download. A download arrives
// already validated by the background, so no page runs the schema over it; the bundled copy is built into
// every script. Without an answer from the background, the bundled copy is used.
import { bundledFactBase } from '@/core/factbase/bundled';
import type { FactBase } from '@/core/factbase/schema';
import bundledManifest from '@/facts/manifest.json';
import { type FactBaseInUse, type ServedFactBase, sendMessage } from './messaging';

export interface FactBaseWithOrigin {
  factBase: FactBase;
  inUse: FactBaseInUse;
}

export function factBaseOf(served: ServedFactBase): FactBase {
  return served.factBase ?? bundledFactBase();
}

/**
 * What the background serves; the bundled copy (null, with the bundled manifest's stamp) when it does not answer.
 * The annotator keeps this much: the fact base itself is its engine's, read from the manifest alone here.
 */
export async function servedFactBase(): Promise<ServedFactBase> {
  try {
    return await sendMessage('factbase:get', null);
  } catch {
    const { version, published } = bundledManifest;
    return { factBase: null, inUse: { version, published, origin: 'bundled' } };
  }
}

/** Asks the background; the bundled copy when it does not answer. */
export async function factBaseWithOrigin(): Promise<FactBaseWithOrigin> {
  const served = await servedFactBase();
  return { factBase: factBaseOf(served), inUse: served.inUse };
}
