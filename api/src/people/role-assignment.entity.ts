import { ROLES, type Role } from '@skillshift/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizingBodyEntity } from './organizing-body.entity';
import { PersonEntity } from './person.entity';

/** One role a person holds; organizer roles are held for one organizing body. */
@Entity('role_assignment')
// NULLs are distinct in a unique index, so global roles (admin) and per-body roles get one partial index each.
@Index('role_assignment_in_body_unique', ['personId', 'role', 'organizingBodyId'], {
  unique: true,
  where: '"organizing_body_id" IS NOT NULL',
})
@Index('role_assignment_global_unique', ['personId', 'role'], {
  unique: true,
  where: '"organizing_body_id" IS NULL',
})
@Check('role_assignment_organizer_has_body', `"role" <> 'ORGANIZER' OR "organizing_body_id" IS NOT NULL`)
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: ROLES, enumName: 'role' })
  role: Role;

  @Index('role_assignment_body')
  @Column({ name: 'organizing_body_id', type: 'uuid', nullable: true })
  organizingBodyId: string | null;

  @ManyToOne(() => OrganizingBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizing_body_id' })
  organizingBody?: OrganizingBodyEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
