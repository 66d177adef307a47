/**
 * Speed savings of session 33 that must leave every answer as it was: the cheap tests put before the unicode
 * expressions read the same texts the expressions do, case folding included (under `iu`, "ſ" matches "s").
 */
import { describe, expect, it } from 'vitest';
import { isPartial, isSpeechVerb } from '../src/quotes/attribution.ts';
import { correctedSpeaker } from '../src/quotes/correction-note.ts';
import { middleSurnameHolders } from '../src/quotes/double-surname.ts';

describe('exact savings', () => {
  it('isSpeechVerb reads any case, and "ſ" as "s", as its expression does', () => {
    for (const w of ['said', 'Said', 'SAID', 'ſaid', 'warned', 'Tweeted']) expect(isSpeechVerb(w)).toBe(true);
    for (const w of ['sai', 'saidx', 'said ', ' said', 'sa-id', '', 'señor']) expect(isSpeechVerb(w)).toBe(false);
  });

  it('correctedSpeaker still reads a correction whatever the case of its verb', () => {
    const sentence = 'An earlier version WRONGLY ASCRIBED the phrase "___" to a Danish minister; it was in fact said by a Finnish envoy.';
    expect(correctedSpeaker(sentence, null)).toBe('a Finnish envoy');
    expect(correctedSpeaker(sentence.replace('ASCRIBED', 'aſcribed'), null)).toBe('a Finnish envoy');
    expect(correctedSpeaker('The minister spoke at length about the harbour.', null)).toBeNull();
  });

  it('isPartial reads the last word before the quote over any run of spaces and a comma', () => {
    expect(isPartial('The harbour master said,   ', 'we will open the gates tomorrow', false)).toBe(false);
    expect(isPartial('The harbour master called the plan', 'a costly and needless mistake', false)).toBe(true);
    expect(isPartial('Olsen added', 'we are ready now', false)).toBe(false);
    expect(isPartial('It was, he said, a', 'plain mistake', false)).toBe(true);
  });

  it('middleSurnameHolders finds the three-word name only with spaces around the word', () => {
    const paragraphs = ['The mayor, Javier Castaño Ibarra, opened the bridge.', 'Castaño said the work was done.'];
    expect(middleSurnameHolders(paragraphs, 'Castaño', 1)).toEqual(['Javier Castaño Ibarra']);
    expect(middleSurnameHolders(['The mayor, Javier-Castaño Ibarra, opened it.'], 'Castaño', 0)).toEqual([]);
  });
});
