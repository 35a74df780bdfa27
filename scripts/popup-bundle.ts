/**
 * A Vite plugin that builds the toolbar popup on its own, after the extension's build, as one script
 * and one stylesheet (plus the composer, still loaded on first use).
 *
 * Why: an extension page's files are served one by one by the browser process, and in the shared build
 * the popup loaded ten (its entry, seven chunks shared with the dashboard and the capture panel, two
 * stylesheets). Traced on these machines, the popup's main thread waited about 60 ms for those
 * responses before any script ran; with one script `npm run bench` measured the popup against an
 * empty page at 1.1–1.2× instead of 1.5–1.65× (same data, same browser, alternating builds).
 *
 * The shared build leaves the popup out (vite.config.ts gives crxjs the manifest without `default_popup`);
 * this plugin builds it into the same folder and puts `default_popup` back into the written manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';
import { POPUP_PAGE } from '../manifest/manifest.config.ts';

export function popupAsOneBundle(): Plugin {
  let root = '';
  let outDir = '';
  let target: string | string[] | false = false;
  return {
    name: 'loopkeeper:popup-as-one-bundle',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      target = config.build.target;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          outDir,
          emptyOutDir: false,
          target,
          modulePreload: { polyfill: false },
          sourcemap: false,
          rollupOptions: { input: { popup: POPUP_PAGE } },
        },
      });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.action = { ...manifest.action, default_popup: POPUP_PAGE };
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
