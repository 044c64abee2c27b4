// A spending commitment told by its size in words ("a big, new commitment to the cloud") rather than a figure: the
// record's commitment of undisclosed size, or the later one of its month when a month is given. Our own sentences.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';

const fb = bundledFactBase();
const CONTEXT = 'Microsoft and OpenAI reworked parts of their cloud arrangement.';

function judged(sentence: string, published: string | null) {
  const page = pageFromPlainText(`${CONTEXT}\n\n${sentence}`);
  const claims = judgePage(page, fb, { asOf: '2026-11-30', published }).filter(
    (c) => c.start > CONTEXT.length,
  );
  return claims.map((c) => `${c.status} ${c.factId}`);
}

describe('a commitment of untold size', () => {
  it('is the January 2025 commitment when no month says otherwise', () => {
    expect(
      judged('On top of that, the lab has signed up for a big, new commitment to Azure.', '2025-01-22'),
    ).toEqual(['supported compute-jan-2025']);
    expect(
      judged('The ChatGPT maker also made a sizable Azure commitment, without naming a figure.', null),
    ).toEqual(['supported compute-jan-2025']);
  });

  it('is the October 2025 commitment when its month is given, and wrong in a month of neither', () => {
    expect(judged('OpenAI agreed to a hefty Azure commitment in October 2025.', '2025-11-03')).toEqual([
      'supported compute-250b',
    ]);
    expect(judged('OpenAI agreed to a hefty Azure commitment in January 2025.', '2025-11-03')).toEqual([
      'supported compute-jan-2025',
    ]);
    expect(judged('OpenAI agreed to a hefty Azure commitment in June 2025.', '2025-11-03')[0]).toMatch(
      /^contradicted /,
    );
  });

  it('is no commitment when the size word goes with money put in', () => {
    expect(judged('Microsoft made a large investment in OpenAI in 2019.', null)).not.toContain(
      'supported compute-jan-2025',
    );
  });
});
