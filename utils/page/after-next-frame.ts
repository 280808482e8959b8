/**
 * Resolves in a task after the next frame, so after the paint of whatever was rendered before the call: a task
 * posted from requestAnimationFrame runs once that frame is produced. The reader's painted mark waits on it, and
 * so does the adjustments script's whole-page replay, which must not delay that frame.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
