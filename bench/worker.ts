/**
 * One client's own process: `run.ts` starts one per client and sends it the scenarios one at a
 * time over IPC; it measures (bench/measure.ts) and answers with the figures. So every client runs
 * alone, as in an application using one library: only its own code loaded and optimised, its own
 * heap and RSS.
 */
import { loadClients } from './clients';
import { measure, type Settings } from './measure';
import type { Urls } from './clients';
import type { Scenario } from './scenarios';

export interface Job {
  readonly id: number;
  readonly urls: Urls;
  readonly scenario: Scenario;
  readonly settings: Settings;
}

const name = process.argv[2];
const client = (await loadClients()).find((c) => c.name === name);
if (client === undefined || process.send === undefined) {
  console.error(`bench worker: no client ${name} (or no IPC channel)`);
  process.exit(1);
}
const reply = (message: object) => process.send!(message);
process.on('message', (job: Job) => {
  measure(job.urls, job.scenario, client, job.settings).then(
    (result) => reply({ id: job.id, result }),
    (error: unknown) => reply({ id: job.id, error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
