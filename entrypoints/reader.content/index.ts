import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from './start-reader';

// Injected on demand by the background (activeTab + scripting); never declared for all sites.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startReader(ctx);
  },
});
