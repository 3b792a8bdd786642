// npm run db:remove-demo: removes the demo accounts and their data (prisma/remove-demo.ts). Safe to run again,
// and on a database that never had them.
import { describeRemoval, removeDemo } from '../prisma/remove-demo.ts';
import { withMigratedDatabase } from './migrated-database.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  const removal = await withMigratedDatabase((db) => removeDemo(db));
  console.log(describeRemoval(removal).join('\n'));
});
