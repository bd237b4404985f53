import { defineContentScript } from 'wxt/utils/define-content-script';
import { takeOpenOnStart } from '../../core/reader/open-on-start';
import { ReaderContext } from './reader-context';
import { startReader } from './start-reader';

// Injected on demand by the background (activeTab + scripting); never declared for all sites.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  // WXT's own context can be ended by the page (see ReaderContext), so the reader does not use it. On a
  // first click the reader opens as it starts, and what `main` returns (the outcome) answers the
  // background's injection (core/reader/open-on-start.ts).
  main() {
    return startReader(new ReaderContext(), { openNow: takeOpenOnStart() });
  },
});
