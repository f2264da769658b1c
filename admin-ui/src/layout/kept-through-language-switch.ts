import { type ChangeEvent, useCallback, useEffect, useState } from 'react';

/**
 * What a person typed on a signed-out page, kept across a language switch. Switching the language
 * makes react-admin remount the whole console under the new locale (I18nContextProvider's key),
 * which emptied the login and invitation forms, the password included.
 *
 * Kept in memory only, never in storage, and only across that remount: when the page unmounts, what
 * it typed is dropped unless the same page mounts again in the same turn (what a switch does).
 */
const drafts = new Map<string, Map<string, string>>();
const dropping = new Map<string, ReturnType<typeof setTimeout>>();

export interface Kept {
  /** The field's value before the switch ('' on a fresh page). */
  initial: (field: string) => string;
  keep: (field: string, value: string) => void;
  /** Both, as the props of a react-admin input. */
  input: (field: string) => { defaultValue: string; onChange: (event: ChangeEvent<HTMLInputElement>) => void };
}

export function useKeptThroughLanguageSwitch(page: string): Kept {
  // Read once, at mount: the values the page had before the switch.
  const [kept] = useState(() => new Map(drafts.get(page)));
  useEffect(() => {
    clearTimeout(dropping.get(page));
    dropping.delete(page);
    return () => {
      dropping.set(
        page,
        setTimeout(() => {
          drafts.delete(page);
          dropping.delete(page);
        }, 0),
      );
    };
  }, [page]);
  const initial = useCallback((field: string) => kept.get(field) ?? '', [kept]);
  const keep = useCallback(
    (field: string, value: string) => {
      const draft = drafts.get(page) ?? new Map<string, string>();
      draft.set(field, value);
      drafts.set(page, draft);
    },
    [page],
  );
  const input = (field: string) => ({ defaultValue: initial(field), onChange: (event: ChangeEvent<HTMLInputElement>) => keep(field, event.target.value) });
  return { initial, keep, input };
}

/** A text field's state that survives a language switch: what `useState('')` would give, kept in `kept` as it changes. */
export function useKeptState(kept: Kept, field: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => kept.initial(field));
  const set = (next: string) => {
    setValue(next);
    kept.keep(field, next);
  };
  return [value, set];
}
