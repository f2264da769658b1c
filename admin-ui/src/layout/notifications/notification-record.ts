/** The kind of notification that carries a statement of reasons (DSA Art. 17). */
export const STATEMENT_KIND = 'moderation.statement';
