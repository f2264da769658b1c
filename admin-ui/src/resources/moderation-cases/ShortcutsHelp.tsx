import { useState, type MouseEvent } from 'react';
import { Box, FormControlLabel, IconButton, Popover, Switch, Table, TableBody, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useTranslate } from 'react-admin';
import { setShortcutsOn, useShortcutsOn } from './shortcuts-preference';

/** The queue's shortcuts and what they do; the keys are the same in every language. */
const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j', '↓'], action: 'next' },
  { keys: ['k', '↑'], action: 'previous' },
  { keys: ['c'], action: 'claim' },
  { keys: ['d'], action: 'dismiss' },
  { keys: ['a'], action: 'act' },
  { keys: ['Esc'], action: 'close' },
  { keys: ['Enter'], action: 'submit' },
  { keys: ['Shift', 'Enter'], action: 'newline' },
];

const Key = ({ name }: { name: string }) => (
  <Box component="kbd" sx={{ px: 0.75, py: 0.25, border: 1, borderColor: 'divider', borderRadius: 0.5, fontFamily: 'monospace', fontSize: '0.8rem', bgcolor: 'action.hover' }}>
    {name}
  </Box>
);

export const ShortcutsHelp = () => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const on = useShortcutsOn();
  return (
    <>
      <Tooltip title={translate('samverka.moderation.shortcuts.title')}>
        <IconButton
          size="small"
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
          aria-label={translate('samverka.moderation.shortcuts.title')}
          data-testid="shortcuts-help-button"
        >
          <KeyboardIcon />
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ p: 2, maxWidth: 380 }} data-testid="shortcuts-help">
          <Typography variant="subtitle1" gutterBottom>
            {translate('samverka.moderation.shortcuts.title')}
          </Typography>
          <Table size="small">
            <TableBody>
              {SHORTCUTS.map((shortcut) => (
                <TableRow key={shortcut.action}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {shortcut.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 && (shortcut.action === 'newline' ? ' + ' : ' / ')}
                        <Key name={key} />
                      </span>
                    ))}
                  </TableCell>
                  <TableCell>{translate(`samverka.moderation.shortcuts.${shortcut.action}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('samverka.moderation.shortcuts.not_while_typing')}
          </Typography>
          <FormControlLabel
            sx={{ mt: 1 }}
            control={<Switch checked={on} onChange={(event) => setShortcutsOn(event.target.checked)} data-testid="shortcuts-enabled" />}
            label={translate('samverka.moderation.shortcuts.enabled')}
          />
        </Box>
      </Popover>
    </>
  );
};
