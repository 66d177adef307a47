import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

const LEAD = 'Anton Belsky, a Polish diplomat who held three posts in Hanoi and often claimed that he had dined with both Dao Minh and Lai Van Tho, retired on Sept. 3 in Gdansk. He was 88.';
const SAID = '"The son is walking the path his father cut," he told a local radio station.';

it('reads a titled name after a short phrase of time with no comma as the subject, for the "he" after it', () => {
  expect(speakers([LEAD, `In his last years Mr. Belsky followed the talks closely. ${SAID}`]).get('The son is')).toBe('Anton Belsky');
  expect(speakers([LEAD, `In later years Mr. Belsky followed the talks closely. ${SAID}`]).get('The son is')).toBe('Anton Belsky');
});

it('does not when the phrase takes the name as its object, or two people bear the surname', () => {
  expect(speakers([LEAD, `In a letter to Mr. Belsky the minister praised his work. ${SAID}`]).get('The son is')).toBeNull();
  expect(speakers([LEAD, 'His brother, Piotr Belsky, a retired sailor, said the pair had quarrelled for years. "I trusted the sea," Piotr Belsky said.', `In his last years Mr. Belsky followed the talks closely. ${SAID}`]).get('The son is')).not.toBe('Piotr Belsky');
});

it('reads "the owner, NAME," after a phrase of place with no comma as the subject, for the "she" after it', () => {
  const said = '"Nobody came," she said.';
  expect(speakers([`By nightfall the barriers were down. At the Mira cafe on Harbour Street the owner, Vera Petrovna Kalina, was counting the losses. ${said}`]).get('Nobody came')).toBe('Vera Petrovna Kalina');
  expect(speakers([`By nightfall the barriers were down. At the Mira cafe the owner, Vera Kalina, counts the losses. ${said}`]).get('Nobody came')).toBe('Vera Kalina');
  // (A phrase whose words take someone as object leaves the name to that noun: no subject is read.)
  expect(speakers([`By nightfall the barriers were down. At a meeting with the owner, Vera Kalina, was the mayor. ${said}`]).get('Nobody came')).toBeNull();
});
