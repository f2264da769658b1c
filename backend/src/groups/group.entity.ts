import type { GroupKind, GroupStatus, GroupVisibility } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'groups' })
export class Group {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', default: '' }) purpose: string;
  @Column({ name: 'rules_text', type: 'text', default: '' }) rulesText: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @Column({ name: 'area_id', type: 'uuid', nullable: true }) areaId: string | null;
  @Column({ type: 'text' }) visibility: GroupVisibility;
  @Column({ type: 'text', default: 'citizen' }) kind: GroupKind;
  @Column({ type: 'text', default: 'active' }) status: GroupStatus;
  /** Set during a platform intervention: nobody may post until it is lifted. */
  @Column({ name: 'posting_frozen_at', type: 'timestamptz', nullable: true }) postingFrozenAt: Date | null;
  /** Set by the platform: no joining, no posting, until lifted. */
  @Column({ name: 'locked_by_platform_at', type: 'timestamptz', nullable: true }) lockedByPlatformAt: Date | null;
  /** Set when no owner or admin is left; the platform must find one. */
  @Column({ name: 'orphaned_at', type: 'timestamptz', nullable: true }) orphanedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt: Date;
}
