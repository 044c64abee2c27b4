// The fact base in use, for the annotator, the popup and the options page: asked of the background
// (utils/background/fact-base-updates.ts), the only part that reads the stored download. A download arrives
// already validated by the background, so no page runs the schema over it; the bundled copy is built into
// every script. Without an answer from the background, the bundled copy is used.
import { bundledFactBase } from '@/core/factbase/bundled';
import type { FactBase } from '@/core/factbase/schema';
import { type FactBaseInUse, type ServedFactBase, sendMessage } from './messaging';

export interface FactBaseWithOrigin {
  factBase: FactBase;
  inUse: FactBaseInUse;
}

export function factBaseOf(served: ServedFactBase): FactBase {
  return served.factBase ?? bundledFactBase();
}

export function bundledInUse(): FactBaseWithOrigin {
  const factBase = bundledFactBase();
  const { version, published } = factBase.manifest;
  return { factBase, inUse: { version, published, origin: 'bundled' } };
}

/** Asks the background; the bundled copy when it does not answer. */
export async function factBaseWithOrigin(): Promise<FactBaseWithOrigin> {
  try {
    const served = await sendMessage('factbase:get', null);
    return { factBase: factBaseOf(served), inUse: served.inUse };
  } catch {
    return bundledInUse();
  }
}

export async function factBaseInUse(): Promise<FactBase> {
  return (await factBaseWithOrigin()).factBase;
}
