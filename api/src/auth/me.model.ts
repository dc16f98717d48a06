import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@skillshift/shared';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('RoleGrant', { description: 'One role of a person; organizer roles name their organizing body.' })
export class RoleGrantModel {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  organizingBodyId: string | null;

  @Field(() => String, { nullable: true })
  organizingBodyName: string | null;
}

@ObjectType({ description: 'The signed-in person, as they see themselves.' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  locale: string;

  @Field(() => [RoleGrantModel])
  roles: RoleGrantModel[];
}
