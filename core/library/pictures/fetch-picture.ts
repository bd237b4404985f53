import type { ShrunkPicture } from './gather';
import { MAX_PICTURE_HEIGHT, MAX_PICTURE_WIDTH } from './limits';
import type { PictureLeftOut } from './record';

// The browser's fetch, createImageBitmap and OffscreenCanvas (a service worker has them, and so does a
// page); unit tests use a fake PictureSource instead.

const TIMEOUT_MS = 20_000;

/** A failed fetch (offline, refused, timed out) is the site not giving the picture; anything else is a bug. */
const isNetworkFailure = (error: unknown) =>
  error instanceof TypeError || (error instanceof DOMException && /Abort|Timeout/.test(error.name));

/** Reads a response's body, giving up as soon as it passes `maxBytes`. */
async function readAtMost(response: Response, maxBytes: number): Promise<Blob | 'too-large'> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return 'too-large';
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(read.value);
  }
  return new Blob(chunks as BlobPart[], { type: response.headers.get('content-type')?.split(';')[0] ?? '' });
}

/** A picture's bytes from its site, or why not. */
export async function fetchPicture(url: string, maxBytes: number): Promise<Blob | PictureLeftOut> {
  try {
    // No cookies and no referrer: keeping a picture tells its site no more than reading the page did.
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok || !response.body) return 'failed';
    const type = response.headers.get('content-type') ?? '';
    if (/^(?:text\/|application\/(?:json|xml|javascript))/i.test(type)) return 'not-image';
    return await readAtMost(response, maxBytes);
  } catch (error) {
    if (isNetworkFailure(error)) return 'failed';
    throw error;
  }
}

/**
 * Shrinks a picture to the reader's largest size (re-encoded as WebP, JPEG staying JPEG); one that fits is
 * kept as its site sent it, and so is SVG, which is drawn at any size.
 */
export async function shrinkPicture(blob: Blob): Promise<ShrunkPicture | null> {
  if (blob.type === 'image/svg+xml') return { blob, width: 0, height: 0 };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (error) {
    // "The source image could not be decoded": not a picture.
    if (error instanceof DOMException) return null;
    throw error;
  }
  const { width, height } = bitmap;
  const scale = Math.min(1, MAX_PICTURE_WIDTH / width, MAX_PICTURE_HEIGHT / height);
  if (scale === 1) {
    bitmap.close();
    return { blob, width, height };
  }
  const size = {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const type = blob.type === 'image/jpeg' ? 'image/jpeg' : 'image/webp';
  return { blob: await canvas.convertToBlob({ type, quality: 0.85 }), ...size };
}
