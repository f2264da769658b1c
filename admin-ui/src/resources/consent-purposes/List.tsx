import { BooleanField, DataTable, List, NumberField } from 'react-admin';
import type { ConsentPurposeRecord } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';

export const LegalBasisField = (_props: { label?: string; source?: string }) => <ChoiceChip source="legalBasis" prefix="samverka.privacy.legal_basis" />;

/** The purposes people are asked about (or told of), each with the version of its text in force. */
export const ConsentPurposeList = () => (
  <List<ConsentPurposeRecord> pagination={false} sort={{ field: 'key', order: 'ASC' }}>
    <DataTable<ConsentPurposeRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="key" disableSort />
      <DataTable.Col source="legalBasis" disableSort>
        <LegalBasisField />
      </DataTable.Col>
      <DataTable.Col source="optional" disableSort>
        <BooleanField source="optional" />
      </DataTable.Col>
      <DataTable.Col source="currentVersion" disableSort>
        <NumberField source="currentVersion" />
      </DataTable.Col>
      <DataTable.Col source="requiredVersion" disableSort>
        <NumberField source="requiredVersion" />
      </DataTable.Col>
    </DataTable>
  </List>
);
