import { expect, it } from 'vitest';
import { frontedParticipleSubject } from '../src/quotes/fronted-participle.ts';
import { speakersByWholeQuote } from './helpers/quotes.ts';

/** Each quote's words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2024-02-01');

it('gives a quote inside a fronted participle of saying to the main clause\'s subject', () => {
  const got = speakers([
    'Marta Lind thanked the hosts. Noting that the town\'s rowers would surely win in the "long race" against the river, she said the club "will always stand with Varn."',
    'Stressing the "deep bond" between the towns, Jane Roe thanked the hosts.',
  ]);
  expect(got.get('long race')).toBe('Marta Lind');
  expect(got.get('deep bond')).toBe('Jane Roe');
});

it('leaves the clause alone when it reports someone else saying the words', () => {
  expect(frontedParticipleSubject('Noting that Roe had called the plan "', ' since the vote, Lind said nothing.')).toBeNull();
  expect(frontedParticipleSubject('Noting that the rowers would win the "', ' against the river, she said the club would stay.')).toBe('she');
  // Not a participle of saying: "Walking past the "..." sign, she ..." credits nobody.
  expect(frontedParticipleSubject('Walking past the "', ' sign, she said nothing.')).toBeNull();
});

it('gives a quote the fronted clause reports another saying to that one, not to the main subject', () => {
  const got = speakers(['Noting that Jane Roe had called the plan "a disgrace," Marta Lind said the council would vote again.']);
  expect(got.get('a disgrace')).toBe('Jane Roe');
});
