import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor } from './manifest/manifest.config.ts';
import { popupAsOneBundle } from './scripts/popup-bundle.ts';

// `vite build` → dist/ for Chrome and Edge; `vite build --mode firefox` → dist-firefox/.
// `vite build --mode e2e` adds the test bridge page (`--mode e2e-firefox`: the same, for Firefox). OUT_DIR overrides the folder (the e2e suite and the benchmark build into their own).
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' || mode === 'e2e-firefox' ? 'firefox' : 'chrome';
  const withTestBridge = mode === 'e2e' || mode === 'e2e-firefox';
  return {
    plugins: [
      preact(),
      crx({
        // The popup is built apart, as one bundle (scripts/popup-bundle.ts says why); crxjs builds the rest.
        manifest: manifestFor(browser, { withPopup: false }),
        browser,
        // One self-contained file: no loader and no chunks shared with extension pages, so nothing of the
        // content script has to be web-accessible on LinkedIn or GitHub (where pages probe for extensions).
        contentScripts: { standaloneFiles: ['src/content/content-script.ts'] },
      }),
      popupAsOneBundle(),
    ],
    build: {
      outDir: process.env.OUT_DIR ?? (browser === 'firefox' ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      // Preload hints for every chunk a page imports (no polyfill script): one round of fetches, not a
      // waterfall, before a page can draw.
      modulePreload: { polyfill: false },
      sourcemap: false,
      // The test bridge page exists only in e2e builds (src/testing/bridge.ts says why).
      // The capture panel and note are framed in web pages (web-accessible), not named by the manifest as
      // pages, so they are listed as inputs here.
      rollupOptions: {
        input: {
          capture: 'src/capture/index.html',
          note: 'src/capture/note.html',
          captureTab: 'src/capture/tab.html',
          ...(withTestBridge ? { bridge: 'src/testing/bridge.html', blank: 'src/testing/blank.html' } : {}),
        },
        // Dexie in a chunk of its own, so that no small module shared with it can pull it into the capture
        // panel, which reads and writes only through the worker. (The popup is built apart, without it.)
        output: {
          // The background's entry by a fixed name: its content hash depends on the folder the project is
          // built in (a rolldown quirk), and the store's reviewers rebuild the Firefox zip byte for byte
          // from the source in a folder of their own (BUILD.md). Nothing caches it by address, so no hash
          // is needed; every other file keeps its content hash.
          // (crxjs emits the background as a chunk, so it is named here.)
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.endsWith('/src/background/index.ts')
              ? 'assets/background.js'
              : 'assets/[name]-[hash].js',
          codeSplitting: {
            groups: [{ name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ }],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true },
  };
});
