import { useState } from 'react';
import { Stack, Tooltip } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BackHandIcon from '@mui/icons-material/BackHand';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import GavelIcon from '@mui/icons-material/Gavel';
import LogoutIcon from '@mui/icons-material/Logout';
import MoveUpIcon from '@mui/icons-material/MoveUp';
import { Button, useTranslate } from 'react-admin';
import { ActionButton } from '../../components/ActionButton';
import { AssignDialog } from './AssignDialog';
import type { CaseDetail } from './types';

export interface CaseToolbarProps {
  record: CaseDetail;
  /** The signed-in person holds the claim. */
  mine: boolean;
  canUpdate: boolean;
  canDecide: boolean;
  busy: boolean;
  onAct: (action: string, body?: Record<string, unknown>, done?: string) => Promise<void>;
  onDismiss: () => void;
  onDecide: () => void;
}

/** A button with its keyboard shortcut in the tooltip. */
const Shortcut = ({ keyName, children }: { keyName?: string; children: React.ReactElement }) => {
  const translate = useTranslate();
  if (!keyName) return children;
  return (
    <Tooltip title={translate('samverka.moderation.shortcuts.key', { key: keyName })}>
      <span>{children}</span>
    </Tooltip>
  );
};

/** What can be done with an open case; each button only when the rules allow it. */
export const CaseToolbar = ({ record, mine, canUpdate, canDecide, busy, onAct, onDismiss, onDecide }: CaseToolbarProps) => {
  const [assigning, setAssigning] = useState(false);
  return (
    <Stack direction="row" spacing={0.5} sx={{ px: 1.5, pb: 1, flexWrap: 'wrap', rowGap: 0.5 }} data-testid="case-toolbar">
      {canUpdate &&
        (mine ? (
          <Button label="samverka.moderation.release.button" onClick={() => void onAct('release', {}, 'samverka.moderation.release.done')} disabled={busy} data-testid="release-case-button">
            <LogoutIcon />
          </Button>
        ) : (
          <Shortcut keyName="c">
            <Button label="samverka.moderation.claim.button" onClick={() => void onAct('claim', {}, 'samverka.moderation.claim.done')} disabled={busy} data-testid="claim-case-button">
              <BackHandIcon />
            </Button>
          </Shortcut>
        ))}
      {canUpdate && (
        <Button label="samverka.moderation.assign.button" onClick={() => setAssigning(true)} disabled={busy} data-testid="assign-case-button">
          <AssignmentIndIcon />
        </Button>
      )}
      {record.routing === 'group_admins' && (
        <ActionButton
          resource="moderation-cases"
          action="escalate"
          access="update"
          messages="samverka.moderation.escalate"
          text={{ name: 'reason', minLength: 3 }}
          color="warning"
          icon={<MoveUpIcon />}
          testId="escalate-case"
          enterSubmits
        />
      )}
      {canDecide && (
        <Shortcut keyName="d">
          <Button label="samverka.moderation.dismiss.button" onClick={onDismiss} disabled={busy} data-testid="dismiss-case-button">
            <DoNotDisturbIcon />
          </Button>
        </Shortcut>
      )}
      {canDecide && (
        <Shortcut keyName="a">
          <Button label="samverka.moderation.decide.button" variant="contained" color="error" onClick={onDecide} disabled={busy} data-testid="decide-case-button">
            <GavelIcon />
          </Button>
        </Shortcut>
      )}
      <AssignDialog
        record={record}
        open={assigning}
        loading={busy}
        onClose={() => setAssigning(false)}
        onConfirm={(assigneeId) => void onAct('assign', { assigneeId }, 'samverka.moderation.assign.done').then(() => setAssigning(false))}
      />
    </Stack>
  );
};
