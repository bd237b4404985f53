import { walkClutter, type FindClutterOptions } from './find-clutter';
import { hideElements, pauseMedia } from './hide';

export { isClutter, walkClutter, type FindClutterOptions } from './find-clutter';
export { HIDDEN_ATTR, STYLE_ID, hideElements, pauseMedia } from './hide';

function hideAndPause(doc: Document, clutter: Element[]): () => void {
  const restoreHidden = hideElements(doc, clutter);
  const resumeMedia = pauseMedia(doc);
  return () => {
    restoreHidden();
    resumeMedia();
  };
}

export interface StepOptions extends FindClutterOptions {
  /** Resolves in a later task. */
  pause: () => Promise<void>;
  /** The longest stretch of work between two pauses (default 40 ms). */
  stepMs?: number;
  /** Once aborted, nothing is hidden (checked at every pause and before hiding). */
  signal?: AbortSignal;
}

/**
 * Hides the clutter around `region` and pauses media; returns the function that puts everything back (one
 * that does nothing where `signal` aborted first: then nothing was hidden). The search is spread over
 * several tasks: on a large page, reading every element's computed position takes longer than a user
 * tolerates a frozen tab.
 */
export async function declutterInSteps(
  doc: Document,
  region: Element | null,
  options: StepOptions,
): Promise<() => void> {
  const nothing = () => {};
  if (options.signal?.aborted) return nothing;
  const stepMs = options.stepMs ?? 40;
  const found: Element[] = [];
  const walk = walkClutter(doc, region, found, options);
  let stepStart = performance.now();
  while (!walk.next().done) {
    if (performance.now() - stepStart > stepMs) {
      await options.pause();
      if (options.signal?.aborted) return nothing;
      stepStart = performance.now();
    }
  }
  return options.signal?.aborted ? nothing : hideAndPause(doc, found);
}
