import { client } from '../../support/gql.js';
import { makeUser } from '../../support/factories.js';
import { IMPORT } from '../../support/operations.js';
import { roster, asInput, expectedTotals, YEAR } from '../support/roster.js';
const url = process.argv[2]!;
const admin = await client(url).login('admin', 'adminpw1');
for (const [role, area, name] of [['VILLAGE_CADRE','640181105201','cadre'],['TOWNSHIP_OFFICER','640181105','linhe'],['COUNTY_HRSS','640181','hrss'],['COUNTY_AGRICULTURE','640181','agri'],['AGENCY','640181','agency']] as const) {
  await makeUser(admin, role, area, name).catch(e => console.log(String(e).slice(0,200)));
}
console.log(await admin.ok(IMPORT, { village: '640181105201', year: YEAR, members: asInput(roster()), replace: true }));
console.log(expectedTotals(roster()));
