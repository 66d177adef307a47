// The session-34 speed gates of the quote build give the answers of the code they stand before: a label
// paragraph told by its last character that is no space, a first name's kin expression made once and used on
// other texts, a time word at a phrase's end told by its last letter, a first name's look-up asked once.
// (Invented sentences; the whole build is checked by `bench/quote-digest.ts` on the summit corpora.)
import { describe, expect, it } from 'vitest';
import { isKnownFirstName } from '../src/quotes/first-names.ts';
import { labelHeadPhrase } from '../src/quotes/heading-speaker.ts';
import { firstNameIntroducedAsKin } from '../src/quotes/relation-apart.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

describe('quote build speed gates', () => {
  it('reads a label paragraph whatever white space follows its colon, and no paragraph ending otherwise', () => {
    expect(labelHeadPhrase('VARGO, HARBOUR AUTHORITY CHAIR:')).toBe('Vargo');
    expect(labelHeadPhrase('VARGO, HARBOUR AUTHORITY CHAIR:  \n')).toBe('Vargo');
    expect(labelHeadPhrase('VARGO, HARBOUR AUTHORITY CHAIR: the ferries')).toBeNull();
    expect(labelHeadPhrase('   ')).toBeNull();
    expect(labelHeadPhrase('')).toBeNull();
  });

  it('finds a first name brought in as kin with one expression reused on other texts', () => {
    expect(firstNameIntroducedAsKin(['His wife, Marit, opened the hall.'], 1, 'Marit')).toBe('m');
    expect(firstNameIntroducedAsKin(['The mayor thanked Marit for the hall.'], 1, 'Marit')).toBeUndefined();
    expect(firstNameIntroducedAsKin(['Her sister Marit waved.'], 1, 'Marit')).toBe('f');
    expect(firstNameIntroducedAsKin(['Their son, Marit, waved.', 'His wife, Marit, left.'], 2, 'Marit')).toBeNull();
  });

  it('reads each possessive and word of kin in turn before the first name, as one expression would', () => {
    // (A lead before another name does not hide a later one before this name.)
    expect(firstNameIntroducedAsKin(['His brother Olaf and her late husband, Marit, left.'], 1, 'Marit')).toBe('f');
    expect(firstNameIntroducedAsKin(['His widower Marit spoke.'], 1, 'Marit')).toBe('m');
    expect(firstNameIntroducedAsKin(['HIS WIFE MARIT spoke, and Marit left.'], 1, 'Marit')).toBe('m');
    // (The name must end there: a longer word, or a hyphened one, is another name.)
    expect(firstNameIntroducedAsKin(['His wife Maritza spoke of Marit.'], 1, 'Marit')).toBeUndefined();
    expect(firstNameIntroducedAsKin(['His wife Marit-Ann spoke of Marit.'], 1, 'Marit')).toBeUndefined();
    // (Only the first `upTo` paragraphs.)
    expect(firstNameIntroducedAsKin(['Marit came.', 'His wife, Marit, left.'], 1, 'Marit')).toBeUndefined();
  });

  it('drops a time word ending a speaker phrase, and keeps a phrase that ends in none', () => {
    const plain = parseSpeakerPhrase('harbour master Ilse Vargo');
    expect(plain).toMatchObject({ type: 'name', name: 'Ilse Vargo' });
    expect(parseSpeakerPhrase('harbour master Ilse Vargo Tuesday')).toMatchObject({ type: 'name', name: 'Ilse Vargo' });
    expect(parseSpeakerPhrase('harbour master Ilse Vargo yesterday')).toMatchObject({ type: 'name', name: 'Ilse Vargo' });
    expect(parseSpeakerPhrase('harbour master Ilse Vargo tonight')).toMatchObject({ type: 'name', name: 'Ilse Vargo' });
    expect(parseSpeakerPhrase('harbour master Ilse Varton')).toMatchObject({ type: 'name', name: 'Ilse Varton' });
  });

  it('answers a first-name look-up the same when asked again', () => {
    expect(isKnownFirstName('Marit')).toBe(isKnownFirstName('Marit'));
    expect(isKnownFirstName('John')).toBe(true);
    expect(isKnownFirstName('John')).toBe(true);
    expect(isKnownFirstName('Xqzv')).toBe(false);
    expect(isKnownFirstName('Xqzv')).toBe(false);
  });
});
