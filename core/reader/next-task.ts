/**
 * Resolves in a later task, so that the browser can draw and handle input between two pieces of the
 * reader's work on a large page.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
