// Where the update store (update-store.ts) keeps its data, apart from the store itself so that a page can
// watch for changes without loading the schema code.
export const STORAGE_KEYS = {
  /** StoredFactBase | null */
  factBase: 'factBase.downloaded',
  /** UpdateStatus */
  status: 'factBase.updateStatus',
} as const;
