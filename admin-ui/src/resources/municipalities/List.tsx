import { DataTable, List } from 'react-admin';
import type { MunicipalityRecord } from '@samverka/shared';
import { AreasCountField } from './AreasCountField';
import { municipalityFilters } from './filters';
import { NoRows } from '../../components/NoRows';

export const MunicipalityList = () => (
  <List<MunicipalityRecord> empty={false} filters={municipalityFilters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable<MunicipalityRecord> rowClick="show" bulkActionButtons={false} empty={<NoRows />}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col label="resources.municipalities.fields.areasCount" disableSort align="right">
        <AreasCountField />
      </DataTable.Col>
    </DataTable>
  </List>
);
