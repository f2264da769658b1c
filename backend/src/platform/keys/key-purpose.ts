/**
 * Every purpose a key is derived from JWT_SECRET for. Closed: a new use of the secret adds a
 * member here, so no key is ever shared by two purposes. The value is HKDF's `info`: never
 * rename one, or whatever was made with its key stops verifying.
 */
export enum KeyPurpose {
  /** HS256 access tokens. */
  AccessToken = 'samverka/access-token',
  /** The short-lived proof of a right password carried to the second sign-in step. */
  PendingSignIn = 'samverka/pending-sign-in',
  /** The keyed hash of an e-mailed domain-proof code (six digits are guessed offline otherwise). */
  DomainProofCode = 'samverka/domain-proof-code',
  /** Reviewers' pseudonyms on badges (`R-…`), shown by the public check. */
  ReviewerRef = 'samverka/reviewer-ref',
  /** Two-minute links that show one evidence file in the console's viewer (an iframe cannot send a bearer token). */
  EvidencePreview = 'samverka/evidence-preview',
  /** The encryption of an e-mail's real text (links, codes) while it waits in the outbox. */
  OutboxSeal = 'samverka/outbox-seal',
  /** The link in an erasure certificate e-mail: the person erased reads their certificate through it. */
  ErasureCertificateLink = 'samverka/erasure-certificate-link',
}
