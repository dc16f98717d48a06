import { Entity, Index } from 'typeorm';
import { MatchingPairRule } from './matching-pair-rule.entity';

/** A pair the organizers never want together in a run of the event. */
@Entity('matching_exclusion')
@Index('matching_exclusion_pair_unique', ['challengeId', 'volunteerId'], { unique: true })
@Index('matching_exclusion_event', ['eventId'])
export class MatchingExclusionEntity extends MatchingPairRule {}
