import { DataTable, NumberField, TextField } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';

const messages = 'samverka.staff.people';

/**
 * Columns that tell two people of the same name apart (never their e-mail): on the platform since,
 * home municipality, and how many other groups they share with the admin looking.
 */
export const PersonColumns = () => (
  <>
    <DataTable.Col source="memberSince" label={`${messages}.member_since`} disableSort>
      <LocalDateField source="memberSince" showTime={false} />
    </DataTable.Col>
    <DataTable.Col source="municipalityName" label={`${messages}.municipality`} disableSort>
      <TextField source="municipalityName" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="mutualGroups" label={`${messages}.mutual_groups`} disableSort>
      <NumberField source="mutualGroups" />
    </DataTable.Col>
  </>
);
