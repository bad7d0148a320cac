import { startServer } from './app.ts';
import { configFromEnv } from './config.ts';

/** `npm start`: the built app and the sync server on one port (PORT, default 4173). */
const config = configFromEnv();
const server = await startServer(config);
const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
console.log(`Journeyprint on ${server.url}  (sync: ws://localhost:${server.port}/sync, storage: ${storage}${config.redisUrl ? ', scaled out with Redis' : ''})`);

// Without storage no update can be acknowledged durably: exit, so a supervisor restarts us.
void server.storage.failed.then((error) => {
  console.error(`Storage failed (${error.message}); exiting.`);
  process.exit(1);
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: storing documents and stopping…`);
  await server.close();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT'] as const) process.on(signal, () => void stop(signal));
