import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * The warning mail of the retention job: sent once per stretch of inactivity. Activity after `warnedAt` makes the
 * warning void (the next stretch gets a new one); otherwise the contact data is purged after `purgeAfter`.
 */
@Entity('retention_warning')
export class RetentionWarningEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'warned_at', type: 'timestamptz' })
  warnedAt: Date;

  @Column({ name: 'purge_after', type: 'timestamptz' })
  purgeAfter: Date;
}
