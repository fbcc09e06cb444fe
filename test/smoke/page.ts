/**
 * Entry of the smoke bundle for the browser, and the example page of docs/browser.png: a live
 * ticker from the local exchange above the results of the smoke suite. `window.runSmoke` is what
 * the runner calls; the page fills in as results arrive.
 */
import {
  filterNewSocketOnly,
  keepMessagesOnly,
  publicWebsocketConnection,
  subscribeTicker,
} from '../../src';
import { runSmoke, type SmokeConfig, type SmokeResult } from './smoke';

function showTicker(config: SmokeConfig): void {
  const connection = publicWebsocketConnection({ url: config.urls.combined });
  const messages = connection.pipe(keepMessagesOnly());
  const price = document.getElementById('price')!;
  connection
    .pipe(filterNewSocketOnly(), subscribeTicker(config.symbol, messages))
    .subscribe((t) => {
      price.textContent = `${t.s} ${t.c} (${t.P} %)`;
    });
  connection.connect();
}

function showResults(results: readonly SmokeResult[]): void {
  const rows = results.map((r) => {
    const row = document.createElement('tr');
    for (const text of [r.ok ? '✔' : '✘', r.check, r.detail]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    row.className = r.ok ? 'ok' : 'failed';
    return row;
  });
  document.getElementById('results')!.replaceChildren(...rows);
}

(window as unknown as { runSmoke: unknown }).runSmoke = async (config: SmokeConfig) => {
  showTicker(config);
  const results = await runSmoke(config);
  showResults(results);
  return results;
};
