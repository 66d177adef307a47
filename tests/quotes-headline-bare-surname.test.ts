import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it("reads a headline's bare surname as no use the reader knows: the lede's possessive full name is who is meant", () => {
  const got = speakers([
    'Aide who built Marsh archive gets immunity.',
    "The Harbour Office has offered a deal to a former aide, who worked on Jane Marsh's private archive, as part of an inquiry.",
    "The official said the aide worked on Marsh's first campaign.",
    'Marsh later said sorry for the mix-up: "Yes, I should have kept two archives. I am sorry about it."',
    'Her lawyer, Tom Reed, who also has represented Governor Paul Marsh, declined to comment.',
  ]);
  expect(got.get('Yes, I should')).toBe('Jane Marsh');
});

it('still reads a first sentence with articles as a bare use the reader is taken to know', () => {
  const got = speakers([
    'Readers asked whether Marsh had really sailed the strait in a day.',
    "The story seems to come from Jane Marsh's crossing of the same strait in 1998.",
    'At the dinner, Marsh thanked the mayor for his "kind welcome".',
  ]);
  expect(got.get('kind welcome')).not.toBe('Jane Marsh');
});
