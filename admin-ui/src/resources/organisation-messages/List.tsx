import { useCallback } from 'react';
import { Box, Drawer } from '@mui/material';
import { DataTable, List, useMatch, useNavigate } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { useFocusBackToRow } from '../../components/use-focus-back-to-row';
import { AnsweredField, TipStateField, TipTextField } from './fields';
import { tipFilters } from './filters';
import { DRAWER_WIDTH, TipDrawer } from './TipDrawer';

const BASE = '/organisation-messages';

/**
 * The tips sent to the organisations the person represents, newest first, open ones unless they
 * choose otherwise. A tip opens in a drawer beside the list (`#/organisation-messages/:id`).
 */
export const TipInbox = () => {
  const match = useMatch({ path: `${BASE}/:id`, end: true });
  const selectedId = match?.params.id;
  const navigate = useNavigate();
  const close = useCallback(() => navigate(BASE), [navigate]);
  useFocusBackToRow(selectedId, 'data-tip-link');
  const open = Boolean(selectedId);
  return (
    <Box sx={{ display: 'flex', contain: 'inline-size' }}>
      <List<OrganisationMessageRecord>
        filters={tipFilters}
        filterDefaultValues={{ state: 'open' }}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        // No export: tips are written in confidence to the organisation and stay in its inbox.
        actions={false}
        sx={{ flexGrow: 1, minWidth: 0, marginRight: open ? `${DRAWER_WIDTH}px` : 0, '& .RaList-content': { overflowX: 'auto' } }}
      >
        <DataTable<OrganisationMessageRecord>
          bulkActionButtons={false}
          rowClick={(id) => {
            navigate(`${BASE}/${id}`);
            return false;
          }}
          rowSx={(record) => (record.id === selectedId ? { backgroundColor: 'action.selected' } : {})}
        >
          <DataTable.Col source="text" disableSort>
            <TipTextField />
          </DataTable.Col>
          <DataTable.Col source="senderName" disableSort />
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" />
          </DataTable.Col>
          {!open && <DataTable.Col source="organisationName" disableSort />}
          {!open && (
            <DataTable.Col source="answeredAt" disableSort>
              <AnsweredField />
            </DataTable.Col>
          )}
          <DataTable.Col source="state" disableSort>
            <TipStateField />
          </DataTable.Col>
        </DataTable>
      </List>
      <Drawer variant="persistent" open={open} anchor="right" onClose={close} sx={{ zIndex: 100 }}>
        {selectedId && <TipDrawer key={selectedId} id={selectedId} onClose={close} />}
      </Drawer>
    </Box>
  );
};
