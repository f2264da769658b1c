import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What an empty list says instead of nothing: one translated line. */
export const EmptyNote = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
};
