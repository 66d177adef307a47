import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads the subject of a clause after a semicolon as the latest before a "he said"', () => {
  const got = speakers([
    '"The canal is low," said Tomas Brenn, a lock keeper.',
    'Greta Voss has argued the opposite for days; Peter Lanz only laughed. "We settle it at midsummer," he said.',
  ]);
  expect(got.get('We settle it')).toBe('Peter Lanz');
});

it('does not reach past an unnamed subject after a semicolon to an earlier speaker', () => {
  const got = speakers([
    'A Swiss hydrologist was calmer. The dams were old, the hydrologist said, and "old dams leak slowly."',
    'His predecessor in the post, Greta Voss, who is his aunt, has maintained the reverse for years; asked about their quarrel, the commissioner laughed. "We settle it at Easter," he said.',
  ]);
  expect(got.get('old dams')).toBe('a Swiss hydrologist');
  expect(got.get('We settle it')).not.toBe('a Swiss hydrologist');
});

it('leaves a "he" to nobody after two men as the subjects of clauses joined by a semicolon', () => {
  const got = speakers([
    'The brothers Anton Sell and Victor Sell ran the boatyard for twenty years.',
    'Sven Ostby said the yard had paid its debts; Victor Sell disagreed. "I regret nothing," he said.',
  ]);
  expect(got.get('I regret nothing')).toBeFalsy();
});
