import { Typography } from '@mui/material';
import { CreateButton, DataTable, FilterButton, List, NullableBooleanInput, ReferenceField, SelectArrayInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { REQUEST_STATUSES, REQUEST_TYPES, privacyRequestUrgency, type PrivacyRequestRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { DueField, RequestStatusField, RequestTypeField } from './fields';
import { RequestActions } from './RequestActions';

const requestFilters = [
  <SelectArrayInput key="status" source="status" choices={REQUEST_STATUSES.map((status) => ({ id: status, name: `samverka.privacy.request_status.${status}` }))} alwaysOn />,
  <SelectInput key="type" source="type" choices={REQUEST_TYPES.map((type) => ({ id: type, name: `samverka.privacy.request_type.${type}` }))} alwaysOn />,
  <NullableBooleanInput key="open" source="open" />,
  <NullableBooleanInput key="overdue" source="overdue" />,
];

const URGENCY_BACKGROUND = { overdue: 'error.light', soon: 'warning.light' } as const;

/** The data-subject requests queue: open requests first, by the due date in force. */
export const PrivacyRequestList = () => {
  const translate = useTranslate();
  return (
    <List<PrivacyRequestRecord>
      filters={requestFilters}
      sort={{ field: 'effectiveDueAt', order: 'ASC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton label="samverka.privacy.requests.file_button" data-testid="file-request-button" />
        </TopToolbar>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('samverka.privacy.requests.intro')}
      </Typography>
      <DataTable<PrivacyRequestRecord>
        rowClick="show"
        bulkActionButtons={false}
        rowSx={(record) => {
          const urgency = privacyRequestUrgency(record);
          return urgency === 'overdue' || urgency === 'soon' ? { backgroundColor: URGENCY_BACKGROUND[urgency], '& td': { color: 'text.primary' } } : {};
        }}
      >
        <DataTable.Col source="effectiveDueAt">
          <DueField />
        </DataTable.Col>
        <DataTable.Col source="type" disableSort>
          <RequestTypeField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <RequestStatusField />
        </DataTable.Col>
        <DataTable.Col source="subjectId" disableSort>
          <ReferenceField source="subjectId" reference="users" link="show">
            <TextField source="displayName" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="receivedAt">
          <LocalDateField source="receivedAt" />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <RequestActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
