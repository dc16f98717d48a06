import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant: a city office or cluster that runs its own events; its organizers see nothing of other bodies. */
@Entity('organizing_body')
export class OrganizingBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organizing_body_name_unique', { unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  city: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
