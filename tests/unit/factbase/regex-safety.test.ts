// The shapes of regular expression a release may not bring (core/factbase/regex-safety), and proof that the
// check is not a formality: the refused shapes really do backtrack for long, the allowed ones do not.
import { describe, expect, it } from 'vitest';
import { releaseRegexSources } from '../../../core/factbase/accept-release';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { regexProblem, regexSetProblem } from '../../../core/factbase/regex-safety';

describe('regexProblem', () => {
  it.each(['(a+)+$', '(\\w+\\s?)*invested', '((ab)*)*c', '(x+x+)+y', '([a-z]+){2,}$'])(
    'refuses nested unbounded repetition: /%s/',
    (source) => {
      expect(regexProblem(source)).toMatch(/^nested repetition/);
    },
  );

  it.each([
    'invest(ed|ment)s?',
    '(original|initial)\\s+(\\w+\\s+){0,2}(deal|pact)',
    'rights? to (use |sell )?(OpenAI|its)',
    '(?<![\\w-])Azure(?![\\w])',
    '\\$\\s?\\d+(\\.\\d+)?\\s?(billion|bn)',
  ])('allows what the fact base uses: /%s/', (source) => {
    expect(regexProblem(source)).toBeNull();
  });

  it('refuses back-references, sources that do not parse, and sizes past the limits', () => {
    expect(regexProblem('(a)\\1')).toMatch(/back-references/);
    expect(regexProblem('(unclosed')).toMatch(/not a valid regular expression/);
    expect(regexProblem('a'.repeat(1001))).toMatch(/longer than 1000/);
    expect(regexSetProblem(Array(5001).fill('a'))).toMatch(/more than 5000/);
    expect(regexSetProblem(Array(300).fill('a'.repeat(900)))).toMatch(/in all/);
  });

  it("passes every regular expression the bundled fact base's own words compile to", () => {
    const sources = releaseRegexSources(bundledFactBase());
    expect(sources.length).toBeGreaterThan(5);
    expect(regexSetProblem(sources)).toBeNull();
  });

  it('the refused shape is a real hazard: it backtracks far longer than an allowed one on the same text', () => {
    // Eight words take tens of milliseconds; each word more multiplies it (ten took 18 s on this machine).
    const text = `${'word '.repeat(8)}!`;
    const time = (re: RegExp) => {
      const t = performance.now();
      re.test(text);
      return performance.now() - t;
    };
    const bad = time(/^(\w+\s?)*invested$/);
    const good = time(/^(\w+\s){0,30}invested$/);
    expect(regexProblem('^(\\w+\\s?)*invested$')).not.toBeNull();
    expect(bad).toBeGreaterThan(10 * Math.max(good, 0.5));
  });
});
