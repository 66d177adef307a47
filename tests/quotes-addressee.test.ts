import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { addresseePhrase } from '../src/quotes/addressee-phrase.ts';

// Passages written for these tests: the one spoken to ("speaking to Fox News", "who spoke to Reuters") stands
// nearest the reporting verb, but the noun phrase before the clause of speaking is the speaker.
describe('the one spoken to is not the speaker', () => {
  it('"Another source speaking to the Harbour Gazette said ..." is the source\'s, not the paper\'s', () => {
    const paras = ['Inspectors are looking at the port accounts. Another source speaking to the Harbour Gazette said, “The inspectors are reading every ledger.”'];
    expect(speakerOf(paras, 'every ledger')).toBe('another source');
  });
  it('"A dock worker who spoke to Reuters said ..." is the worker\'s', () => {
    const paras = ['The strike went on for a third day. A dock worker who spoke to Reuters said, “We will stay out until they listen.”'];
    expect(speakerOf(paras, 'until they listen')).toBe('a dock worker');
  });
  it('"An aide writing to The Coastal Times said ..." is the aide\'s', () => {
    const paras = ['The mayor stayed away from the meeting. An aide writing to The Coastal Times said that “the mayor has nothing to hide.”'];
    expect(speakerOf(paras, 'nothing to hide')).toBe('an aide');
  });
  it('a name set off before "speaking to reporters" still speaks', () => {
    const paras = ['Mara Lind, speaking to reporters, said, “We will not give an inch.”'];
    expect(speakerOf(paras, 'give an inch')).toBe('Mara Lind');
  });
});

// Passages written for these tests: the one who obtained or reviewed a document does not speak its words.
describe('the holder of a document is not its speaker', () => {
  it('"A letter from the Harbour Board obtained by The Coastal Wire warns ..." is not the agency\'s', () => {
    const paras = ['A March 3 letter from the Harbour Board obtained by The Coastal Wire warns that “all further comment will come from counsel.”'];
    expect(speakerOf(paras, 'come from counsel')).not.toBe('The Coastal Wire');
    expect(speakerOf(paras, 'come from counsel')).not.toBeNull();
  });
  it('"A memo reviewed by the Post says ..." is not the paper\'s', () => {
    const paras = ['A memo reviewed by the Post says the plan is “dead on arrival.”'];
    expect(speakerOf(paras, 'dead on arrival')).not.toBe('the Post');
  });
});

describe('addresseePhrase', () => {
  it('reads the phrase before a participle of speaking', () => {
    const text = 'Another source speaking to Fox News said';
    expect(addresseePhrase(text, text.indexOf('Fox'), 'Fox News')).toEqual({ owner: 'Another source' });
  });
  it('reads the phrase before a relative clause of speaking', () => {
    const text = 'A woman who spoke to Reuters said';
    expect(addresseePhrase(text, text.indexOf('Reuters'), 'Reuters')).toEqual({ owner: 'A woman' });
  });
  it('is null after "according to", which credits a source', () => {
    const text = 'the mayor said, according to Reuters';
    expect(addresseePhrase(text, text.indexOf('Reuters'), 'Reuters')).toBeNull();
  });
  it('is null for a phrase after no clause of speaking', () => {
    const text = 'Jane Roe said';
    expect(addresseePhrase(text, 0, 'Jane Roe')).toBeNull();
  });
});
