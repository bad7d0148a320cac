// Unit tests run in Node with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { beforeEach, expect } from 'vitest';

// A test that asserts nothing cannot fail when its behaviour breaks (see also the lint rule
// journeyprint/tests-assert, which checks the same statically, for Playwright too).
beforeEach(() => {
  expect.hasAssertions();
});
import '../i18n/board';
