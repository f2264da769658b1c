// Reads EXPLAIN plans: which big tables a statement would scan from end to end.

/** Tables that grow with the country: a sequential scan of one is a bug at national size. */
export const BIG_TABLES = ['posts', 'moderation_cases', 'moderation_notices', 'group_members', 'users', 'audit_events'];

export async function sequentialScans(client, { sql, parameters }) {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  const found = [];
  const walk = (node) => {
    if (node['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(node['Relation Name'])) found.push(node['Relation Name']);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(rows[0]['QUERY PLAN'][0].Plan);
  return found;
}
