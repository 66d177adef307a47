import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a verb of characterising, its object and "as" right before a quote
// ("defended her deputy as a "..."") give the words to the verb's subject, even when the sentence runs on after
// the quote; the passive ("was cast as") gives them to no one named before it.
it('"defended her deputy as a "..."" with a clause after the quote', () => {
  const paras = ['Harbour commissioner Idalia Brenner defended her deputy as a "thoroughly honest public servant" on Friday, hours after he was questioned by the police.'];
  expect(speakerOf(paras, 'thoroughly honest public servant')).toBe('Idalia Brenner');
});

it('"painted his rival as "..."", the sentence going on past a comma', () => {
  const paras = ['Councillor Ruben Ostergaard painted his rival as "a friend of the developers", a charge she has denied since the spring.'];
  expect(speakerOf(paras, 'a friend of the developers')).toBe('Ruben Ostergaard');
});

it('the passive "was cast as" gives the words to no one named before it', () => {
  const paras = ['The ferry levy proposed by Ruben Ostergaard was cast as "a tax on islanders" by several newspapers, long after the vote.'];
  expect(speakerOf(paras, 'a tax on islanders')).not.toBe('Ruben Ostergaard');
});
