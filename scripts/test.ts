// npm test: every check in turn, fastest first, stopping at the first failure, then the time
// each step took.
import { spawnSync } from 'node:child_process';

const steps: [name: string, command: string][] = [
  ['tools', 'tsx scripts/ensure-tools.ts'],
  ['format', 'prettier --check --log-level warn .'],
  ['unit', 'vitest run --project unit'],
  ['types', 'astro check'],
  ['build', 'astro build'],
  ['built', 'vitest run --project built'],
  ['e2e', 'vitest run --project e2e'],
];

const times: [string, number][] = [];
let failed: string | undefined;
for (const [name, command] of steps) {
  console.log(`\n> ${name}: ${command}`);
  const start = performance.now();
  const run = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  times.push([name, (performance.now() - start) / 1000]);
  if (run.status !== 0) {
    failed = name;
    break;
  }
}
console.log('\nstep     seconds');
for (const [name, seconds] of times) console.log(`${name.padEnd(8)} ${seconds.toFixed(1).padStart(7)}`);
console.log(
  `total    ${times
    .reduce((s, [, t]) => s + t, 0)
    .toFixed(1)
    .padStart(7)}`,
);
if (failed) {
  console.error(`\nnpm test failed at: ${failed}`);
  process.exit(1);
}
