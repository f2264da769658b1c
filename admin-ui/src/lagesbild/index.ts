export { LagesbildPage } from './LagesbildPage';
