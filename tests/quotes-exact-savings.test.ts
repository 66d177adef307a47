/**
 * Speed savings of session 33 that must leave every answer as it was: the cheap tests put before the unicode
 * expressions read the same texts the expressions do, case folding included (under `iu`, "ſ" matches "s").
 */
import { describe, expect, it } from 'vitest';
import { isPartial, isSpeechVerb } from '../src/quotes/attribution.ts';
import { correctedSpeaker } from '../src/quotes/correction-note.ts';
import { middleSurnameHolders } from '../src/quotes/double-surname.ts';
import { documentRelative } from '../src/quotes/document-relative.ts';
import { passiveAgent } from '../src/quotes/passive-agent.ts';

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

  it('middleSurnameHolders answers each paragraph as far as asked, in any order of questions (session 36)', () => {
    const paragraphs = ['Lucas Ferreira Gomes spoke first.', 'Then Maria Ferreira Lopes spoke.', 'Ferreira said no.', 'Pedro Ferreira Dias agreed.'];
    const fresh = (p: number): string[] => middleSurnameHolders([...paragraphs], 'Ferreira', p);
    const shared = [...paragraphs];
    for (const p of [2, 0, 3, 1, 3, 0]) expect(middleSurnameHolders(shared, 'Ferreira', p)).toEqual(fresh(p));
    expect(fresh(0)).toEqual(['Lucas Ferreira Gomes']);
    expect(fresh(3)).toHaveLength(3);
  });

  it('documentRelative still reads the document before a clause mark and "which" after it (session 36)', () => {
    expect(documentRelative('Vos answered the e-mail from Ana Kask, which called the plan ')?.owner).toBe('Ana Kask');
    expect(documentRelative("Vos answered Kask's press release, which described it as ")?.owner).toBe('Kask');
    expect(documentRelative('Vos said that the plan, which he backed, was ')).toBeNull();
    expect(passiveAgent('Dahl was praised by Olsen as ')?.agent).toBe('Olsen');
  });
});
