/// <reference types="@crxjs/vite-plugin/client" />
/**
 * The built file of the on-request content script. `?script&iife` makes crxjs bundle it as one
 * self-contained IIFE (no loader, no shared chunks to expose as web-accessible resources) and gives
 * its output path here, for `scripting.executeScript({ files })`. Kept alone in this module so unit
 * tests can replace it. (The entry is not called index.ts: crxjs 3.0 then mistakes its intermediate chunk
 * for the service worker's, which shares the name, and the worker loads the content script instead.)
 */
import scriptFile from '../content/content-script.ts?script&iife';

export const CAPTURE_SCRIPT: string = scriptFile;
