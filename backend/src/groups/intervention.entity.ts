import type { InterventionGround } from '@samverka/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The platform stepping into a locked group, with a stated ground; staff may read it only meanwhile. */
@Entity({ name: 'group_interventions' })
export class Intervention {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ type: 'text' }) ground: InterventionGround;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'opened_by', type: 'uuid', nullable: true }) openedBy: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' }) openedAt: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
}
