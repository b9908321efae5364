// What the tests need beyond npm: Debian's Chromium (never a downloaded browser), a Java runtime
// for the W3C Nu HTML Checker and poppler's pdftotext, which reads a printed report
// (tests/support/pdf.ts). Install them when we can (root on Debian, as in CI); otherwise stop
// with the exact command to run.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../tests/support/chromium';

const missing: { what: string; packages: string }[] = [];
if (!existsSync(chromiumPath)) missing.push({ what: `Chromium (${chromiumPath})`, packages: 'chromium fonts-noto-cjk' });
if (spawnSync('java', ['-version']).status !== 0) missing.push({ what: 'a Java runtime (java)', packages: 'default-jre-headless' });
if (spawnSync('pdftotext', ['-v']).status !== 0) missing.push({ what: "poppler's pdftotext", packages: 'poppler-utils' });

if (missing.length) {
  const packages = missing.map((m) => m.packages).join(' ');
  const what = missing.map((m) => m.what).join(' and ');
  if (process.getuid?.() === 0) {
    console.log(`Installing ${what}: apt-get install -y ${packages}`);
    execSync(`apt-get update && apt-get install -y ${packages}`, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The tests need ${what}. Install it, then run npm test again:\n\n  sudo apt-get update && sudo apt-get install -y ${packages}\n`,
    );
    process.exit(1);
  }
}
