// Runs the date-sensitive tests once per time zone. TZ must be set before Node starts (the zone is
// read once), so each zone is its own vitest process. Exit code: non-zero when any zone fails.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland'];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['tests/scenarios', 'tests/domain'];
const failed = [];
for (const zone of ZONES) {
  process.stdout.write(`\n— TZ=${zone}\n`);
  const run = spawnSync('npx', ['vitest', 'run', ...paths], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) failed.push(zone);
}
process.stdout.write(
  `\n${ZONES.length - failed.length} zones passed, ${failed.length} failed${failed.length ? `: ${failed.join(', ')}` : ''}\n`,
);
process.exit(failed.length ? 1 : 0);
