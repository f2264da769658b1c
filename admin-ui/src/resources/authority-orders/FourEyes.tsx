import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderConfirmationRecord, AuthorityOrderRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { useLocalDate } from '../../components/use-local-date';
import { PersonName } from '../moderation-cases';
import { useOrderAction } from './use-order-action';

/**
 * Four eyes on an information order: who reviewed it and who confirmed it, or the button for the
 * second reviewer while it is in review. The rules show the button to those who may confirm; that
 * the confirmer is not the reviewer or the filer is the API's to say (`four_eyes_same_person`).
 */
export const FourEyes = ({ confirmation, onChange }: { confirmation: AuthorityOrderConfirmationRecord | null | undefined; onChange: () => void }) => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const date = useLocalDate();
  const orderAction = useOrderAction(order, onChange);
  if (!order || confirmation === undefined) return null;
  return (
    <Box data-testid="order-four-eyes" data-confirmed={confirmation ? 'true' : 'false'} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('samverka.orders.four_eyes.title')}
      </Typography>
      {confirmation ? (
        <Typography variant="body2" data-testid="order-confirmation">
          {translate('samverka.orders.four_eyes.reviewed_by')} <PersonName id={confirmation.reviewedBy} />
          {' · '}
          {translate('samverka.orders.four_eyes.confirmed_by')} <PersonName id={confirmation.confirmedBy} /> {date(confirmation.confirmedAt)}
        </Typography>
      ) : (
        <Typography variant="body2" data-testid="order-confirmation">
          {translate('samverka.orders.four_eyes.pending')}
        </Typography>
      )}
      {!confirmation && order.state === 'in_review' && (
        <ActionButton {...orderAction} action="confirm" access="confirm" messages="samverka.orders.confirm" icon={<VerifiedUserIcon />} testId="order-confirm" />
      )}
    </Box>
  );
};
