import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Going on before a colon speaks for its own subject ("He continued: ..."), but inside a clause an earlier verb of
// saying reports, it tells what that clause's subject is doing: the reporter speaks (`reported-going-on.ts`).

it('gives the words after "said talks with the X were continuing:" to the one who said it, not to the X', () => {
  const s = speakerOf(['The harbour board chair, Ilka Brenner, said talks with the pilots were continuing: "We sit down again on Monday and I expect a settlement."'], 'We sit down again');
  expect(s).toBe('Ilka Brenner');
});

it('still gives "NAME paused, then continued:" to the one going on', () => {
  const s = speakerOf(['Ilka Brenner paused, then continued: "We sit down again on Monday."'], 'We sit down again');
  expect(s).toBe('Ilka Brenner');
});
