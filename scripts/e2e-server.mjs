// The end-to-end suite's server: the built app served by the real sync server (as `npm start`
// does), on E2E_PORT, with an embedded store in a data folder that is fresh for every run. The
// folder is per port, removed at start, so runs never see each other's rooms and /tmp holds at
// most one per port.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.env.E2E_PORT ?? '4174';
const dataDir = join(tmpdir(), `journeyprint-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, ['--import', './server/ts-loader.mjs', 'server/src/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, DATA_DIR: dataDir, DIST_DIR: 'dist' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
