import { loadedExporter, type SaveExporter } from './exporter';
import { requestExporter } from '../page/save-remote';

let loading: Promise<SaveExporter> | null = null;

/** The converters, injected on first use (the menu opening asks already, so a click seldom waits). */
export function loadExporter(request: () => Promise<boolean> = requestExporter): Promise<SaveExporter> {
  const ready = loadedExporter();
  if (ready) return Promise.resolve(ready);
  loading ??= request()
    .then(() => {
      const loaded = loadedExporter();
      if (!loaded) throw new Error('the converters did not load');
      return loaded;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}
