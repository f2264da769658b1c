import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Divider, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useDataProvider, useGetOne, useRefresh, useTranslate } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';
import { DrawerCloseButton } from '../../components/DrawerCloseButton';
import { useLocalDate } from '../../components/use-local-date';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { AnswerForm } from './AnswerForm';
import { TipStateField } from './fields';
import { TipStateButton } from './TipStateButton';

export const DRAWER_WIDTH = 520;

/** One tip beside the inbox: what was sent, when and by whom, the answer (or the form for it), and closing. */
export const TipDrawer = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const translate = useTranslate();
  const { data: tip, isPending, error, refetch } = useGetOne<OrganisationMessageRecord>('organisation-messages', { id });
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  // Opening a tip reads it, once, for the whole organisation.
  const marked = useRef(false);
  useEffect(() => {
    if (!tip || tip.readAt !== null || marked.current) return;
    marked.current = true;
    void dataProvider.act('organisation-messages', tip.id, 'read').then(() => refresh());
  }, [tip, dataProvider, refresh]);

  // Escape closes the tip wherever the focus is (a button that was pressed may have left the page's flow), unless a menu or dialog is open.
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('.MuiDialog-root:not(.MuiModal-hidden), .MuiPopover-root:not(.MuiModal-hidden)')) return;
      onClose();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);
  if (isPending) return <LinearProgress sx={{ width: DRAWER_WIDTH, mt: 8 }} />;
  if (error || !tip) {
    return (
      <Box sx={{ width: DRAWER_WIDTH, p: 2, mt: 6 }} data-testid="tip-drawer-error">
        <Alert severity="warning" action={<DrawerCloseButton onClose={onClose} testId="tip-drawer-close" />}>
          {translate('samverka.tips.drawer.not_found')}
        </Alert>
      </Box>
    );
  }
  const changed = () => {
    void refetch();
    refresh();
  };
  return (
    <RecordContextProvider value={tip}>
      <Box sx={{ width: DRAWER_WIDTH, p: 2, mt: 6 }} data-testid="tip-drawer" data-tip-id={tip.id} data-state={tip.state}>
        <TipHeading tip={tip} onClose={onClose} />
        <Paper variant="outlined" sx={{ p: 2, my: 2 }}>
          <Typography sx={{ whiteSpace: 'pre-line' }} data-testid="tip-text">
            {tip.text}
          </Typography>
        </Paper>
        <Divider sx={{ mb: 2 }} />
        <AnswerSection tip={tip} onChanged={changed} />
        <Box sx={{ mt: 2 }}>
          <TipStateButton tip={tip} onChanged={changed} />
        </Box>
      </Box>
    </RecordContextProvider>
  );
};

/** The focus follows the tip into the drawer, so a keyboard or screen-reader user lands on it. */
const TipHeading = ({ tip, onClose }: { tip: OrganisationMessageRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const date = useLocalDate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [tip.id]);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }} ref={heading} tabIndex={-1} data-testid="tip-drawer-heading">
          {translate('samverka.tips.drawer.heading', { organisation: tip.organisationName })}
        </Typography>
        <TipStateField />
        <DrawerCloseButton onClose={onClose} testId="tip-drawer-close" />
      </Stack>
      <Typography variant="body2" color="text.secondary" data-testid="tip-meta">
        {translate('samverka.tips.drawer.received', { date: date(tip.createdAt) })} · {translate('samverka.tips.drawer.from', { name: tip.senderName })}
      </Typography>
      {tip.state === 'closed' && tip.closedAt && (
        <Typography variant="body2" color="text.secondary" data-testid="tip-closed-by">
          {translate('samverka.tips.drawer.closed', { date: date(tip.closedAt), name: tip.closedByName ?? '' })}
        </Typography>
      )}
    </>
  );
};

/** The answer once given (with the colleague who gave it), else the form, or why there is none while closed. */
const AnswerSection = ({ tip, onChanged }: { tip: OrganisationMessageRecord; onChanged: () => void }) => {
  const translate = useTranslate();
  const date = useLocalDate();
  // The form goes once the answer is sent: the focus moves to the answer rather than to the page.
  const [justSent, setJustSent] = useState(false);
  const given = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justSent && tip.answer !== null) given.current?.focus();
  }, [justSent, tip.answer]);
  return (
    <Box component="section" data-testid="tip-answer">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('samverka.tips.answer.title')}
      </Typography>
      {tip.answer !== null && tip.answeredAt ? (
        <Box ref={given} tabIndex={-1}>
          <Typography sx={{ whiteSpace: 'pre-line' }} data-testid="tip-answer-given">
            {tip.answer}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('samverka.tips.answer.by', { date: date(tip.answeredAt), name: tip.answeredByName ?? '' })}
          </Typography>
        </Box>
      ) : tip.state === 'closed' ? (
        <Typography variant="body2" color="text.secondary">
          {translate('samverka.tips.answer.closed_first')}
        </Typography>
      ) : (
        <AnswerForm
          tip={tip}
          onAnswered={(sent) => {
            setJustSent(sent);
            onChanged();
          }}
        />
      )}
    </Box>
  );
};
