import type { Translation } from '../../shared/i18n/translation';
import { aanvragenEn } from './aanvragen-en';
import { besluitEn } from './besluit-en';
import type { loketNl } from './loket-nl';

export const loketEn: Translation<typeof loketNl> = {
  ...aanvragenEn,
  ...besluitEn,
  area: { name: 'My counter' },
  nav: { home: 'My overview', regelingen: 'Schemes', applications: 'My applications' },
  login: {
    title: 'Log in',
    heading: 'Log in to My counter',
    intro: 'In My counter you can see which data the municipality has about you. You log in with DigiD.',
    digid: 'Log in with DigiD',
    digidHelp: 'No DigiD yet? Apply for one at digid.nl.',
    noMethod: 'Logging in is not possible at the moment. Please try again later.',
  },
  testLogin: {
    heading: 'DigiD test login (demo only)',
    warning: 'This is not a real DigiD. In this demo you choose a resident yourself. A real municipality turns this off.',
    personasHeading: 'Choose a demo resident',
    born: 'Born on {{date}}',
    loginAs: 'Log in as {{name}}',
    bsnHeading: 'Or type a BSN',
    bsnLabel: 'Citizen service number (BSN)',
    bsnHelp: 'The BSN has 9 digits.',
    submit: 'Log in with this BSN',
    loading: 'Loading demo residents…',
  },
  home: {
    title: 'My overview',
    heading: 'Welcome, {{name}}',
    intro: 'Here you can see the data the municipality uses about you. Is something wrong? Please contact us.',
    myData: 'My details',
    noPerson: 'We found no data about you in the base registry.',
    household: 'My household',
    householdIntro: 'These people live at your address.',
    householdCaption: 'People at your address',
    noHousehold: 'Nobody else lives at your address.',
    businesses: 'My businesses',
    businessesIntro: 'These registrations are in your name in the KvK trade register.',
    businessesCaption: 'Your KvK registrations',
    noBusinesses: 'There are no businesses in your name.',
    homeBased: 'Home-based',
  },
  accessLog: {
    heading: 'Who viewed my data',
    intro: 'Municipal staff may only look at your data when their work requires it. Each time, who did so and why is recorded.',
    caption: 'Who viewed my data, newest first',
    when: 'When',
    who: 'Staff member',
    role: 'Position',
    what: 'What',
    why: 'Why',
    empty: 'No staff member has viewed your data yet.',
    noPurpose: 'Not given',
  },
  logout: {
    heading: 'Log out',
    intro: 'Finished? Then log out. Are you also logged in on another device, for example your phone? Then choose "Log out everywhere".',
    everywhere: 'Log out everywhere',
  },
};
