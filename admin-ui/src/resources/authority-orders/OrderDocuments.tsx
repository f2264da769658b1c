import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, List as MuiList, ListItem, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderDocumentRecord, AuthorityOrderRecord } from '@samverka/shared';
import { useLocalDate } from '../../components/use-local-date';
import { attachDocument, downloadDocument, fetchDocuments } from './order-parts-api';
import { documentRefusal, orderRefusal } from './order-errors';
import { useOrderPart } from './use-order-part';

/** The filer's organisation attaches while the order is received; those who decide it, until it is closed (the API's rule). */
const useMayAttach = (order: AuthorityOrderRecord | undefined) => {
  const record = order ? { issuingOrganisationId: order.issuingOrganisationId, type: order.type } : undefined;
  const decide = useCanAccess({ action: 'decide', resource: 'authority-orders', record });
  const file = useCanAccess({ action: 'create', resource: 'authority-orders', record });
  if (!order?.state) return false;
  if (decide.canAccess) return order.state !== 'done' && order.state !== 'refused';
  return Boolean(file.canAccess) && order.state === 'received';
};

const DocumentLine = ({ document }: { document: AuthorityOrderDocumentRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const date = useLocalDate();
  const name = document.fileName ?? translate('samverka.orders.documents.unnamed');
  return (
    <ListItem disableGutters data-testid="order-document">
      <Button label={name} onClick={() => void downloadDocument(document).catch((error: unknown) => notify(orderRefusal(error, translate), { type: 'error' }))} data-testid="order-document-download" />
      <Typography variant="body2" color="text.secondary">
        {translate('samverka.orders.documents.uploaded', { date: date(document.uploadedAt), size: Math.max(1, Math.round(document.sizeBytes / 1024)) })}
      </Typography>
    </ListItem>
  );
};

/** The order's PDFs, each downloadable (and audited), and the upload for those who may attach one. */
export const OrderDocuments = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const documents = useOrderPart(fetchDocuments);
  const mayAttach = useMayAttach(order);
  const input = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState(false);
  if (!order?.state) return null;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setSending(true);
    try {
      await attachDocument(order.id, file);
      notify('samverka.orders.documents.done', { type: 'success' });
    } catch (error) {
      notify(documentRefusal(error, translate), { type: 'error' });
    } finally {
      setSending(false);
      if (input.current) input.current.value = '';
      documents.reload();
    }
  };
  return (
    <Box data-testid="order-documents" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('samverka.orders.documents.title')}
      </Typography>
      {documents.data?.length ? (
        <MuiList dense>
          {documents.data.map((document) => (
            <DocumentLine key={document.id} document={document} />
          ))}
        </MuiList>
      ) : (
        <Typography variant="body2">{translate('samverka.orders.documents.none')}</Typography>
      )}
      {mayAttach && (
        <>
          <input
            ref={input}
            type="file"
            accept="application/pdf,.pdf"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            data-testid="order-document-input"
            onChange={(event) => void upload(event.target.files?.[0])}
          />
          <Button label="samverka.orders.documents.attach" onClick={() => input.current?.click()} disabled={sending} data-testid="order-document-attach">
            <AttachFileIcon />
          </Button>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('samverka.orders.documents.help')}
          </Typography>
        </>
      )}
    </Box>
  );
};
