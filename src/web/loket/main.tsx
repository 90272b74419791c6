import '../shared/styles/app.css';
import { mountApp } from '../shared/mount-app';
import { loketEn } from './i18n/loket-en';
import { loketNl } from './i18n/loket-nl';
import { LoketRoutes } from './loket-routes';

mountApp({
  area: { id: 'loket', nameKey: 'area.name', principalKind: 'resident' },
  resources: { nl: loketNl, en: loketEn },
  routes: <LoketRoutes />,
});
