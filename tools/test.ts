// npm test: every check, fastest first, stopping at the first failure, then the time each step
// took. Steps in one group run side by side.
import { spawn } from 'node:child_process';

const groups: [name: string, command: string][][] = [
  [['tools', 'tsx tools/ensure-tools.ts']],
  [
    ['format', 'prettier --check --log-level warn .'],
    ['unit', 'vitest run --project unit'],
  ],
  // The build syncs Astro's content store and types; the type check then reads them and may run
  // beside the built-site tests. (Run beside the build, its own sync raced the build's on
  // .astro/data-store.json: on a fresh clone the build once found the reports collection empty.)
  // The copies of the project (tests/copies/) build in folders of their own with caches of their
  // own, so they run beside both.
  [['build', 'astro build']],
  [
    ['types', 'astro check --noSync'],
    ['built', 'vitest run --project built'],
    ['copies', 'vitest run --project copies'],
  ],
  [['e2e', 'vitest run --project e2e']],
];

// The tests read the default build, which names no host (README, "Where the site lives"): a
// SITE_URL set in the shell is left out. The copy built with one sets it itself
// (tests/copies/site-url.test.ts).
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.SITE_URL;

/** Runs a command, its output prefixed when it runs beside another; resolves to its exit code. */
function run(name: string, command: string, prefixed: boolean): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: prefixed ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    if (prefixed) {
      for (const stream of [child.stdout!, child.stderr!]) {
        let rest = '';
        stream.on('data', (chunk: Buffer) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop()!;
          for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
        });
        stream.on('end', () => rest && process.stdout.write(`[${name}] ${rest}\n`));
      }
    }
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const times: [string, number][] = [];
const start = performance.now();
let failed: string | undefined;
for (const group of groups) {
  console.log(`\n> ${group.map(([name, command]) => `${name}: ${command}`).join('   |   ')}`);
  const results = await Promise.all(
    group.map(async ([name, command]) => {
      const begun = performance.now();
      const code = await run(name, command, group.length > 1);
      times.push([name, (performance.now() - begun) / 1000]);
      return { name, code };
    }),
  );
  failed = results.find((r) => r.code !== 0)?.name;
  if (failed) break;
}
console.log('\nstep     seconds');
for (const [name, seconds] of times) console.log(`${name.padEnd(8)} ${seconds.toFixed(1).padStart(7)}`);
console.log(`total    ${((performance.now() - start) / 1000).toFixed(1).padStart(7)}   (steps in a group run side by side)`);
if (failed) {
  console.error(`\nnpm test failed at: ${failed}`);
  process.exit(1);
}
