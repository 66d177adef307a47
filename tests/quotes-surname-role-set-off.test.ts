import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): two unrelated people share a surname, and the
// text tells which one it means by a role set off after the bare surname ("Olsen, the analyst,").
describe('a bare shared surname told apart by a role set off after it', () => {
  const call = [
    'Analyst Mara Olsen of Fjord Securities asked whether the group would sell its rail unit. Chief financial officer Olsen Tae-ho, who is no kin of hers, replied that the group "does not comment on rumours."',
    '"Our plan has not changed," Olsen Tae-ho said.',
  ];
  it('"Olsen, the analyst, then turned to costs." is the analyst, though the other Olsen spoke last', () => {
    expect(speakerOf([...call, 'Olsen, the analyst, then turned to costs. "Can you keep your margins?" she asked.'], 'Can you keep your margins?')).toBe('Mara Olsen');
  });
  it('a role given after the full name counts too ("Pim Dekker, a ferry captain,")', () => {
    const paras = [
      'Pim Dekker, a ferry captain from the islands, joined the meeting late. The harbour master, Joost Dekker, no relation, chaired it.',
      '"The channel must be dredged," Joost Dekker said.',
      'Dekker, the captain, shook his head. "Not this year," he said.',
    ];
    expect(speakerOf(paras, 'Not this year')).toBe('Pim Dekker');
  });
  it('a role neither namesake was given leaves the ordinary reading', () => {
    const paras = [...call, 'Olsen, the chairman, then turned to costs. "We will keep our margins," he said.'];
    expect(speakerOf(paras, 'We will keep our margins')).not.toBe('Mara Olsen');
  });
});
