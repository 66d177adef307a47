import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "the company" as the one firm named before it, past a country the first sentence names', () => {
  const got = speakers([
    'Kvist Fertiliser Holding, a Tromso-based trader of grain, said in a statement that it "does not" ship to North Korea. The company said it followed "every rule there is."',
  ]);
  expect(got.get('does not')).toBe('Kvist Fertiliser Holding');
  expect(got.get('every rule there is')).toBe('Kvist Fertiliser Holding');
});

it('still leaves "the company" alone when two firms stand before it', () => {
  const got = speakers([
    'Kvist Fertiliser Holding said it had sold its stake to Brask Shipping Holding last year. The company said the deal was "closed."',
  ]);
  expect(got.get('closed')).not.toBe('Kvist Fertiliser Holding');
  expect(got.get('closed')).not.toBe('Brask Shipping Holding');
});

it('reads "the company" as the firm a people\'s adjective describes ("South Korean manufacturer Kell Precision")', () => {
  const got = speakers([
    'The market was calm on Friday.',
    'South Korean manufacturer Kell Precision declined to comment on the talks directly. In a statement, the company said it "follows every export rule" and did not "sell to either side."',
  ]);
  expect(got.get('follows every export rule')).toBe('Kell Precision');
});
