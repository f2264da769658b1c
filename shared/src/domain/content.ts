/** Green: information. Yellow: about half of all posts. Red: urgent, about 15 %. */
export const Priority = { Green: 'green', Yellow: 'yellow', Red: 'red' } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];
export const PRIORITIES: readonly Priority[] = Object.values(Priority);

/** Hidden is reversible (pending review); removed is a decision. */
export const ContentStatus = { Visible: 'visible', Hidden: 'hidden', Removed: 'removed' } as const;
export type ContentStatus = (typeof ContentStatus)[keyof typeof ContentStatus];
export const CONTENT_STATUSES: readonly ContentStatus[] = Object.values(ContentStatus);

/** Sweden's bounding box: positions outside it are refused. */
export const SWEDEN_BOUNDS = { minLatitude: 55.0, maxLatitude: 69.1, minLongitude: 10.9, maxLongitude: 24.2 } as const;

export interface PostRecord {
  id: string;
  authorId: string;
  authorName: string;
  groupId: string | null;
  /** Posted on behalf of this verified organisation, whose badge code the app shows. */
  organisationId: string | null;
  organisationBadgeCode: string | null;
  text: string;
  imageFileId: string | null;
  priority: Priority;
  latitude: number;
  longitude: number;
  municipalityId: string;
  status: ContentStatus;
  createdAt: string;
}

export interface GroupMessageRecord {
  id: string;
  groupId: string;
  authorId: string;
  authorName: string;
  text: string;
  imageFileId: string | null;
  status: ContentStatus;
  createdAt: string;
}

/** Whether an organisation still works on a tip sent to it: members close it when done (and may reopen it). */
export const TipState = { Open: 'open', Closed: 'closed' } as const;
export type TipState = (typeof TipState)[keyof typeof TipState];
export const TIP_STATES: readonly TipState[] = Object.values(TipState);

/**
 * A message to an organisation (a tip), as its members and its sender read it. Who answered
 * or closed it is named to the organisation's members only: the sender wrote to the
 * organisation and hears back from the organisation.
 */
export interface OrganisationMessageRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  senderId: string;
  senderName: string;
  text: string;
  status: ContentStatus;
  createdAt: string;
  /** When a member first opened it. */
  readAt: string | null;
  state: TipState;
  answer: string | null;
  answeredAt: string | null;
  /** The member who answered: null to the sender. */
  answeredByName: string | null;
  closedAt: string | null;
  /** The member who closed it: null to the sender. */
  closedByName: string | null;
}
