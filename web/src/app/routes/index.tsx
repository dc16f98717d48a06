import { type RouteObject } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DashboardPage } from './DashboardPage';
import { DevMailboxPage } from './DevMailboxPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { SignInPage } from './SignInPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dev/mailbox', element: <DevMailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
