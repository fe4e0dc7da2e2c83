// Makes sure the end-to-end tests have a Chromium, and says which one.
// Order: $LIAISON_CHROMIUM, Playwright's own browser, a system Chromium; failing
// all three, as root on Debian, installs Debian's `chromium` package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function describe(found) {
  if (found.kind === 'playwright') return "Playwright's own Chromium";
  if (found.kind === 'env') return `$LIAISON_CHROMIUM (${found.executablePath})`;
  return `the system Chromium at ${found.executablePath}`;
}

let found = findBrowser();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    console.error(
      'No Chromium found. Run `npx playwright install chromium`, install a system Chromium, ' +
        'or point LIAISON_CHROMIUM at one.',
    );
    process.exit(1);
  }
  console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  found = findBrowser();
  if (!found) {
    console.error('apt-get finished but no chromium is on the PATH.');
    process.exit(1);
  }
}
console.log(`End-to-end tests will use ${describe(found)}.`);
