import { SaveButton, Toolbar } from 'react-admin';

/**
 * Edit forms without react-admin's Delete button: removing people or municipalities is not a
 * console action (erasure is its own audited GDPR flow).
 */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
