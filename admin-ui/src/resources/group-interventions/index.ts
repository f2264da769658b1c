import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export { GroundField } from './GroundField';
export { CloseInterventionButton, InterventionMeasures } from './InterventionActions';
export { OpenInterventionButton } from './OpenInterventionButton';

/** Staff's list of interventions; each is handled on its group's page. */
export const groupInterventions: ResourceProps = {
  name: 'group-interventions',
  list: lazyView(() => import('./List'), 'InterventionList'),
  icon: GavelIcon,
};
