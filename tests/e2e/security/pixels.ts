import { PNG } from 'pngjs';

export interface PixelDiff {
  /** Pixels whose colour differs by more than the per-channel threshold. */
  differing: number;
  total: number;
  ratio: number;
}

/**
 * Compares two screenshots of the same size pixel by pixel. A channel difference of `threshold` or less
 * (anti-aliasing, sub-pixel text) does not count.
 */
export function comparePngs(a: Buffer, b: Buffer, threshold = 8): PixelDiff {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  if (first.width !== second.width || first.height !== second.height) {
    throw new Error(
      `Screenshots differ in size: ${first.width}×${first.height} and ${second.width}×${second.height}`,
    );
  }
  let differing = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(first.data[i + c]! - second.data[i + c]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  const total = first.width * first.height;
  return { differing, total, ratio: differing / total };
}
