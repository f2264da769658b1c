import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import type { MunicipalityAreaRecord, MunicipalityRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';

export const MunicipalityShow = () => (
  <Show<MunicipalityRecord>>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <LocalDateField source="createdAt" />
      <ArrayField source="areas">
        <DataTable<MunicipalityAreaRecord> bulkActionButtons={false} rowClick={false} empty={<span>-</span>} data-testid="municipality-areas">
          <DataTable.Col source="name" label="resources.municipalities.fields.areaName" />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
