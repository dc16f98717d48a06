import { type RouteObject } from 'react-router';
import { AppLayout } from '../layout/AppLayout';
import { DevMailboxPage } from './DevMailboxPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'dev/mailbox', element: <DevMailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
