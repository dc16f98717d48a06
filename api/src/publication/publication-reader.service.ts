import { Injectable } from '@nestjs/common';
import { type UiLocale } from '@skillshift/shared';
import { DataSource } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { canActForBody } from '../auth/tenant';
import { isContactOf } from '../challenges/challenge-access';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { isUuid } from '../matching/matching-access';
import { nonprofitTeams, volunteerProposals } from './publication-views';
import { type NonprofitTeams, type VolunteerProposal } from './publication.model';

/** Reading proposals and teams: a volunteer their own; a nonprofit's teams its contacts and the body's organizers. */
@Injectable()
export class PublicationReaderService {
  constructor(private readonly dataSource: DataSource) {}

  myProposals(person: SignedInPerson | null, locale: UiLocale): Promise<VolunteerProposal[]> {
    if (!person) throw unauthenticated();
    return volunteerProposals(this.dataSource.manager, person.id, locale, new Date());
  }

  async nonprofitTeams(person: SignedInPerson | null, nonprofitId: string, locale: UiLocale): Promise<NonprofitTeams> {
    if (!person) throw unauthenticated();
    const manager = this.dataSource.manager;
    const [nonprofit] = isUuid(nonprofitId)
      ? ((await manager.query(`SELECT id, name, organizing_body_id AS "bodyId" FROM nonprofit WHERE id = $1`, [
          nonprofitId,
        ])) as { id: string; name: string; bodyId: string }[])
      : [];
    if (!nonprofit) throw notFound('publication.entities.nonprofit');
    if (!canActForBody(person, nonprofit.bodyId) && !(await isContactOf(manager, nonprofit.id, person.id)))
      throw forbidden();
    return {
      nonprofitId: nonprofit.id,
      nonprofitName: nonprofit.name,
      teams: await nonprofitTeams(manager, nonprofit.id, locale, new Date()),
    };
  }
}
