import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReaderContext } from '../reader.content/reader-context';
import { startReader } from '../reader.content/start-reader';

/**
 * Registered by the background (scripting.registerContentScripts) only for the sites the user chose to
 * auto-open and granted access to; it opens the reader once the page has loaded. It answers the toolbar's
 * toggle like the on-demand reader, so the background never injects a second copy.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  // WXT's own context can be ended by the page (see ReaderContext), so the reader does not use it.
  main() {
    startReader(new ReaderContext(), { autoOpen: true });
  },
});
