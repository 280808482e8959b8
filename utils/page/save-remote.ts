import { browser } from 'wxt/browser';
import { LOAD_EXPORTER, type LoadExporterRequest } from '../contract';

/** Page side: asks for the converters; true once the background has injected them. */
export async function requestExporter(): Promise<boolean> {
  const request: LoadExporterRequest = { type: LOAD_EXPORTER };
  return (await browser.runtime.sendMessage(request)) === true;
}
