import { useEffect, useRef } from 'react';

/**
 * When the drawer beside a list closes, the focus goes back to the link of the record it showed
 * (`a[<linkAttribute>="<id>"]`), or the list's first such link when that record has left the
 * list, not to the top of the page.
 */
export function useFocusBackToRow(selectedId: string | undefined, linkAttribute: string): void {
  const previous = useRef(selectedId);
  useEffect(() => {
    const closed = previous.current;
    previous.current = selectedId;
    if (selectedId || !closed) return;
    const link = document.querySelector<HTMLElement>(`a[${linkAttribute}="${CSS.escape(closed)}"]`) ?? document.querySelector<HTMLElement>(`a[${linkAttribute}]`);
    link?.focus();
  }, [selectedId, linkAttribute]);
}
