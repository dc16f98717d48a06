import { Injectable } from '@nestjs/common';
import { HELP_POINT_LIMITS, type HelpTopic } from '@skillshift/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { assertActsForBody, organizingBodiesOf } from '../auth/tenant';
import { conflict, forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { type HelpPointInput } from './dto/help-point.input';
import { HelpPointEntity } from './help-point.entity';
import { type HelpPoint } from './help-point.model';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The help points of an organizing body, for everyone to read (they are public places) and for later referral mails:
 * those ask for the points that help with given topics. Sorted by district, then name, as a printed list would be.
 */
export async function helpPointsOf(
  manager: EntityManager,
  organizingBodyId: string,
  topics: readonly HelpTopic[] = [],
): Promise<HelpPoint[]> {
  const query = manager
    .createQueryBuilder(HelpPointEntity, 'point')
    .where('point.organizing_body_id = :organizingBodyId', { organizingBodyId })
    .orderBy('point.district', 'ASC')
    .addOrderBy('point.name', 'ASC')
    .addOrderBy('point.id', 'ASC');
  if (topics.length > 0) query.andWhere('point.topics && CAST(:topics AS help_topic[])', { topics: [...topics] });
  return (await query.getMany()).map(toHelpPoint);
}

/** Organizers of the body maintain its help points; every change runs in one transaction. */
@Injectable()
export class HelpPointsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(organizingBodyId: string): Promise<HelpPoint[]> {
    if (!isUuid(organizingBodyId)) throw notFound('entities.organizingBody');
    const bodies = (await this.dataSource.query(`SELECT 1 FROM organizing_body WHERE id = $1`, [
      organizingBodyId,
    ])) as unknown[];
    if (bodies.length === 0) throw notFound('entities.organizingBody');
    return helpPointsOf(this.dataSource.manager, organizingBodyId);
  }

  async create(person: SignedInPerson | null, organizingBodyId: string, input: HelpPointInput): Promise<HelpPoint> {
    assertActsForBody(person, organizingBodyId);
    return this.dataSource.transaction(async (manager) => {
      // The body's row is the lock that keeps two organizers adding at once from passing the limit together.
      const bodies = (await manager.query(`SELECT 1 FROM organizing_body WHERE id = $1 FOR UPDATE`, [
        organizingBodyId,
      ])) as unknown[];
      if (bodies.length === 0) throw notFound('entities.organizingBody');
      const count = await manager.count(HelpPointEntity, { where: { organizingBodyId } });
      if (count >= HELP_POINT_LIMITS.perBodyMax)
        throw conflict('helpPoints.errors.tooMany', { max: HELP_POINT_LIMITS.perBodyMax });
      const saved = await manager.save(HelpPointEntity, { ...columns(input), organizingBodyId });
      return toHelpPoint(await manager.findOneByOrFail(HelpPointEntity, { id: saved.id }));
    });
  }

  async update(person: SignedInPerson | null, id: string, input: HelpPointInput): Promise<HelpPoint> {
    return this.dataSource.transaction(async (manager) => {
      await this.loadForOrganizer(manager, person, id);
      await manager.update(HelpPointEntity, { id }, columns(input));
      return toHelpPoint(await manager.findOneByOrFail(HelpPointEntity, { id }));
    });
  }

  async delete(person: SignedInPerson | null, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.loadForOrganizer(manager, person, id);
      await manager.delete(HelpPointEntity, { id });
      return true;
    });
  }

  /** The help point, locked, if the caller organizes its body; people who organize nothing learn nothing. */
  private async loadForOrganizer(
    manager: EntityManager,
    person: SignedInPerson | null,
    id: string,
  ): Promise<HelpPointEntity> {
    if (!person) throw unauthenticated();
    const bodies = organizingBodiesOf(person);
    if (bodies !== 'all' && bodies.length === 0) throw forbidden();
    const point = isUuid(id)
      ? await manager.findOne(HelpPointEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!point) throw notFound('helpPoints.entity');
    assertActsForBody(person, point.organizingBodyId);
    return point;
  }
}

function columns(input: HelpPointInput) {
  return {
    name: input.name,
    street: input.street ?? '',
    postalCode: input.postalCode ?? '',
    city: input.city,
    district: input.district ?? '',
    openingHours: input.openingHours,
    languages: [...new Set(input.languages)],
    topics: [...new Set(input.topics)],
    website: input.website ?? null,
    description: input.description ?? '',
  };
}

function toHelpPoint(entity: HelpPointEntity): HelpPoint {
  return {
    id: entity.id,
    organizingBodyId: entity.organizingBodyId,
    name: entity.name,
    street: entity.street,
    postalCode: entity.postalCode,
    city: entity.city,
    district: entity.district,
    openingHours: entity.openingHours,
    languages: entity.languages,
    topics: entity.topics,
    website: entity.website,
    description: entity.description,
    updatedAt: entity.updatedAt,
  };
}
