import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor } from './manifest/manifest.config.ts';

// `vite build` → dist/ for Chrome and Edge; `vite build --mode firefox` → dist-firefox/.
// `vite build --mode e2e` adds the test bridge page. OUT_DIR overrides the folder (the e2e suite and the benchmark build into their own).
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
    build: {
      outDir: process.env.OUT_DIR ?? (browser === 'firefox' ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      modulePreload: false,
      sourcemap: false,
      // The test bridge page exists only in e2e builds (src/testing/bridge.ts says why).
      ...(mode === 'e2e' ? { rollupOptions: { input: { bridge: 'src/testing/bridge.html' } } } : {}),
    },
    server: { port: 5173, strictPort: true },
  };
});
