import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an elder whose name is written family name first (no list tells its sex) is
// called "Mrs. SURNAME"; a young woman of the same surname, whose given name tells her sex, is brought in later
// and called only by her full name. The courtesy title and surname stay with the elder.
const paras = [
  'The Rev. Tomas Ryu, the pastor of Grace Hill Church in Pellston, said the congregation prayed for peace.',
  'One of the grandmothers is Ryu Hae-ok, 83, no relation to the pastor, who left Wonsan as a girl.',
  '"I remember the guns on the river," Mrs. Ryu said through an interpreter.',
  'A volunteer, Lina Ryu, 22, said she had first read about the talks online.',
  '"My parents were shocked, but my friends made jokes," Lina Ryu said.',
  'The pastor said he understood the jokes. "For them it is a joke. For our elders it is a wound," he said.',
  'Asked what she would tell the leaders, Mrs. Ryu paused for a long moment. "Let the old people go home once," she said.',
];

describe('a courtesy title and surname beside a namesake of that sex named later', () => {
  it('before the namesake is named: the earlier bearer the title fits, not the one whose given name tells her sex', () => {
    expect(speakerOf(paras, 'guns on the river')).toBe('Ryu Hae-ok');
  });
  it('after the namesake is named and called only in full: still the one the title was given to first', () => {
    expect(speakerOf(paras, 'Let the old people')).toBe('Ryu Hae-ok');
  });
  it('the namesake named in full in the paragraph just before is not overruled', () => {
    const just = [...paras.slice(0, 5), 'Asked what she would tell the leaders, Mrs. Ryu paused. "Let the old people go home once," she said.'];
    expect(speakerOf(just, 'Let the old people')).not.toBe('Ryu Hae-ok');
  });
  it('her full name is read as before', () => {
    expect(speakerOf(paras, 'friends made jokes')).toBe('Lina Ryu');
  });
});
