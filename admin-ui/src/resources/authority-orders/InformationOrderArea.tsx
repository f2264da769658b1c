import { Box, Typography } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { type AuthorityOrderDisclosureRecord, type AuthorityOrderRecord, type MeRecord, recordOf, Subject } from '@samverka/shared';
import { useLocalDate } from '../../components/use-local-date';
import { abilityOf } from '../../providers/access';
import { DiscloseButton } from './DiscloseButton';
import { DownloadDisclosureButton } from './DownloadDisclosureButton';
import { FourEyes } from './FourEyes';
import { fetchConfirmation, fetchDisclosure } from './order-parts-api';
import { useOrderPart } from './use-order-part';

const shortId = (id: string) => id.slice(0, 8);

/** What was disclosed: categories, what was given and not found (kind and id only), when made and when downloaded. */
const DisclosureRecord = ({ disclosure, onChange }: { disclosure: AuthorityOrderDisclosureRecord; onChange: () => void }) => {
  const translate = useTranslate();
  const date = useLocalDate();
  const { permissions } = usePermissions<MeRecord | null>();
  // Only the issuing organisation's members receive the data (the owner included gets nothing).
  const mayDownload = Boolean(permissions && abilityOf(permissions).can('read', recordOf(Subject.AuthorityOrderDisclosure, { recipientOrganisationId: disclosure.recipientOrganisationId })));
  const items = (list: AuthorityOrderDisclosureRecord['given']) =>
    list.length ? list.map((item) => `${translate(`samverka.orders.item_type.${item.itemType}`)} ${shortId(item.id)}`).join(', ') : '—';
  const line = (key: string, text: string) => (
    <Typography variant="body2" data-testid={`order-disclosure-${key}`}>
      {translate(`samverka.orders.disclosure.${key}`)}: {text}
    </Typography>
  );
  return (
    <Box data-testid="order-disclosure" data-downloaded={disclosure.downloadedAt ? 'true' : 'false'}>
      {line('categories', disclosure.categories.map((category) => translate(`samverka.orders.disclosure.category.${category}`)).join(', ') || '—')}
      {line('given', items(disclosure.given))}
      {line('not_found', items(disclosure.notFound))}
      {line('produced_at', date(disclosure.producedAt))}
      {disclosure.secretUntil && line('secret_until', `${date(disclosure.secretUntil)} (${disclosure.secrecyReason ?? ''})`)}
      {line('downloaded_at', disclosure.downloadedAt ? date(disclosure.downloadedAt) : translate('samverka.orders.disclosure.not_downloaded'))}
      {mayDownload &&
        (disclosure.downloadedAt ? (
          <Typography variant="body2" data-testid="order-download-used">
            {translate('samverka.orders.download.used')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('samverka.orders.download.once')}
            </Typography>
            <DownloadDisclosureButton onDone={onChange} />
          </>
        ))}
    </Box>
  );
};

/**
 * An information order's own steps: four eyes (who reviewed, who confirmed), then the one-time
 * disclosure of the named data and its record. Both are read from their own routes.
 */
export const InformationOrderArea = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const confirmation = useOrderPart(fetchConfirmation);
  const disclosure = useOrderPart(fetchDisclosure);
  if (order?.type !== 'provide_information') return null;
  const reload = () => {
    confirmation.reload();
    disclosure.reload();
  };
  return (
    <Box data-testid="order-information" sx={{ mt: 2 }}>
      <FourEyes confirmation={confirmation.data} onChange={reload} />
      <Box sx={{ mt: 2 }}>
        <Typography variant="subtitle1" component="h2">
          {translate('samverka.orders.disclosure.title')}
        </Typography>
        {disclosure.data ? (
          <DisclosureRecord disclosure={disclosure.data} onChange={reload} />
        ) : (
          <>
            <Typography variant="body2" data-testid="order-disclosure-none">
              {translate('samverka.orders.disclosure.none')}
            </Typography>
            {confirmation.data && disclosure.data === null && (order.state === 'in_review' || order.state === 'done') && <DiscloseButton onDone={reload} />}
          </>
        )}
      </Box>
    </Box>
  );
};
