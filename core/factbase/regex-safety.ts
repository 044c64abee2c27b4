// Regular expressions that arrive with a downloaded release are code the extension runs on every page: a
// pattern with nested quantifiers (`(\w+\s?)*x`) can backtrack for seconds on one sentence. Before a release is
// used, every regular expression it carries is parsed (regexpp, the parser ESLint uses) and refused when it
// is too long, does not parse, uses a back-reference, or repeats without bound something that itself repeats
// (star height above one, the shape behind catastrophic backtracking). Bounded repetition of a repetition
// (`(\w+\s+){0,2}`) costs at most a small power of the sentence length and is allowed up to a low bound.
//
// Generic on purpose: it knows nothing of the fact base's shape. Release acceptance (accept-release.ts)
// gathers the sources a release carries and hands them here.
import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';

export const REGEX_LIMITS = {
  /** Characters in one regular expression. */
  maxSourceLength: 1000,
  /** Regular expressions in one release. */
  maxSources: 5000,
  /** Characters of all of them together. */
  maxTotalLength: 250_000,
  /** Largest upper bound of a repetition that may contain another repetition. */
  maxNestedRepeat: 5,
} as const;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** True when the repetition can match its element more than `bound` times. */
const repeatsMoreThan = (q: AST.Quantifier, bound: number) => q.max > bound;

/** Why one regular expression source may not be used, or null. */
export function regexProblem(source: string, limits = REGEX_LIMITS): string | null {
  if (source.length > limits.maxSourceLength) {
    return `a regular expression is longer than ${limits.maxSourceLength} characters`;
  }
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return `not a valid regular expression: /${source.slice(0, 60)}/`;
  }
  let problem: string | null = null;
  visitRegExpAST(pattern, {
    onBackreferenceEnter: () => {
      problem ??= `back-references are not allowed: /${source.slice(0, 60)}/`;
    },
    onQuantifierEnter: (q) => {
      if (problem !== null || !repeatsMoreThan(q, limits.maxNestedRepeat)) return;
      // An unbounded (or widely bounded) repetition with a repetition inside it.
      let nested = false;
      visitRegExpAST(q.element as unknown as AST.Pattern, {
        onQuantifierEnter: (inner) => {
          if (inner !== q && repeatsMoreThan(inner, 1)) nested = true;
        },
      });
      if (nested) problem = `nested repetition (catastrophic backtracking): /${source.slice(0, 60)}/`;
    },
  });
  return problem;
}

/** The first reason a release's regular expressions may not be used, or null when they all may. */
export function regexSetProblem(sources: readonly string[], limits = REGEX_LIMITS): string | null {
  if (sources.length > limits.maxSources) return `more than ${limits.maxSources} regular expressions`;
  let total = 0;
  for (const source of sources) {
    total += source.length;
    if (total > limits.maxTotalLength) {
      return `regular expressions longer than ${limits.maxTotalLength} characters in all`;
    }
    const problem = regexProblem(source, limits);
    if (problem !== null) return problem;
  }
  return null;
}
