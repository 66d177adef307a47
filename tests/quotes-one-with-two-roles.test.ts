import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: one "the" before two roles joined by "and" describes one person holding both
// ("the senator and leadership candidate"); a second person would take a determiner of their own.
describe('one person described by two roles after one "the"', () => {
  const opening = 'Sen. Mara Olsen spoke up first, taking aim at the harbour board late on Monday.';
  const words = '"The board is run by people who never once read the tide tables,"';

  it('`"...," the senator and leadership candidate said` is the senator named before', () => {
    expect(speakerOf([opening, `${words} the senator and leadership candidate said in a statement.`], 'tide tables')).toBe('Mara Olsen');
  });

  it('a proper word in the first role leaves the phrase unread: alone it would take the pronouns after it', () => {
    expect(speakerOf([opening, `${words} the Delmar senator and Labour leadership candidate said in a statement.`], 'tide tables')).toBeNull();
  });

  it('reads the phrase as the first role, the whole kept as its words', () => {
    expect(parseSpeakerPhrase('the senator and presidential candidate')).toMatchObject({ type: 'description', head: 'senator', plural: false, kind: 'unnamed', text: 'the senator and presidential candidate' });
    expect(parseSpeakerPhrase('the club secretary and treasurer')).toMatchObject({ type: 'description', head: 'secretary' });
  });

  it('leaves two people alone: a pair the words give a sex, a co-holder, a determiner or a plural of their own', () => {
    for (const phrase of ['the president and first lady', 'the king and queen', 'the pilot and co-pilot', 'the senator and his aide', 'the senator and the mayor', 'the mayor and council members', 'the minister and officials', 'the governor and lieutenant governor']) {
      expect(parseSpeakerPhrase(phrase), phrase).toBeNull();
    }
  });
});
