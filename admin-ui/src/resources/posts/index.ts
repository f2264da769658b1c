import PlaceIcon from '@mui/icons-material/Place';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export { HidePostButton, RemovePostButton, RestorePostButton } from './ModerationButtons';

/** The public map's posts, for moderation: no create or edit views (posts are written in the app). */
export const posts: ResourceProps = {
  name: 'posts',
  list: lazyView(() => import('./List'), 'PostList'),
  show: lazyView(() => import('./Show'), 'PostShow'),
  icon: PlaceIcon,
};
