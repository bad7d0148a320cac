import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/** `npm start`'s server (without the build) in its own process, as production runs it. */
export function spawnServer(env: Record<string, string>, main = 'server/src/main.ts'): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', './server/ts-loader.mjs', main], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: join(ROOT, 'server', 'no-dist'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Journeyprint on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, process: child, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}
