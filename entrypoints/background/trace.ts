/**
 * For failures the background can do nothing about and the user need not see (a context menu that already
 * exists, a popup setting refused while the browser shuts down): traced in development builds so they are
 * not invisible, quiet in the shipped one.
 */
export function traceFailure(what: string): (error: unknown) => void {
  return (error) => {
    if (import.meta.env.DEV) console.warn(`Lectern: ${what} failed.`, error);
  };
}
