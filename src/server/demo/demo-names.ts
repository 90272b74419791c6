// Word lists for the synthetic demo municipality. Faker's Dutch locale gives first names and plain
// family names; the tussenvoegsels, street names and business activities below make it look Dutch.

export const prefixedFamilyNames: ReadonlyArray<readonly [prefix: string, name: string]> = [
  ['de', 'Vries'], ['de', 'Jong'], ['van', 'Dijk'], ['van den', 'Berg'], ['van der', 'Meer'], ['de', 'Boer'],
  ['van', 'Leeuwen'], ['van der', 'Linden'], ['de', 'Graaf'], ['van', 'Vliet'], ['de', 'Wit'], ['van der', 'Heijden'],
  ['van', 'Beek'], ['de', 'Haan'], ['van den', 'Broek'], ['ter', 'Horst'], ['van', 'Wijk'], ['de', 'Groot'],
  ['van', 'Dam'], ['van der', 'Veen'], ['in het', 'Veld'], ['van', 'Os'], ['de', 'Ruiter'], ['van', 'Rijn'],
];

export const otherFamilyNames: readonly string[] = [
  'Yılmaz', 'Kaya', 'Demir', 'El Amrani', 'Bouzid', 'Benali', 'Ramdin', 'Pinas', 'Nguyen', 'Kowalski',
  'Nowak', 'Haddad', 'Al-Hassan', 'Tahiri', 'Doğan', 'Ramsaran', 'Mohan', 'Wong', 'Santos', 'Osei',
];

export const nationalities: ReadonlyArray<readonly [nationality: string, weight: number]> = [
  ['Nederlandse', 90], ['Turkse', 2], ['Marokkaanse', 2], ['Surinaamse', 1], ['Poolse', 2], ['Syrische', 1],
  ['Duitse', 1], ['Belgische', 1],
];

export const residentialStreets: readonly string[] = [
  'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat',
  'Oranjestraat', 'Eikenlaan', 'Berkenlaan', 'Lindelaan', 'Populierenweg', 'Kastanjelaan', 'Tulpstraat',
  'Rozenstraat', 'Narcissenstraat', 'Hyacintstraat', 'Merelstraat', 'Lijsterstraat', 'Spechtstraat',
  'Zwanenweg', 'Reigerstraat', 'Meeuwenlaan', 'Schoolstraat', 'Kanaalweg', 'Dijkstraat', 'Havenstraat',
  'Marktplein', 'Brink', 'Vondellaan', 'Bilderdijkstraat', 'Rembrandtlaan', 'Vermeerstraat', 'Frans Halsstraat',
  'Jan Steenstraat', 'Pieter de Hoochstraat', 'Esdoornstraat', 'Wilgenhof', 'Iepenlaan', 'Beukenlaan',
  'Lavendelhof', 'Kamillestraat', 'Tijmstraat', 'Salieweg', 'Weidelaan', 'Akkerweg', 'Slotenweg', 'Polderweg',
  'Zonnebloemstraat', 'Klaprooslaan', 'Korenbloemstraat', 'Boterbloemweg', 'Sterrenlaan', 'Maanstraat',
  'Planetenbaan', 'Parkweg', 'Vijverlaan', 'Bosrand', 'Heideweg', 'Duinstraat',
];

export const businessStreets: readonly string[] = ['Industrieweg', 'Ambachtsweg', 'Handelskade', 'Bedrijvenpark Noord'];

export interface Activity {
  sbiCode: string;
  description: string;
  /** How the trade name is formed from the owner's family name. */
  tradeName: (familyName: string) => string;
}

export const activities: readonly Activity[] = [
  { sbiCode: '43341', description: 'Schilders- en glazeniersbedrijven', tradeName: (n) => `Schildersbedrijf ${n}` },
  { sbiCode: '43320', description: 'Bouwtimmerbedrijven', tradeName: (n) => `Timmerwerken ${n}` },
  { sbiCode: '43210', description: 'Elektrotechnische bouwinstallatie', tradeName: (n) => `${n} Elektra` },
  { sbiCode: '43221', description: 'Loodgieters- en fitterbedrijven', tradeName: (n) => `Loodgietersbedrijf ${n}` },
  { sbiCode: '56101', description: 'Restaurants', tradeName: (n) => `Eetcafé ${n}` },
  { sbiCode: '47912', description: 'Webwinkels in kleding en mode-artikelen', tradeName: (n) => `${n} Mode Online` },
  { sbiCode: '62010', description: 'Ontwikkelen, produceren en uitgeven van software', tradeName: (n) => `${n} Software` },
  { sbiCode: '70221', description: 'Organisatieadviesbureaus', tradeName: (n) => `${n} Advies` },
  { sbiCode: '74101', description: 'Communicatie- en grafisch ontwerp', tradeName: (n) => `Studio ${n}` },
  { sbiCode: '74201', description: 'Fotografie', tradeName: (n) => `Fotografie ${n}` },
  { sbiCode: '85599', description: 'Overig onderwijs', tradeName: (n) => `Bijles ${n}` },
  { sbiCode: '86912', description: 'Fysiotherapeuten', tradeName: (n) => `Fysiotherapie ${n}` },
  { sbiCode: '96021', description: 'Haarverzorging', tradeName: (n) => `Kapsalon ${n}` },
  { sbiCode: '49410', description: 'Goederenvervoer over de weg', tradeName: (n) => `Transportbedrijf ${n}` },
  { sbiCode: '49320', description: 'Taxivervoer', tradeName: (n) => `Taxi ${n}` },
  { sbiCode: '90011', description: 'Beoefening van podiumkunst', tradeName: (n) => `${n} Muziek & Theater` },
  { sbiCode: '81211', description: 'Interieurreiniging van gebouwen', tradeName: (n) => `Schoonmaakbedrijf ${n}` },
  { sbiCode: '69204', description: 'Administratiekantoren', tradeName: (n) => `Administratiekantoor ${n}` },
  { sbiCode: '47761', description: 'Winkels in bloemen, planten, zaden en tuinbenodigdheden', tradeName: (n) => `Bloemenhuis ${n}` },
  { sbiCode: '96040', description: 'Sauna\'s, solaria, baden e.d.', tradeName: (n) => `Wellness ${n}` },
];
