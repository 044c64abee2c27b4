// Reading a build's engine tables (core/verdict/engine-tables) back into the engine: what they hold is then
// looked up, not compiled. The engine's script for the page's own thread (utils/lens/judge-here-script) only
// registers where its tables are (readEngineTablesWhenNeeded): they are parsed and read when a fact base is first
// compiled on that thread (core/verdict/compile), in a task of its own, not in the script's first task.
import { readClaimWords } from '../claims/claim-words';
import { classTable } from '../claims/lexicon/compile-lexicon';
import { namesTable } from '../claims/parties';
import type { EngineTables } from './engine-tables';

/** Reads tables back. Entries already worked out are kept. */
export function readEngineTables(tables: EngineTables): void {
  for (const [key, data] of tables.names) if (!namesTable.has(key)) namesTable.set(key, data);
  for (const [key, data] of tables.classes) if (!classTable.has(key)) classTable.set(key, data);
  readClaimWords(tables.claimWords);
}

let pending: (() => EngineTables) | null = null;

/** The tables `get` returns are read before this thread first compiles a fact base, and only then. */
export function readEngineTablesWhenNeeded(get: () => EngineTables): void {
  pending = get;
}

/** Called by the compiler first of all: reads the registered tables, once. */
export function readPendingEngineTables(): void {
  if (pending === null) return;
  const get = pending;
  pending = null;
  readEngineTables(get());
}
