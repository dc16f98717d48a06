import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { type RoleGrant, type SignedInPerson } from './signed-in-person';
import { newToken, sha256 } from './tokens';

/** A session ends 30 days after sign-in at the latest, or after a week without use. */
export const SESSION_LIFETIME = '30 days';
export const SESSION_IDLE_TIMEOUT = '7 days';
/** last_seen_at is written at most this often, not on every request. */
const LAST_SEEN_GRANULARITY = '5 minutes';

/** Server-side sessions: revoking a row ends the session at once, on every API process. */
@Injectable()
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Starts a session within the caller's transaction; the token goes into the cookie and nowhere else. */
  async start(manager: EntityManager, personId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const rows = (await manager.query(
      `INSERT INTO session (token_hash, person_id, expires_at)
       VALUES ($1, $2, now() + interval '${SESSION_LIFETIME}') RETURNING expires_at`,
      [sha256(token), personId],
    )) as { expires_at: Date }[];
    return { token, expiresAt: rows[0].expires_at };
  }

  /**
   * The person behind a session token, with their roles, in one round trip (every signed-in request asks); null when
   * the session is unknown, revoked or expired.
   */
  async signedInPerson(token: string | undefined): Promise<SignedInPerson | null> {
    if (!token) return null;
    const sessions = await preparedQuery<{
      id: string;
      person_id: string;
      email: string;
      name: string;
      locale: string;
      stale: boolean;
      /** Built by json_build_object with exactly RoleGrant's keys. */
      roles: RoleGrant[];
    }>(
      this.dataSource.manager,
      `SELECT s.id, s.person_id, p.email, p.name, p.locale,
              s.last_seen_at < now() - interval '${LAST_SEEN_GRANULARITY}' AS stale,
              COALESCE((SELECT json_agg(json_build_object('role', r.role, 'organizingBodyId', r.organizing_body_id,
                                                          'organizingBodyName', b.name) ORDER BY r.role, b.name)
                          FROM role_assignment r LEFT JOIN organizing_body b ON b.id = r.organizing_body_id
                         WHERE r.person_id = s.person_id), '[]') AS roles
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - interval '${SESSION_IDLE_TIMEOUT}'`,
      [sha256(token)],
    );
    const session = sessions[0];
    if (!session) return null;
    if (session.stale)
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [session.id]);
    return {
      id: session.person_id,
      sessionId: session.id,
      email: session.email,
      name: session.name,
      locale: session.locale,
      roles: session.roles,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  /** Ends every session of the person, including ones on devices they no longer have. */
  async revokeAll(personId: string): Promise<number> {
    const result = (await this.dataSource.query(
      `UPDATE session SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`,
      [personId],
    )) as [unknown[], number];
    return result[1];
  }

  async revokeByToken(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      sha256(token),
    ]);
  }
}
