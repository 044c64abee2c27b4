// core/ is partnership-agnostic: parties, products and hints come from facts/partnerships.json, so no file under
// core/ (code, strings or comments) names a company of the records. Adding a partnership is then data only.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/corpus-text';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORE = `${ROOT}core`;

/** The companies and company products of ../shared/reference (timeline.md and partnerships/). */
const COMPANY_NAMES = [
  'Microsoft',
  'OpenAI',
  'Azure',
  'Stargate',
  'Amazon',
  'AWS',
  'Anthropic',
  'Google',
  'NVIDIA',
  'AMD',
  'Oracle',
];
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(${COMPANY_NAMES.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** `path:line: word` for every company name in a text. */
function companyMentions(path: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(NAMED)) out.push(`${path}:${i + 1}: ${m[0]}`);
  });
  return out;
}

describe('company-agnostic core', () => {
  it('recognises a name as a word, in any case, and nothing inside other words', () => {
    expect(companyMentions('f', "// the OpenAI's deal\nconst x = 'azure';")).toEqual([
      'f:1: OpenAI',
      'f:2: azure',
    ]);
    expect(companyMentions('f', 'const amdahl = awsome + oracles + googled;')).toEqual([]);
  });

  it('names no company anywhere under core/', () => {
    const found = filesUnder(CORE).flatMap((file) =>
      companyMentions(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(found, `company names in core/:\n${found.join('\n')}`).toEqual([]);
  });
});
