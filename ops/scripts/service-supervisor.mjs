// Keeps an embedded service (PostgreSQL, Redis) of `npm start` running: when it crashes, it is
// started again on the same port and data, after a growing pause, and the launcher gives up only
// after several failures in quick succession (a service that cannot stay up needs a person).
// The backend rides the gap out: it already survives its database and Redis going away.

/**
 * @typedef {import('./local-services.mjs').ServiceHandle} ServiceHandle
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null, last: string, failures: number }} GaveUp
 */

/** @param {ServiceHandle} handle */
const lastLine = (handle) => handle.logTail().split('\n').filter(Boolean).at(-1)?.trim() ?? '';

/**
 * Starts a service through `start` and restarts it whenever its process exits unasked.
 *
 * A failure is quick when the service ran less than `quickMs` (or did not start at all); quick
 * failures in a row make the pause grow (`initialDelayMs`, doubled each time, at most
 * `maxDelayMs`), and at the `maxQuickFailures`-th the supervisor gives up: `gaveUp` settles.
 * A service that ran a while before crashing starts the count again.
 *
 * @param {{
 *   name: string,
 *   start: () => Promise<ServiceHandle>,
 *   log?: (line: string) => void,
 *   maxQuickFailures?: number,
 *   quickMs?: number,
 *   initialDelayMs?: number,
 *   maxDelayMs?: number,
 * }} options
 */
export async function superviseService({ name, start, log = (line) => console.error(line), maxQuickFailures = 5, quickMs = 60_000, initialDelayMs = 500, maxDelayMs = 15_000 }) {
  let handle = await start();
  let startedAt = Date.now();
  let stopping = false;
  let restarts = 0;
  /** @type {(value: GaveUp) => void} */
  let giveUp = () => {};
  /** @type {Promise<GaveUp>} */
  const gaveUp = new Promise((resolve) => (giveUp = resolve));
  /** @type {(() => void) | undefined} ends the pause before a restart early, when stopping */
  let wake;
  const pause = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve(undefined);
      };
    });

  const supervise = async () => {
    let quickFailures = 0;
    for (;;) {
      const { code, signal } = await handle.exited;
      if (stopping) return;
      const last = lastLine(handle);
      quickFailures = Date.now() - startedAt < quickMs ? quickFailures + 1 : 1;
      const why = `${signal ?? `exit code ${code}`}${last ? `: ${last}` : ''}`;
      // Restart until the service has failed this often in a row, each time soon after starting.
      for (;;) {
        if (quickFailures >= maxQuickFailures) {
          log(`samverka: ${name} stopped unexpectedly (${why}); ${quickFailures} failures in quick succession: giving up`);
          giveUp({ code, signal, last, failures: quickFailures });
          return;
        }
        const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (quickFailures - 1));
        log(`samverka: ${name} stopped unexpectedly (${why}); restarting in ${(delay / 1000).toFixed(1)} s (quick failure ${quickFailures}; it gives up at ${maxQuickFailures})`);
        await pause(delay);
        if (stopping) return;
        try {
          handle = await start();
          // Stopped while it was starting: stop what just started, too.
          if (stopping) return void (await handle.stop());
          startedAt = Date.now();
          restarts++;
          log(`samverka: ${name} is running again (process ${handle.pid})`);
          break;
        } catch (error) {
          quickFailures++;
          // A start that fails counts as a quick failure; its own message says why.
          log(`samverka: restarting ${name} failed: ${/** @type {Error} */ (error)?.message ?? error}`);
        }
      }
    }
  };
  const supervising = supervise();

  return {
    url: handle.url,
    /** The current server process. */
    pid: () => handle.pid,
    restarts: () => restarts,
    logTail: () => handle.logTail(),
    gaveUp,
    /** Stops the service and the supervision (no restart after this). */
    async stop() {
      stopping = true;
      wake?.();
      await handle.stop();
      await supervising;
      await handle.stop(); // idempotent; covers a restart that finished meanwhile
    },
  };
}
