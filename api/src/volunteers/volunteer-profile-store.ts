import { CONSENT_TEXT_VERSION, type ConsentMethod } from '@skillshift/shared';
import { type EntityManager } from 'typeorm';
import { grantRole } from '../people/organizers.service';
import { type VolunteerProfileInput } from './dto/volunteer-profile.input';
import { type VolunteerProfile } from './volunteer.model';
import { type VolunteerSkill as StoredSkill } from './volunteer-profile.entity';

/**
 * Reading and writing a volunteer's profile inside the caller's transaction; the services validate first and hold
 * the person's row locked (`lockPerson`), so two first saves at once record one consent, not two.
 */
export async function lockPerson(
  manager: EntityManager,
  personId: string,
): Promise<{ id: string; email: string | null; name: string; locale: string }> {
  const rows = (await manager.query(`SELECT id, email, name, locale FROM person WHERE id = $1 FOR UPDATE`, [
    personId,
  ])) as { id: string; email: string | null; name: string; locale: string }[];
  return rows[0];
}

export async function hasProfile(manager: EntityManager, personId: string): Promise<boolean> {
  const rows = (await manager.query(`SELECT 1 FROM volunteer_profile WHERE person_id = $1`, [personId])) as unknown[];
  return rows.length > 0;
}

/** How the consent that comes with the profile was given: online by the person, or recorded by an organizer. */
export interface ConsentSource {
  method: ConsentMethod;
  recordedById: string | null;
}

/**
 * Saves the whole profile (name and phone on person) and grants the VOLUNTEER role. A consent is recorded when the
 * input carries one and the person has not yet agreed to the current text version.
 */
export async function writeProfile(
  manager: EntityManager,
  personId: string,
  input: VolunteerProfileInput,
  consent: ConsentSource,
): Promise<void> {
  await manager.query(`UPDATE person SET name = $2, phone = $3 WHERE id = $1`, [
    personId,
    input.name,
    input.phone ?? null,
  ]);
  const skills: StoredSkill[] = input.skills.map(({ skill, level }) => ({ skill, level }));
  await manager.query(
    `INSERT INTO volunteer_profile (person_id, employer, skills, languages, formats, causes, invite_to_next_editions)
     VALUES ($1, $2, $3::jsonb, $4::text[], $5::work_format[], $6::cause_area[], COALESCE($7::boolean, false))
     ON CONFLICT (person_id) DO UPDATE SET employer = EXCLUDED.employer, skills = EXCLUDED.skills,
       languages = EXCLUDED.languages, formats = EXCLUDED.formats, causes = EXCLUDED.causes,
       invite_to_next_editions = COALESCE($7::boolean, volunteer_profile.invite_to_next_editions), updated_at = now()`,
    [
      personId,
      input.employer ?? null,
      JSON.stringify(skills),
      unique(input.languages),
      unique(input.formats),
      unique(input.causes ?? []),
      // An opt-in: a new profile is invited to later editions only when the person said so.
      input.inviteToNextEditions ?? null,
    ],
  );
  if (input.consent === true) {
    const current = (await manager.query(
      `SELECT 1 FROM consent_record WHERE person_id = $1 AND purpose = 'VOLUNTEER_PROFILE' AND text_version = $2
          AND withdrawn_at IS NULL`,
      [personId, CONSENT_TEXT_VERSION],
    )) as unknown[];
    if (current.length === 0)
      await manager.query(
        `INSERT INTO consent_record (person_id, purpose, text_version, method, recorded_by_id)
         VALUES ($1, 'VOLUNTEER_PROFILE', $2, $3, $4)`,
        [personId, CONSENT_TEXT_VERSION, consent.method, consent.recordedById],
      );
  }
  await grantRole(manager, personId, 'VOLUNTEER');
}

export async function loadProfile(manager: EntityManager, personId: string): Promise<VolunteerProfile | null> {
  const rows = (await manager.query(
    `SELECT p.id, p.name, p.email, p.phone, v.employer, v.skills, v.languages, v.formats::text[] AS formats,
            v.causes::text[] AS causes, v.invite_to_next_editions, v.updated_at
       FROM volunteer_profile v JOIN person p ON p.id = v.person_id WHERE v.person_id = $1`,
    [personId],
  )) as {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    employer: string | null;
    skills: StoredSkill[];
    languages: string[];
    formats: VolunteerProfile['formats'];
    causes: VolunteerProfile['causes'];
    invite_to_next_editions: boolean;
    updated_at: Date;
  }[];
  const row = rows[0];
  if (!row) return null;
  const consents = (await manager.query(
    `SELECT c.id, c.purpose, c.text_version, c.method, c.given_at, c.withdrawn_at, r.name AS recorded_by_name
       FROM consent_record c LEFT JOIN person r ON r.id = c.recorded_by_id
      WHERE c.person_id = $1 ORDER BY c.given_at DESC, c.id`,
    [personId],
  )) as {
    id: string;
    purpose: VolunteerProfile['consents'][number]['purpose'];
    text_version: string;
    method: ConsentMethod;
    given_at: Date;
    withdrawn_at: Date | null;
    recorded_by_name: string | null;
  }[];
  return {
    personId: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    employer: row.employer,
    skills: row.skills,
    languages: row.languages,
    formats: row.formats,
    causes: row.causes,
    inviteToNextEditions: row.invite_to_next_editions,
    updatedAt: row.updated_at,
    consents: consents.map((consent) => ({
      id: consent.id,
      purpose: consent.purpose,
      textVersion: consent.text_version,
      method: consent.method,
      givenAt: consent.given_at,
      withdrawnAt: consent.withdrawn_at,
      recordedByName: consent.recorded_by_name,
    })),
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
