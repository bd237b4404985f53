import type { CDPSession } from 'playwright-core';

interface DomNode {
  nodeId: number;
  localName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* nodes(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodes(child);
  for (const root of node.shadowRoots ?? []) yield* nodes(root);
}

function attribute(node: DomNode, name: string): string | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1] ?? '';
  return null;
}

const hasClass = (node: DomNode, name: string): boolean =>
  (attribute(node, 'class') ?? '').split(/\s+/).includes(name);

/**
 * The font families the renderer drew the text of the element with id `id` in (closed shadow roots
 * included): what the user sees, not only what CSS asked for. Empty when there is no such element.
 */
export async function renderedFonts(session: CDPSession, tag: string, id: string): Promise<string[]> {
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const match = Array.from(nodes(root)).find((n) => n.localName === tag && attribute(n, 'id') === id);
  const text = match?.children?.[0];
  if (!text) return [];
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId: text.nodeId });
  return fonts.map((font) => font.familyName);
}

/**
 * The computed style of the first `tag.className` element in the page, closed shadow roots included (the
 * page's own scripts cannot see into the reader's, DevTools can). Null when there is none.
 */
export async function computedStyle(
  session: CDPSession,
  tag: string,
  className: string,
  properties: string[],
): Promise<Record<string, string> | null> {
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const match = Array.from(nodes(root)).find((n) => n.localName === tag && hasClass(n, className));
  if (!match) return null;
  const { computedStyle } = await session.send('CSS.getComputedStyleForNode', { nodeId: match.nodeId });
  return Object.fromEntries(
    properties.map((name) => [name, computedStyle.find((p) => p.name === name)?.value ?? '']),
  );
}
