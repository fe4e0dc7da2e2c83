// Writes the FollowTheMoney fixtures in e2e/fixtures/ftm/ with the FtM library's own model: every
// entity goes through `model.getEntity`, which refuses a property its schema does not have, and
// is written with the library's `toJSON`. The people, companies and events are invented.
//
//   node scripts/make-ftm-fixtures.mjs                      the fixtures
//   node scripts/make-ftm-fixtures.mjs --large 5000 FILE    a synthetic file of about N entities
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Model, defaultModel } from '@alephdata/followthemoney';

const model = new Model(defaultModel);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'e2e', 'fixtures', 'ftm');

/** One entity through the model: an unknown property or schema throws here. */
const entity = (id, schema, properties) => model.getEntity({ id, schema, properties }).toJSON();

const people = [
  entity('demo-person-anna-ivanova', 'Person', {
    name: ['Anna Ivanova'],
    alias: ['Анна Иванова', 'Anna Ivanovna Ivanova'],
    weakAlias: ['A. Ivanova'],
    nationality: ['ru'],
    birthDate: ['1971'],
    position: ['Shareholder'],
    sourceUrl: ['https://example.org/registry/anna-ivanova'],
    publisher: ['Demo Registry'],
  }),
  entity('demo-person-pavel-ivanov', 'Person', {
    name: ['Pavel Ivanov'],
    alias: ['Павел Иванов'],
    birthDate: ['1968-11-02'],
    nationality: ['ru'],
  }),
  entity('demo-person-wang-jianguo', 'Person', {
    name: ['Wang Jianguo'],
    alias: ['王建国', 'Wong Kin-kwok'],
    nationality: ['cn'],
    birthDate: ['1965-03'],
  }),
  entity('demo-person-maria-garcia', 'Person', {
    name: ['María García'],
    alias: ['Maria Garcia'],
    nationality: ['es'],
    notes: ['Named in two of the records as counsel.'],
  }),
  entity('demo-family-1', 'Family', {
    person: ['demo-person-anna-ivanova'],
    relative: ['demo-person-pavel-ivanov'],
    relationship: ['brother'],
  }),
  entity('demo-associate-1', 'Associate', {
    person: ['demo-person-anna-ivanova'],
    associate: ['demo-person-wang-jianguo'],
    relationship: ['business partner'],
    startDate: ['2016'],
  }),
];

const companies = [
  entity('demo-company-northwind', 'Company', {
    name: ['Northwind Holdings Ltd'],
    jurisdiction: ['cy'],
    incorporationDate: ['2014'],
    registrationNumber: ['HE 123456'],
    addressEntity: ['demo-address-limassol'],
  }),
  entity('demo-company-eastport', 'Company', {
    name: ['Eastport Shipping LLC'],
    alias: ['ООО «Истпорт»'],
    jurisdiction: ['ru'],
    incorporationDate: ['2019-05'],
  }),
  entity('demo-company-jade-river', 'Company', {
    name: ['Jade River Trading Co.'],
    alias: ['玉河贸易有限公司'],
    jurisdiction: ['hk'],
  }),
  entity('demo-org-blue-harbour', 'Organization', { name: ['Blue Harbour Foundation'] }),
  entity('demo-public-body-ports', 'PublicBody', { name: ['Ministry of Ports'], country: ['cy'] }),
  entity('demo-ownership-1', 'Ownership', {
    owner: ['demo-person-anna-ivanova'],
    asset: ['demo-company-northwind'],
    percentage: ['60'],
    startDate: ['2014'],
  }),
  entity('demo-ownership-2', 'Ownership', {
    owner: ['demo-company-northwind'],
    asset: ['demo-company-eastport'],
    percentage: ['100'],
    startDate: ['2019-05'],
  }),
  entity('demo-ownership-3', 'Ownership', {
    owner: ['demo-person-wang-jianguo'],
    asset: ['demo-company-jade-river'],
    percentage: ['51'],
  }),
  entity('demo-directorship-1', 'Directorship', {
    director: ['demo-person-pavel-ivanov'],
    organization: ['demo-company-eastport'],
    role: ['General director'],
    startDate: ['2019-05'],
    endDate: ['2021'],
  }),
  entity('demo-membership-1', 'Membership', {
    member: ['demo-person-maria-garcia'],
    organization: ['demo-org-blue-harbour'],
    role: ['Trustee'],
  }),
  entity('demo-employment-1', 'Employment', {
    employee: ['demo-person-maria-garcia'],
    employer: ['demo-company-northwind'],
    role: ['Lawyer'],
  }),
  entity('demo-representation-1', 'Representation', {
    agent: ['demo-person-maria-garcia'],
    client: ['demo-company-jade-river'],
    role: ['Legal counsel'],
  }),
  entity('demo-payment-1', 'Payment', {
    payer: ['demo-company-jade-river'],
    beneficiary: ['demo-company-eastport'],
    amount: ['250000'],
    currency: ['USD'],
    date: ['2020-11-30'],
    purpose: ['Freight'],
  }),
  entity('demo-debt-1', 'Debt', {
    debtor: ['demo-company-eastport'],
    creditor: ['demo-org-blue-harbour'],
    amount: ['1000000'],
    currency: ['EUR'],
  }),
  entity('demo-unknown-link-1', 'UnknownLink', {
    subject: ['demo-person-wang-jianguo'],
    object: ['demo-public-body-ports'],
    role: ['adviser'],
  }),
];

const things = [
  entity('demo-address-limassol', 'Address', {
    full: ['1 Harbour Road, Limassol'],
    city: ['Limassol'],
    country: ['cy'],
  }),
  entity('demo-passport-1', 'Passport', {
    holder: ['demo-person-anna-ivanova'],
    number: ['75 1234567'],
    country: ['ru'],
    startDate: ['2018-04'],
  }),
  entity('demo-sanction-1', 'Sanction', {
    entity: ['demo-company-eastport'],
    authority: ['Demo Sanctions Office'],
    program: ['Demo programme'],
    startDate: ['2022-03'],
    reason: ['Invented for a test.'],
  }),
  entity('demo-vessel-aurora', 'Vessel', {
    name: ['Aurora'],
    imoNumber: ['IMO 9123456'],
    flag: ['pa'],
    owner: ['demo-company-eastport'],
    buildDate: ['2009'],
  }),
  entity('demo-event-board-meeting', 'Event', {
    name: ['Board meeting in Limassol'],
    date: ['2021-06-15'],
    involved: ['demo-person-anna-ivanova', 'demo-person-wang-jianguo'],
    organizer: ['demo-company-northwind'],
  }),
  entity('demo-document-register', 'Document', {
    fileName: ['shareholder-register-2020.pdf'],
    title: ['Shareholder register 2020'],
    date: ['2020'],
  }),
];

const dangling = [
  people[0],
  entity('demo-ownership-missing-asset', 'Ownership', {
    owner: ['demo-person-anna-ivanova'],
    asset: ['demo-company-not-in-this-file'],
    percentage: ['10'],
  }),
  entity('demo-passport-missing-holder', 'Passport', {
    holder: ['demo-person-not-in-this-file'],
    number: ['00 0000000'],
  }),
  entity('demo-family-missing-relative', 'Family', {
    person: ['demo-person-anna-ivanova'],
    relative: ['demo-person-not-in-this-file'],
  }),
];

/** A schema from outside the model cannot be written through it: this one is written by hand. */
const unknownSchema = [
  people[0],
  { id: 'demo-cat-1', schema: 'Cat', properties: { name: ['Murka'], colour: ['grey'] } },
];

const lines = (entities) => entities.map((item) => JSON.stringify(item)).join('\n') + '\n';

function writeFixtures() {
  mkdirSync(out, { recursive: true });
  const network = [...people, ...companies, ...things];
  const files = {
    'people.ftm.jsonl': lines(people),
    'companies.ftm.jsonl': lines([...people.slice(0, 4), ...companies, things[0]]),
    'things.ftm.json': JSON.stringify(
      [people[0], people[2], companies[1], companies[0], ...things],
      null,
      1,
    ),
    'network.ftm.jsonl': lines(network),
    'dangling.ftm.jsonl': lines(dangling),
    'unknown-schema.ftm.jsonl': lines(unknownSchema),
    // Line 3 is cut short, as a file copied in a hurry might be.
    'malformed.ftm.jsonl':
      lines(people.slice(0, 2)) +
      JSON.stringify(people[2]).slice(0, 40) +
      '\n' +
      lines([people[4]]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  console.log(`wrote ${Object.keys(files).length} files to ${out}`);
}

/** A seeded generator, so the large file is the same on every run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function writeLarge(count, file) {
  const next = random(7);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const given = ['Anna', 'Pavel', 'Olga', 'Ivan', 'Li', 'Wei', 'María', 'José', 'Sara', 'Omar'];
  const family = ['Ivanova', 'Petrov', 'Wang', 'Chen', 'García', 'Haddad', 'Novak', 'Costa'];
  const cyrillic = ['Анна', 'Павел', 'Ольга', 'Иван'];
  const countries = ['cy', 'ru', 'cn', 'es', 'pa', 'hk', 'gb', 'ae'];
  const entities = [];
  const persons = Math.floor(count * 0.3);
  const firms = Math.floor(count * 0.25);
  for (let at = 0; at < persons; at += 1) {
    entities.push(
      entity(`large-person-${at}`, 'Person', {
        name: [`${pick(given)} ${pick(family)} ${at}`],
        alias: [`${pick(cyrillic)} ${at}`],
        nationality: [pick(countries)],
        birthDate: [String(1940 + Math.floor(next() * 60))],
      }),
    );
  }
  for (let at = 0; at < firms; at += 1) {
    entities.push(
      entity(`large-company-${at}`, 'Company', {
        name: [`${pick(family)} ${pick(['Holdings', 'Trading', 'Shipping', 'Capital'])} ${at}`],
        jurisdiction: [pick(countries)],
        incorporationDate: [`${2000 + Math.floor(next() * 24)}-0${1 + Math.floor(next() * 9)}`],
      }),
    );
  }
  const links = count - entities.length;
  for (let at = 0; at < links; at += 1) {
    const person = `large-person-${Math.floor(next() * persons)}`;
    const firm = `large-company-${Math.floor(next() * firms)}`;
    const kind = next();
    if (kind < 0.5) {
      entities.push(
        entity(`large-ownership-${at}`, 'Ownership', {
          owner: [next() < 0.7 ? person : `large-company-${Math.floor(next() * firms)}`],
          asset: [firm],
          percentage: [String(1 + Math.floor(next() * 100))],
          startDate: [String(2000 + Math.floor(next() * 24))],
        }),
      );
    } else if (kind < 0.8) {
      entities.push(
        entity(`large-directorship-${at}`, 'Directorship', {
          director: [person],
          organization: [firm],
          role: ['Director'],
        }),
      );
    } else {
      entities.push(
        entity(`large-family-${at}`, 'Family', {
          person: [person],
          relative: [`large-person-${Math.floor(next() * persons)}`],
          relationship: [pick(['sister', 'brother', 'spouse', 'cousin'])],
        }),
      );
    }
  }
  writeFileSync(file, lines(entities));
  console.log(`wrote ${entities.length} entities to ${file}`);
}

const largeAt = process.argv.indexOf('--large');
if (largeAt >= 0) writeLarge(Number(process.argv[largeAt + 1]), process.argv[largeAt + 2]);
else writeFixtures();
