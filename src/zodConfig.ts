import { z } from 'zod';

/*
 * zod 4 probes for `new Function` (to compile faster validators) the first time it parses an
 * object. The app's Content-Security-Policy forbids eval, so in the browser the probe can only
 * fail, and Chromium reports it as a CSP violation even though zod catches it. Turned off here,
 * in the page's entry, before anything is validated; Node (tests, bench) keeps the fast path.
 */
z.config({ jitless: true });
