import { describe, expect, it, vi } from 'vitest';
import { COMPILE_HINT, compileHint, withCompileHint } from '../../../scripts/compile-hint';
import { lensLibs, provideLensLibs } from '../../../utils/lens/lens-libs';

describe('the compile hint on lens.js', () => {
  it('puts V8\'s "all functions called on load" comment on the first line, once', () => {
    const code = 'var lens=(function(){return 1})();';
    expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
    // Still the same script.
    expect(new Function(`${withCompileHint('return 6*7')}`)()).toBe(42);
  });

  it('marks only the chunks it names, and leaves assets alone', () => {
    const bundle = {
      lens: { type: 'chunk', fileName: 'content-scripts/lens.js', code: 'a()' },
      libs: { type: 'chunk', fileName: 'content-scripts/lens-libs.js', code: 'b()' },
      css: { type: 'asset', fileName: 'content-scripts/lens.js.css', code: 'c' },
    };
    compileHint(['content-scripts/lens.js']).generateBundle(undefined, bundle);
    expect(bundle.lens.code).toBe(`${COMPILE_HINT}a()`);
    expect(bundle.libs.code).toBe('b()');
    expect(bundle.css.code).toBe('c');
  });
});

describe('the hand-over from lens-libs.js to lens.js', () => {
  it('is a frozen object on the global of the world both run in; a later injection replaces it', () => {
    class A {}
    class B {}
    provideLensLibs({ Readability: A as never });
    expect(lensLibs()?.Readability).toBe(A);
    expect(Object.isFrozen(lensLibs())).toBe(true);
    provideLensLibs({ Readability: B as never });
    expect(lensLibs()?.Readability).toBe(B);
  });

  it('without lens-libs.js, lens.js cannot construct Readability (the page fallback then reads the body)', async () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('partnership-lens.libs')];
    vi.resetModules();
    const { Readability } = await import('../../../utils/lens/readability-from-libs');
    expect(() => new Readability({} as Document)).toThrow(/lens-libs\.js did not run/);
  });
});
