import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not hand a bare quote after one person\'s reported words to the next person credited in the paragraph', () => {
  const got = speakers([
    'The dock manager, Sigrun Alve, said the cranes would be fixed. "They will lift by Monday." But fitter Halvor Brekk disagreed: "Not before the new cable comes."',
  ]);
  expect(got.get('They will lift by Monday')).not.toBe('Halvor Brekk');
  expect(got.get('Not before the new cable comes')).toBe('Halvor Brekk');
});

it('still gives a bare opening quote to the one the paragraph credits when no one else tells before it', () => {
  const got = speakers(['"The cranes are old." Dock manager Sigrun Alve said: "We need new ones by spring."']);
  expect(got.get('The cranes are old')).toBe('Sigrun Alve');
});
