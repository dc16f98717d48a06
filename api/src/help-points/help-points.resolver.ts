import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { HelpPointInput } from './dto/help-point.input';
import { HelpPoint } from './help-point.model';
import { HelpPointsService } from './help-points.service';

/** Everyone reads a body's help points (public places); its organizers maintain them. */
@Resolver(() => HelpPoint)
export class HelpPointsResolver {
  constructor(private readonly service: HelpPointsService) {}

  @Query(() => [HelpPoint], { description: 'The help points for digital participation of an organizing body.' })
  helpPoints(@Args('organizingBodyId', { type: () => ID }) organizingBodyId: string): Promise<HelpPoint[]> {
    return this.service.list(organizingBodyId);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => HelpPoint, { description: 'Adds a help point to an organizing body.' })
  createHelpPoint(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('input') input: HelpPointInput,
  ): Promise<HelpPoint> {
    return this.service.create(person, organizingBodyId, input);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => HelpPoint, { description: 'Replaces what is known about a help point.' })
  updateHelpPoint(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: HelpPointInput,
  ): Promise<HelpPoint> {
    return this.service.update(person, id, input);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => Boolean, { description: 'Removes a help point.' })
  deleteHelpPoint(
    @CurrentPerson() person: SignedInPerson,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(person, id);
  }
}
