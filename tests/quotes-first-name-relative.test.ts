import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// News style calls a relative who shares the subject's surname by first name ("Danny") and keeps the bare
// surname ("Mr. Varn") for the subject: once the text has done so, a full name of the relative in passing does
// not make the next "Mr. Varn said" his.
it('keeps "Mr. <surname>" for the one so called, not the brother the text calls by first name', () => {
  const got = speakersByOpening([
    'Walter P. Varn, whose bid leans on an image of triumph, rarely mentions his brother Danny, who died young.',
    'One evening in 1971, Mr. Varn met his older brother, Danny, for dinner in a flat their father owned.',
    'As Danny, a jolly ferry captain, bantered with a pal at the bar, his little brother grew restless.',
    '"Walter put Danny down quite a bit," said Mara Pell, then the girlfriend of Danny\'s best friend.',
    'In a telephone interview, Mr. Varn said he had seen in his brother how poor decisions pull people under.',
    'But the sad case of Danny Varn, eight years older and once the heir to the firm, also shows the cost of not fitting in.',
    'Danny, as friends called him, "was stuck in the middle, and he never really loved the work," Mr. Varn said.',
    'Asked whether the firm had driven his brother to drink, Mr. Varn said: "I hope not."',
  ]);
  expect(got.get('was stuck in')).toBe('Walter P. Varn');
  expect(got.get('I hope not.')).toBe('Walter P. Varn');
});

it('still gives a bare surname to the relative when the text has called him by it', () => {
  const got = speakersByOpening([
    'Mr. Varn spoke first. His brother, Danny Varn, a pilot, came later; Danny waved to the crowd.',
    'Danny Varn took the microphone. "We built this town," Varn said.',
  ]);
  expect(got.get('We built this')).toBe('Danny Varn');
});
