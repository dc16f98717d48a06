import { EventEntity } from '../events/event.entity';
import { DevMailEntity } from '../notifications/dev-mail.entity';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity';
import { SeedMarkerEntity } from '../seed/seed-marker.entity';

/** Every TypeORM entity of the app; the migrations must describe exactly these (a test checks it). */
export const ENTITIES = [EventEntity, OutboxMessageEntity, DevMailEntity, SeedMarkerEntity];
