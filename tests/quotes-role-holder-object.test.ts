import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// "the report stated" after "One of the authors of that report, Lena Voss, ...": the report is the object of the
// role's preposition, not a role anyone holds, so the report's words are not hers.
it('does not give "the report stated" to a person named as one of its authors', () => {
  const got = speakersByStart([
    'Four years ago, the league published a review of its falling membership.',
    'One of the authors of that 2019 report, Lena Voss, said the new chairman would test its findings.',
    'In the last season, the league kept only half of its clubs.',
    '"The losses add to the pressure on every club," the report stated.',
  ]);
  expect(got.get('The losses add')).not.toBe('Lena Voss');
});

