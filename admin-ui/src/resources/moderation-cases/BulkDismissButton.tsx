import { useState } from 'react';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import { Button, useCanAccess, useDataProvider, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { DismissDialog } from './DismissDialog';
import { refusalMessage } from './errors';

/** Dismiss the selected cases with one statement: a wave of spam notices, say. */
export const BulkDismissButton = () => {
  const { selectedIds, filterValues } = useListContext();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'moderation-cases' });
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('moderation-cases');
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  // Decided cases stay decided: only the open queue can be dismissed.
  if (!canAccess || (filterValues.status && filterValues.status !== 'open')) return null;

  const confirm = async (statement: string, unfounded: boolean) => {
    setLoading(true);
    try {
      const { data } = await dataProvider.bulkDismissCases(selectedIds, statement, unfounded);
      notify('samverka.moderation.bulk_dismiss.done', {
        type: data.skipped.length > 0 ? 'warning' : 'success',
        messageArgs: { dismissed: data.dismissed.length, skipped: data.skipped.length },
      });
      setOpen(false);
      unselectAll();
      refresh();
    } catch (error) {
      notify(refusalMessage(error, translate), { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="samverka.moderation.bulk_dismiss.button" onClick={() => setOpen(true)} data-testid="bulk-dismiss-button">
        <DoNotDisturbIcon />
      </Button>
      <DismissDialog
        open={open}
        count={selectedIds.length}
        template={translate('samverka.moderation.templates.bulk_dismiss')}
        loading={loading}
        onConfirm={(statement, unfounded) => void confirm(statement, unfounded)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
