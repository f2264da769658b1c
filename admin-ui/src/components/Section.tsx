import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** One titled part of a record's tab (a group's members, an organisation's badges ...), with an optional introduction. */
export const Section = ({ title, intro, children, testId }: { title: string; intro?: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 3, width: '100%' }} data-testid={testId}>
      <Typography variant="h6" gutterBottom>
        {translate(title)}
      </Typography>
      {intro && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(intro)}
        </Typography>
      )}
      {children}
    </Box>
  );
};
