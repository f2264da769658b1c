import { DateInput, ReferenceInput, SelectInput } from 'react-admin';
import { contentStatusChoices, priorityChoices } from './choices';

export const postFilters = [
  <SelectInput key="priority" source="priority" choices={priorityChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={contentStatusChoices} alwaysOn />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <DateInput key="since" source="since" />,
];
