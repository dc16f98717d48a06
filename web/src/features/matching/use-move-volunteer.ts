import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../lib/field-errors';
import {
  MatchingBoardFieldsFragment as BoardFields,
  MatchingBoardQuery,
  MoveMatchingVolunteerMutation,
} from './graphql/matching';

export interface MoveRequest {
  volunteerId: string;
  firstName: string;
  /** The team the volunteer leaves; null when they have none yet. */
  fromChallengeId: string | null;
  fromTitle: string | null;
}

/** Where a volunteer goes: a challenge (in a slot, or null to let the server pick it) or, with nulls, without a team. */
export interface MoveTarget {
  challengeId: string | null;
  slotId: string | null;
  title: string | null;
}

/** The hard rule a refused move broke, in the words the server sent (or undefined when it was no refusal). */
export function moveRefusalOf(error: unknown): string | undefined {
  return (
    graphQLErrorWithCode(error, 'CONFLICT') ??
    graphQLErrorWithCode(error, 'NOT_FOUND') ??
    fieldErrorsOf(error).map((field) => field.message)[0]
  );
}

export type MoveOutcome = { moved: true } | { moved: false; refusal: string | undefined };

/**
 * The one way a volunteer is moved on the review board, whether chosen in "Move to …" or dropped on a team: the
 * server checks the hard rules and answers with the board as it is now, which replaces the cached one.
 */
export function useMoveVolunteer(runId: string) {
  const [mutate, { loading, error, reset }] = useMutation(MoveMatchingVolunteerMutation, {
    update(cache, result) {
      if (result.data)
        cache.writeQuery({
          query: MatchingBoardQuery,
          variables: { runId },
          data: { matchingBoard: result.data.moveMatchingVolunteer },
        });
    },
  });

  async function move(request: MoveRequest, target: MoveTarget): Promise<MoveOutcome> {
    try {
      const result = await mutate({
        variables: {
          input: {
            runId,
            volunteerId: request.volunteerId,
            fromChallengeId: request.fromChallengeId,
            toChallengeId: target.challengeId,
            toSlotId: target.slotId,
          },
        },
      });
      if (result.data && getFragmentData(BoardFields, result.data.moveMatchingVolunteer)) return { moved: true };
      return { moved: false, refusal: moveRefusalOf(result.error) };
    } catch (failure) {
      return { moved: false, refusal: moveRefusalOf(failure) };
    }
  }

  return { move, loading, refusal: moveRefusalOf(error), reset };
}
