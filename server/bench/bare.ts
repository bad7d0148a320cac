/**
 * The floor for the sync bench: Hocuspocus with nothing of ours (no authentication, storage,
 * rules or limits), in its own process like the real server. `npm run bench:sync -- --floor`
 * runs the workshop against it, so a slow result can be told apart: the machine (the floor is
 * slow too) or the server (only the real one is).
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
console.log(`Journeyprint on http://127.0.0.1:${server.address.port}`);
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)));
