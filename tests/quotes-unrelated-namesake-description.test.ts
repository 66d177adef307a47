import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two people of one surname whom the text flags as unrelated, the flag joined
// to a long description set off after the second name ("a member of ... and no relation to him"), or the names
// written family name first. A later bare surname may mean either: no one is credited rather than the one
// named last.
describe('a bare surname the text gave two unrelated people, flagged inside a long description', () => {
  it('a Western surname: "NAME, a member of ... and no relation to him, disagreed"', () => {
    const paras = [
      'Piet Hallam, a harbour pilot, said the quay should "close for the winter". Ana Hallam, a member of the Ostrava harbour board\'s finance committee and no relation to him, disagreed sharply. "The quay pays for the school," she said.',
      'A day later came the reply. "She is mistaking a quay for a bank," Hallam said.',
    ];
    expect(speakerOf(paras, 'mistaking a quay for a bank')).toBeNull();
  });
  it('names written family name first: "Ryu Dae-sung" and "Ryu Mi-rae, a ... and no relation to him"', () => {
    const paras = [
      'Ryu Dae-sung, a conservative councillor, said Tarnavia should "rethink everything". Ryu Mi-rae, a progressive councillor on the ferries board and no relation to him, disagreed.',
      'Her colleague answered a day later. "She is confusing patience with weakness," Ryu said.',
    ];
    expect(speakerOf(paras, 'confusing patience with weakness')).toBeNull();
  });
  it('a bare surname right after one of the two is named in its own paragraph still goes to that one', () => {
    const paras = [
      'Piet Hallam, a harbour pilot, spoke first. Ana Hallam, a member of the Ostrava harbour board\'s finance committee and no relation to him, spoke later.',
      'Piet Hallam returned on Monday. "The quay must close," Hallam said.',
    ];
    expect(speakerOf(paras, 'The quay must close')).toBe('Piet Hallam');
  });
});
