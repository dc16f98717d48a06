import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/auth.guard';
import { CurrentPerson } from '../auth/current-person.decorator';
import { type SignedInPerson } from '../auth/signed-in-person';
import { ImpactReport, PublicImpactBody } from './impact.model';
import { ImpactService } from './impact.service';

/** The organizers' impact page per body, its hourly rate, and the public aggregate page. */
@Resolver(() => ImpactReport)
export class ImpactResolver {
  constructor(private readonly service: ImpactService) {}

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Query(() => ImpactReport, { description: 'The impact figures of an organizing body, edition over edition.' })
  impactReport(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
  ): Promise<ImpactReport> {
    return this.service.report(person, organizingBodyId);
  }

  @RequireRole('ORGANIZER', 'PLATFORM_ADMIN')
  @Mutation(() => Float, { description: 'Sets the euros per volunteer hour for the body’s estimated value.' })
  setImpactHourlyRate(
    @CurrentPerson() person: SignedInPerson,
    @Args('organizingBodyId', { type: () => ID }) organizingBodyId: string,
    @Args('hourlyRate', { type: () => Float }) hourlyRate: number,
  ): Promise<number> {
    return this.service.setHourlyRate(person, organizingBodyId, hourlyRate);
  }

  @Query(() => [PublicImpactBody], {
    description: 'Aggregate figures of finished editions for everyone; each figure below 3 is "fewer than 3".',
  })
  publicImpact(): Promise<PublicImpactBody[]> {
    return this.service.publicImpact();
  }
}
