// Runs the server's TypeScript on Node 20 without a build folder: Node 20 cannot strip types,
// so this load hook transpiles each .ts file (no type check; `npm run test:server` checks types).
// Usage: node --import ./server/ts-loader.mjs server/src/main.ts
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
