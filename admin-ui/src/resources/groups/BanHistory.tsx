import { DataTable, Pagination, ReferenceManyField, TextField } from 'react-admin';
import type { GroupBanRecord, GroupRecord } from '@samverka/shared';
import { EmptyNote } from '../../components/EmptyNote';
import { LocalDateField } from '../../components/LocalDateField';
import { Section } from '../../components/Section';

const messages = 'samverka.staff.ban_history';

/** Bans no longer in force: lifted (by whom, when, why) or run out. */
export const BanHistory = () => (
  <Section title={`${messages}.title`} intro={`${messages}.intro`} testId="ban-history">
    <ReferenceManyField<GroupRecord, GroupBanRecord>
      reference="group-bans"
      target="groupId"
      filter={{ active: false }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
    >
      <DataTable<GroupBanRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message={`${messages}.none`} />}>
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="createdAt">
          <LocalDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="liftedAt" label={`${messages}.lifted_at`} disableSort>
          <LocalDateField source="liftedAt" emptyText={`${messages}.expired`} />
        </DataTable.Col>
        <DataTable.Col source="liftedByName" label={`${messages}.lifted_by`} disableSort>
          <TextField source="liftedByName" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="liftReason" label={`${messages}.lift_reason`} disableSort>
          <TextField source="liftReason" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);
