import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): British style writes the armed forces' ranks without a
// full stop ("Gen Roe", "Lt Gen Roe", "Col Roe"), and the ranked surname is the person named in full before.
describe('undotted military ranks before a name', () => {
  it('"Gen X" after "Lieutenant General Given X" is the same person', () => {
    const paras = [
      'Lieutenant General Mara Olsen, a former corps commander, spoke at the harbour forum on Tuesday.',
      'Gen Olsen, 61, warned that the cranes were old. "Half of them will break this winter," she said.',
    ];
    expect(speakerOf(paras, 'Half of them will break this winter')).toBe('Mara Olsen');
  });
  it('"Lt Gen X" opening a later paragraph likewise', () => {
    const paras = [
      'Lieutenant General Mara Olsen, a former corps commander, spoke at the harbour forum on Tuesday.',
      'Lt Gen Olsen, for her part, said the port should stop pretending.',
      '"We saw all of this coming," she said.',
    ];
    expect(speakerOf(paras, 'We saw all of this coming')).toBe('Mara Olsen');
  });
  it('"Col X said" after "Colonel Given X"', () => {
    const paras = [
      'A navy spokesman, Colonel Tomas Berg, told a briefing that the fleet was ready.',
      'Asked whether the port would close, Col Berg said the navy had "nothing further to add."',
    ];
    expect(speakerOf(paras, 'nothing further to add')).toBe('Tomas Berg');
  });
  it('a bracketed retirement mark between rank and name leaves the credit after the quote whole', () => {
    const paras = ['"The harbour has been quiet for a year," Lieutenant General (retd) Mara Olsen, a former corps commander, told the weekly. "Now it is busy."'];
    expect(speakerOf(paras, 'The harbour has been quiet')).toBe('Mara Olsen');
    expect(speakerOf(paras, 'Now it is busy')).toBe('Mara Olsen');
  });
  it('"Brig. Gen." before a name does not end the sentence', () => {
    const paras = ['The fleet\'s press secretary, Brig. Gen. Hanna Vikstad, said at a briefing that the navy would "act within days" on the matter.'];
    expect(speakerOf(paras, 'act within days')).toBe('Hanna Vikstad');
  });
});
