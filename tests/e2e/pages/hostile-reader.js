// Everything a page script can try against an extension that shows the user's data over the page. Each
// attempt reports what it got; the test checks that nothing was read and nothing changed.
/* global window, document, indexedDB, CustomEvent, fetch */

/** Every message shape Lectern's contexts speak, with requests that would change or reveal something. */
function forgedMessages(id) {
  const article = {
    url: 'https://news.example/harbour-lights',
    canonicalUrl: 'https://news.example/harbour-lights',
    title: 'Forged',
    html: '<p>forged</p>',
    text: 'forged',
  };
  const names = [
    ['toggleReader', undefined],
    ['extractForSave', undefined],
    ['savedStateChanged', { id: null }],
    ['closeSavePopup', undefined],
    ['saveArticle', article],
    ['lookupSaved', { canonicalUrl: article.canonicalUrl }],
    ['getSaveDetails', { id }],
    ['getSavedArticle', { id }],
    ['updateSaved', { id, title: 'Forged', tags: ['forged'] }],
    ['removeSaved', { id }],
    ['saveTab', { tabId: 1 }],
    ['readTab', { tabId: 1 }],
  ];
  return names.flatMap(([name, data]) => [
    { lectern: name, data },
    { type: name, data },
    { action: name, ...data },
  ]);
}

async function tryFetch(url) {
  try {
    const response = await fetch(url);
    return `read ${response.status}: ${(await response.text()).slice(0, 60)}`;
  } catch (error) {
    return `blocked (${error.name})`;
  }
}

function tryRead(read) {
  try {
    const value = read();
    return value === null || value === undefined ? 'nothing' : `read: ${String(value).slice(0, 80)}`;
  } catch (error) {
    return `blocked (${error.name})`;
  }
}

function openDb(name) {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const stores = Array.from(request.result.objectStoreNames);
      request.result.close();
      resolve(stores);
    };
    request.onerror = () => resolve(['error']);
  });
}

/** Text the page can reach: its DOM, its text, a select-all, and every frame it may read. */
function reachableText() {
  const parts = [document.documentElement.outerHTML, document.body.innerText];
  const selection = window.getSelection();
  selection.selectAllChildren(document.body);
  parts.push(selection.toString());
  selection.removeAllRanges();
  for (let i = 0; i < window.frames.length; i++) {
    parts.push(tryRead(() => window.frames[i].document.documentElement.outerHTML));
  }
  return parts.join('\n');
}

window.attack = async (extensionId, savedId) => {
  const report = {};
  const host = document.querySelector('lectern-reader');
  report.host = host ? 'present' : 'absent';
  report.shadowRoot = tryRead(() => host && host.shadowRoot);
  report.caughtShadowRoots = window.caught.length;
  report.iframesInDom = document.querySelectorAll('iframe').length;
  report.framesCount = window.frames.length;
  report.frameDocument = tryRead(() => window.frames[0].document.body.innerHTML);
  report.frameLocation = tryRead(() => window.frames[0].location.href);
  report.chromeRuntime = typeof (window.chrome && window.chrome.runtime && window.chrome.runtime.sendMessage);

  // Forged messages to the window (where a content script might listen) and into every frame.
  const forged = forgedMessages(savedId);
  const sent = new Set();
  const post = (target, message) => {
    sent.add(JSON.stringify(message));
    target.postMessage(message, '*');
  };
  for (const message of forged) {
    post(window, message);
    for (let i = 0; i < window.frames.length; i++) post(window.frames[i], message);
  }
  // The announcement a newer copy of a WXT content script makes, named as WXT names it, as a window
  // message and as a document event: WXT's own context obeys the event, the reader's context must not.
  for (const name of ['reader', 'auto-open', 'lectern-reader']) {
    const type = `${extensionId}:${name}:wxt:content-script-started`;
    const detail = { contentScriptName: name, messageId: 'x' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    post(window, { type, ...detail });
  }
  report.forgedMessages = forged.length;

  // Read before the page adds frames of its own (whose addresses it wrote itself).
  report.reachableText = reachableText();
  const base = `chrome-extension://${extensionId}`;
  report.fetches = {};
  for (const path of [
    '/library.html',
    '/options.html',
    '/popup.html',
    '/save-frame.html',
    `/save-frame.html?id=${encodeURIComponent(savedId)}`,
    '/manifest.json',
    '/background.js',
    '/content-scripts/reader.js',
  ]) {
    report.fetches[path] = await tryFetch(base + path);
  }
  // Frames the page makes itself: the test reads what they loaded.
  for (const path of ['/library.html', `/save-frame.html?id=${encodeURIComponent(savedId)}`]) {
    const frame = document.createElement('iframe');
    frame.className = 'hostile-frame';
    frame.src = base + path;
    document.body.append(frame);
  }

  report.pageDbStores = await openDb('lectern-library');
  report.pageDatabases = indexedDB.databases
    ? (await indexedDB.databases()).map((db) => db.name).filter((name) => name !== 'lectern-library')
    : [];
  // Whatever reached the page's window that it did not post itself came from someone else.
  report.heardMessages = window.heardMessages.filter((message) => !sent.has(message));
  return report;
};
