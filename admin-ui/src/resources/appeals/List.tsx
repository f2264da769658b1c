import { DataTable, List, SelectInput, TextField } from 'react-admin';
import { APPEAL_STATUSES, type AppealRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { DecideAppealButtons } from './DecideAppealButtons';
import { AppealedDecisionField, AppealStatusField, AppellantField } from './fields';
import { NoRows } from '../../components/NoRows';

const statusChoices = APPEAL_STATUSES.map((id) => ({ id, name: `samverka.appeals.status.${id}` }));
const appealFilters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

/** Appeals waiting for a second moderator, oldest first: the order people have waited in. */
export const AppealList = () => (
  <List<AppealRecord> empty={false} filters={appealFilters} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'createdAt', order: 'ASC' }}>
    <DataTable<AppealRecord> bulkActionButtons={false} rowClick={false} empty={<NoRows unfiltered={{ status: 'pending' }} />}>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="appellantRole" disableSort>
        <AppellantField />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort>
        <TextField source="text" sx={{ display: 'block', maxWidth: 320, whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
      <DataTable.Col source="actionId" disableSort>
        <AppealedDecisionField />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <AppealStatusField />
      </DataTable.Col>
      <DataTable.Col source="decisionReason" disableSort>
        <TextField source="decisionReason" emptyText="—" sx={{ display: 'block', maxWidth: 240 }} />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <DecideAppealButtons />
      </DataTable.Col>
    </DataTable>
  </List>
);
