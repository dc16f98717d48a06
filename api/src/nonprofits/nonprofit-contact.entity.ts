import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { NonprofitEntity } from './nonprofit.entity';

/** A person who speaks for a nonprofit; a nonprofit has one or more, a person may speak for several. */
@Entity('nonprofit_contact')
export class NonprofitContactEntity {
  @PrimaryColumn({ name: 'nonprofit_id', type: 'uuid' })
  nonprofitId: string;

  @ManyToOne(() => NonprofitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nonprofit_id' })
  nonprofit?: NonprofitEntity;

  @Index('nonprofit_contact_person')
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
