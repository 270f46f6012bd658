// Makes sure a Chromium binary is there before the tests run (`pretest`). Browser tests are part
// of the suite: without a browser the run fails here, loudly, instead of skipping them.
//
// Looks at $CHROMIUM_PATH, then /usr/bin/chromium. When neither exists and we are root on a
// machine with apt-get (Debian, CI), installs Debian's `chromium` package. Otherwise exits 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const APT_GET = '/usr/bin/apt-get';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(
    'ensure-chromium: the browser tests cannot run without Chromium, and a skipped browser test fails the run.\n' +
      'ensure-chromium: install it (Debian: `apt-get install chromium`) or point CHROMIUM_PATH at a Chromium binary.',
  );
  process.exit(1);
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args[0]} exited with ${result.status ?? result.signal}`);
}

const configured = process.env.CHROMIUM_PATH;
if (configured) {
  if (isExecutable(configured)) process.exit(0);
  fail(`CHROMIUM_PATH is set to ${configured}, which is not an executable file.`);
}
if (isExecutable(DEBIAN_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !isExecutable(APT_GET)) {
  fail(`no Chromium at ${DEBIAN_CHROMIUM}, and it cannot be installed here (needs root and apt-get).`);
}

console.log(`ensure-chromium: no Chromium at ${DEBIAN_CHROMIUM}; installing Debian's chromium package.`);
run(APT_GET, ['update', '-qq']);
run(APT_GET, ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation']);
if (!isExecutable(DEBIAN_CHROMIUM)) fail(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing.`);
console.log(`ensure-chromium: installed ${DEBIAN_CHROMIUM}.`);
