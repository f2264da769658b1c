import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { ResourceProps } from 'react-admin';
import { MunicipalityCreate } from './Create';
import { MunicipalityEdit } from './Edit';
import { MunicipalityList } from './List';
import { MunicipalityShow } from './Show';

export const municipalities: ResourceProps = {
  name: 'municipalities',
  list: MunicipalityList,
  show: MunicipalityShow,
  edit: MunicipalityEdit,
  create: MunicipalityCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};
