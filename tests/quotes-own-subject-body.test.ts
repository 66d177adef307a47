import { expect, it } from 'vitest';
import { otherBodyOpens } from '../src/quotes/own-subject-body.ts';
import { speakerOf } from './helpers/quotes.ts';

it('does not send an "it" back past the body its own sentence opens with', () => {
  const paragraphs = [
    'The Norwegian Ministry of Fisheries affirmed in a communiqué that any change "would break the treaty." A trade source indicated that Oslo "follows with attention" the talks, while a naval officer assured that Oslo has "signs" of it. "We rule out nothing," the naval officer specified.',
    'In Reykjavik, the Ministry of Industries, Energy and Innovation manifested in a note its "deep unease" for what it described as a "unilateral grab". The spokeswoman, Ann Berg, declared: "We will act."',
  ];
  expect(speakerOf(paragraphs, 'break the')).toBe('the Norwegian Ministry of Fisheries');
  expect(speakerOf(paragraphs, 'unilateral grab')).not.toBe('the Norwegian Ministry of Fisheries');
});

it('reads the body a sentence opens with, after a fronted place, and lets the same body pass', () => {
  expect(otherBodyOpens('In Oslo, the Ministry of Trade welcomed what ', ['the Fisheries Directorate'])).toBe(true);
  expect(otherBodyOpens('The Ministry of Trade welcomed what ', ['the Ministry of Trade'])).toBe(false);
  expect(otherBodyOpens('Later the talks moved to what ', ['the Ministry of Trade'])).toBe(false);
});
