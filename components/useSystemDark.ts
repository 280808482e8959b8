import { useEffect, useState } from 'preact/hooks';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Follows the system colour scheme live, so "Match system" flips while the reader stays open. */
export function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => globalThis.matchMedia?.(DARK_QUERY).matches ?? false);
  useEffect(() => {
    const query = globalThis.matchMedia?.(DARK_QUERY);
    if (!query) return;
    const follow = () => setDark(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return dark;
}
