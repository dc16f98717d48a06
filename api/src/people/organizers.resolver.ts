import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { OrganizersService } from './organizers.service';

@Resolver()
export class OrganizersResolver {
  constructor(private readonly organizers: OrganizersService) {}

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => Boolean, {
    description:
      'Invites a further organizer into a body the caller organizes (organizingBodyId may be left out when there is one).',
  })
  async inviteOrganizer(
    @CurrentPerson() inviter: SignedInPerson,
    @Args('email') email: string,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @Args('organizingBodyId', { type: () => ID, nullable: true }) organizingBodyId: string | null,
  ): Promise<boolean> {
    await this.organizers.inviteFurtherOrganizer(inviter, { email, name, organizingBodyId });
    return true;
  }
}
