import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReaderContext } from './reader-context';
import { startReader } from './start-reader';

// Injected on demand by the background (activeTab + scripting); never declared for all sites.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  // WXT's own context can be ended by the page (see ReaderContext), so the reader does not use it.
  main() {
    startReader(new ReaderContext());
  },
});
