import { useState } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { tipRefusal } from './tip-errors';

/** Close an open tip, or reopen a closed one: nothing is lost either way, so no dialog asks first. */
export const TipStateButton = ({ tip, onChanged }: { tip: OrganisationMessageRecord; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const [busy, setBusy] = useState(false);
  const closing = tip.state === 'open';
  const action = closing ? 'close' : 'reopen';

  const change = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await dataProvider.act('organisation-messages', tip.id, action);
      notify(`samverka.tips.${action}.done`, { type: 'success' });
    } catch (error) {
      notify(tipRefusal(error, translate), { type: 'error' });
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    // Not disabled while busy: a disabled button drops the keyboard focus to the page.
    <Button variant="outlined" onClick={() => void change()} aria-busy={busy} startIcon={closing ? <LockIcon /> : <LockOpenIcon />} data-testid={`tip-${action}`}>
      {translate(`samverka.tips.${action}.button`)}
    </Button>
  );
};
