import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type GroupRelation, GroupRelations } from '../identity/group-relations.port.js';

/** The groups context's answer to "which groups is this person in, and as what". */
@Injectable()
export class GroupRelationsProvider extends GroupRelations {
  constructor(private readonly db: DataSource) {
    super();
  }

  of(userId: string): Promise<GroupRelation[]> {
    return this.db.query(`SELECT g.id, g.name, m.role FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $1 ORDER BY g.name`, [userId]);
  }
}
