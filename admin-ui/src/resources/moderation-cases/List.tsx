import { useCallback, useRef, useState } from 'react';
import { Box, Drawer } from '@mui/material';
import { DataTable, FilterButton, List, TopToolbar, useListContext, useMatch, useNavigate, useRefresh, useStoreContext } from 'react-admin';
import type { CaseRecord } from '@samverka/shared';
import { useFocusBackToRow } from '../../components/use-focus-back-to-row';
import { BulkDismissButton } from './BulkDismissButton';
import { CaseDrawer, DRAWER_WIDTH } from './CaseDrawer';
import { AgeField, EscalationField, HandlerField, ItemTypeField, PriorityField, ReportersField, RoutingField, RulesField } from './fields';
import { caseFilters } from './filters';
import { ItemPreviewField } from './preview-field';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useShortcuts } from './use-shortcuts';
import { useUndoableDecision } from './use-undoable-decision';
import { NoRows } from '../../components/NoRows';

const BASE = '/moderation-cases';

const QueueActions = () => (
  <TopToolbar>
    <FilterButton />
    <ShortcutsHelp />
  </TopToolbar>
);

/** The page as the list shows it, for choosing the case after a decided one. */
type PageRef = { current: readonly CaseRecord[] };

/** j/k (or the arrows) walk the page in queue order, opening each case; Escape closes it. */
const QueueNavigation = ({ selectedId, open, close, pageRef }: { selectedId?: string; open: (id: string) => void; close: () => void; pageRef: PageRef }) => {
  const { data } = useListContext<CaseRecord>();
  pageRef.current = data ?? [];
  const step = (delta: number) => {
    if (!data || data.length === 0) return;
    const index = data.findIndex((record) => record.id === selectedId);
    const next = index === -1 ? 0 : Math.min(data.length - 1, Math.max(0, index + delta));
    if (data[next].id !== selectedId) open(data[next].id);
  };
  useShortcuts({
    j: () => step(1),
    ArrowDown: () => step(1),
    k: () => step(-1),
    ArrowUp: () => step(-1),
    Escape: () => {
      if (selectedId) close();
    },
  });
  return null;
};

/**
 * The moderation queue, highest priority first. A case opens in a drawer beside the list
 * (react-admin's review-queue pattern), so the moderator works through it without leaving.
 * `#/moderation-cases/:id` is the list with that case open.
 */
/** The queue's filters are kept for this visit only: the store is cleared at its first showing after a load. */
let clearedThisVisit = false;

/** The case after `id` in the page (or before it, at the end), skipping any already decided. */
export function nextCaseId(page: readonly CaseRecord[], id: string): string | null {
  const index = page.findIndex((record) => record.id === id);
  const open = (record: CaseRecord) => record.id !== id && record.status === 'open';
  return (page.slice(index + 1).find(open) ?? page.slice(0, Math.max(index, 0)).reverse().find(open))?.id ?? null;
}

export const CaseList = () => {
  const store = useStoreContext();
  // Coming back in a new visit shows the open queue, whatever was chosen in an earlier one.
  useState(() => {
    if (!clearedThisVisit) store.removeItem('moderation-cases.listParams');
    clearedThisVisit = true;
    return null;
  });
  const pageRef = useRef<readonly CaseRecord[]>([]);
  const match = useMatch({ path: `${BASE}/:id`, end: true });
  const selectedId = match?.params.id;
  const navigate = useNavigate();
  const refresh = useRefresh();
  const decide = useUndoableDecision(refresh);
  const close = useCallback(() => navigate(BASE), [navigate]);
  const open = useCallback((id: string) => navigate(`${BASE}/${id}`), [navigate]);
  const compact = Boolean(selectedId);
  useFocusBackToRow(selectedId, 'data-case-link');

  return (
    // `contain` keeps a wide table from widening the whole page: the queue scrolls inside instead.
    <Box sx={{ display: 'flex', contain: 'inline-size' }}>
      <List<CaseRecord>
        empty={false}
        filters={caseFilters}
        filterDefaultValues={{ status: 'open' }}
        sort={{ field: 'priority', order: 'DESC' }}
        perPage={25}
        actions={<QueueActions />}
        sx={{
          flexGrow: 1,
          minWidth: 0,
          transition: (theme) => theme.transitions.create(['margin'], { duration: theme.transitions.duration.enteringScreen }),
          marginRight: compact ? `${DRAWER_WIDTH}px` : 0,
          // A narrow queue beside the drawer scrolls sideways rather than widening the page.
          '& .RaList-main': { minWidth: 0 },
          '& .RaList-content': { overflowX: 'auto' },
          '& .RaListToolbar-root': { flexWrap: 'wrap' },
        }}
      >
        <QueueNavigation selectedId={selectedId} open={open} close={close} pageRef={pageRef} />
        <DataTable<CaseRecord>
          rowClick={(id) => {
            open(String(id));
            return false;
          }}
          rowSx={(record) => (record.id === selectedId ? { backgroundColor: 'action.selected' } : {})}
          bulkActionButtons={<BulkDismissButton />}
          empty={<NoRows unfiltered={{ status: 'open' }} />}
        >
          <DataTable.Col source="priority">
            <PriorityField />
          </DataTable.Col>
          <DataTable.Col source="preview" label="samverka.flow.queue.item" disableSort>
            <ItemPreviewField />
          </DataTable.Col>
          <DataTable.Col source="rules" disableSort>
            <RulesField />
          </DataTable.Col>
          <DataTable.Col source="itemType" disableSort>
            <ItemTypeField />
          </DataTable.Col>
          <DataTable.Col source="noticeCount" disableSort>
            <ReportersField />
          </DataTable.Col>
          <DataTable.Col source="firstNoticeAt">
            <AgeField />
          </DataTable.Col>
          {!compact && (
            <DataTable.Col source="claimedBy" disableSort>
              <HandlerField />
            </DataTable.Col>
          )}
          {!compact && (
            <DataTable.Col source="routing" disableSort>
              <RoutingField />
            </DataTable.Col>
          )}
          {!compact && (
            <DataTable.Col source="escalatedAt" disableSort>
              <EscalationField />
            </DataTable.Col>
          )}
        </DataTable>
      </List>
      <Drawer variant="persistent" open={compact} anchor="right" onClose={close} sx={{ zIndex: 100 }}>
        {/* Rendered only while a case is open: nothing to load otherwise. */}
        {selectedId && (
          <CaseDrawer
            key={selectedId}
            id={selectedId}
            onClose={close}
            onDecided={() => {
              // On to the next case of the queue; the list itself refreshes once the decision is sent.
              const next = nextCaseId(pageRef.current, selectedId);
              if (next) open(next);
              else close();
            }}
            decide={decide}
          />
        )}
      </Drawer>
    </Box>
  );
};
