/**
 * Every playbook scenario in this folder (the four shared ones and our own), replayed through the
 * database code: the open reminders must equal `expect` exactly. `npm run test:zones` runs this file
 * under several time zones, since nothing in the playbook may depend on the zone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from '../../scripts/scenario-lib';

const folder = join(import.meta.dirname, '.');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe(`playbook scenarios (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('has the shared scenarios and at least twenty of our own', () => {
    expect(files.filter((name) => /^0[1-4]-/.test(name))).toHaveLength(4);
    expect(files.length).toBeGreaterThanOrEqual(24);
  });

  for (const file of files) {
    it(file, async () => {
      const scenario = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Scenario;
      expect(scenario.expect, `${file} has no "expect"`).toBeDefined();
      expect(await runScenario(scenario)).toEqual(scenario.expect);
    });
  }
});
