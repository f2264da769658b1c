import HowToRegIcon from '@mui/icons-material/HowToReg';
import type { ResourceProps } from 'react-admin';
import { ConsentPurposeList } from './List';
import { ConsentPurposeShow } from './Show';

/** Consent purposes with their versioned texts; a new text is published, never edited. */
export const consentPurposes: ResourceProps = {
  name: 'consent-purposes',
  list: ConsentPurposeList,
  show: ConsentPurposeShow,
  icon: HowToRegIcon,
  recordRepresentation: 'key',
};
