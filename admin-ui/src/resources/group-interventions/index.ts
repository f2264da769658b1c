import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { InterventionList } from './List';

export { GroundField } from './GroundField';
export { CloseInterventionButton, InterventionMeasures } from './InterventionActions';
export { OpenInterventionButton } from './OpenInterventionButton';

/** Staff's list of interventions; each is handled on its group's page. */
export const groupInterventions: ResourceProps = {
  name: 'group-interventions',
  list: InterventionList,
  icon: GavelIcon,
};
