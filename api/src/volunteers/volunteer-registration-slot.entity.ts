import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SlotEntity } from '../events/slot.entity';
import { VolunteerRegistrationEntity } from './volunteer-registration.entity';

/** A slot of the event the volunteer can attend. */
@Entity('volunteer_registration_slot')
export class VolunteerRegistrationSlotEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => VolunteerRegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: VolunteerRegistrationEntity;

  @Index('volunteer_registration_slot_slot')
  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @ManyToOne(() => SlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot?: SlotEntity;
}
