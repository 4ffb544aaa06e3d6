import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireSession } from './components/RequireSession';
import { RequireAbility } from './components/RequireAbility';
import { AppLayout } from './components/AppLayout';
import { Lazy } from './components/Lazy';

// One chunk per screen: the sign-in page does not download the tables and forms.
const SignInPage = lazy(() => import('./pages/SignInPage'));
const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage'));
const PeopleListPage = lazy(() => import('./pages/people/PeopleListPage'));
const PersonPage = lazy(() => import('./pages/people/PersonPage'));
const ImportPage = lazy(() => import('./pages/people/ImportPage'));
const AccountsPage = lazy(() => import('./pages/admin/AccountsPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const MailPage = lazy(() => import('./pages/admin/MailPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const ScreeningPage = lazy(() => import('./pages/screening/ScreeningPage'));
const PersonRecordPage = lazy(() => import('./pages/records/PersonRecordPage'));
const UnitRecordPage = lazy(() => import('./pages/records/UnitRecordPage'));
const RatingsPage = lazy(() => import('./pages/records/RatingsPage'));
const InitiativesPage = lazy(() => import('./pages/records/InitiativesPage'));
const ScienceTasksPage = lazy(() => import('./pages/records/ScienceTasksPage'));
const AwardsPage = lazy(() => import('./pages/records/AwardsPage'));
const DisciplinePage = lazy(() => import('./pages/records/DisciplinePage'));
const RecordImportPage = lazy(() => import('./pages/records/RecordImportPage'));
const AgencySettingsPage = lazy(() => import('./pages/settings/AgencySettingsPage'));
const AttestationsPage = lazy(() => import('./pages/attestations/AttestationsPage'));
const AttestationImportPage = lazy(() => import('./pages/attestations/AttestationImportPage'));
const RoundsPage = lazy(() => import('./pages/proposals/RoundsPage'));
const ProposalsPage = lazy(() => import('./pages/proposals/ProposalsPage'));
const ProposalPage = lazy(() => import('./pages/proposals/ProposalPage'));
const MyProposalsPage = lazy(() => import('./pages/proposals/MyProposalsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const router = createBrowserRouter([
  { path: '/login', element: <Lazy page={SignInPage} /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Lazy page={OverviewPage} /> },
      { path: 'units', element: <RequireAbility ability="units.read"><Lazy page={UnitsPage} /></RequireAbility> },
      { path: 'people', element: <RequireAbility ability="people.read"><Lazy page={PeopleListPage} /></RequireAbility> },
      { path: 'people/import', element: <RequireAbility ability="people.import"><Lazy page={ImportPage} /></RequireAbility> },
      { path: 'people/:id', element: <RequireAbility ability="people.read"><Lazy page={PersonPage} /></RequireAbility> },
      { path: 'people/:id/record', element: <RequireAbility ability="records.read"><Lazy page={PersonRecordPage} /></RequireAbility> },
      { path: 'units/:id/record', element: <RequireAbility ability="records.read"><Lazy page={UnitRecordPage} /></RequireAbility> },
      { path: 'screening', element: <RequireAbility ability="eligibility.screen"><Lazy page={ScreeningPage} /></RequireAbility> },
      { path: 'records/ratings', element: <RequireAbility ability="records.read"><Lazy page={RatingsPage} /></RequireAbility> },
      { path: 'records/initiatives', element: <RequireAbility ability="records.read"><Lazy page={InitiativesPage} /></RequireAbility> },
      { path: 'records/science-tasks', element: <RequireAbility ability="records.read"><Lazy page={ScienceTasksPage} /></RequireAbility> },
      { path: 'records/awards', element: <RequireAbility ability="records.read"><Lazy page={AwardsPage} /></RequireAbility> },
      { path: 'records/discipline', element: <RequireAbility ability="records.read"><Lazy page={DisciplinePage} /></RequireAbility> },
      { path: 'records/attestations', element: <RequireAbility ability="attestations.read"><Lazy page={AttestationsPage} /></RequireAbility> },
      { path: 'records/attestations/import', element: <RequireAbility ability="attestations.import"><Lazy page={AttestationImportPage} /></RequireAbility> },
      { path: 'records/import/:kind', element: <RequireAbility ability="records.import"><Lazy page={RecordImportPage} /></RequireAbility> },
      { path: 'settings/regulation', element: <RequireAbility ability="settings.read"><Lazy page={AgencySettingsPage} /></RequireAbility> },
      { path: 'admin/users', element: <RequireAbility ability="users.list"><Lazy page={AccountsPage} /></RequireAbility> },
      { path: 'admin/audit', element: <RequireAbility ability="audit.read"><Lazy page={AuditPage} /></RequireAbility> },
      { path: 'admin/mail', element: <RequireAbility ability="mail.read"><Lazy page={MailPage} /></RequireAbility> },
      { path: 'admin/calendar', element: <RequireAbility ability="calendar.read"><Lazy page={CalendarPage} /></RequireAbility> },
      { path: 'proposals/rounds', element: <RequireAbility ability="proposals.roundsRead"><Lazy page={RoundsPage} /></RequireAbility> },
      { path: 'proposals/mine', element: <RequireAbility ability="proposals.own"><Lazy page={MyProposalsPage} /></RequireAbility> },
      { path: 'proposals', element: <RequireAbility ability="proposals.read"><Lazy page={ProposalsPage} /></RequireAbility> },
      { path: 'proposals/:id', element: <RequireAbility ability="proposals.read"><Lazy page={ProposalPage} /></RequireAbility> },
      { path: 'notifications', element: <Lazy page={NotificationsPage} /> },
      { path: '*', element: <Lazy page={NotFoundPage} /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
