/** The audit chain page's messages (samverka.audit_chain.*) in English; audit-chain-sv.ts mirrors the keys. */
export const auditChainEn = {
  menu: 'Audit chain',
  title: 'Audit chain',
  intro:
    'Every audit event carries a hash of its own content and of the event before it, and the chain’s head records the last event written. The check recomputes the whole chain in the database and names the first event that does not add up; then it checks every signed checkpoint of the head kept outside the database, which finds a stretch deleted and re-linked by someone with full database access.',
  run: 'Verify the chain',
  intact: 'The chain is intact: %{smart_count} event checked. |||| The chain is intact: %{smart_count} events checked.',
  adds_up: 'The chain in the database adds up (%{smart_count} event), but a checkpoint does not hold. |||| The chain in the database adds up (%{smart_count} events), but checkpoints do not hold.',
  broken: 'The chain is broken at position %{seq}.',
  intact_before: 'The event before it is intact. |||| The %{smart_count} events before it are intact.',
  problem: {
    content_changed: 'The content of this event was changed after it was written.',
    link_broken: 'This event does not point to the event before it: that one was changed or replaced.',
    row_missing: 'Events just before this one are missing: they were deleted.',
    tail_missing: 'The chain does not end on the last event written (event %{id}): events at the end were deleted, or the last one was replaced.',
  },
  anchors: {
    none: 'No checkpoint outside the database yet: the first is written within the hour.',
    hold: 'The checkpoint outside the database holds; the latest names position %{seq} (%{at}). |||| All %{smart_count} checkpoints outside the database hold; the latest names position %{seq} (%{at}).',
    broken: 'A checkpoint outside the database does not hold. |||| %{smart_count} checkpoints outside the database do not hold.',
    problem: {
      unreadable: 'Line %{line} of the checkpoint file is not a checkpoint.',
      forged: 'Line %{line} (claims position %{seq}, %{at}) is not signed with the anchor key: it was forged or edited.',
      row_gone: 'Line %{line} (position %{seq}, %{at}): that position no longer exists. Events after position %{from} up to %{seq} were deleted.',
      hash_differs: 'Line %{line} (position %{seq}, %{at}): the event there is not the one checkpointed. Events after position %{from} up to %{seq} were deleted, changed or re-linked.',
    },
  },
  open_event: 'Show event %{id}',
  not_allowed: 'Only platform owners can verify the audit chain.',
};
