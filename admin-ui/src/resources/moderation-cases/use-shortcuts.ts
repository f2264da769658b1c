import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { shortcutsOn } from './shortcuts-preference';

/** Handlers by `KeyboardEvent.key` (`j`, `ArrowDown`, `Escape`, ...). */
export type ShortcutMap = Partial<Record<string, () => void>>;

/**
 * Whether a key press belongs to something else: typing in a field, a dialog, or an open menu
 * or popover (a select's options, the filter menu, the help popover).
 */
function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target) {
    if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
    if (target.closest('[role="textbox"], [role="searchbox"], [role="spinbutton"]')) return true;
    // Not `role="menu"`: the sidebar is one, and focus stays there after opening the queue.
    if (target.closest('[role="dialog"], [role="listbox"], [role="combobox"]')) return true;
  }
  // An open dialog, menu or popover; a dialog that has just opened may not have the focus yet.
  return document.querySelector('.MuiDialog-root:not(.MuiModal-hidden), .MuiPopover-root:not(.MuiModal-hidden)') !== null;
}

/**
 * Single-key shortcuts for a page, active while `enabled` and while the person has not turned
 * them off (`shortcuts-preference`); they never fire while typing. Escape (closing the case)
 * keeps working when they are off; the letters and arrows do not.
 */
export function useShortcuts(shortcuts: ShortcutMap, enabled = true): void {
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const handler = current.current[event.key];
      if (!handler || belongsElsewhere(event)) return;
      if (event.key !== 'Escape' && !shortcutsOn()) return;
      event.preventDefault();
      event.stopPropagation();
      handler();
    };
    // In the capture phase: with the focus left in the sidebar after opening the queue, the
    // menu's type-ahead would otherwise take the letter first ('a' jumped to "Användare").
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}

/**
 * Enter submits a dialog whose content is valid, even from a multi-line statement (Shift+Enter
 * makes a new line). Enter on a button, a select or a menu option keeps its own meaning.
 */
export function submitOnEnter(event: ReactKeyboardEvent, valid: boolean, submit: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'BUTTON' || target.closest('[role="combobox"], [role="listbox"], [role="menu"]')) return;
  event.preventDefault();
  if (valid) submit();
}
