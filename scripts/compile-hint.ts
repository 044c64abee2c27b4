// A build step for lens.js: V8's compile hint `//# allFunctionsCalledOnLoad` on its first line. A content script
// is compiled again on every page it runs on (Chromium keeps no code cache for it), and by default V8 compiles
// each function only when first called, parsing it a second time then. Nearly all of lens.js runs on every page
// it is injected into, so compiling all of it in one pass costs less; what rarely runs is kept out of it, in
// lens-libs.js (entrypoints/lens-libs.content.ts). Browsers without the hint read a comment.

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** A vite/rollup plugin: puts the hint at the top of the chunks named, once they are minified. */
export function compileHint(fileNames: readonly string[]) {
  return {
    name: 'plens-compile-hint',
    apply: 'build' as const,
    generateBundle(
      _options: unknown,
      bundle: Record<string, { type: string; fileName: string; code?: string }>,
    ) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && typeof chunk.code === 'string' && fileNames.includes(chunk.fileName))
          chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}

/** `code` with the hint on its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}
