/** Reading position as a share of the scrollable height, so it survives a different window size. */
export function scrollProgress(scrollTop: number, scrollHeight: number, viewHeight: number): number {
  const range = scrollHeight - viewHeight;
  return range > 0 ? Math.min(1, Math.max(0, scrollTop / range)) : 0;
}

export function scrollTopFor(progress: number, scrollHeight: number, viewHeight: number): number {
  return Math.max(0, Math.round(progress * (scrollHeight - viewHeight)));
}
