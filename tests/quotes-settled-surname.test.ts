import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// News style settles a bare surname on one person (the one the text first calls so); a namesake brought in
// later in full is called again by full name, title or first name, and a later bare surname is still the first.

it('keeps a bare surname for the one already called so, over a kinsman named in full since', () => {
  const got = speakersByOpening([
    'RIVERTON -- Party leader Dorvan Mezek arrived in the capital on Tuesday for talks with the prime minister.',
    'Mezek, for his part, said the two parties would "stand together for the farmers."',
    'His father, Tobran Mezek, had made a similar journey by river boat in 1988.',
    '"Our friendship will last for generations," Mezek told reporters.',
  ]);
  expect(got.get('Our friendship will')).toBe('Dorvan Mezek');
});

it('reads the first bare use in the narration, beside a namesake its sentence names in full, as the other one', () => {
  const got = speakersByOpening([
    'ARNHOLT, May 2 (Wire) -- Party leader Sorin Vell probably asked the neighbours for help with a new port, officials said on Thursday.',
    'Trade Minister Aldo Vell, meanwhile, told a separate session that the government would "respond firmly" to any deal.',
    'Asked about the generals in Vell\'s delegation, Aldo Vell said it showed that "the army is the core of the agenda."',
    'The meeting, held in a border town, was the first between the two leaders since 2019. Vell said before the talks that his party would "always stand with its neighbours," according to state media.',
  ]);
  expect(got.get('always stand with')).toBe('Sorin Vell');
  expect(got.get('the army is')).toBe('Aldo Vell');
});

it('does not give a bare surname to the namesake its own sentence names in full after it', () => {
  const got = speakersByOpening([
    'Former Governor Tam Roske returned to the campaign trail on Monday for his wife.',
    'Roske praised the crowd and spoke of the state\'s history.',
    'Lena Roske, the nominee, joined him later on stage.',
    '"Nobody has run for this job better prepared than she is," Roske declared of Lena Roske, his words drowned by applause.',
  ]);
  expect(got.get('Nobody has run')).toBe('Tam Roske');
});

it('still gives a bare surname to a namesake who has just been the subject', () => {
  const got = speakersByOpening([
    'Senator Ilse Brandt opened her campaign on Monday. Brandt said the race would be close.',
    'Former Governor Otto Brandt, her husband, campaigned in the north on Tuesday.',
    'Otto Brandt spoke for an hour at a rally in the town square. "She is ready," Brandt said.',
  ]);
  expect(got.get('She is ready')).toBe('Otto Brandt');
});

it('still gives a bare surname to the namesake once the text has called them so', () => {
  const got = speakersByOpening([
    'Senator Ilse Brandt opened her campaign on Monday. Brandt said the race would be close.',
    'Former Governor Otto Brandt campaigned in the north on Tuesday. Brandt, who left office in 2009, drew a large crowd.',
    'The campaign said the rallies would go on all week.',
    'Voters lined the road for hours.',
    '"She is ready," Brandt said on Wednesday.',
  ]);
  expect(got.get('She is ready')).toBe('Otto Brandt');
});

it('gives a bare surname to the namesake the sentence before has just named as its subject, after a fronted phrase', () => {
  const got = speakersByOpening([
    'Former Governor Tam Roske returned to the campaign trail on Monday for his wife.',
    '"She is the best prepared of us all," Roske declared of Lena Roske, to applause.',
    'The former governor carries both renown and old grudges. On Sunday, at a fair in Dunmore, Lena Roske rebuffed a heckler. "You are very rude," Roske told the man.',
  ]);
  expect(got.get('You are very')).toBe('Lena Roske');
  expect(got.get('She is the')).toBe('Tam Roske');
});
