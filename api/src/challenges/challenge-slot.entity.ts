import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SlotEntity } from '../events/slot.entity';
import { ChallengeEntity } from './challenge.entity';

/** A slot of the event in which the nonprofit can attend. */
@Entity('challenge_slot')
export class ChallengeSlotEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Index('challenge_slot_slot')
  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @ManyToOne(() => SlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot?: SlotEntity;
}
