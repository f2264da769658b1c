import { useCallback, useEffect, useState } from 'react';
import { useRecordContext, useShowContext } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';

/**
 * A part of the order read from its own route, loaded again each time the order has been loaded
 * again (react-admin's refresh, after an action or from the app bar) or when `reload` is called.
 * `undefined` while loading.
 */
export function useOrderPart<T>(load: (orderId: string) => Promise<T | null>): { data: T | null | undefined; failed: boolean; reload: () => void } {
  const order = useRecordContext<AuthorityOrderRecord>();
  const [data, setData] = useState<T | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const { isFetching } = useShowContext();
  const orderId = order?.id;
  // A confirmation or a disclosure leaves the order itself unchanged: follow its reloads, not its fields.
  useEffect(() => {
    if (!isFetching) setVersion((value) => value + 1);
  }, [isFetching]);
  useEffect(() => {
    if (!orderId) return;
    let current = true;
    load(orderId).then(
      (value) => current && (setData(value), setFailed(false)),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [load, orderId, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data, failed, reload };
}
