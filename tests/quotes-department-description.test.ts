import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "the department" as the government body just credited in the paragraph', () => {
  const got = speakers([
    'The Kessland Foreign Office said in a statement that it was "alarmed by reports" of new arms sales. The department said it would "keep talking" with its allies.',
  ]);
  expect(got.get('keep talking')).toMatch(/Kessland Foreign Office/u);
});

it('does not carry "the department" past a person credited between', () => {
  const got = speakers([
    'The Kessland Foreign Office said it was "alarmed by reports." Its spokeswoman, Mara Olsen, said talks were "under way." The department said it would "keep talking."',
  ]);
  expect(got.get('keep talking')).not.toMatch(/Kessland Foreign Office/u);
});
