import '../shared/styles/app.css';
import { mountApp } from '../shared/mount-app';
import { werkplekEn } from './i18n/werkplek-en';
import { werkplekNl } from './i18n/werkplek-nl';
import { WerkplekRoutes } from './werkplek-routes';

mountApp({
  area: { id: 'werkplek', nameKey: 'area.name', principalKind: 'staff' },
  resources: { nl: werkplekNl, en: werkplekEn },
  routes: <WerkplekRoutes />,
});
