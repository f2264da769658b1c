import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export const municipalities: ResourceProps = {
  name: 'municipalities',
  list: lazyView(() => import('./List'), 'MunicipalityList'),
  show: lazyView(() => import('./Show'), 'MunicipalityShow'),
  edit: lazyView(() => import('./Edit'), 'MunicipalityEdit'),
  create: lazyView(() => import('./Create'), 'MunicipalityCreate'),
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};
