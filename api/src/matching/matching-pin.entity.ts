import { Entity, Index } from 'typeorm';
import { MatchingPairRule } from './matching-pair-rule.entity';

/** A pair the organizers want in every further run of the event: the engine must assign it. */
@Entity('matching_pin')
@Index('matching_pin_pair_unique', ['challengeId', 'volunteerId'], { unique: true })
@Index('matching_pin_event', ['eventId'])
export class MatchingPinEntity extends MatchingPairRule {}
