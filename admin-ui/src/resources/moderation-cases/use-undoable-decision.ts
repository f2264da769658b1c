import { useCallback } from 'react';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import type { CaseRecord } from '@samverka/shared';
import { refusalMessage } from './errors';

/** Sends a decision: the body of `POST /api/moderation-cases/:id/decide`. */
export type Decide = (record: CaseRecord, body: { version: number; actions: Record<string, unknown>[]; unfoundedNoticeIds?: string[] }) => void;

/**
 * A decision held back for a few seconds with an undo button (react-admin's undoable mutation),
 * then sent. It lives with the queue, not the drawer: the drawer has moved on to the next case
 * by the time the decision is sent, and its answer (or refusal) must still be heard.
 */
export function useUndoableDecision(onSent: () => void): Decide {
  const [update] = useUpdate<CaseRecord>();
  const notify = useNotify();
  const translate = useTranslate();
  return useCallback<Decide>(
    (record, body) => {
      const dismissed = body.actions.every((action) => action.type === 'dismiss');
      void update(
        'moderation-cases',
        { id: record.id, data: { status: dismissed ? 'dismissed' : 'actioned' }, previousData: record, meta: { action: 'decide', body } },
        {
          mutationMode: 'undoable',
          onSuccess: () => {
            notify(dismissed ? 'samverka.moderation.dismiss.done' : 'samverka.moderation.decide.done', { type: 'success', messageArgs: { smart_count: 1 } });
            onSent();
          },
          onError: (error) => {
            notify(refusalMessage(error, translate), { type: 'error', autoHideDuration: 10_000 });
            onSent();
          },
        },
      );
      notify(dismissed ? 'samverka.flow.queue.dismissed_undoable' : 'samverka.flow.queue.decided_undoable', { type: 'info', undoable: true });
    },
    [update, notify, translate, onSent],
  );
}
