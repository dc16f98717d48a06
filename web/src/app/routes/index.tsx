import { type RouteObject } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { AccountPage } from './AccountPage';
import { BodyExportsPage } from './BodyExportsPage';
import { BodyPrivacyPage } from './BodyPrivacyPage';
import { HelpPointsPage } from './HelpPointsPage';
import { ChallengePage } from './ChallengePage';
import { CurationPage } from './CurationPage';
import { DashboardPage } from './DashboardPage';
import { DevMailboxPage } from './DevMailboxPage';
import { EditChallengePage } from './EditChallengePage';
import { EditionReportPage } from './EditionReportPage';
import { EventVolunteersPage } from './EventVolunteersPage';
import { FollowUpsPage } from './FollowUpsPage';
import { HomePage } from './HomePage';
import { ImpactPage } from './ImpactPage';
import { IntakePage } from './IntakePage';
import { ManageEventPage } from './ManageEventPage';
import { MatchingAuditPage } from './MatchingAuditPage';
import { MatchingComparePage } from './MatchingComparePage';
import { MatchingPage } from './MatchingPage';
import { MatchingRunPage } from './MatchingRunPage';
import { NewChallengePage } from './NewChallengePage';
import { NewEventPage } from './NewEventPage';
import { NonprofitPage } from './NonprofitPage';
import { NonprofitTeamsPage } from './NonprofitTeamsPage';
import { NotFoundPage } from './NotFoundPage';
import { OrganizerEventsPage } from './OrganizerEventsPage';
import { OrganizerTeamPage } from './OrganizerTeamPage';
import { RouteErrorPage } from './RouteErrorPage';
import { PublicEventPage } from './PublicEventPage';
import { PublicImpactPage } from './PublicImpactPage';
import { PublicationPage } from './PublicationPage';
import { RegisterNonprofitPage } from './RegisterNonprofitPage';
import { SignInPage } from './SignInPage';
import { VolunteerIntakePage } from './VolunteerIntakePage';
import { VolunteerProfilePage } from './VolunteerProfilePage';
import { VolunteerRegisterPage } from './VolunteerRegisterPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // A page that fails while rendering shows an apology inside the layout, not the router's developer screen.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'events/:id', element: <PublicEventPage /> },
          { path: 'organize/:bodyId/events', element: <OrganizerEventsPage /> },
          { path: 'organize/:bodyId/events/new', element: <NewEventPage /> },
          { path: 'organize/:bodyId/team', element: <OrganizerTeamPage /> },
          { path: 'organize/:bodyId/help-points', element: <HelpPointsPage /> },
          { path: 'organize/:bodyId/exports', element: <BodyExportsPage /> },
          { path: 'organize/:bodyId/privacy', element: <BodyPrivacyPage /> },
          { path: 'organize/:bodyId/impact', element: <ImpactPage /> },
          { path: 'organize/:bodyId/impact/:eventId/report', element: <EditionReportPage /> },
          { path: 'organize/:bodyId/follow-ups', element: <FollowUpsPage /> },
          { path: 'impact', element: <PublicImpactPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'manage/events/:id', element: <ManageEventPage /> },
          { path: 'manage/events/:id/matching', element: <MatchingPage /> },
          { path: 'manage/events/:id/matching/runs/:runId', element: <MatchingRunPage /> },
          { path: 'manage/events/:id/matching/compare/:runId/:otherRunId', element: <MatchingComparePage /> },
          { path: 'manage/events/:id/matching/audit', element: <MatchingAuditPage /> },
          { path: 'manage/events/:id/volunteers', element: <EventVolunteersPage /> },
          { path: 'manage/events/:id/volunteers/new', element: <VolunteerIntakePage /> },
          { path: 'volunteer/register', element: <VolunteerRegisterPage /> },
          { path: 'volunteer/profile', element: <VolunteerProfilePage /> },
          { path: 'manage/events/:id/challenges', element: <CurationPage /> },
          { path: 'manage/events/:id/challenges/new', element: <IntakePage /> },
          { path: 'nonprofits/register', element: <RegisterNonprofitPage /> },
          { path: 'nonprofits/:id', element: <NonprofitPage /> },
          { path: 'nonprofits/:id/challenges/new', element: <NewChallengePage /> },
          { path: 'challenges/:id', element: <ChallengePage /> },
          { path: 'challenges/:id/edit', element: <EditChallengePage /> },
          { path: 'manage/events/:id/publication', element: <PublicationPage /> },
          { path: 'nonprofits/:id/teams', element: <NonprofitTeamsPage /> },
          { path: 'dev/mailbox', element: <DevMailboxPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
