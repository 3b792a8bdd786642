// Kazakh dates, times and numbers for a browser without Kazakh in its Intl (Chromium): formatjs's implementations
// with CLDR's Kazakh data and every time zone (a class may be in any), about 190 kB gzipped, loaded only by such a
// browser showing Parta in Kazakh (components/i18n/LocaleDataGate.tsx). The imports run in this order (ES modules
// evaluate in import order); plural rules need nothing, Chromium has Kazakh's.
import './kazakh/lend-intl-to-formatjs';
import '@formatjs/intl-datetimeformat/locale-data/kk.js';
import '@formatjs/intl-datetimeformat/add-all-tz.js';
import '@formatjs/intl-numberformat/locale-data/kk.js';
import './kazakh/route-kazakh';
