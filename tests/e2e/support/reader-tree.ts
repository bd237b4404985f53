import { setTimeout as delay } from 'node:timers/promises';
import { byRole, findAll, outline, textOf, type AxNode } from './ax-tree';

/** Reads the tab's accessibility tree (`read`) until `ready` holds, up to `tries` times 100 ms; returns it. */
export async function untilTree(
  read: () => Promise<AxNode>,
  what: string,
  ready: (tree: AxNode) => boolean,
  tries = 100,
): Promise<AxNode> {
  for (let tried = 0; ; tried++) {
    const tree = await read();
    if (ready(tree)) return tree;
    if (tried === tries) throw new Error(`${what} did not happen:\n${outline(tree)}`);
    await delay(100);
  }
}

/** The text of the reader's modal dialog, '' when none is open. */
export const dialogText = (tree: AxNode): string => {
  const dialog = findAll(tree, byRole('dialog')).find((node) => node.properties.modal === true);
  return dialog ? textOf(dialog) : '';
};
export const readerShows = (text: string) => (tree: AxNode) => dialogText(tree).includes(text);
export const pickerOpen = (tree: AxNode) => findAll(tree, byRole('dialog', 'Pick the article')).length > 0;
export const noDialog = (tree: AxNode) => findAll(tree, byRole('dialog')).length === 0;
