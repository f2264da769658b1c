import CloseIcon from '@mui/icons-material/Close';
import { IconButton, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The close (×) button of a record's drawer beside a list; Escape does the same. */
export const DrawerCloseButton = ({ onClose, testId }: { onClose: () => void; testId: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={`${translate('ra.action.close')} (Esc)`}>
      <IconButton onClick={onClose} aria-label={translate('ra.action.close')} data-testid={testId}>
        <CloseIcon />
      </IconButton>
    </Tooltip>
  );
};
