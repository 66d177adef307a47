import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits a quote ending on a full stop to a sentence of nothing but a name and a reporting verb after it', () => {
  const got = speakers([
    'Mayor Jonas Brandt and the harbour engineer, Lena Holt, spoke at the pier on Monday.',
    '"Fishing will come back to this town." Brandt said. The crowd cheered.',
    '"The rails are older than any of us." said Lena Holt.',
  ]);
  expect(got.get('Fishing will come back to this town')).toBe('Jonas Brandt');
  expect(got.get('The rails are older than any of us')).toBe('Lena Holt');
});

it('does not take a sentence that says more for the credit of the quote before it', () => {
  const got = speakers([
    'Mayor Jonas Brandt and the harbour engineer, Lena Holt, spoke at the pier on Monday.',
    '"The pier is closed." Brandt said the repairs would take a year.',
    '"Nobody swims here." Holt said nothing about the beach.',
  ]);
  expect(got.get('The pier is closed') ?? null).toBeNull();
  expect(got.get('Nobody swims here') ?? null).toBeNull();
});
