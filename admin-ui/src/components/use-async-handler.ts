import { useCallback } from 'react';
import { useNotify } from 'react-admin';

type AsHandler = <A extends unknown[]>(run: (...args: A) => Promise<unknown>) => (...args: A) => void;

/**
 * React's event handlers return nothing, so a promise handed to one is lost with its error. This
 * turns an async function into such a handler: a rejection the function did not handle itself is
 * shown as an error notification.
 */
export function useAsyncHandler(): AsHandler {
  const notify = useNotify();
  return useCallback<AsHandler>(
    (run) =>
      (...args) => {
        run(...args).catch((error: unknown) => notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' }));
      },
    [notify],
  );
}
