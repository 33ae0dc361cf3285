import { createBrowserRouter } from 'react-router'
import { AppLayout } from '../components/layout/AppLayout'
import { NotFoundPage } from '../components/layout/NotFoundPage'
import { OverviewPage } from '../features/overview/OverviewPage'

export const router = createBrowserRouter([
  { path: 'wall', lazy: () => import('../features/wall/route') },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'targets/:id', lazy: () => import('../features/target-detail/route') },
      { path: 'entry', lazy: () => import('../features/entry/route') },
      { path: 'entry/import', lazy: () => import('../features/import/route') },
      { path: 'login', lazy: () => import('../features/auth/route') },
      { path: 'account', lazy: () => import('../features/auth/account-route') },
      { path: 'admin', lazy: () => import('../features/admin/route') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
