/** The audit chain page's messages (samverka.audit_chain.*) in English; audit-chain-sv.ts mirrors the keys. */
export const auditChainEn = {
  menu: 'Audit chain',
  title: 'Audit chain',
  intro:
    'Every audit event carries a hash of its own content and of the event before it, and the chain’s head records the last event written. The check recomputes the whole chain in the database and names the first event that does not add up.',
  run: 'Verify the chain',
  intact: 'The chain is intact: %{smart_count} event checked. |||| The chain is intact: %{smart_count} events checked.',
  broken: 'The chain is broken at position %{seq}.',
  intact_before: 'The event before it is intact. |||| The %{smart_count} events before it are intact.',
  problem: {
    content_changed: 'The content of this event was changed after it was written.',
    link_broken: 'This event does not point to the event before it: that one was changed or replaced.',
    row_missing: 'Events just before this one are missing: they were deleted.',
    tail_missing: 'The chain does not end on the last event written (event %{id}): events at the end were deleted, or the last one was replaced.',
  },
  open_event: 'Show event %{id}',
  not_allowed: 'Only platform owners can verify the audit chain.',
};
