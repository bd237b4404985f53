/**
 * Every Firefox internal the end-to-end tests rely on, in one place: code run in the browser window's
 * privileged ("chrome") context over WebDriver BiDi, which Firefox allows only when launched with
 * `--remote-allow-system-access`. WebDriver itself cannot click an extension's toolbar button, press a
 * browser shortcut, read a badge or the accessibility tree, so these hooks do it the way Firefox's own
 * tests do. When a Firefox release changes one of them, only this file breaks, and the error names the
 * hook and the internal it used.
 */

/** Sends one raw WebDriver BiDi command (puppeteer's connection). */
export type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** The hooks, each with what it uses, for failure messages. */
const HOOKS = {
  toolbarClick: 'toolbar click: ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction',
  shortcut: 'keyboard shortcut: nsITextInputProcessor key events sent to the browser window',
  badgeText: "badge text: browserActionFor(extension).action.getProperty(tab, 'badgeText')",
  axTree: 'accessibility tree: nsIAccessibilityService.getAccessibleFor(selected <browser>)',
  keepAccessibility: 'accessibility kept running: the nsIAccessibilityService held by the browser window',
  textBox: 'where text is on screen: nsIAccessibleText.getCharacterExtents in the selected tab',
  errors: 'error log: Services.console listener for nsIScriptError',
} as const;
type HookName = keyof typeof HOOKS;

/** Finds the extension by its add-on id; shared by the hooks that need it. */
const EXTENSION = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(args.addonId);
  if (!extension) throw new Error('no running extension with id ' + args.addonId);
  const action = ExtensionParent.apiManager.global.browserActionFor?.(extension);
  if (!action) throw new Error('browserActionFor gave nothing: is the toolbar button declared?');
`;

const CODE: Record<HookName, string> = {
  toolbarClick: `${EXTENSION}
    // Not awaited: like a click, it returns once dispatched; the extension handles it on its own time.
    void action.triggerAction(window);`,

  shortcut: `
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction for the window');
    const key = (init) => new window.KeyboardEvent('', init);
    const MODIFIERS = {
      Alt: { key: 'Alt', code: 'AltLeft', keyCode: window.KeyEvent.DOM_VK_ALT },
      Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: window.KeyEvent.DOM_VK_SHIFT },
      Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: window.KeyEvent.DOM_VK_CONTROL },
    };
    const keys = args.modifiers.map((name) => {
      if (!MODIFIERS[name]) throw new Error('unknown modifier ' + name);
      return key(MODIFIERS[name]);
    });
    const letter = args.key.toUpperCase();
    keys.push(key({ key: letter, code: (/[0-9]/.test(letter) ? 'Digit' : 'Key') + letter, keyCode: letter.charCodeAt(0) }));
    for (const event of keys) tip.keydown(event);
    for (const event of keys.reverse()) tip.keyup(event);`,

  badgeText: `${EXTENSION}
    return String(action.action.getProperty(gBrowser.selectedTab, 'badgeText') ?? '');`,

  keepAccessibility: `
    // Firefox stops its accessibility service once nothing holds it, and one started again after the page
    // moved the focus into a shadow root never reports that focus. A screen reader holds it all along.
    window.lecternAccessibilityService ??= Cc['@mozilla.org/accessibilityService;1'].getService(
      Ci.nsIAccessibilityService,
    );`,

  axTree: `
    const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
    let doc = null;
    for (let tries = 0; tries < 100; tries++) {
      // Until the new document's accessible arrives, the tab still shows the one it had before.
      doc = service.getAccessibleFor(gBrowser.selectedBrowser)?.firstChild ?? null;
      if (doc && doc.QueryInterface(Ci.nsIAccessibleDocument).URL === args.url) {
        const state = {};
        doc.getState(state, {});
        if (!(state.value & Ci.nsIAccessibleStates.STATE_BUSY)) break;
      }
      await sleep(50);
    }
    if (!doc) throw new Error('the selected tab has no document accessible');
    const url = doc.QueryInterface(Ci.nsIAccessibleDocument).URL;
    if (url !== args.url) throw new Error('the accessible document is ' + url + ' instead of ' + args.url);
    const attribute = (node, name) => {
      try { return node.attributes.getStringProperty(name); } catch { return ''; }
    };
    const boundsOf = (node) => {
      const x = {}, y = {}, width = {}, height = {};
      node.getBoundsInCSSPixels(x, y, width, height);
      return [x.value, y.value, width.value, height.value];
    };
    const [left, top] = boundsOf(doc);
    const read = (node) => {
      const state = {}, extra = {};
      node.getState(state, extra);
      const [x, y, width, height] = boundsOf(node);
      const children = [];
      for (let child = node.firstChild; child; child = child.nextSibling) children.push(read(child));
      return {
        role: service.getStringRole(node.role),
        xmlRoles: attribute(node, 'xml-roles'),
        level: attribute(node, 'level'),
        name: node.name ?? '',
        states: Array.from(service.getStringStates(state.value, extra.value)),
        bounds: [x - left, y - top, width, height],
        children,
      };
    };
    return JSON.stringify(read(doc));`,

  textBox: `
    const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const doc = service.getAccessibleFor(gBrowser.selectedBrowser)?.firstChild;
    if (!doc) throw new Error('the selected tab has no document accessible');
    const walk = function* (node) {
      yield node;
      for (let child = node.firstChild; child; child = child.nextSibling) yield* walk(child);
    };
    // The innermost accessible whose own text holds the phrase (a paragraph, not the whole article).
    let found = null;
    for (const node of walk(doc)) {
      let text;
      try { text = node.QueryInterface(Ci.nsIAccessibleText); } catch { continue; }
      const at = text.getText(0, -1).indexOf(args.phrase);
      if (at >= 0) found = { text, at };
    }
    if (!found) throw new Error('no text holds "' + args.phrase + '"');
    const extents = (offset) => {
      const x = {}, y = {}, width = {}, height = {};
      found.text.getCharacterExtents(offset, x, y, width, height, Ci.nsIAccessibleCoordinateType.COORDTYPE_SCREEN_RELATIVE);
      return { x: x.value, y: y.value, width: width.value, height: height.value };
    };
    const dx = {}, dy = {}, dw = {}, dh = {};
    doc.getBounds(dx, dy, dw, dh);
    const end = found.at + args.phrase.length - 1;
    const onScreen = () => {
      const [a, b] = [extents(found.at), extents(end)];
      return a.y >= dy.value && b.y + b.height <= dy.value + dh.value;
    };
    if (!onScreen()) {
      // Scrolled in the content process; the extents reach the parent's accessibility cache a moment later.
      found.text.scrollSubstringTo(found.at, end + 1, Ci.nsIAccessibleScrollType.SCROLL_TYPE_ANYWHERE);
      for (let tries = 0; tries < 50 && !onScreen(); tries++) await new Promise((done) => setTimeout(done, 50));
    }
    const first = extents(found.at);
    const last = extents(end);
    if (Math.abs(first.y - last.y) > 2) throw new Error('"' + args.phrase + '" runs over two lines');
    const scale = window.devicePixelRatio;
    return JSON.stringify({
      left: (first.x - dx.value) / scale,
      right: (last.x + last.width - dx.value) / scale,
      y: (first.y + first.height / 2 - dy.value) / scale,
    });`,

  errors: `
    // Installed once per window; later calls read and optionally clear what it collected.
    if (!window.lecternTestErrors) {
      const log = [];
      const listener = {
        observe(message) {
          if (!(message instanceof Ci.nsIScriptError) || message.flags & Ci.nsIScriptError.warningFlag) return;
          log.push({ source: message.sourceName ?? '', text: message.errorMessage });
        },
      };
      Services.console.registerListener(listener);
      window.lecternTestErrors = log;
    }
    // Errors forwarded from content processes carry no window id here, so they are told apart by source:
    // the background's one script, the content scripts, and the tab's own origin.
    const base = 'moz-extension://' + args.uuid + '/';
    const found = { page: [], background: [] };
    for (const error of window.lecternTestErrors) {
      const line = error.text + ' (' + error.source + ')';
      if (error.source.startsWith(base + 'background')) found.background.push(line);
      else if (error.source.startsWith(base + 'content-scripts/')) found.page.push(line);
      else if (args.pageOrigin && error.source.startsWith(args.pageOrigin + '/')) found.page.push(line);
    }
    if (args.clear) window.lecternTestErrors.length = 0;
    return JSON.stringify(found);`,
};

/** One node of Firefox's accessibility tree, as the hook returns it. */
export interface GeckoAxNode {
  role: string;
  xmlRoles: string;
  level: string;
  name: string;
  states: string[];
  /** x, y, width, height in CSS pixels, relative to the tab's viewport. */
  bounds: [number, number, number, number];
  children: GeckoAxNode[];
}

export interface CollectedErrors {
  page: string[];
  background: string[];
}

export class ChromeHooks {
  private constructor(
    private readonly send: BidiSend,
    private readonly windowContext: string,
    private readonly addonId: string,
    private readonly uuid: string,
  ) {}

  /** Finds the browser window's chrome context; fails if Firefox was not started with system access. */
  static async attach(send: BidiSend, addonId: string, uuid: string): Promise<ChromeHooks> {
    const { result } = await send('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch((error) => {
      throw new Error(
        `Firefox hook "chrome context" broke: browsingContext.getTree with moz:scope 'chrome' failed ` +
          `(launched without --remote-allow-system-access?): ${(error as Error).message}`,
      );
    });
    const contexts = (result as { contexts: Array<{ context: string; url: string }> }).contexts;
    const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox hook "chrome context" broke: no browser.xhtml window in the tree.');
    const hooks = new ChromeHooks(send, window.context, addonId, uuid);
    await hooks.errors(null, false);
    return hooks;
  }

  private async run(hook: HookName, extra: object = {}): Promise<unknown> {
    const args = JSON.stringify({ addonId: this.addonId, uuid: this.uuid, ...extra });
    let response: EvaluateResult;
    try {
      const { result } = await this.send('script.callFunction', {
        functionDeclaration: `async function (json) { const args = JSON.parse(json); ${CODE[hook]} }`,
        arguments: [{ type: 'string', value: args }],
        target: { context: this.windowContext },
        awaitPromise: true,
      });
      response = result as EvaluateResult;
    } catch (error) {
      throw new Error(`Firefox hook "${HOOKS[hook]}" broke: ${(error as Error).message}`, { cause: error });
    }
    if (response.type === 'exception') {
      throw new Error(
        `Firefox hook "${HOOKS[hook]}" broke: ${response.exceptionDetails?.text ?? 'exception'}`,
      );
    }
    return response.result?.value;
  }

  /** Clicks Lectern's toolbar button in the selected tab: `action.onClicked` fires with the activeTab grant. */
  async clickToolbarButton(): Promise<void> {
    await this.run('toolbarClick');
  }

  /**
   * Presses `keys` (`Alt+Shift+L`: modifiers, then one letter or digit) as keyboard input to the browser
   * window, where browser shortcuts are handled.
   */
  async pressKeys(keys: string): Promise<void> {
    const parts = keys.split('+');
    const key = parts.pop() ?? '';
    await this.run('shortcut', { modifiers: parts, key });
  }

  /** Keeps Firefox's accessibility service running for the browser's life, as a screen reader does. */
  async keepAccessibility(): Promise<void> {
    await this.run('keepAccessibility');
  }

  async badgeText(): Promise<string> {
    return String(await this.run('badgeText'));
  }

  /**
   * The selected tab's accessibility tree as Firefox gives it to screen readers (shadow roots included),
   * once the document at `url` is in it.
   */
  async axTree(url: string): Promise<GeckoAxNode> {
    return JSON.parse(String(await this.run('axTree', { url }))) as GeckoAxNode;
  }

  /**
   * Where `phrase` stands in the selected tab (shadow roots included), scrolled into view if it was not,
   * in CSS pixels from the viewport's top left: the left and right ends of its one line, at mid height.
   */
  async textBox(phrase: string): Promise<{ left: number; right: number; y: number }> {
    return JSON.parse(String(await this.run('textBox', { phrase }))) as {
      left: number;
      right: number;
      y: number;
    };
  }

  /**
   * Uncaught errors since the last clear: the background's, and the page's (from `pageOrigin`, null for
   * none) or Lectern's content scripts'.
   */
  async errors(pageOrigin: string | null, clear: boolean): Promise<CollectedErrors> {
    return JSON.parse(String(await this.run('errors', { pageOrigin, clear }))) as CollectedErrors;
  }
}
