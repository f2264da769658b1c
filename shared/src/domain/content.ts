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
