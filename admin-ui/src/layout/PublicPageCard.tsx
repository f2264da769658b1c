import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { LocalesMenuButton } from 'react-admin';

/**
 * The centred card of the pages reached signed out (invitation, e-mail links, forgotten password,
 * erasure certificate), with the language choice: a newcomer who reads English opens these first.
 * `wide` for a document.
 */
export const PublicPageCard = ({ testId, title, children, wide = false }: { testId: string; title: string; children: ReactNode; wide?: boolean }) => (
  <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
    <Card sx={{ maxWidth: wide ? 760 : 460, width: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {title}
        </Typography>
        {children}
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 2 }} data-testid="public-locale-switcher">
          <LocalesMenuButton />
        </Box>
      </CardContent>
    </Card>
  </Box>
);
