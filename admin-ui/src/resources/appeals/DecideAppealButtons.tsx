import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import { Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AppealRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { refusalMessage } from '../moderation-cases';

/** The API's minimum for the reasons, which both sides receive. */
const REASON_MIN = 10;

/**
 * Uphold or reverse a pending appeal, with reasons. A different moderator must decide than the
 * one who made the decision: the API refuses (409 same_moderator) and the console says so.
 */
export const DecideAppealButtons = (_props: { label?: string }) => {
  const appeal = useRecordContext<AppealRecord>();
  const translate = useTranslate();
  if (!appeal || appeal.status !== 'pending') return null;
  const describeError = (error: unknown) => refusalMessage(error, translate);
  return (
    <Stack direction="row" spacing={0.5}>
      <ActionButton
        resource="appeals"
        action="decide"
        access="decide"
        messages="samverka.appeals.uphold"
        body={{ reverse: false }}
        text={{ name: 'reason', minLength: REASON_MIN }}
        icon={<CheckIcon />}
        testId="uphold-appeal"
        describeError={describeError}
      />
      <ActionButton
        resource="appeals"
        action="decide"
        access="decide"
        messages="samverka.appeals.reverse"
        body={{ reverse: true }}
        text={{ name: 'reason', minLength: REASON_MIN }}
        color="warning"
        icon={<UndoIcon />}
        testId="reverse-appeal"
        describeError={describeError}
      />
    </Stack>
  );
};
