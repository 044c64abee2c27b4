// An in-memory storage adapter, as browser.storage.local behaves: values are stored as copies.
import type { KeyValueStorage } from '../../../core/factbase/update-store';

export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  const storage: KeyValueStorage = {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
  };
  return { storage, data };
}
