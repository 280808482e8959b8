import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { exportArticle } from '../utils/save/export-article';
import { provideExporter } from '../utils/save/exporter';

// Injected by the background when the save menu first asks (utils/background/save-request.ts): the Markdown converter
// (turndown) and the HTML page builder, kept out of every script that runs on a plain open of the reader.
export default defineUnlistedScript(() =>
  provideExporter({ exportArticle, isAlive: () => browser.runtime?.id !== undefined }),
);
