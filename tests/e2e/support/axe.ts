import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession } from 'playwright-core';

/** One axe-core finding, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The impacts that fail a test; minor and moderate findings are reported by axe but not gated on. */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

export interface DomNode {
  backendNodeId: number;
  localName: string;
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

async function axeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** Every closed shadow root in the tree DevTools returned (`DOM.getDocument` with `pierce`), with its host. */
export function* closedRoots(node: DomNode, host?: DomNode): Generator<{ host: DomNode; root: DomNode }> {
  if (host && node.shadowRootType === 'closed') yield { host, root: node };
  for (const child of node.children ?? []) yield* closedRoots(child);
  for (const root of node.shadowRoots ?? []) yield* closedRoots(root, node);
}

/** A handle to the node for `Runtime.callFunctionOn`. */
export async function objectId(session: CDPSession, backendNodeId: number): Promise<string> {
  const { object } = await session.send('DOM.resolveNode', { backendNodeId });
  if (!object.objectId) throw new Error(`DevTools could not resolve node ${backendNodeId}.`);
  return object.objectId;
}

/**
 * Runs axe-core in the main world of the page behind `session` and returns its violations inside the
 * elements `include` selects (default: the whole document).
 *
 * axe walks shadow trees through `element.shadowRoot`, which is null for closed roots (Lectern's reader and
 * notice). DevTools can reach closed roots, so for the duration of the run each closed root is exposed on
 * its host as `shadowRoot` and taken away again afterwards: axe checks the very DOM the user gets, and no
 * shipped code has a hook for it.
 */
export async function runAxe(session: CDPSession, include?: string[]): Promise<AxeViolation[]> {
  await session.send('DOM.enable');
  await session.send('Runtime.evaluate', { expression: await axeSource() });
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const exposed: string[] = [];
  try {
    for (const { host, root: shadow } of closedRoots(root)) {
      const hostId = await objectId(session, host.backendNodeId);
      const rootId = await objectId(session, shadow.backendNodeId);
      await session.send('Runtime.callFunctionOn', {
        objectId: hostId,
        functionDeclaration:
          'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
        arguments: [{ objectId: rootId }],
      });
      exposed.push(hostId);
    }
    const context = include ? JSON.stringify({ include: include.map((s) => [s]) }) : 'document';
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
        id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`axe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as AxeViolation[];
  } finally {
    for (const hostId of exposed) {
      await session.send('Runtime.callFunctionOn', {
        objectId: hostId,
        functionDeclaration: 'function () { delete this.shadowRoot; }',
      });
    }
  }
}

/** The violations a test fails on, formatted one per line for the failure message. */
export function blocking(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact !== null && BLOCKING_IMPACTS.includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}
