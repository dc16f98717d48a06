import { Injectable } from '@nestjs/common';
import { type UiLocale, type WorkFormat } from '@skillshift/shared';
import { explainAnyPair, type MatchingInstance } from '@skillshift/shared/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { type SignedInPerson } from '../auth/signed-in-person';
import { conflict, invalidInput } from '../common/errors/domain-error';
import { translator } from '../i18n/i18n';
import { runForOrganizer } from './matching-access';
import { firstNameOf, namesOf, type Names, slotName, slotsOf, type SlotRow } from './matching-names';
import { pairsOf } from './matching-pairs';
import { runModels } from './matching-runs.service';
import { levelName, skillName, translateMessage, unservedReasonText } from './matching-texts';
import {
  type BoardUnservedCode,
  type MatchingChallengeRef,
  type MatchingBoard,
  type MatchingRunComparison,
  type BoardMemberSkill,
  type PairExplanation,
  type BoardTeamCard,
  type MatchingVolunteerMove,
} from './matching.model';
import { RunState } from './run-state';
import { pairProblem, type RuleNames } from './steering-rules';

export interface AssignmentRow {
  id: string;
  challengeId: string;
  volunteerId: string;
  slotId: string;
  score: number;
  origin: 'ENGINE' | 'MANUAL';
}

export async function assignmentsOf(
  manager: EntityManager,
  runIds: readonly string[],
): Promise<(AssignmentRow & { runId: string })[]> {
  return (await manager.query(
    `SELECT id, run_id AS "runId", challenge_id AS "challengeId", volunteer_id AS "volunteerId", slot_id AS "slotId",
            score, origin
       FROM matching_assignment WHERE run_id = ANY($1::uuid[])
      ORDER BY created_at, id`,
    [runIds],
  )) as (AssignmentRow & { runId: string })[];
}

const toWorkFormat = (format: string) => format.toUpperCase() as WorkFormat;

/** How messages name things, in the reader's language. */
export function ruleNames(names: Names, slots: readonly SlotRow[], locale: UiLocale): RuleNames {
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    challenge: (id) => names.challenges.get(id) ?? '?',
    person: (id) => firstNameOf(names.people.get(id)),
    slot: (id) => {
      const slot = slots.find((s) => s.id === id);
      return slot ? slotName(slot, locale) : '?';
    },
    languages: (codes) => codes.map((code) => languageNames.of(code) ?? code).join(', '),
    skill: (id) => skillName(id, locale),
    level: (level) => levelName(level, locale),
  };
}

/**
 * The review board of a run and what hangs off it (pair explanations, comparisons). Everything is read in a fixed
 * number of statements whatever the event's size (a test counts them): the run with its instance snapshot, the
 * event, its slots, the run's assignments, titles and names in one statement each, pins and exclusions.
 */
@Injectable()
export class MatchingBoardService {
  constructor(private readonly dataSource: DataSource) {}

  async board(person: SignedInPerson | null, runId: string, locale: UiLocale): Promise<MatchingBoard> {
    return loadBoard(this.dataSource.manager, person, runId, locale);
  }

  async explain(
    person: SignedInPerson | null,
    runId: string,
    challengeId: string,
    volunteerId: string,
    locale: UiLocale,
  ): Promise<PairExplanation> {
    const manager = this.dataSource.manager;
    const { run, event } = await runForOrganizer(manager, person, runId, { withInstance: true });
    const state = new RunState(run.instance);
    const challenge = state.challenges.get(challengeId);
    const volunteer = state.volunteers.get(volunteerId);
    const problems = [];
    if (!challenge) problems.push({ path: 'challengeId', messageKey: 'matching.validation.notInRun' });
    if (!volunteer) problems.push({ path: 'volunteerId', messageKey: 'matching.validation.notInRun' });
    if (problems.length > 0 || !challenge || !volunteer) throw invalidInput(problems);
    const explained = explainAnyPair(run.instance, challengeId, volunteerId)!;
    const [names, slots, assigned, pairs] = [
      await namesOf(manager, [challengeId], [volunteerId]),
      await slotsOf(manager, event.id),
      (await manager.query(
        `SELECT 1 FROM matching_assignment WHERE run_id = $1 AND challenge_id = $2 AND volunteer_id = $3`,
        [run.id, challengeId, volunteerId],
      )) as unknown[],
      await pairsOf(manager, event.id),
    ];
    const t = translator(locale);
    const naming = ruleNames(names, slots, locale);
    const found = [];
    if (pairs.exclusions.some((e) => e.challengeId === challengeId && e.volunteerId === volunteerId))
      found.push({
        key: 'matching.rules.excluded',
        params: { name: naming.person(volunteerId), challenge: naming.challenge(challengeId) },
      });
    const rule = pairProblem(state, challengeId, volunteerId, naming);
    if (rule) found.push(rule);
    const shared = (mine: string[], theirs: string[]) => mine.filter((x) => theirs.includes(x));
    return {
      challengeId,
      challengeTitle: naming.challenge(challengeId),
      volunteerId,
      firstName: naming.person(volunteerId),
      score: explained.score,
      assigned: assigned.length > 0,
      factors: explained.explanation.map((factor) => ({
        factor: factor.factor,
        value: factor.value,
        weight: factor.weight,
        contribution: factor.value * factor.weight,
      })),
      skills: challenge.skills.map((need) => ({
        skill: need.skill,
        wantedLevel: need.minLevel,
        level: state.levelOf(volunteerId, need.skill),
        required: need.required,
      })),
      challengeLanguages: challenge.languages,
      sharedLanguages: shared(challenge.languages, volunteer.languages),
      challengeCauses: challenge.causes,
      sharedCauses: shared(challenge.causes, volunteer.causes),
      challengeFormat: toWorkFormat(challenge.format),
      preferredFormat: volunteer.formats[0] ? toWorkFormat(volunteer.formats[0]) : null,
      problems: found.map((p) => translateMessage(t, p.key, p.params)),
    };
  }

  async compare(
    person: SignedInPerson | null,
    runId: string,
    otherRunId: string,
    locale: UiLocale,
  ): Promise<MatchingRunComparison> {
    const manager = this.dataSource.manager;
    if (runId === otherRunId) throw invalidInput([{ path: 'otherRunId', messageKey: 'matching.validation.sameRun' }]);
    const first = await runForOrganizer(manager, person, runId);
    const second = await runForOrganizer(manager, person, otherRunId);
    if (first.run.eventId !== second.run.eventId) throw conflict('matching.errors.differentEvents');
    const models = await runModels(manager, { runIds: [first.run.id, second.run.id] }, locale);
    const rows = await assignmentsOf(manager, [first.run.id, second.run.id]);
    const names = await namesOf(
      manager,
      rows.map((row) => row.challengeId),
      rows.map((row) => row.volunteerId),
    );
    const ref = (challengeId: string): MatchingChallengeRef => ({
      challengeId,
      title: names.challenges.get(challengeId) ?? '?',
    });
    const of = (id: string) => rows.filter((row) => row.runId === id);
    const served = (id: string) => new Set(of(id).map((row) => row.challengeId));
    const [inFirst, inSecond] = [served(first.run.id), served(second.run.id)];
    const byTitle = (a: MatchingChallengeRef, b: MatchingChallengeRef) => a.title.localeCompare(b.title, locale);
    const teams = (id: string) => {
      const map = new Map<string, string[]>();
      for (const row of of(id)) map.set(row.volunteerId, [...(map.get(row.volunteerId) ?? []), row.challengeId]);
      return map;
    };
    const [teamsFirst, teamsSecond] = [teams(first.run.id), teams(second.run.id)];
    const moved: MatchingVolunteerMove[] = [];
    for (const volunteerId of new Set([...teamsFirst.keys(), ...teamsSecond.keys()])) {
      const a = [...(teamsFirst.get(volunteerId) ?? [])].sort();
      const b = [...(teamsSecond.get(volunteerId) ?? [])].sort();
      if (a.join() === b.join()) continue;
      moved.push({
        volunteerId,
        firstName: firstNameOf(names.people.get(volunteerId)),
        inFirst: a.map(ref).sort(byTitle),
        inSecond: b.map(ref).sort(byTitle),
      });
    }
    moved.sort((x, y) => x.firstName.localeCompare(y.firstName, locale) || x.volunteerId.localeCompare(y.volunteerId));
    const firstModel = models.find((m) => m.id === first.run.id)!;
    const secondModel = models.find((m) => m.id === second.run.id)!;
    return {
      first: firstModel,
      second: secondModel,
      servedOnlyInFirst: [...inFirst]
        .filter((id) => !inSecond.has(id))
        .map(ref)
        .sort(byTitle),
      servedOnlyInSecond: [...inSecond]
        .filter((id) => !inFirst.has(id))
        .map(ref)
        .sort(byTitle),
      movedVolunteers: moved,
      servedDifference: (secondModel.served ?? 0) - (firstModel.served ?? 0),
      servedPriorityDifference: (secondModel.servedPriority ?? 0) - (firstModel.servedPriority ?? 0),
      totalScoreDifference: (secondModel.totalScore ?? 0) - (firstModel.totalScore ?? 0),
    };
  }
}

/** The board of a run; also what a move answers with. */
export async function loadBoard(
  manager: EntityManager,
  person: SignedInPerson | null,
  runId: string,
  locale: UiLocale,
): Promise<MatchingBoard> {
  const { run, event } = await runForOrganizer(manager, person, runId, { withInstance: true });
  const instance: MatchingInstance = run.instance;
  const state = new RunState(instance);
  const [model] = await runModels(manager, { runIds: [run.id] }, locale);
  const slots = await slotsOf(manager, event.id);
  const rows = await assignmentsOf(manager, [run.id]);
  const names = await namesOf(
    manager,
    instance.challenges.map((c) => c.id),
    instance.volunteers.map((v) => v.id),
  );
  const { pins, exclusions } = await pairsOf(manager, event.id);
  const first = (id: string) => firstNameOf(names.people.get(id));
  const pinned = new Set(pins.map((pin) => `${pin.challengeId}:${pin.volunteerId}`));
  const excluded = new Set(exclusions.map((pair) => `${pair.challengeId}:${pair.volunteerId}`));
  const skillsOf = (volunteerId: string, challengeId: string | null): BoardMemberSkill[] =>
    (state.volunteers.get(volunteerId)?.skills ?? []).map((held) => ({
      skill: held.skill,
      level: held.level,
      wanted: challengeId !== null && state.isWanted(challengeId, held.skill),
    }));

  const byChallenge = new Map<string, AssignmentRow[]>();
  for (const row of rows) byChallenge.set(row.challengeId, [...(byChallenge.get(row.challengeId) ?? []), row]);
  const card = (challengeId: string, members: AssignmentRow[]): BoardTeamCard => {
    const challenge = state.challenges.get(challengeId)!;
    const sorted = [...members].sort((a, b) => first(a.volunteerId).localeCompare(first(b.volunteerId), locale));
    return {
      challengeId,
      title: names.challenges.get(challengeId) ?? '?',
      nonprofitName: names.nonprofits.get(challengeId) ?? '',
      priority: challenge.priority,
      teamMin: challenge.teamSize.min,
      teamMax: challenge.teamSize.max,
      languages: challenge.languages,
      format: toWorkFormat(challenge.format),
      skills: challenge.skills.map((need) => ({
        skill: need.skill,
        level: need.minLevel,
        required: need.required,
        coveredBy: sorted.filter((m) => state.covers(m.volunteerId, need)).map((m) => first(m.volunteerId)),
      })),
      members: sorted.map((member) => ({
        assignmentId: member.id,
        volunteerId: member.volunteerId,
        firstName: first(member.volunteerId),
        score: member.score,
        origin: member.origin,
        pinned: pinned.has(`${challengeId}:${member.volunteerId}`),
        excluded: excluded.has(`${challengeId}:${member.volunteerId}`),
        skills: skillsOf(member.volunteerId, challengeId),
      })),
    };
  };
  const cardOrder = (a: BoardTeamCard, b: BoardTeamCard) =>
    b.priority - a.priority || a.title.localeCompare(b.title, locale);
  const slotNames = new Map(slots.map((slot) => [slot.id, slotName(slot, locale)]));
  const engineReasons = new Map(run.unserved.map((entry) => [entry.challenge, entry]));
  const assignedVolunteers = new Set(rows.map((row) => row.volunteerId));
  return {
    run: model,
    slots: slots.map((slot) => ({
      ...slot,
      teams: [...byChallenge]
        .filter(([, members]) => members[0].slotId === slot.id)
        .map(([challengeId, members]) => card(challengeId, members))
        .sort(cardOrder),
    })),
    unserved:
      run.status !== 'DONE'
        ? []
        : instance.challenges
            .filter((challenge) => !byChallenge.has(challenge.id))
            .map((challenge) => {
              const engine = engineReasons.get(challenge.id);
              const code: BoardUnservedCode = engine?.code ?? 'EMPTIED_BY_HAND';
              return {
                challengeId: challenge.id,
                title: names.challenges.get(challenge.id) ?? '?',
                nonprofitName: names.nonprofits.get(challenge.id) ?? '',
                priority: challenge.priority,
                slotIds: challenge.slots,
                teamMin: challenge.teamSize.min,
                code,
                reason: unservedReasonText({ code, params: engine?.params ?? {} }, locale, slotNames),
              };
            })
            .sort((a, b) => b.priority - a.priority || a.title.localeCompare(b.title, locale)),
    unassigned:
      run.status !== 'DONE'
        ? []
        : instance.volunteers
            .filter((volunteer) => !assignedVolunteers.has(volunteer.id))
            .map((volunteer) => ({
              volunteerId: volunteer.id,
              firstName: first(volunteer.id),
              slotIds: volunteer.slots,
              maxAssignments: volunteer.maxAssignments,
              languages: volunteer.languages,
              skills: skillsOf(volunteer.id, null),
            }))
            .sort(
              (a, b) => a.firstName.localeCompare(b.firstName, locale) || a.volunteerId.localeCompare(b.volunteerId),
            ),
    pins,
    exclusions,
    withoutEmail: names.withoutEmail,
    editable: run.status === 'DONE' && event.status === 'MATCHING',
  };
}
