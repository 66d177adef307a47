import { expect, it } from 'vitest';
import { introducedInterviewee } from '../src/quotes/interviewee.ts';
import { speakerOf } from './helpers/quotes.ts';

// A trade weekly's short Q&A inside a longer piece: the introduction says whom the questions were put to, and
// each answer stands under a bare "A:" wholly in quotation marks.
const qa = [
  'Harbour freight rose again in May, the port said on Monday.',
  'The Dock Weekly put three questions to Mara Olsen, a former port engineer who now advises shipping firms in Vesterby.',
  'Q: The port says demand is strong. What does that tell you?',
  'A: "It tells you they are selling. Every port says the ships are coming."',
  'Q: Can the port double its traffic?',
  'A: "Double is the key word. They can build berths. Whether ships come is another matter."',
];

it('reads "put three questions to NAME" as the introduction of the one interviewed', () => {
  expect(introducedInterviewee(qa.slice(0, 2))).toBe('Mara Olsen');
  expect(introducedInterviewee(['The Dock Weekly put a few questions to Mara Olsen and Ivo Brandt.'])).toBeNull();
});

it('gives each answer wholly in quotation marks under "A:" to the one interviewed', () => {
  expect(speakerOf(qa, 'It tells you')).toBe('Mara Olsen');
  expect(speakerOf(qa, 'Double is the key word')).toBe('Mara Olsen');
});

it('leaves the answers to no one when the introduction names no one interviewed', () => {
  expect(speakerOf([qa[0]!, ...qa.slice(2)], 'It tells you')).toBeNull();
});
