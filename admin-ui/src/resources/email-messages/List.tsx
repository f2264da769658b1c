import { DataTable, List, Show, SimpleShowLayout, TextField, TextInput } from 'react-admin';
import type { EmailMessageRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';

const filters = [<TextInput key="recipient" source="recipient" alwaysOn />];

/** Every e-mail the platform sent or, without SMTP, captured; links and codes are hidden (the text as stored). */
export const EmailMessageList = () => (
  <List<EmailMessageRecord> filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable<EmailMessageRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="recipient" />
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col source="status" />
    </DataTable>
  </List>
);

export const EmailMessageShow = () => (
  <Show<EmailMessageRecord>>
    <SimpleShowLayout>
      <TextField source="recipient" />
      <TextField source="subject" />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="template" />
      <TextField source="status" />
      <LocalDateField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
