import { defineConfig } from 'wxt';

/** Every web site: what automatic annotation needs. */
const ALL_SITES = ['http://*/*', 'https://*/*'];

// The extension is built from entrypoints/; the engine in core/ is shared with the CLI and tests.
//
// Permissions stay as narrow as the reader chooses: `activeTab` + `scripting` annotate the tab the reader
// clicks the toolbar button on; access to all sites is optional and asked for only when the reader turns on
// automatic annotation. The test and demo build (`wxt build --mode e2e`, output in .output/chrome-mv3-e2e)
// is granted that access at install instead, and checks pages automatically from the start.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: ({ browser, mode }) => {
    const testBuild = mode === 'e2e';
    return {
      name: 'Partnership Lens',
      description: 'Fact-checks claims about AI-industry partnerships in the article you are reading.',
      permissions: ['activeTab', 'scripting', 'storage'],
      ...(testBuild ? { host_permissions: ALL_SITES } : { optional_host_permissions: ALL_SITES }),
      action: { default_title: 'Partnership Lens' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'partnership-lens@partnershiplens.org',
                strict_min_version: '128.0',
                // Firefox asks every new add-on to declare what it collects: nothing.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
