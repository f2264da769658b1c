import { afterAll, beforeAll } from '@jest/globals';
import { type OwnBackend, startDemoBackend } from './demo-backend.js';

/**
 * A demo-mode backend of the describe block's own (the demo work seeded): started before its
 * tests and stopped after them. Call it in the describe body after suiteBrowser(): hooks run in
 * the order they were declared, and a browser still open keeps connections the backend waits for.
 */
export function suiteDemoBackend(): { backend: () => OwnBackend } {
  let demo: OwnBackend | undefined;
  beforeAll(async () => {
    demo = await startDemoBackend();
  }, 90_000);
  afterAll(async () => {
    await demo?.stop();
  });
  return {
    backend() {
      if (!demo) throw new Error('suiteDemoBackend().backend() runs inside a test, after beforeAll');
      return demo;
    },
  };
}
