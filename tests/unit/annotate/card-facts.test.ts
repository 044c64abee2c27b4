// What a judgement hands the annotator for its cards (core/annotate/card-facts): the facts its claims rest on, the
// events that began and ended them or stand behind the verdict, and their partnerships; nothing else of the fact
// base. The cards read the same from it as from the whole fact base.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { cardFactsFor, mergeCardFacts } from '../../../core/annotate/card-facts';
import { describeClaims } from '../../../core/annotate/card-model';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';

const fb = bundledFactBase();
const STAMP = { version: fb.manifest.version, published: fb.manifest.published };

function claimsOf(text: string) {
  return judgePage(pageFromPlainText(text), fb, { asOf: '2026-11-21', published: '2023-02-14' });
}

describe("a judgement's card facts", () => {
  const claims = claimsOf(
    "Microsoft and OpenAI talk terms. Azure is OpenAI's exclusive cloud provider. Microsoft owns 49% of OpenAI.",
  );

  it('hold the facts, events and partnerships of its claims alone', () => {
    const part = cardFactsFor(claims, fb);
    expect(part.facts.map((f) => f.id).sort()).toEqual(
      [...new Set(claims.map((c) => c.factId as string))].sort(),
    );
    expect(part.partnerships.map((p) => p.id)).toEqual(['microsoft-openai']);
    for (const f of part.facts) {
      for (const id of [f.since, f.until].filter(Boolean)) expect(part.events.map((e) => e.id)).toContain(id);
    }
    expect(part.events.length).toBeLessThan(fb.events.length / 4);
  });

  it('give the cards what the whole fact base gives them', () => {
    const page = { published: '2023-02-14' };
    expect(describeClaims(claims, page, cardFactsFor(claims, fb), STAMP)).toEqual(
      describeClaims(claims, page, fb, STAMP),
    );
  });

  it("keep an earlier scan's entries a later one lacks, the later one's first", () => {
    const first = cardFactsFor(claims, fb);
    const later = cardFactsFor(claims.slice(0, 1), fb);
    const merged = mergeCardFacts(first, later);
    expect(merged.facts.map((f) => f.id).sort()).toEqual(first.facts.map((f) => f.id).sort());
    expect(merged.facts[0].id).toBe(later.facts[0].id);
  });
});
