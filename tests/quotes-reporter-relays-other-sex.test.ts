import { describe, it, expect } from 'vitest';
import { speakerOf, speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: a reporter ("she") relays what a man named in full did, then "he told her":
// the reporter is not the one speaking; the reported clause's subject is.
describe('"She reports that ROLE NAME ... on his phone. "...," he told her."', () => {
  it('a role, a full name, a clause of who set off, the sex told by "his"', () => {
    const paras = [
      'My colleague Lena Moss has been talking to shop owners in the old market.',
      'She reports that tailor Dae-ho Min, who left Busan for Perth in 2001, followed the talks on his radio between fittings. "Whenever those two meet, we pay for it," he told her. "This time too."',
    ];
    const by = speakersByOpening(paras);
    expect(by.get('Whenever those two')).toBe('Dae-ho Min');
    expect(by.get('This time too.')).toBe('Dae-ho Min');
  });

  it('a first name the lists know tells the sex', () => {
    const paras = ['Our reporter Lena Moss spent the day at the depot.', 'She says that driver Tom Hale checked the timetable twice. "Nobody trusts it any more," he said.'];
    expect(speakerOf(paras, 'Nobody trusts')).toBe('Tom Hale');
  });

  it('not when the clause names someone else too', () => {
    const paras = ['Our reporter Lena Moss spent the day at the depot.', 'She reports that driver Tom Hale checked the timetable with Ivo Lind on his phone. "Nobody trusts it any more," he told her.'];
    expect(speakerOf(paras, 'Nobody trusts')).toBeNull();
  });

  it('not when the reporter is of the credit\'s sex', () => {
    const paras = ['Our reporter Ivo Moss spent the day at the depot.', 'He says that driver Tom Hale checked the timetable on his phone. "Nobody trusts it any more," he said.'];
    expect(speakerOf(paras, 'Nobody trusts')).not.toBe('Tom Hale');
  });

  it('not when the clause tells the other sex', () => {
    const paras = ['Our reporter Lena Moss spent the day at the depot.', 'She reports that driver Kim Hale checked the timetable on her phone. "Nobody trusts it any more," he told her.'];
    expect(speakerOf(paras, 'Nobody trusts')).toBeNull();
  });
});
