import { EventEntity } from '../events/event.entity.js';
import { DevMailEntity } from '../notifications/dev-mail.entity.js';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity.js';
import { SeedMarkerEntity } from '../seed/seed-marker.entity.js';

/** Every TypeORM entity of the app; the migrations must describe exactly these (a test checks it). */
export const ENTITIES = [EventEntity, OutboxMessageEntity, DevMailEntity, SeedMarkerEntity];
