import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not carry an "according to" source past a clause of its own with a verb of saying to a later quote', () => {
  const got = speakers([
    'The budget is "a muddle," according to the Harwick Institute, whose director, Lena Moss, said both parties had "invented their numbers."',
    'The plan is "unfinished," according to Petra Vail, whose husband, Simon Vail, said it was "long overdue."',
  ]);
  expect(got.get('a muddle')).toBe('the Harwick Institute');
  expect(got.get('invented their numbers')).not.toBe('the Harwick Institute');
  expect(got.get('unfinished')).toBe('Petra Vail');
  expect(got.get('long overdue')).not.toBe('Petra Vail');
});

it('still gives the source a later quote of its own relative clause, or of a verb joined to the main clause', () => {
  const got = speakers([
    'The plan is "unworkable," according to the Kelso Trust, which said it was "twenty years late."',
  ]);
  expect(got.get('twenty years late')).toBe('the Kelso Trust');
});

it('keeps the source of an "according to" aside that stands before its clause\'s own subject', () => {
  const got = speakers([
    'She will go to the hearing because, according to Dana Whyte, the papers would call her a "coward" if she stayed away.',
  ]);
  expect(got.get('coward')).toBe('Dana Whyte');
});
