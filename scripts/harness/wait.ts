/**
 * Polls `read` until `done` holds, or — with `stableFor` — until the value stopped changing for that long
 * (for bursts whose end nothing announces). Throws naming what it waited for.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  options: { timeout?: number; interval?: number; stableFor?: number } = {},
): Promise<T> {
  const { timeout = 10_000, interval = 5, stableFor } = options;
  const start = Date.now();
  let last: { value: T; since: number } | null = null;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    const now = Date.now();
    if (stableFor !== undefined) {
      if (!last || JSON.stringify(last.value) !== JSON.stringify(value)) last = { value, since: now };
      else if (now - last.since >= stableFor) return value;
    }
    if (now - start > timeout)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
