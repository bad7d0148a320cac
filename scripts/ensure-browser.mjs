#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests, using the system one (there is no
// browser download here). Order: $CHROME_PATH, /usr/bin/chromium, then on Debian as root:
// apt-get install chromium and CJK fonts. Prints the path it settled on.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

let path = found();
if (!path || !hasCjkFont()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('ensure-browser: installing chromium and fonts-noto-cjk with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq', { stdio: 'inherit', env });
    execSync('apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit', env });
    path = found();
  }
}
if (!path) {
  console.error(
    'ensure-browser: no Chromium found. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.',
  );
  process.exit(1);
}
if (!hasCjkFont()) console.warn('ensure-browser: no CJK font found; Chinese text will render as boxes (apt-get install fonts-noto-cjk).');
console.log(`ensure-browser: using ${path}`);
