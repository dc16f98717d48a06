import { type RouteObject } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DashboardPage } from './DashboardPage';
import { DevMailboxPage } from './DevMailboxPage';
import { HomePage } from './HomePage';
import { ManageEventPage } from './ManageEventPage';
import { NewEventPage } from './NewEventPage';
import { NotFoundPage } from './NotFoundPage';
import { OrganizerEventsPage } from './OrganizerEventsPage';
import { OrganizerTeamPage } from './OrganizerTeamPage';
import { PublicEventPage } from './PublicEventPage';
import { SignInPage } from './SignInPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'events/:id', element: <PublicEventPage /> },
      { path: 'organize/:bodyId/events', element: <OrganizerEventsPage /> },
      { path: 'organize/:bodyId/events/new', element: <NewEventPage /> },
      { path: 'organize/:bodyId/team', element: <OrganizerTeamPage /> },
      { path: 'manage/events/:id', element: <ManageEventPage /> },
      { path: 'dev/mailbox', element: <DevMailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
