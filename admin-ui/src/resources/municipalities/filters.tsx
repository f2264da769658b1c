import { SearchInput } from 'react-admin';

export const municipalityFilters = [<SearchInput key="q" source="q" alwaysOn />];
