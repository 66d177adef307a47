import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isKnownFirstName } from '../src/quotes/first-names.ts';

// The name lists are read from a cache of their own (sorted, searched by halves): every name the package's
// lists hold, in any of its languages, must still be known, and a word none holds must not be.
describe('given-name lists read from their cache', () => {
  const require = createRequire(import.meta.url);
  const { getGender } = require('gender-detection-from-name') as { getGender(name: string, lang: string): string };

  it('knows a sample of every list the package holds, as the package does', () => {
    for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
      const names = [...(require(`gender-detection-from-name/names/${lang}`) as Map<string, string>).keys()].filter((_, i) => i % 97 === 0);
      for (const name of names) {
        const word = name.charAt(0).toUpperCase() + name.slice(1);
        expect(getGender(word, 'en')).not.toBe('unknown');
        expect(isKnownFirstName(word)).toBe(true);
      }
    }
  });

  it('does not know a made-up word neither source holds', () => {
    expect(getGender('Qzvrant', 'en')).toBe('unknown');
    expect(isKnownFirstName('Qzvrant')).toBe(false);
  });
});
