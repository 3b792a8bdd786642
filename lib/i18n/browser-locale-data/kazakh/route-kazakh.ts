// Step 3 of ../kazakh.ts: with the data registered, Kazakh goes to formatjs and every other language back to the
// browser's Intl.
import { routeLanguage } from '../route-language';
import { browserIntl, formatjsIntl } from './lend-intl-to-formatjs';

Intl.DateTimeFormat = routeLanguage(browserIntl.DateTimeFormat, formatjsIntl.DateTimeFormat as unknown as typeof Intl.DateTimeFormat, 'kk');
Intl.NumberFormat = routeLanguage(browserIntl.NumberFormat, formatjsIntl.NumberFormat as unknown as typeof Intl.NumberFormat, 'kk');
