/**
 * `npm run -s scenario -- FILE.json [--check]`: replays a playbook scenario through the database code
 * and prints the reminders open on its `today` as a JSON array (fixtures/scenarios/README.md).
 * With --check, also compares with the file's `expect` and exits 1 on a difference.
 */
import { readFile } from 'node:fs/promises';
import { runScenario, type Scenario } from './scenario-lib';

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  process.stderr.write('Usage: npm run -s scenario -- FILE.json [--check]\n');
  process.exit(2);
}
const scenario = JSON.parse(await readFile(file, 'utf8')) as Scenario;
const reminders = await runScenario(scenario);
process.stdout.write(`${JSON.stringify(reminders, null, 2)}\n`);
if (check && JSON.stringify(reminders) !== JSON.stringify(scenario.expect ?? [])) {
  process.stderr.write(`${file}: the open reminders differ from "expect".\n`);
  process.exit(1);
}
