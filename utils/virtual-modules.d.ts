// The module wxt.config.ts writes at build time (a vite plugin).
declare module 'virtual:plens-engine-tables' {
  /** The bundled fact base's compiled names and word classes (core/verdict/engine-tables), parsed on first call. */
  const engineTables: () => import('@/core/verdict/engine-tables').EngineTables;
  export default engineTables;
}
