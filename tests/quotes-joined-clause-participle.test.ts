import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('does not give a participle to the first clause\'s subject past ", and" and a clause with its own subject', () => {
  const got = speakers([
    'Tomas Reyes led the revolt, and within weeks the rebel group had sent letters to members and placed newspaper ads calling the merger a "costly blunder."',
    'Ana Ruiz opened the meeting and spoke for an hour, calling the plan "a waste."',
    'Bo Lind chaired the panel, but the minister left early, calling the report "a farce."',
  ]);
  expect(got.get('costly blunder')).not.toBe('Tomas Reyes');
  // One subject for both verbs: hers.
  expect(got.get('a waste')).toBe('Ana Ruiz');
  expect(got.get('a farce')).toBe('the minister');
});
