import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { participleAsideGender } from '../src/quotes/participle-aside-gender.ts';
import { splitTitle } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a hearing where two women take turns, the nominee's sex told only by the
// participle's clause after her name, the questioner's by a "she said" before.
const HEARING = [
  'Harbour Commissioner-designate Vera Holm, facing her first hearing, was asked by councillor Ana Berg whether the office had been surprised. "We saw the tide. We did not know how high," Holm replied.',
  'Berg was not satisfied. "That is a pretty answer to a plain question," she said.',
  'A spokesperson for the mayor said the mayor was "watching closely."',
  'Late in the session, Berg returned to the lectern. "I will ask the nominee once more, and I hope for a plainer answer," she said. Holm smiled. "Then here is a plain one: we were slow," she said.',
];

describe('a fronted phrase of time opening with "Late" or "Early"', () => {
  it('`Late in the session, Berg returned to the lectern. "...," she said.` is Berg\'s', () => {
    expect(speakerOf(HEARING, 'once more')).toBe('Ana Berg');
  });
  it('`Early on Friday, Tor Lind left the port. "...," he said.` is Lind\'s', () => {
    const paras = ['Ships waited in the bay for a week.', 'Early on Friday, Tor Lind left the port. "The wind has turned," he said.'];
    expect(speakerOf(paras, 'wind has turned')).toBe('Tor Lind');
  });
  it('the nominee answering after her gesture keeps her own words, the questioner having spoken just before', () => {
    expect(speakerOf(HEARING, 'plain one')).toBe('Vera Holm');
  });
});

describe('a title with "-designate"', () => {
  it('is part of the role, not of the name', () => {
    expect(splitTitle(['Harbour', 'Minister-designate', 'Vera', 'Holm'])).toEqual({ role: 'Harbour Minister-designate', name: ['Vera', 'Holm'] });
  });
  it('so the bare surname later is the same person', () => {
    expect(speakerOf(HEARING, 'saw the tide')).toBe('Vera Holm');
  });
});

describe('participleAsideGender', () => {
  it('reads the possessive of a participle\'s clause right after the name', () => {
    expect(participleAsideGender('Vera Holm, facing her first hearing, was asked', 'Vera Holm')).toBe('f');
    expect(participleAsideGender('Tor Lind, clutching his notes, rose', 'Tor Lind')).toBe('m');
  });
  it('leaves "her" as an object, or no participle, alone', () => {
    expect(participleAsideGender('Tor Lind, greeting her at the door, smiled', 'Tor Lind')).toBeNull();
    expect(participleAsideGender('Tor Lind, thanking her warmly, left', 'Tor Lind')).toBeNull();
    expect(participleAsideGender('Tor Lind, during his visit, smiled', 'Tor Lind')).toBeNull();
    expect(participleAsideGender('Tor Lind, a baker, smiled', 'Tor Lind')).toBeNull();
  });
});
