// Browser tests drive Debian's Chromium (never a downloaded browser). Install it when we can
// (root on Debian, as in CI); otherwise stop with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const install = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0) {
    console.log(`Chromium is missing; installing it: ${install}`);
    execSync(install, { stdio: 'inherit', shell: '/bin/bash', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`Chromium is missing at ${path}. Install it, then run npm test again:\n\n  sudo ${install.replace('&& apt-get', '&& sudo apt-get')}\n`);
    process.exit(1);
  }
}
