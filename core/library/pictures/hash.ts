/** The SHA-256 of a picture's bytes in hex: the key it is stored under, the same for the same picture. */
export async function pictureHash(bytes: ArrayBuffer): Promise<string> {
  // A view of the bytes, not the buffer itself: a buffer from another realm (a test's DOM) is refused.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
