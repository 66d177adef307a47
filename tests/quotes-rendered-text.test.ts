import { expect, it } from 'vitest';
import { renderedText } from '../src/quotes/rendered-text.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (w5): words a subject only gave out in a translation or transcript render another's speech; the one who
// posted them is not the speaker.

it('credits no one who only posted a translation or transcript', () => {
  const para = ['The envoy Marten Olsvik gave a long toast at the banquet in Tarrowby.', 'A blogger called Quill Renning posted the translation: "I drink to the bridge between our harbours."'];
  expect(speakerOf(para, 'I drink to the bridge')).not.toBe('Quill Renning');
  expect(speakerOf(['The clerk Edda Marrow shared a transcript of the call: "We cannot wait another winter."'], 'We cannot wait')).not.toBe('Edda Marrow');
});

it('keeps the subject’s own words beside a translation, and transcripts of their own speech', () => {
  expect(speakerOf(['The blogger Quill Renning posted the translation and wrote: "This is the real wording."'], 'This is the real wording')).toBe('Quill Renning');
  expect(speakerOf(['The blogger Quill Renning posted an update: "The toast was short."'], 'The toast was short')).toBe('Quill Renning');
  expect(renderedText('The mayor Ilse Vandermeer posted a transcript of her speech: ')).toBe(false);
  expect(renderedText('The mayor Ilse Vandermeer posted a transcript: ')).toBe(true);
});
