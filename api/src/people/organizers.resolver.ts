import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toUiLocale, type UiLocale } from '@skillshift/shared';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { OrganizersService } from './organizers.service';
import { BodyOrganizerModel, OrganizingBodyModel } from './organizing-body.model';

const INVITATION_LOCALE =
  'The language of the invitation mail, de or en (and of the account, for someone new); left out, a known ' +
  'person’s own language, else German.';

/** As the sign-in mutations read `locale`: a language the mails speak, or none given. */
const invitationLocale = (locale: string | null): UiLocale | undefined => (locale ? toUiLocale(locale) : undefined);

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
    @Args('locale', { type: () => String, nullable: true, description: INVITATION_LOCALE }) locale: string | null,
  ): Promise<boolean> {
    await this.organizers.inviteFurtherOrganizer(inviter, {
      email,
      name,
      organizingBodyId,
      locale: invitationLocale(locale),
    });
    return true;
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => [OrganizingBodyModel], {
    description: 'The bodies the caller organizes; every body for platform admins. Sorted by name.',
  })
  organizingBodies(@CurrentPerson() person: SignedInPerson): Promise<OrganizingBodyModel[]> {
    return this.organizers.bodiesOf(person);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => [BodyOrganizerModel], { description: 'The organizers of a body the caller organizes.' })
  bodyOrganizers(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
  ): Promise<BodyOrganizerModel[]> {
    return this.organizers.organizersOf(person, organizingBodyId);
  }

  @RequireRole('PLATFORM_ADMIN')
  @Mutation(() => OrganizingBodyModel, {
    description:
      'Platform admins: creates an organizing body (a city or cluster) and invites its first organizer, as ' +
      '`npm run admin -- invite-organizer` does.',
  })
  async createOrganizingBody(
    @Args('name') name: string,
    @Args('city', { type: () => String, defaultValue: '' }) city: string,
    @Args('organizerEmail') organizerEmail: string,
    @Args('organizerName', { type: () => String, nullable: true }) organizerName: string | null,
    @Args('locale', { type: () => String, nullable: true, description: INVITATION_LOCALE }) locale: string | null,
  ): Promise<OrganizingBodyModel> {
    return this.organizers.createBody(
      { name, city },
      { email: organizerEmail, name: organizerName, locale: invitationLocale(locale) },
    );
  }
}
