import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Hits per key and fixed time window. Kept in PostgreSQL because several API processes share the limits; the key is
 * an HMAC, so the table holds no addresses.
 */
@Entity('rate_limit_counter')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int', default: 0 })
  hits: number;

  @Index('rate_limit_counter_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
