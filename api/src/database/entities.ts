import { SessionEntity } from '../auth/session.entity';
import { SignInTokenEntity } from '../auth/sign-in-token.entity';
import { RateLimitCounterEntity } from '../common/rate-limit/rate-limit-counter.entity';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { DevMailEntity } from '../notifications/dev-mail.entity';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { PersonEntity } from '../people/person.entity';
import { RoleAssignmentEntity } from '../people/role-assignment.entity';
import { SeedMarkerEntity } from '../seed/seed-marker.entity';

/** Every TypeORM entity of the app; the migrations must describe exactly these (a test checks it). */
export const ENTITIES = [
  EventEntity,
  SlotEntity,
  OutboxMessageEntity,
  DevMailEntity,
  SeedMarkerEntity,
  PersonEntity,
  OrganizingBodyEntity,
  RoleAssignmentEntity,
  SignInTokenEntity,
  SessionEntity,
  RateLimitCounterEntity,
];
