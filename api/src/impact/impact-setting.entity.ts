import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';

/** The hourly rate an organizing body values volunteer hours at, for the "estimated value" of its impact figures. */
@Entity('impact_setting')
export class ImpactSettingEntity {
  @PrimaryColumn({ name: 'organizing_body_id', type: 'uuid' })
  organizingBodyId: string;

  @OneToOne(() => OrganizingBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  /** Euros per volunteer hour. */
  @Column({ name: 'hourly_rate', type: 'numeric', precision: 8, scale: 2, default: 0 })
  hourlyRate: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
