/**
 * SQL: an active legal hold (not lifted, not ended by the database clock) covers the item, by its
 * own hold or by a hold on all of its author's content. The arguments are SQL expressions. The
 * held_content trigger (migration HeldContent1766430000000) applies the same cover.
 */
export const activeHoldCovers = (authorId: string, itemType: string, itemId: string): string =>
  `EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL AND h.ends_at > now()
  AND h.subject_id = ${authorId} AND (h.item_id IS NULL OR (h.item_type = ${itemType} AND h.item_id = ${itemId})))`;
