import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "the agency" as the news agency the text has just named as one', () => {
  const got = speakers([
    'Text of a report by the Danish news agency Nordpress on 2 March',
    'The agency said the two ports had "signed a new accord" on fishing quotas.',
    'Vesta Nyhet, the Norwegian news agency, covered the visit as well. The agency said the talks were "cordial".',
  ]);
  expect(got.get('signed a new accord')).toBe('Nordpress');
  expect(got.get('cordial')).toBe('Vesta Nyhet');
});

it('credits no news agency when another body is named after it', () => {
  const got = speakers([
    'Nordpress news agency reported that the Coastal Safety Board had inspected the ferry. The agency said the hull was "sound".',
  ]);
  expect(got.get('sound')).not.toBe('Nordpress');
});
