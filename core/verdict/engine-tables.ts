// What compiling a fact base works out that depends only on its words and names — every party's names regex and
// every word class's matcher — and the claim words' grouped regex, as plain data. A build writes it
// down for the bundled fact base (wxt.config.ts, a virtual module) and the annotator reads it back before it
// judges a page: a page then looks these up instead of compiling them, cold, on its main thread (10–15 ms of a
// long article's time). Each table is keyed by the exact input it was worked out from, so a fact base that
// differs (a downloaded update) finds no entry where it differs and compiles that part itself.
import { type ClaimWordsData, claimWordsData } from '../claims/claim-words';
import { type ClassData, classTable } from '../claims/lexicon/compile-lexicon';
import { SHARED_WORDS } from '../claims/lexicon/words';
import { type NamesData, namesTable } from '../claims/parties';
import type { FactBase } from '../factbase/schema';
import { compileFactBase } from './compile';

export interface EngineTables {
  names: [string, NamesData][];
  classes: [string, ClassData][];
  claimWords: ClaimWordsData;
}

/** Compiles everything of `fb` a page could need, and returns the tables (with whatever else they hold). */
export function engineTablesOf(fb: FactBase): EngineTables {
  const cfb = compileFactBase(fb);
  for (const p of cfb.partnerships) void p.companies;
  const extra = fb.lexicon?.words ?? {};
  for (const id of new Set([...Object.keys(SHARED_WORDS), ...Object.keys(extra)])) cfb.lexicon.get(id);
  return { names: [...namesTable], classes: [...classTable], claimWords: claimWordsData() };
}
