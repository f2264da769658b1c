import type { GroupRole } from '@samverka/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'group_members' })
export class GroupMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) role: GroupRole;
  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' }) joinedAt: Date;
  /** When the member got their current role: the longest-serving admin inherits ownership. */
  @Column({ name: 'role_since', type: 'timestamptz', default: () => 'now()' }) roleSince: Date;
}
