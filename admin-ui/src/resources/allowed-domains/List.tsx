import DeleteIcon from '@mui/icons-material/Delete';
import { CreateButton, DataTable, List, TextField, TopToolbar, useRecordContext } from 'react-admin';
import type { AllowedDomainRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { LocalDateField } from '../../components/LocalDateField';
import { OrganisationTypeField } from '../organisations/fields';

/** Takes a domain off the list: new police or municipality applications can no longer prove it. */
export const RemoveDomainButton = () => {
  const domain = useRecordContext<AllowedDomainRecord>();
  if (!domain) return null;
  return (
    <ActionButton
      resource="allowed-domains"
      action="remove"
      access="delete"
      messages="samverka.allowed_domains.remove"
      name={domain.domain}
      text={{ name: 'reason', minLength: 3 }}
      color="error"
      icon={<DeleteIcon />}
      testId="remove-domain"
    />
  );
};

/** The e-mail domains police and municipality applicants must prove an address at. */
export const AllowedDomainList = () => (
  <List<AllowedDomainRecord>
    sort={{ field: 'domain', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton label="samverka.allowed_domains.add" data-testid="add-domain-button" />
      </TopToolbar>
    }
  >
    <DataTable<AllowedDomainRecord> bulkActionButtons={false}>
      <DataTable.Col source="domain" />
      <DataTable.Col source="organisationType" disableSort>
        <OrganisationTypeField source="organisationType" />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort>
        <TextField source="note" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort>
        <RemoveDomainButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
