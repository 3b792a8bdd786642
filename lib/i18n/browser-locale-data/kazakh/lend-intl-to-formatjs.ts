// Step 1 of ../kazakh.ts: formatjs's data files register themselves with whatever `Intl.DateTimeFormat` and
// `Intl.NumberFormat` are while they run, so formatjs's constructors stand in the global for that moment. The
// browser's own are kept here for step 3.
import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import { NumberFormat } from '@formatjs/intl-numberformat';

export const browserIntl = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };
export const formatjsIntl = { DateTimeFormat, NumberFormat };

Intl.DateTimeFormat = DateTimeFormat as unknown as typeof Intl.DateTimeFormat;
Intl.NumberFormat = NumberFormat as unknown as typeof Intl.NumberFormat;
