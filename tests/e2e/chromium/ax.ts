import type { CDPSession } from 'playwright-core';
import type { AxNode } from '../support/ax-tree';

interface CdpAxValue {
  value?: unknown;
}
interface CdpAxNode {
  nodeId: string;
  parentId?: string;
  childIds?: string[];
  ignored: boolean;
  role?: CdpAxValue;
  name?: CdpAxValue;
  properties?: Array<{ name: string; value: CdpAxValue }>;
}

function toAxNode(node: CdpAxNode, byId: Map<string, CdpAxNode>): AxNode {
  const properties: AxNode['properties'] = {};
  for (const property of node.properties ?? []) {
    const value = property.value.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      properties[property.name] = value;
    }
  }
  const children = (node.childIds ?? [])
    .map((id) => byId.get(id))
    .filter((child): child is CdpAxNode => child !== undefined)
    .map((child) => toAxNode(child, byId));
  return {
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    ignored: node.ignored,
    properties,
    children,
  };
}

/** Chromium's full accessibility tree of the page's main frame; closed shadow roots are part of it. */
export async function readAxTree(session: CDPSession): Promise<AxNode> {
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: CdpAxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const root = nodes.find((node) => node.parentId === undefined || !byId.has(node.parentId));
  if (!root) throw new Error('Chromium returned an empty accessibility tree.');
  return toAxNode(root, byId);
}
