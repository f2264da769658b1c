import { CardContent, Typography } from '@mui/material';
import { Button, useListContext, useResourceContext, useTranslate } from 'react-admin';

/** Whether two filter objects hold the same values (they are small, flat and JSON-shaped). */
const sameFilters = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
};

/**
 * What a list that keeps its filters on screen (`empty={false}`) says with no rows: the sentence
 * written for the list (`resources.<name>.empty`) when nothing narrows it beyond `unfiltered`, its
 * default filter (the open cases, the pending appeals); otherwise that nothing matches, with a way
 * to clear the filters. react-admin's own sentence named the list with its capitalised label
 * ("Inga Ingripanden hittades").
 */
export const NoRows = ({ unfiltered = {} }: { unfiltered?: Record<string, unknown> }) => {
  const { filterValues = {}, setFilters } = useListContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const filtered = !sameFilters(filterValues as Record<string, unknown>, unfiltered);
  return (
    <CardContent data-testid="list-empty" data-filtered={filtered}>
      <Typography variant="body2" component="p">
        {filtered ? translate('samverka.list.no_match') : translate(`resources.${resource}.empty`)}
      </Typography>
      {filtered && <Button label="ra.navigation.clear_filters" onClick={() => setFilters({}, [])} data-testid="list-clear-filters" />}
    </CardContent>
  );
};
