import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { receivedMessage } from '../src/quotes/received-message.ts';

// Passages written for these tests (invented names and bodies): the words of a message someone received, quoted
// inside "received a reply saying ...", are its sender's, never the receiver's.
describe('a quote inside a received message\'s saying', () => {
  it('gives nobody the words of a reply whose sender is not named after "from"', () => {
    const paras = ['Pell Haskin told the parish meeting that he had written to the harbour board and had received a reply saying the question stood “closed for this year.” “That is a door shut in our faces,” he said.'];
    expect(speakerOf(paras, 'closed for this year')).toBeNull();
    expect(speakerOf(paras, 'That is a door shut')).toBe('Pell Haskin');
  });
  it('credits the sender named after "from"', () => {
    const paras = ['Dora Venn, a nurse in Skelby, said she got a letter from Marcus Trell saying the clinic would “stay open until spring.”'];
    expect(speakerOf(paras, 'stay open until spring')).toBe('Marcus Trell');
  });
  it('leaves the subject\'s own statement to the subject', () => {
    const paras = ['Ilse Marrow, the mayor of Skelby, issued a statement saying the town was “ready for the storm.”'];
    expect(speakerOf(paras, 'ready for the storm')).toBe('Ilse Marrow');
  });
  it('reads the receiving only when the message\'s saying closes on the quote', () => {
    expect(receivedMessage('He said he received a note saying the ferry was ')).toEqual({ sender: null, at: 11 });
    expect(receivedMessage('He said he received a note, and he called the ferry ')).toBeNull();
  });
});
