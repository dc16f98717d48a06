import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { invalidInput, unauthenticated } from '../common/errors/domain-error';
import { type VolunteerProfileInput } from './dto/volunteer-profile.input';
import { type VolunteerProfile } from './volunteer.model';
import { hasProfile, loadProfile, lockPerson, writeProfile } from './volunteer-profile-store';
import { profileProblems } from './volunteer-rules';

/** A signed-in person's own volunteer profile: what they offer, kept from event to event. */
@Injectable()
export class VolunteerProfilesService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(person: SignedInPerson | null): Promise<VolunteerProfile | null> {
    if (!person) throw unauthenticated();
    return loadProfile(this.dataSource.manager, person.id);
  }

  /** Saves the whole profile; the first save needs the person's consent and makes them a volunteer. */
  async save(person: SignedInPerson | null, input: VolunteerProfileInput): Promise<VolunteerProfile> {
    if (!person) throw unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      await lockPerson(manager, person.id);
      const problems = profileProblems(input, 'input', !(await hasProfile(manager, person.id)));
      if (problems.length > 0) throw invalidInput(problems);
      await writeProfile(manager, person.id, input, { method: 'ONLINE', recordedById: null });
      return (await loadProfile(manager, person.id))!;
    });
  }
}
