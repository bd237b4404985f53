import { HIDDEN_ATTR, STYLE_ID } from '../declutter/hide';
import type { ExtractResult } from '../extract';

/** WXT's content-script UI adds its document-level rules in a <style> marked with this attribute. */
const UI_DOCUMENT_STYLES = 'wxt-shadow-root-document-styles';

/** Nodes the reader itself puts in the page: its hosts (`<lectern-…>`) and the stylesheets it adds. */
function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.tagName.startsWith('LECTERN-') || el.id === STYLE_ID || el.hasAttribute(UI_DOCUMENT_STYLES);
}

/** A change the reader made itself while it was open: its hosts, the clutter marker and its stylesheet. */
function isOwnChange(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName === HIDDEN_ATTR;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

interface PageWatch {
  changed(): boolean;
  stop(): void;
}

/** Notes whether anything but the reader's own work changes `doc` (or its address) from now on. */
function watchPage(doc: Document): PageWatch {
  const url = doc.URL;
  let changed = false;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const note = (records: MutationRecord[]) => {
    if (changed || records.every(isOwnChange)) return;
    changed = true;
    observer.disconnect();
  };
  const observer = new Observer(note);
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    changed: () => {
      // Records not yet delivered count too.
      if (!changed) note(observer.takeRecords());
      return changed || doc.URL !== url;
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * Extraction that is done once per state of the page: opening the reader again on a page that has not
 * changed since the last extraction (nothing but the reader's own hosts, clutter markers and stylesheets
 * came and went) shows the same article without reading the page again. Any other change to the page's
 * DOM or address, including one made while the reader was open, makes the next opening extract afresh.
 * Only articles are remembered: a page without one is read again each time.
 */
export function rememberedExtraction(
  doc: Document,
  extract: () => Promise<ExtractResult>,
): () => Promise<ExtractResult> {
  let last: { result: ExtractResult; watch: PageWatch } | null = null;
  return async () => {
    if (last && !last.watch.changed()) return last.result;
    last?.watch.stop();
    last = null;
    // Watching starts before extraction, which yields to the page between its steps.
    const watch = watchPage(doc);
    const result = await extract();
    if (result.ok) last = { result, watch };
    else watch.stop();
    return result;
  };
}
