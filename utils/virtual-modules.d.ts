// The module wxt.config.ts writes at build time (a vite plugin).
declare module 'virtual:plens-engine-tables' {
  /** The bundled fact base's compiled names and word classes (core/verdict/engine-tables). */
  const tables: import('@/core/verdict/engine-tables').EngineTables;
  export default tables;
}

declare module 'virtual:plens-judge-worker' {
  /** The annotator's judging worker (utils/lens/judge-worker), bundled: its source text. */
  const source: string;
  export default source;
}
