import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Texting and messaging someone are saying in writing: the sender speaks the words quoted after the verb.
it('reads "texted" and "messaged" as verbs of saying', () => {
  for (const verb of ['texted', 'messaged']) {
    const got = speakersByQuote([`Lena Park was at the market. Her brother ${verb} her, "Come home now."`]);
    expect(got.get('Come home now'), verb).toBe('Her brother');
  }
});

it('credits a quote inside a quote to the one who texted it', () => {
  const got = speakersByQuote(['"My mum texted me, \'Get out of the house now,\'" Lena Park recalled.']);
  expect(got.get('Get out of the house now')).toBe("Lena Park's mother");
});

it('credits the words a transcript turn says were texted to the sender, not the turn\'s speaker', () => {
  const got = speakersByQuote(['BERG: Thanks for listening.', 'PARK: My mum texted me during the match, "Is this the end?" and I wrote back, "No, Mum."']);
  expect(got.get('Is this the end?')).toBe('My mum');
  expect(got.get('No, Mum')).toBe('Park');
});
