import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import { downloadDisclosure } from './order-parts-api';
import { orderRefusal } from './order-errors';

/** The issuing organisation's one download of the disclosed data, behind a dialog that says it works once. */
export const DownloadDisclosureButton = ({ onDone }: { onDone: () => void }) => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!order) return null;
  const download = async () => {
    setLoading(true);
    try {
      await downloadDisclosure(order.id, order.reference);
      notify('samverka.orders.download.done', { type: 'success' });
    } catch (error) {
      notify(orderRefusal(error, translate), { type: 'error' });
    } finally {
      setLoading(false);
      setOpen(false);
      onDone();
    }
  };
  return (
    <>
      <Button label="samverka.orders.download.button" onClick={() => setOpen(true)} data-testid="order-download-button">
        <DownloadIcon />
      </Button>
      <ActionDialog
        open={open}
        title={translate('samverka.orders.download.title')}
        content={translate('samverka.orders.download.content')}
        confirmLabel="samverka.orders.download.confirm"
        loading={loading}
        testId="order-download"
        color="warning"
        onConfirm={() => void download()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
