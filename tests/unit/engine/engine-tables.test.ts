// The bundled fact base's compiled names and word classes, written down at build time (wxt.config.ts) and read
// back by the annotator (core/verdict/engine-tables): read back into a fresh engine, they are all a page
// needs (nothing is compiled again) and the page gets the same claims.
import { describe, expect, it, vi } from 'vitest';
import { longArticle } from '../../../bench/pages/generate';
import { readHtmlString } from '../../../cli/read-html';

const AS_OF = '2026-11-21';

/** A fresh copy of the engine's modules: empty tables, nothing compiled. */
async function freshEngine() {
  vi.resetModules();
  const [analyze, bundled, written, read, parties, lexicon, claimWords, alternation] = await Promise.all([
    import('../../../core/analyze'),
    import('../../../core/factbase/bundled'),
    import('../../../core/verdict/engine-tables'),
    import('../../../core/verdict/read-engine-tables'),
    import('../../../core/claims/parties'),
    import('../../../core/claims/lexicon/compile-lexicon'),
    import('../../../core/claims/claim-words'),
    import('../../../core/claims/alternation'),
  ]);
  return {
    analyze,
    bundled,
    // Written at build time, read back on a page.
    tables: { ...written, ...read },
    namesTable: parties.namesTable,
    classTable: lexicon.classTable,
    claimWords,
    alternation,
  };
}

describe('engine tables', () => {
  it('survive JSON (what the build writes) unchanged', async () => {
    const { tables, bundled } = await freshEngine();
    const written = tables.engineTablesOf(bundled.bundledFactBase());
    expect(written.names.length).toBeGreaterThan(10);
    expect(written.classes.length).toBeGreaterThan(50);
    expect(JSON.parse(JSON.stringify(written))).toEqual(written);
  });

  it('hold everything judging a page needs, and give the same claims as compiling', async () => {
    const { page } = readHtmlString(longArticle().html, { url: 'https://gazette.example/long-read' });
    const built = await freshEngine();
    const written = JSON.parse(JSON.stringify(built.tables.engineTablesOf(built.bundled.bundledFactBase())));
    const compiled = built.analyze.judgePage(page, built.bundled.bundledFactBase(), { asOf: AS_OF });
    expect(compiled.length).toBeGreaterThan(40);

    const reader = await freshEngine();
    reader.tables.readEngineTables(written);
    const sizes = [reader.namesTable.size, reader.classTable.size];
    const judged = reader.analyze.judgePage(page, reader.bundled.bundledFactBase(), { asOf: AS_OF });
    expect(judged).toEqual(compiled);
    // Nothing was worked out again: every names regex and class came from the tables.
    expect([reader.namesTable.size, reader.classTable.size]).toEqual(sizes);
    // The claim words' grouped regex too: the one grouping them gives.
    expect(written.claimWords.grouped).toBe(
      reader.alternation.groupedRegex(reader.claimWords.CLAIM_WORDS).source,
    );
  });

  it('give the claim words as written down (an equivalent source read back is the one used)', async () => {
    const built = await freshEngine();
    const written = built.tables.engineTablesOf(built.bundled.bundledFactBase());
    const reader = await freshEngine();
    const marked = `(?:${written.claimWords.grouped})`;
    reader.tables.readEngineTables({ ...written, claimWords: { ...written.claimWords, grouped: marked } });
    expect(reader.claimWords.anyClaimWord().source).toBe(marked);
  });

  it('take no claim words worked out from other words', async () => {
    const reader = await freshEngine();
    reader.tables.readEngineTables({
      names: [],
      classes: [],
      claimWords: { words: 'stake|seat', grouped: 'nothing' },
    });
    expect(reader.claimWords.anyClaimWord().test('a board seat')).toBe(true);
  });

  it('leave a fact base that differs to compile what differs', async () => {
    const reader = await freshEngine();
    reader.tables.readEngineTables(reader.tables.engineTablesOf(reader.bundled.bundledFactBase()));
    const fb = reader.bundled.bundledFactBase();
    const renamed = {
      ...fb,
      partnerships: fb.partnerships.map((p, i) =>
        i === 0
          ? {
              ...p,
              parties: p.parties.map((party, j) =>
                j === 0 ? { ...party, aliases: [...party.aliases, 'Fabrikam'] } : party,
              ),
            }
          : p,
      ),
    };
    const before = reader.namesTable.size;
    const { compileFactBase } = await import('../../../core/verdict/compile');
    const cfb = compileFactBase(renamed);
    expect(reader.namesTable.size).toBeGreaterThan(before);
    expect(cfb.partnerships[0].parties.party[0].test('a Fabrikam deal')).toBe(true);
  });

  it('registered for later, are parsed only when a fact base is first compiled, and once', async () => {
    const built = await freshEngine();
    const json = JSON.stringify(built.tables.engineTablesOf(built.bundled.bundledFactBase()));
    const reader = await freshEngine();
    let parsed = 0;
    reader.tables.readEngineTablesWhenNeeded(() => {
      parsed++;
      return JSON.parse(json);
    });
    // Registering reads nothing: a page judged in the worker never pays for the tables on its main thread.
    expect([parsed, reader.namesTable.size, reader.classTable.size]).toEqual([0, 0, 0]);
    const { page } = readHtmlString(longArticle().html, { url: 'https://gazette.example/long-read' });
    const judged = reader.analyze.judgePage(page, reader.bundled.bundledFactBase(), { asOf: AS_OF });
    expect(parsed).toBe(1);
    expect(judged.length).toBeGreaterThan(40);
    const sizes = [reader.namesTable.size, reader.classTable.size];
    expect(sizes).toEqual([JSON.parse(json).names.length, JSON.parse(json).classes.length]);
    reader.analyze.judgePage(page, reader.bundled.bundledFactBase(), { asOf: AS_OF });
    expect(parsed).toBe(1);
  });
});
