import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useDataProvider, useGetOne, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { MeRecord } from '@samverka/shared';
import { DrawerCloseButton } from '../../components/DrawerCloseButton';
import { canAccessWith } from '../../providers/access';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { CaseToolbar } from './CaseToolbar';
import { DecideDialog } from './DecideDialog';
import { DismissDialog } from './DismissDialog';
import { refusalMessage, statusOf } from './errors';
import { CaseStatusField, HandlerField, RoutingField, RulesField } from './fields';
import { ActionsSection, AppealsSection, AuthorHistorySection, NotesSection } from './history-sections';
import { NoticesSection, ReportedItemSection, ScoreSection, useFormatDate } from './sections';
import { dismissalTemplate } from './templates';
import type { CaseDetail } from './types';
import { useShortcuts } from './use-shortcuts';
import type { Decide } from './use-undoable-decision';

export const DRAWER_WIDTH = 560;

export interface CaseDrawerProps {
  id: string;
  onClose: () => void;
  /** The case was decided (the decision may still be undone): on to the next. */
  onDecided: () => void;
  /** Sends a decision, undoably. */
  decide: Decide;
}

/** The case beside the queue, as in react-admin's review demo: the moderator never leaves the list. */
export const CaseDrawer = ({ id, onClose, onDecided, decide }: CaseDrawerProps) => {
  const translate = useTranslate();
  // Lists put their rows in the getOne cache; `meta` keeps the full case apart from the queue row.
  const { data: record, isPending, error, refetch } = useGetOne<CaseDetail>('moderation-cases', { id, meta: { detail: true } });
  if (isPending || (record && !record.context)) return <LinearProgress sx={{ width: DRAWER_WIDTH, mt: 8 }} />;
  if (error || !record) {
    return (
      <Box sx={{ width: DRAWER_WIDTH, p: 2 }} data-testid="case-drawer-error">
        <Alert severity="warning" action={<DrawerCloseButton onClose={onClose} testId="case-drawer-close" />}>
          {translate('samverka.moderation.detail.not_found')}
        </Alert>
      </Box>
    );
  }
  return (
    <RecordContextProvider value={record}>
      <CaseDetailView record={record} onClose={onClose} onDecided={onDecided} decide={decide} reload={() => void refetch()} />
    </RecordContextProvider>
  );
};

type OpenDialog = 'decide' | 'dismiss' | null;

const CaseDetailView = ({ record, onClose, onDecided, decide, reload }: { record: CaseDetail; onClose: () => void; onDecided: () => void; decide: Decide; reload: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const { permissions } = usePermissions<MeRecord | null>();
  // Decided from the rules synchronously: useCanAccess would be pending again after every reload
  // of the case (a claim changes it), and a shortcut pressed meanwhile would be lost.
  const allowed = (action: string) => Boolean(permissions && canAccessWith(permissions, { action, resource: 'moderation-cases', record: { ...record } }));
  const canUpdate = allowed('update');
  const canDecide = allowed('decide');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  const open = record.status === 'open';
  const mine = record.claimedBy === permissions?.id;
  // The focus follows the case into the drawer, so a keyboard or screen-reader user lands on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  /** Claim, release, assign, escalate: the answer is the changed case, shown after a reload. */
  const act = async (action: string, body: Record<string, unknown> = {}, done?: string) => {
    setBusy(true);
    try {
      await dataProvider.act('moderation-cases', record.id, action, body);
      if (done) notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify(refusalMessage(error, translate), { type: 'error', autoHideDuration: 10_000 });
      if (statusOf(error) === 409) reload();
    } finally {
      setBusy(false);
    }
  };

  /** Undoable: the dismissal is sent after a few seconds unless the moderator takes it back. */
  const dismiss = (statement: string, unfounded: boolean) => {
    decide(record, { version: record.version, actions: [{ type: 'dismiss', statement }], unfoundedNoticeIds: unfounded ? record.notices.map((notice) => notice.id) : [] });
    setDialog(null);
    onDecided();
  };

  useShortcuts(
    {
      c: () => {
        if (open && canUpdate && !mine && !busy) void act('claim', {}, 'samverka.moderation.claim.done');
      },
      d: () => {
        if (open && canDecide) setDialog('dismiss');
      },
      a: () => {
        if (open && canDecide) setDialog('decide');
      },
    },
    dialog === null,
  );

  return (
    <Box sx={{ width: DRAWER_WIDTH, display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="case-drawer" data-case-id={record.id}>
      <Box sx={{ p: 2, pb: 1, mt: 6 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }} ref={heading} tabIndex={-1} data-testid="case-drawer-heading">
            {translate(`samverka.moderation.item_type.${record.itemType}`)} · {translate('samverka.moderation.detail.priority', { priority: record.priority })}
          </Typography>
          <CaseStatusField />
          <DrawerCloseButton onClose={onClose} testId="case-drawer-close" />
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
          <RulesField />
          <RoutingField />
        </Stack>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('samverka.moderation.detail.first_notice', { date: formatDate(record.firstNoticeAt) })}
          </Typography>
          {record.claimedUntil && (
            <Typography variant="caption" color="text.secondary">
              {translate('samverka.moderation.detail.claimed_until', { date: formatDate(record.claimedUntil) })}
            </Typography>
          )}
        </Stack>
        {(record.claimedBy || record.assignedTo) && (
          <Box sx={{ mt: 1 }}>
            <HandlerField />
          </Box>
        )}
        {record.decidedAt && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('samverka.moderation.detail.decided', { date: formatDate(record.decidedAt) })}
          </Typography>
        )}
      </Box>
      {open && (
        <CaseToolbar record={record} mine={mine} canUpdate={canUpdate} canDecide={canDecide} busy={busy} onAct={act} onDismiss={() => setDialog('dismiss')} onDecide={() => setDialog('decide')} />
      )}
      <Divider />
      <Box sx={{ p: 2, overflowY: 'auto', flexGrow: 1 }}>
        <ReportedItemSection record={record} />
        <NoticesSection record={record} />
        <ScoreSection record={record} />
        <ActionsSection record={record} />
        <AuthorHistorySection record={record} />
        <AppealsSection record={record} />
        <NotesSection record={record} onAdded={refresh} />
      </Box>
      <DismissDialog
        open={dialog === 'dismiss'}
        count={1}
        template={dismissalTemplate(record.reporterLanguages ?? [], record.itemType)}
        loading={busy}
        onConfirm={(statement, unfounded) => dismiss(statement, unfounded)}
        onClose={() => setDialog(null)}
      />
      <DecideDialog
        record={record}
        decide={decide}
        open={dialog === 'decide'}
        onClose={() => setDialog(null)}
        onDecided={() => {
          setDialog(null);
          onDecided();
        }}
      />
    </Box>
  );
};
