import { expect, it } from 'vitest';
import { obituarySubject } from '../src/quotes/obituary-subject.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

const LEAD = 'Anton Belsky, a Polish diplomat who held three posts in Hanoi and often claimed that he had dined with both Dao Minh and Lai Van Tho, died on Sept. 3 in Gdansk. He was 88.';
const SAID = 'In a 1993 interview with a weekly magazine, he said Warsaw had "forgotten its friends in the South."';

it('reads "the veteran diplomat" of an obituary as its subject, the lead\'s "a Polish diplomat"', () => {
  expect(speakers([LEAD, `The veteran diplomat was less patient with the end of the old alliances. ${SAID}`]).get('forgotten its friends')).toBe('Anton Belsky');
  expect(speakers([LEAD, `The late diplomat was less patient with the end of the old alliances. ${SAID}`]).get('forgotten its friends')).toBe('Anton Belsky');
});

it('does not read a description with other words, or one the text gives someone else, as the obituary subject', () => {
  expect(speakers([LEAD, `The Vietnamese diplomat was less patient with the end of the old alliances. ${SAID}`]).get('forgotten its friends')).toBeNull();
  const others = [{ name: 'Jan Olek', words: ['jan', 'olek'], compact: 'janolek', role: 'a former diplomat', paragraph: 2, at: 10 }];
  expect(obituarySubject(LEAD, 'the veteran diplomat', 'diplomat', others)).toBeNull();
  expect(obituarySubject(LEAD, 'the veteran diplomat', 'diplomat', [])).toBe('Anton Belsky');
  expect(obituarySubject('Anton Belsky, a Polish diplomat, said on Monday that the talks would resume.', 'the veteran diplomat', 'diplomat', [])).toBeNull();
  expect(obituarySubject(LEAD, 'the veteran envoy', 'envoy', [])).toBeNull();
});
