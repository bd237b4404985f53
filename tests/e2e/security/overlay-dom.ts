import type { BrowserContext, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  localName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode, name: string): DomNode | null {
  if (node.localName === name && node.shadowRoots?.length) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return null;
}

/**
 * Runs `fn(articleBody, arg)` on the reader's article body, inside the reader's closed shadow root, in the
 * page's main world (where the page's own scripts and any inline handler would run). DevTools reaches into
 * closed shadow roots; nothing in the extension is opened up for it. Null when no reader is open.
 */
export async function inReaderBody<R, A>(
  context: BrowserContext,
  page: Page,
  fn: (body: ParentNode, arg: A) => R,
  arg: A,
): Promise<R | null> {
  const session = await context.newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const shadow = findHost(root, 'lectern-reader')?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await session.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this.querySelector('.article-body'), arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`In the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await session.detach();
  }
}
