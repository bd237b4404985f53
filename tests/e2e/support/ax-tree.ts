/**
 * The accessibility tree as a screen reader gets it, in a shape every browser driver can produce. It is how
 * the scenarios look inside the reader: the overlay lives in a closed shadow root that DOM queries cannot
 * enter, but assistive technology sees it, and so do these helpers.
 */
export interface AxNode {
  role: string;
  name: string;
  /** Left out of what assistive technology presents (hidden, inert, or outside an open modal). */
  ignored: boolean;
  /** States such as `modal`, `focused`, `pressed`, by their ARIA names. */
  properties: Record<string, string | number | boolean>;
  children: AxNode[];
}

/** Roles whose name is the text itself, not a label: what a screen reader reads out as content. */
const TEXT_ROLES = new Set(['StaticText', 'text']);

export function* walk(node: AxNode, skip?: (node: AxNode) => boolean): Generator<AxNode> {
  if (skip?.(node)) return;
  yield node;
  for (const child of node.children) yield* walk(child, skip);
}

export function findAll(root: AxNode, matches: (node: AxNode) => boolean): AxNode[] {
  return Array.from(walk(root)).filter(matches);
}

export function byRole(role: string, name?: string): (node: AxNode) => boolean {
  return (node) => !node.ignored && node.role === role && (name === undefined || node.name === name);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Nodes exposed to assistive technology that have something to announce (a text run or a named control),
 * leaving out the subtrees `skip` matches. Ignored nodes are looked through, not skipped: a browser may
 * ignore a layout wrapper and still expose what is inside it.
 */
export function announcedNodes(root: AxNode, skip?: (node: AxNode) => boolean): AxNode[] {
  return Array.from(walk(root, skip)).filter((n) => !n.ignored && n.name.trim() !== '');
}

/** The text content of a node as read out: its exposed text runs, in order. */
export function textOf(node: AxNode): string {
  const runs = Array.from(walk(node)).filter((n) => !n.ignored && TEXT_ROLES.has(n.role));
  return collapse(runs.map((n) => n.name).join(''));
}

/** A compact outline of the tree, for failure messages. */
export function outline(node: AxNode, depth = 0, lines: string[] = []): string {
  if (!node.ignored) {
    const name = node.name ? ` "${collapse(node.name).slice(0, 60)}"` : '';
    lines.push(`${'  '.repeat(depth)}${node.role}${name}`);
  }
  for (const child of node.children) outline(child, node.ignored ? depth : depth + 1, lines);
  return lines.join('\n');
}
