import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { API_URL, apiFetch } from '../providers/http-client';

/**
 * Opens the queue dashboard (bull-board, read-only) in a new tab. It is a page of its own that
 * the bearer token cannot reach, so the console first asks for a single-use ticket; the
 * dashboard trades it for a cookie of its own. The tab opens at the click (pop-up blockers
 * allow that) and is sent on once the ticket is there.
 */
export const JobsBoardMenuItem = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const open = async () => {
    const tab = window.open('about:blank', '_blank');
    try {
      const { json } = await apiFetch(`${API_URL}/jobs/board-ticket`, { method: 'POST' });
      const url = (json as { url: string }).url;
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
      } else window.location.assign(url);
    } catch {
      tab?.close();
      notify('samverka.jobs.open_failed', { type: 'error' });
    }
  };
  return (
    <MenuItem onClick={() => void open()} data-testid="jobs-board-menu">
      <ListItemIcon>
        <WorkHistoryIcon />
      </ListItemIcon>
      <ListItemText>{translate('samverka.jobs.menu')}</ListItemText>
    </MenuItem>
  );
};
