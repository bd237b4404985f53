import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The reader is injected on demand (activeTab + scripting): no host permissions, no content script
// declared for all sites. Firefox is built as MV3 too, so both browsers share one manifest shape.
/**
 * `LECTERN_SOURCE_MAPS=1 wxt build` (what `npm run bench:browser` runs) builds the same code with hidden
 * source maps beside it, in .output/source-mapped/, so the benchmark can tell which module each sampled frame
 * of the minified content script belongs to. The shipped build has no maps.
 */
const sourceMaps = process.env.LECTERN_SOURCE_MAPS === '1';

export default defineConfig({
  imports: false,
  ...(sourceMaps ? { outDir: '.output/source-mapped' } : {}),
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      ...(sourceMaps ? { sourcemap: 'hidden' as const } : {}),
      // Non-ASCII characters written as \u escapes: a script with any of them reaches V8 as a two-byte
      // string, which it compiles more slowly; the reader's script is compiled on every first click.
      rolldownOptions: { output: { minify: { codegen: { asciiOnly: true } } } },
    },
  }),
  // The sources zip (for add-on review) holds the project, not the output of local test and benchmark runs.
  zip: { excludeSources: ['test-artifacts/**', 'bench-results/**'] },
  hooks: {
    // WXT turns the popup entrypoint into `action.default_popup` (and its <title> into the button's
    // tooltip); a declared popup would stop action.onClicked for good. The background switches the popup
    // on at run time when the toolbarAction setting asks for it (entrypoints/background/toolbar-mode.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.action = { default_title: '__MSG_actionTitle__' };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the reading list keeps whole articles offline; contextMenus: "Save to reading list"
    // on pages and "Open reading list" on the toolbar icon.
    // offscreen (Chrome only, no warning): a hidden document with a DOM, where the pages of imported links
    // are read; Firefox reads them in its background page.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Firefox: alarms (no warning) from the start, since it does not take it as an optional permission
      // (see optional_permissions below); the alarm exists only while sync is on.
      ...(browser === 'firefox' ? ['alarms'] : []),
    ],
    // Asked for one site at a time, when the user adds it to the auto-open list on the options page; and
    // for every http(s) site (core/importers/site-access.ts) when an import has links whose pages to fetch.
    // and for the sync server's origin alone when the user turns sync on (options page, "Sync").
    optional_host_permissions: ['*://*/*'],
    // alarms (no warning): asked with the sync server's site access, to wake the background now and then
    // so that sync picks up again while the browser runs. In Firefox it is a permission of the manifest
    // instead: Firefox does not take it as an optional one (web-ext lint: MANIFEST_OPTIONAL_PERMISSIONS)
    // and never settled a request for it with the site access (Firefox ESR 153,
    // tests/e2e/sync.firefox.test.ts), and without it nothing would wake its event page to sync.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['alarms'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Suggested keys are assigned on install only when the browser has no use for them, and the browser
    // does not say when it refuses one. Chromium counts Alt+Shift+R (and P, N, A, X) among its own
    // accelerators and silently left the reader without keys ("Not set" on a fresh Chromium 156 profile).
    // Firefox ESR assigns Alt+Shift+S, yet a real press of it on Linux never reached the command (Alt+S is
    // its History menu's access key; F, E, V, B, T, H open menus too). Alt+Shift+L ("Lectern") and
    // Alt+Shift+K ("keep") are free in both, need no Ctrl (Ctrl+Alt is AltGr on many layouts, and Chromium
    // refuses it) and sit under one hand.
    // tests/e2e/scenarios/shortcuts.ts presses both on a fresh profile in Chromium and in Firefox ESR.
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    // The save popup is framed inside the reader on any page; nothing else is exposed to pages. Chrome
    // serves it from a per-session origin, so a page cannot probe for Lectern by loading it.
    web_accessible_resources: [
      {
        resources: ['save-frame.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Private by default (issue 18): Lectern's pages (the reading list with its saved copies, the save popup)
    // show pictures only from the extension itself, from blobs (pictures kept in IndexedDB, or fetched when
    // the user asks for "Load remote pictures") and data: addresses; no remote picture, sound, video, font,
    // style or frame loads. connect-src stays open for the background's own fetches (the pages of imported
    // links, the pictures of a save); the pages fetch only on the user's request.
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "img-src 'self' blob: data:",
        "media-src 'self' blob: data:",
        "font-src 'self' data:",
        "style-src 'self' 'unsafe-inline'",
        "frame-src 'self'",
        'connect-src * data: blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lectern@lectern.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
