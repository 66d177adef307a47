import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "the agency" as the body credited just before it in the paragraph', () => {
  const got = speakers([
    'The ferry line cut two routes this spring.',
    'The Coastal Safety Board of Norway said in a statement that the ferry was "unsafe at any speed." The agency added that it had "no record" of repairs.',
  ]);
  expect(got.get('no record')).toMatch(/Coastal Safety Board/u);
});

it('does not read "the agency" as a body when a person was credited in between', () => {
  const got = speakers([
    'The Coastal Safety Board of Norway said the ferry was "unsafe at any speed." Its chair, Ingrid Lund, said she was "deeply worried." The agency added that it had "no record" of repairs.',
  ]);
  expect(got.get('no record')).not.toMatch(/Coastal Safety Board/u);
});

it('credits a closing "the economists estimate" rather than the clause subject', () => {
  const got = speakers([
    'The fisheries board met on Monday.',
    'Grain transfers could begin "within days" of the deal, the economists estimate.',
    'Fish prices could rise "by a third" before winter, analysts at Nordbank believe.',
  ]);
  expect(got.get('within days')).toBe('the economists');
  expect(got.get('by a third')).not.toBe('Fish prices');
});

it('keeps a speaker who says the quote before a closing verb of judging', () => {
  const got = speakers([
    'Jane Roe said fish prices would rise "by a third" before winter, the economists estimate.',
  ]);
  expect(got.get('by a third')).toBe('Jane Roe');
});

it('notes a person a possessive relation leads, set off by a clause, as the subject a "he said" means', () => {
  const got = speakers([
    'The harbour board met on Monday to discuss the ferry.',
    'My colleague Tomas Berg, who read the minutes, objected to the plan. "The ferry is safe," he said.',
    'Her neighbour Ingrid Lund, no relation, was less sure. "The ferry is old," she said.',
  ]);
  expect(got.get('The ferry is safe')).toBe('Tomas Berg');
  expect(got.get('The ferry is old')).toBe('Ingrid Lund');
});

it('reads the name set off by commas in a stance sentence before a quote standing alone', () => {
  const got = speakers([
    'The harbour board met on Monday to discuss the ferry.',
    'Our neighbour, Petra Holm, was less sure.',
    '"The hull will not last another winter."',
    'Karl Dahl, a pilot on the night crossing, was more blunt. "Scrap it."',
    'In Bergen, Lena Vik was unconvinced. "Nobody asked the crews."',
  ]);
  expect(got.get('The hull will not')).toBe('Petra Holm');
  expect(got.get('Scrap it')).toBe('Karl Dahl');
  expect(got.get('Nobody asked')).not.toBe('Bergen');
});
