import { localStorageStore } from 'react-admin';

/**
 * react-admin's store (its own default, localStorage under `RaStore.*`), held here so that code
 * outside React can change what the console shows, such as its language at sign-in.
 */
export const consoleStore = localStorageStore();
