import { describe, expect, it } from 'vitest';
import { jsonStringLiterals, rewriteJsonTemplates } from '../../../scripts/json-string-literals';

/** Runs a snippet and returns what it evaluates to. */
const run = (code: string): unknown => new Function(`return ${code};`)();

describe('rewriteJsonTemplates', () => {
  it('turns a JSON template literal into a string literal with the same value', () => {
    // A dollar sign before a brace is text in JSON, a substitution in a template unless escaped.
    const dollarBrace = `$5 and $${'{'}not}`;
    const data = {
      quote: 'say "hi"',
      tick: 'a `tick`',
      dollar: dollarBrace,
      line: 'one\ntwo',
      slash: 'a\\b',
    };
    const template = `JSON.parse(\`${JSON.stringify(data).replace(/[\\`$]/g, (c) => `\\${c}`)}\`)`;
    const rewritten = rewriteJsonTemplates(template);
    expect(rewritten.startsWith('JSON.parse("')).toBe(true);
    expect(rewritten).not.toContain('JSON.parse(`');
    expect(run(rewritten)).toEqual(data);
    expect(run(rewritten)).toEqual(run(template));
  });

  it('rewrites every call in a chunk and leaves the code around them alone', () => {
    const code = 'var a=JSON.parse(`[1,2]`),b=f(`x`),c=JSON.parse(`{"k":"v"}`);export{a,c};';
    expect(rewriteJsonTemplates(code)).toBe(
      'var a=JSON.parse("[1,2]"),b=f(`x`),c=JSON.parse("{\\"k\\":\\"v\\"}");export{a,c};',
    );
  });

  it('leaves a template with a substitution, a text that is not JSON, or an unclosed template as it is', () => {
    for (const code of [
      `JSON.parse(\`{"a":$${'{'}x}}\`)`,
      'JSON.parse(`not json`)',
      'JSON.parse(`[1]`+s)',
      'JSON.parse(`[1,2',
    ]) {
      expect(rewriteJsonTemplates(code)).toBe(code);
    }
  });

  it('is a plugin that rewrites the rendered chunks and nothing else', () => {
    const bundle = {
      'a.js': { type: 'chunk', code: 'x=JSON.parse(`[true]`)' },
      'a.css': { type: 'asset', source: 'JSON.parse(`[true]`)' },
    };
    jsonStringLiterals().generateBundle({}, bundle);
    expect(bundle['a.js'].code).toBe('x=JSON.parse("[true]")');
    expect(bundle['a.css']).toEqual({ type: 'asset', source: 'JSON.parse(`[true]`)' });
  });
});
