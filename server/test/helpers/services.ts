import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/**
 * Throwaway PostgreSQL and Redis servers from the Debian packages (`postgresql`, `redis-server`;
 * .ci/run installs them), each on a free port in a temporary folder, stopped after the tests.
 */
export interface Service {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function which(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function postgresBin(): string | null {
  const initdb = which('initdb');
  if (initdb && which('postgres')) return dirname(realpathSync(initdb));
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const version = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0];
  return version && existsSync(join(base, version, 'bin', 'initdb')) ? join(base, version, 'bin') : null;
}

export const redisBin = () => which('redis-server');

/** Why a service test cannot run here; in CI a missing server is a failure, not a skip. */
export function missing(name: string, found: unknown): boolean {
  if (found) return false;
  const message = `${name} is not installed: its tests are SKIPPED (apt-get install -y postgresql redis-server)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!!!!!!! ${message} !!!!!!!!\n`);
  return true;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  return { uid, gid };
}

function waitExit(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startPostgres(bin: string): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'jp-pg-'));
  const user = runAs();
  if (user.uid !== undefined) {
    chmodSync(dir, 0o700);
    chownSync(dir, user.uid, user.gid!);
  }
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], { ...user, stdio: 'ignore' });
  const port = await freePort();
  const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], { ...user, stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline || child.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGINT'); // fast shutdown
      await waitExit(child);
      execFileSync('rm', ['-rf', dir]);
    },
  };
}

export async function startRedis(bin: string): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'jp-redis-'));
  const port = await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await waitExit(child);
      execFileSync('rm', ['-rf', dir]);
    },
  };
}
