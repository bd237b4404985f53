import { setTimeout as delay } from 'node:timers/promises';
import { byRole, findAll, outline, textOf, walk, type AxNode } from '../support/ax-tree';
import type { ReaderDriver } from '../harness/driver';

export const NO_ARTICLE_MESSAGE = 'No article found on this page';
/** The custom elements that host the reader and the notice in the page. */
export const READER_HOST = 'lectern-reader';
export const NOTICE_HOST = 'lectern-notice';

export function dialogs(tree: AxNode): AxNode[] {
  return findAll(tree, byRole('dialog'));
}

export function noticesIn(tree: AxNode, message = NO_ARTICLE_MESSAGE): AxNode[] {
  return findAll(tree, (node) => byRole('status')(node) && textOf(node).includes(message));
}

/** Whether a node is focused, or holds the focused node. */
export function holdsFocus(node: AxNode): boolean {
  return Array.from(walk(node)).some((n) => n.properties.focused === true);
}

const POLL_MS = 100;
const WAIT_MS = 10_000;

/** Re-reads the accessibility tree until `ready` holds; fails with the last tree when it never does. */
export async function waitForTree(
  driver: ReaderDriver,
  ready: (tree: AxNode) => boolean,
  what: string,
): Promise<AxNode> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const tree = await driver.axTree();
    if (ready(tree)) return tree;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${WAIT_MS} ms for ${what}; the tab's accessibility tree is:\n${outline(tree)}`);
    }
    await delay(POLL_MS);
  }
}

/** Polls `check` until it returns true; `explain` adds the state found to the failure message. */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  explain?: () => Promise<string>,
): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Waited ${WAIT_MS} ms for ${what}.${explain ? ` Found: ${await explain()}` : ''}`);
    }
    await delay(POLL_MS);
  }
}

export function countElements(driver: ReaderDriver, selector: string): Promise<number> {
  return driver.evaluate((s) => document.querySelectorAll(s).length, selector);
}

/** Clicks the toolbar button and waits for the reader's dialog; a failure says what the click did do. */
export async function openReader(driver: ReaderDriver): Promise<AxNode> {
  await driver.clickToolbarButton();
  try {
    return await waitForTree(driver, (tree) => dialogs(tree).length > 0, 'the reader dialog to open');
  } catch (error) {
    const badge = await driver.badgeText();
    const hosts = await countElements(driver, READER_HOST);
    const found = `toolbar badge "${badge}", ${hosts} <${READER_HOST}> in the page`;
    throw new Error(`${(error as Error).message}\n(${found})`, { cause: error });
  }
}

/** Waits until neither the dialog nor its host element is left in the page. */
export async function waitForReaderClosed(driver: ReaderDriver): Promise<void> {
  await waitForTree(driver, (tree) => dialogs(tree).length === 0, 'the reader dialog to close');
  await waitUntil(
    async () => (await countElements(driver, READER_HOST)) === 0,
    `no <${READER_HOST}> in the page`,
  );
}
