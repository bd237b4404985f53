import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CDPSession } from 'playwright-core';

/**
 * Where the time from the toolbar click to the painted reader goes, from the renderer's own CPU profiler:
 * no mark or hook in the extension. The content script is built with a hidden source map (see
 * `buildWithSourceMaps`), so every sampled frame of it maps back to the module it came from, and the module
 * names the stage.
 */
export const STAGES = [
  'injection wait',
  'injection, renderer busy',
  'script start',
  'settings',
  'page limits',
  'clutter search and hiding',
  'extraction',
  'overlay mount',
  'other reader code',
  'garbage collection',
  'style, layout, paint',
  'idle (waiting)',
  'not sampled',
  'whole click → painted',
] as const;

export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

/** Source paths (as the source map names them) → the stage their code belongs to; first match wins. */
const MODULE_STAGES: Array<[RegExp, Stage]> = [
  [/core\/settings\/|@wxt-dev\/storage|superlock/, 'settings'],
  [/core\/reader\/page-limits/, 'page limits'],
  [/core\/declutter\/|core\/clutter-names/, 'clutter search and hiding'],
  [/core\/extract\/|@mozilla\/readability|dompurify/, 'extraction'],
  [
    /components\/|preact|overlay-ui|notice-ui|content-script-ui|isolated-element|wait-element|@fontsource|core\/(i18n|reader\/(cjk-serif|reader-style|reader-fonts|bundled-font|keys|adjust))/,
    'overlay mount',
  ],
];

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Sampling interval, µs: fine enough for stages of a few milliseconds, light enough not to slow them much. */
const SAMPLE_US = 100;

export function emptyStages(): StageTimes {
  return Object.fromEntries(STAGES.map((stage) => [stage, 0])) as StageTimes;
}

/** Maps a frame of the content script to its stage through the bundle's source map. */
export class StageMap {
  private readonly map: TraceMap;
  private readonly cache = new Map<string, Stage | null>();

  constructor(
    readonly scriptPath: string,
    mapFile: string,
  ) {
    this.map = new TraceMap(readFileSync(mapFile, 'utf8'));
  }

  /** Whether a frame runs the content script (its URL ends with the bundle's path in the extension). */
  owns(frame: CallFrame): boolean {
    return frame.url.endsWith(this.scriptPath);
  }

  stageOf(frame: CallFrame): Stage | null {
    // The script's own evaluation has no position (-1).
    if (frame.lineNumber < 0) return null;
    const key = `${frame.lineNumber}:${frame.columnNumber}`;
    if (!this.cache.has(key)) {
      const { source } = originalPositionFor(this.map, {
        line: frame.lineNumber + 1,
        column: frame.columnNumber,
      });
      this.cache.set(key, MODULE_STAGES.find(([pattern]) => source && pattern.test(source))?.[1] ?? null);
    }
    return this.cache.get(key)!;
  }
}

/**
 * Starts the page's CPU profiler; `stop(untilMs)` returns the milliseconds spent in each stage from then
 * until `untilMs` later (the moment the reader was painted: the profiler stops a round trip after it).
 */
export async function profileStages(
  session: CDPSession,
  map: StageMap,
): Promise<(untilMs: number) => Promise<StageTimes>> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await session.send('Profiler.start');
  return async (untilMs) => {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    await session.send('Profiler.disable');
    return attribute(profile, map, untilMs);
  };
}

/**
 * Each sample's time goes to the innermost frame of the content script that maps to a stage (so Readability
 * called from the session counts as extraction); a sample in the content script outside every stage's
 * modules is "other reader code", or "script start" before the reader first reads its settings. Samples
 * before the content script first runs are the injection: idle ones the wait for the background and the
 * browser, busy ones the renderer compiling the script (or doing the page's own work); V8's own "(program)" samples are the
 * renderer's native work (style, layout, paint, messages), "(idle)" is waiting. What no sample covers (the
 * sampler did not get a CPU: a loaded machine) is "not sampled", so the stages add up to the whole click.
 */
export function attribute(profile: Profile, map: StageMap, untilMs: number): StageTimes {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const times = emptyStages();
  let started = false;
  let settingsRead = false;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]! / 1000;
    if (at >= untilMs) break;
    const ms = Math.min((profile.timeDeltas[i + 1] ?? SAMPLE_US) / 1000, untilMs - at);
    const leaf = nodes.get(profile.samples[i]!)!;
    let stage: Stage | null = null;
    let ours = false;
    for (let id: number | undefined = leaf.id; id !== undefined && !stage; id = parents.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      if (!map.owns(frame)) continue;
      ours = true;
      stage = map.stageOf(frame);
    }
    if (ours) started = true;
    if (stage === 'settings') settingsRead = true;
    const name = leaf.callFrame.functionName;
    // Before the script's first frame the renderer either waits (the background, the browser) or works:
    // compiling the injected script, or the page's own rendering.
    if (!started) times[name === '(idle)' ? 'injection wait' : 'injection, renderer busy'] += ms;
    else if (stage) times[stage] += ms;
    else if (ours) times[settingsRead ? 'other reader code' : 'script start'] += ms;
    else if (name === '(garbage collector)') times['garbage collection'] += ms;
    else if (name === '(idle)') times['idle (waiting)'] += ms;
    else times['style, layout, paint'] += ms;
  }
  const sampled = STAGES.slice(0, -2).reduce((sum, stage) => sum + times[stage], 0);
  times['not sampled'] = Math.max(0, untilMs - sampled);
  times['whole click → painted'] = untilMs;
  return times;
}
