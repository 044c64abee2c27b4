import { defineConfig } from 'wxt';

// The extension is built from entrypoints/; the engine in core/ is shared with the CLI and tests.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Partnership Lens',
    description: 'Fact-checks claims about AI-industry partnerships in the article you are reading.',
  },
});
