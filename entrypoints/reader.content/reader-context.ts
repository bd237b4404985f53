import { ContentScriptContext } from 'wxt/utils/content-script-context';

const CURRENT = Symbol.for('lectern.reader.context');
type Slot = { [CURRENT]?: ReaderContext };

/**
 * The reader's lifetime. WXT's own context ends when a `…:wxt:content-script-started` event reaches
 * `document`, and any page that knows the extension's id could fire one and tear the open reader down.
 * This context ends only when a newer copy of the reader starts in the same tab (found through a global of
 * the extension's isolated world, which the page cannot see) or when the extension itself goes away.
 */
export class ReaderContext extends ContentScriptContext {
  constructor() {
    super('lectern-reader');
  }

  override stopOldScripts(): void {
    const slot = globalThis as Slot;
    slot[CURRENT]?.notifyInvalidated();
    slot[CURRENT] = this;
  }

  override listenForNewerScripts(): void {
    // Nothing the page can send ends this context: see stopOldScripts.
  }
}
