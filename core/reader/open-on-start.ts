import type { ToggleOutcome } from '../messaging';

/**
 * A toolbar click or the shortcut on a page without the reader injects a tiny script first
 * (`entrypoints/reader-open.ts`), then the reader, in one injection: the reader finds the request, opens at
 * once and answers the injection itself with the outcome. Without it the background waited for the
 * injection to finish and then sent the toggle, a round trip of about 5 ms (2.5 to 11) in which the page did
 * nothing. The flag lives in the extension's own isolated world, which the page cannot reach, and is taken
 * (read and removed) by the reader that starts next.
 */
const FLAG = 'lecternOpenOnStart';

type Scope = Record<string, unknown>;

export function requestOpenOnStart(scope: object = globalThis): void {
  (scope as Scope)[FLAG] = true;
}

export function takeOpenOnStart(scope: object = globalThis): boolean {
  const asked = (scope as Scope)[FLAG] === true;
  delete (scope as Scope)[FLAG];
  return asked;
}

// Every outcome, checked against the type: one added there must be added here.
const OUTCOMES: ReadonlySet<string> = new Set(
  Object.keys({
    opened: true,
    closed: true,
    'no-article': true,
    'too-large': true,
    'unsupported-document': true,
  } satisfies Record<ToggleOutcome, true>),
);

/** Whether an injection's result is the outcome the reader answered with. */
export const isToggleOutcome = (value: unknown): value is ToggleOutcome =>
  typeof value === 'string' && OUTCOMES.has(value);
