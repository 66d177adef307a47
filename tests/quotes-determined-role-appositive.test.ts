import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "The Danish rower Jane Roe, 27, who ..., said ...": a role after "The", a people's adjective before it, then the
// name and an appositive: the name is the subject, there for the "he" or "she" of the quote after.
it('reads a name after "The", an adjective and a role, set off by an appositive, as the subject for the pronoun', () => {
  const got = speakers([
    'The Danish rower Mads Kjeldsen, 27, who won a silver medal in Hamburg a week after the storm, said the talk in the boathouse was all about the harbour. “Our rivals never once mentioned it,” he said.',
    'The veteran ferryman Ole Brask, a former pilot, said the quay would reopen. “We have waited long enough,” he said.',
  ]);
  expect(got.get('Our rivals never')).toBe('Mads Kjeldsen');
  expect(got.get('We have waited')).toBe('Ole Brask');
});

// A romanised East Asian name written family name first, with a hyphenated given name no first-name list holds.
it('reads a family-name-first name with a hyphenated given name after a role', () => {
  const got = speakers([
    'The Korean archer Seo Da-yun, 24, who trains in Gwangju, said the range had been closed for a week. “We practised in the car park,” she said.',
  ]);
  expect(got.get('We practised')).toBe('Seo Da-yun');
});

// "The Harbour Club elected NAME, the captain, ...": the lowercase word after "The" is a verb, not a role, so the
// club is the subject and the name is only its object; the "he" after is not read off the name by this rule.
it('reads no verb between "The" and a name as the role of an appositive subject', () => {
  const got = speakers([
    'The Harbour Club elected Tomas Vinter, the captain, to a second term, and confirmed its treasurers, Lise Brun and Per Vinter, in their posts.',
    '“We row together,” Vinter said.',
  ]);
  expect(got.get('We row together')).toBeFalsy();
});
