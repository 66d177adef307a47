import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits a factbox line of a name, who the person is and a colon to the name', () => {
  const got = speakers([
    'EXPERTS',
    '- Helga Brandt, a Baltic shipping specialist at the Nordsee Maritime Policy Institute in Kiel: "The ports will feel this first."',
    '- Tomas Ruiz, the chief emerging-markets strategist at Alameda Capital Partners in Madrid: "Nobody is pricing it in yet."',
  ]);
  expect(got.get('The ports will')).toBe('Helga Brandt');
  expect(got.get('Nobody is pricing')).toBe('Tomas Ruiz');
});

it('leaves a line whose words before the colon hold a verb or name no person', () => {
  const got = speakers([
    '- Tariffs, a tool the minister has used before: "a blunt instrument".',
    '- Helga Brandt, who chaired the panel, was unconvinced: "We will see."',
  ]);
  expect(got.get('a blunt instrument')).toBeFalsy();
  expect(got.get('We will see')).toBe('Helga Brandt');
});
