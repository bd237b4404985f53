import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The corpus's reference scorer (../shared/bench/score.mjs), imported rather than copied so the bench
 * always scores exactly as the corpus README defines. It is plain JS outside the project, hence the types.
 */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  accuracy: number;
}

export interface CorpusScore {
  n: number;
  f1: number | null;
  precision: number | null;
  recall: number | null;
  accuracy: number | null;
  f1_std: number;
}

interface ScoreModule {
  tokenize(text: string): string[];
  evaluate(
    groundTruth: Record<string, { articleBody: string }>,
    predictions: Record<string, string>,
    options?: { nBootstrap?: number; seed?: number; allowMissing?: boolean },
  ): { result: CorpusScore; perDoc: Record<string, PageScore> };
}

export async function loadScorer(repoRoot: string): Promise<ScoreModule> {
  const path = resolve(repoRoot, '../shared/bench/score.mjs');
  return (await import(pathToFileURL(path).href)) as ScoreModule;
}
