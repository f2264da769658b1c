import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityArea } from './municipality-area.entity.js';

@Entity({ name: 'municipalities' })
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Kommunkod, four digits. */
  @Column({ type: 'char', length: 4 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @OneToMany(() => MunicipalityArea, (area) => area.municipality)
  areas: MunicipalityArea[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
