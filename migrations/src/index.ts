import { type MigrationInterface } from 'typeorm';
import { RecordWhoChangedNextEditionInvitations1796676102425 } from './1796676102425-RecordWhoChangedNextEditionInvitations';
import { LetNonprofitsTurnOffNextEditionInvitations1796665398310 } from './1796665398310-LetNonprofitsTurnOffNextEditionInvitations';
import { KeepFeedbackHoursToTheHundredth1796656598523 } from './1796656598523-KeepFeedbackHoursToTheHundredth';
import { AddFeedbackAndImpact1795457904287 } from './1795457904287-AddFeedbackAndImpact';
import { AddPublication1795456006221 } from './1795456006221-AddPublication';
import { AddMatchingRuns1795454613999 } from './1795454613999-AddMatchingRuns';
import { AddPrivacyAndHelpPoints1795454465889 } from './1795454465889-AddPrivacyAndHelpPoints';
import { AddRegistration1795453240388 } from './1795453240388-AddRegistration';
import { AddEventSlots1795448281575 } from './1795448281575-AddEventSlots';
import { AddPeopleAndSessions1795445964692 } from './1795445964692-AddPeopleAndSessions';
import { Init1795444624060 } from './1795444624060-Init';

// Every migration, oldest first. `npm run db:migration:generate -- Name` adds new ones here; landed ones are never edited.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Init1795444624060,
  AddPeopleAndSessions1795445964692,
  AddEventSlots1795448281575,
  AddRegistration1795453240388,
  AddPrivacyAndHelpPoints1795454465889,
  AddMatchingRuns1795454613999,
  AddPublication1795456006221,
  AddFeedbackAndImpact1795457904287,
  KeepFeedbackHoursToTheHundredth1796656598523,
  LetNonprofitsTurnOffNextEditionInvitations1796665398310,
  RecordWhoChangedNextEditionInvitations1796676102425,
];
