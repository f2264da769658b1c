import { useSyncExternalStore } from 'react';

/**
 * Whether the queue's single-key shortcuts are on, kept per browser (WCAG 2.1.4: a person using
 * speech input or a switch must be able to turn them off). Plain localStorage rather than
 * react-admin's store, which is cleared at sign-out.
 */
const KEY = 'samverka.shortcuts';
const listeners = new Set<() => void>();

export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutsOn(on: boolean): void {
  localStorage.setItem(KEY, on ? 'on' : 'off');
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same browser changing the setting.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useShortcutsOn(): boolean {
  return useSyncExternalStore(subscribe, shortcutsOn);
}
