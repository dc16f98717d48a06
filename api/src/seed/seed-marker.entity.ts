import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per demo-data step that has run, so each runs on the first start only. */
@Entity('seed_marker')
export class SeedMarkerEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
