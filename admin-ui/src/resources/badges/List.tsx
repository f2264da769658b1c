import { BooleanField, DataTable, FilterButton, List, SelectInput, TextField, TopToolbar } from 'react-admin';
import { BADGE_STATUSES, type BadgeRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { BadgeActions } from './BadgeActions';
import { BadgeQrButton } from './BadgeQrButton';
import { BadgeKindField, BadgeStatusField } from './fields';

const badgeFilters = [
  <SelectInput key="status" source="status" choices={BADGE_STATUSES.map((status) => ({ id: status, name: `samverka.badges.status.${status}` }))} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={['organisation', 'member'].map((kind) => ({ id: kind, name: `samverka.badges.kind.${kind}` }))} />,
];

/** The badges a coordinator answers for (their municipalities; the platform owner: all), newest first. */
export const BadgeList = () => (
  <List<BadgeRecord>
    filters={badgeFilters}
    sort={{ field: 'issuedAt', order: 'DESC' }}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
  >
    <DataTable<BadgeRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="kind" disableSort>
        <BadgeKindField />
      </DataTable.Col>
      <DataTable.Col source="organisationName" disableSort />
      <DataTable.Col source="holderName" disableSort>
        <TextField source="holderName" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort>
        <TextField source="title" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <BadgeStatusField />
      </DataTable.Col>
      <DataTable.Col source="valid" disableSort>
        <BooleanField source="valid" />
      </DataTable.Col>
      <DataTable.Col source="validUntil">
        <LocalDateField source="validUntil" showTime={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort>
        <BadgeQrButton />
        <BadgeActions />
      </DataTable.Col>
    </DataTable>
  </List>
);
