import '../shared/styles/app.css';
import './werkplek.css';
import { mountApp } from '../shared/mount-app';
import { applicationsEn } from './i18n/applications-en';
import { applicationsNl } from './i18n/applications-nl';
import { modelsEn } from './i18n/models-en';
import { modelsNl } from './i18n/models-nl';
import { assessmentEn } from './i18n/assessment-en';
import { assessmentNl } from './i18n/assessment-nl';
import { regelingenEn } from './i18n/regelingen-en';
import { regelingenNl } from './i18n/regelingen-nl';
import { werkplekEn } from './i18n/werkplek-en';
import { werkplekNl } from './i18n/werkplek-nl';
import { WerkplekRoutes } from './werkplek-routes';

mountApp({
  area: { id: 'werkplek', nameKey: 'area.name', principalKind: 'staff' },
  resources: { nl: { ...werkplekNl, ...applicationsNl, ...assessmentNl, ...regelingenNl, ...modelsNl }, en: { ...werkplekEn, ...applicationsEn, ...assessmentEn, ...regelingenEn, ...modelsEn } },
  routes: <WerkplekRoutes />,
});
