import { ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { roleChoices, statusChoices } from './choices';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <ReferenceInput key="homeMunicipalityId" source="homeMunicipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
];
