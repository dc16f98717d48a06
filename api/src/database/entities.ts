import { ChallengeSlotEntity } from '../challenges/challenge-slot.entity';
import { ChallengeStatusChangeEntity } from '../challenges/challenge-status-change.entity';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { NonprofitContactEntity } from '../nonprofits/nonprofit-contact.entity';
import { NonprofitEntity } from '../nonprofits/nonprofit.entity';
import { ConsentRecordEntity } from '../people/consent-record.entity';
import { VolunteerProfileEntity } from '../volunteers/volunteer-profile.entity';
import { VolunteerRegistrationSlotEntity } from '../volunteers/volunteer-registration-slot.entity';
import { VolunteerRegistrationEntity } from '../volunteers/volunteer-registration.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInTokenEntity } from '../auth/sign-in-token.entity';
import { RateLimitCounterEntity } from '../common/rate-limit/rate-limit-counter.entity';
import { EventEntity } from '../events/event.entity';
import { SlotEntity } from '../events/slot.entity';
import { DevMailEntity } from '../notifications/dev-mail.entity';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity';
import { OrganizingBodyEntity } from '../people/organizing-body.entity';
import { PersonEntity } from '../people/person.entity';
import { RoleAssignmentEntity } from '../people/role-assignment.entity';
import { SeedMarkerEntity } from '../seed/seed-marker.entity';
import { EditionInvitationEntity } from '../events/edition-invitation.entity';
import { HelpPointEntity } from '../help-points/help-point.entity';
import { RetentionWarningEntity } from '../privacy/retention-warning.entity';
import { ScheduledJobEntity } from '../privacy/scheduled-job.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { MatchingAssignmentEntity } from '../matching/matching-assignment.entity';
import { MatchingExclusionEntity } from '../matching/matching-exclusion.entity';
import { MatchingPinEntity } from '../matching/matching-pin.entity';
import { MatchingRunEntity } from '../matching/matching-run.entity';
import { ProposalEntity } from '../publication/proposal.entity';
import { PublicationEntity } from '../publication/publication.entity';
import { FeedbackRequestEntity } from '../feedback/feedback-request.entity';
import { StillInUseCheckEntity } from '../feedback/still-in-use-check.entity';
import { FollowUpTaskEntity } from '../follow-ups/follow-up-task.entity';
import { ImpactSettingEntity } from '../impact/impact-setting.entity';

/** Every TypeORM entity of the app; the migrations must describe exactly these (a test checks it). */
export const ENTITIES = [
  EventEntity,
  SlotEntity,
  OutboxMessageEntity,
  DevMailEntity,
  SeedMarkerEntity,
  PersonEntity,
  OrganizingBodyEntity,
  RoleAssignmentEntity,
  SignInTokenEntity,
  SessionEntity,
  RateLimitCounterEntity,
  NonprofitEntity,
  NonprofitContactEntity,
  ChallengeEntity,
  ChallengeSlotEntity,
  ChallengeStatusChangeEntity,
  VolunteerProfileEntity,
  VolunteerRegistrationEntity,
  VolunteerRegistrationSlotEntity,
  ConsentRecordEntity,
  MatchingRunEntity,
  MatchingAssignmentEntity,
  MatchingPinEntity,
  MatchingExclusionEntity,
  AuditLogEntity,
  HelpPointEntity,
  EditionInvitationEntity,
  RetentionWarningEntity,
  ScheduledJobEntity,
  PublicationEntity,
  ProposalEntity,
  FeedbackRequestEntity,
  FollowUpTaskEntity,
  StillInUseCheckEntity,
  ImpactSettingEntity,
];
