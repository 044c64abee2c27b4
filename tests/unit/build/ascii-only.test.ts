import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../../scripts/ascii-only';

const run = (code: string): unknown => new Function(`return ${code};`)();

describe('asciiOnly', () => {
  it('escapes characters outside ASCII and leaves ASCII alone', () => {
    const code = 'x=/[\\w\'’-]+/u,y="a–b",z=`😀`';
    const out = asciiOnly(code);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(asciiOnly('let a = /x\\d+/g;')).toBe('let a = /x\\d+/g;');
  });

  it('keeps what regular expressions match, with or without the u flag, in classes and out', () => {
    for (const source of [
      "/['’]s$/",
      "/['’]s$/u",
      '/(?<=[\\w’])—(?=\\w)/',
      '/^[“‘(]+/u',
      '/😀|x/u',
      '/[😀]/u',
      '/\\’s/',
    ]) {
      const before = run(source) as RegExp;
      const after = run(asciiOnly(source)) as RegExp;
      expect(after.flags).toBe(before.flags);
      for (const text of ['OpenAI’s', "OpenAI's", 'a—b', '“Quote', '😀', 'x', '’s', '\\’s'])
        expect(after.test(text)).toBe(before.test(text));
    }
  });

  it('keeps strings and templates as they read', () => {
    const code = ['["’", `a—$', '{1}😀`]'].join('');
    expect(run(asciiOnly(code))).toEqual(run(code));
  });
});
