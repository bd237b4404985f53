import type { CDPSession, Page } from 'playwright-core';
import { objectId } from '../support/axe';

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  localName?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* nodes(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodes(child);
  for (const root of node.shadowRoots ?? []) yield* nodes(root);
}

/** The reader's shadow root (the page beneath holds the same text), or the document outside the reader. */
const tree = async (session: CDPSession): Promise<DomNode> => {
  await session.send('DOM.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = Array.from(nodes(root)).find((n) => n.localName === 'lectern-reader');
  return host?.shadowRoots?.[0] ?? root;
};

/**
 * Where `phrase` stands on screen, inside the reader's closed shadow root (DevTools reaches it; the page's
 * scripts cannot): the left and right ends of its first line, at mid height.
 */
export async function phraseBox(
  session: CDPSession,
  phrase: string,
): Promise<{ left: number; right: number; y: number }> {
  const text = Array.from(nodes(await tree(session))).find(
    (n) => n.nodeType === 3 && (n.nodeValue ?? '').includes(phrase),
  );
  if (!text) throw new Error(`"${phrase}" is not in the page.`);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: text.backendNodeId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: await objectId(session, text.backendNodeId),
    functionDeclaration: `function (phrase) {
      const range = document.createRange();
      const at = this.data.indexOf(phrase);
      range.setStart(this, at);
      range.setEnd(this, at + phrase.length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = rects[0];
      const sameLine = rects.filter((r) => Math.abs(r.top - first.top) < 2);
      return { left: first.left, right: Math.max(...sameLine.map((r) => r.right)), y: first.top + first.height / 2 };
    }`,
    arguments: [{ value: phrase }],
    returnByValue: true,
  });
  return result.value as { left: number; right: number; y: number };
}

/** The text selected in the reader (its closed root gives its own selection in Chromium), or the page. */
export async function selectedText(session: CDPSession): Promise<string> {
  const root = await tree(session);
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: await objectId(session, root.backendNodeId),
    functionDeclaration: `function () {
      return String((this.getSelection ? this.getSelection() : document.getSelection()) ?? '');
    }`,
    returnByValue: true,
  });
  return String(result.value);
}

/**
 * Selects `phrase` with the mouse, from just inside its start to just past its end. Like a user, it holds
 * the button until the selection shows the whole phrase: a busy tab can handle the last moves of a drag
 * after the release would have come, and the selection then stops short.
 */
export async function dragSelect(page: Page, session: CDPSession, phrase: string): Promise<void> {
  const box = await phraseBox(session, phrase);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  // Just past the last letter: the nearest caret place is after it (just inside it, Chromium sometimes
  // chose the place before it).
  await page.mouse.move(box.right + 1, box.y, { steps: 8 });
  const deadline = Date.now() + 5_000;
  while ((await selectedText(session)).trim() !== phrase && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await page.mouse.move(box.right + 1, box.y);
  }
  await page.mouse.up();
}

/** The highlight marks in the reader (or any closed root): their text, colour and whether they have a note. */
export async function marksIn(
  session: CDPSession,
): Promise<{ text: string; color: string; note: boolean }[]> {
  const found: { text: string; color: string; note: boolean }[] = [];
  for (const n of nodes(await tree(session))) {
    if (n.localName !== 'mark') continue;
    const attrs = new Map<string, string>();
    for (let i = 0; i + 1 < (n.attributes ?? []).length; i += 2)
      attrs.set(n.attributes![i]!, n.attributes![i + 1]!);
    if (attrs.get('class') !== 'lectern-highlight') continue;
    const text = Array.from(nodes(n))
      .filter((c) => c.nodeType === 3)
      .map((c) => c.nodeValue)
      .join('');
    found.push({ text, color: attrs.get('data-color') ?? '', note: attrs.has('data-note') });
  }
  return found;
}

/** Clicks the middle of `phrase` in the reader, as a mouse does. */
export async function clickPhrase(page: Page, session: CDPSession, phrase: string): Promise<void> {
  const box = await phraseBox(session, phrase);
  await page.mouse.click((box.left + box.right) / 2, box.y);
}
