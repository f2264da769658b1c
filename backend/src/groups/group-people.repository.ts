import { Injectable } from '@nestjs/common';
import type { PersonDetails } from '@samverka/shared';
import { DataSource } from 'typeorm';

export type Person = PersonDetails & { displayName: string };

/**
 * Who a member or an applicant is, as a group's admin may see them: the name, and what tells two
 * people of the same name apart without their e-mail (since when they are on the platform, their
 * home municipality, how many other groups they share with the viewer).
 */
@Injectable()
export class GroupPeopleRepository {
  constructor(private readonly db: DataSource) {}

  /** Details of each person in a group, keyed `userId:groupId`, as seen by `viewerId`. */
  async inGroups(viewerId: string, rows: readonly { userId: string; groupId: string }[]): Promise<Map<string, Person>> {
    if (rows.length === 0) return new Map();
    const found: { user_id: string; group_id: string; display_name: string; created_at: Date; municipality_name: string | null; mutual: number }[] = await this.db.query(
      `SELECT p.user_id, p.group_id, u.display_name, u.created_at, m.name AS municipality_name,
              (SELECT count(*)::int FROM group_members theirs
                 JOIN group_members mine ON mine.group_id = theirs.group_id AND mine.user_id = $1
                WHERE theirs.user_id = p.user_id AND theirs.group_id <> p.group_id) AS mutual
         FROM unnest($2::uuid[], $3::uuid[]) AS p(user_id, group_id)
         JOIN users u ON u.id = p.user_id
         LEFT JOIN municipalities m ON m.id = u.home_municipality_id`,
      [viewerId, rows.map((row) => row.userId), rows.map((row) => row.groupId)],
    );
    return new Map(
      found.map((row) => [
        `${row.user_id}:${row.group_id}`,
        { displayName: row.display_name, memberSince: row.created_at.toISOString(), municipalityName: row.municipality_name, mutualGroups: row.mutual },
      ]),
    );
  }
}

/** Someone whose account row is gone: nothing to tell them apart by. */
export const UNKNOWN_PERSON: Person = { displayName: '', memberSince: new Date(0).toISOString(), municipalityName: null, mutualGroups: 0 };
