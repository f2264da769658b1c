import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Municipality } from './municipality.entity.js';

/** A named part of a municipality (Gamla stan in Stockholm), used to place groups and posts. */
@Entity({ name: 'municipality_areas' })
export class MunicipalityArea {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne('Municipality', 'areas', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Municipality;

  @Column({ type: 'text' })
  name: string;
}
