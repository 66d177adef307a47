import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and a podcast: numbered hosts' labels ("HOST 1:",
// "HOST 2:") and a played insert labelled by its kind in brackets ("[CLIP] NAME (via interpreter):").
const intro = [
  'HOST 1: Welcome back to Harbour Talk. I am Tessa Morrow.',
  'HOST 2: And I am Jon Reyes. It has been a long week at the port.',
  'GUEST: Thanks for having me.',
];

describe('a podcast\'s "[CLIP] NAME (via interpreter):" line', () => {
  it('the words wholly quoted are the voice the label names', () => {
    const paras = [...intro, 'HOST 2: This is the governor, through his interpreter, at the quay.', '[CLIP] PAVEL DORN (via interpreter): "We are glad to see you. This is our newest dock."'];
    expect(speakerOf(paras, 'We are glad to see you')).toBe('Pavel Dorn');
  });
});

describe('quotations inside a numbered host\'s turn ("HOST 2:")', () => {
  it('are read as prose is: "he said, and I am reading ..., \\"...\\"" is the man the turn is about', () => {
    const paras = [...intro, 'HOST 2: Governor Pavel Dorn met the harbour board on Monday. When a reporter asked him whether the dock would open, he said, and I am reading from the official transcript, "That is exactly the reason we are here."'];
    expect(speakerOf(paras, 'That is exactly the reason')).toBe('Pavel Dorn');
  });

  it('and "He told NAME that ... \\"...\\"" after the name in the sentence before', () => {
    const paras = [...intro, 'HOST 1: These are Pavel Dorn\'s own words, as the port office reported them. He told Jon Keel that the port would "always stand with Varn" in the talks.'];
    expect(speakerOf(paras, 'always stand with Varn')).toBe('Pavel Dorn');
  });
});

// (Session 55, invented people: each turn and the clip after a recording's position in brackets.)
describe('a podcast\'s "[00:01:52] [CLIP] NAME (interpreted):" line after a timestamp', () => {
  it('the words wholly quoted are the voice the label names, the stamp read away', () => {
    const paras = [
      'The host is Tessa Morrow. This week: Governor Pavel Dorn opens the new dock at Varn.',
      '[00:01:41] HOST: Let\'s play the moment everybody has been quoting. This is the governor at the quay.',
      '[00:01:52] [CLIP] PAVEL DORN (interpreted): "We are glad to see you. This is our newest dock."',
      '[00:02:10] HOST: So what does that actually mean?',
    ];
    expect(speakerOf(paras, 'We are glad to see you')).toBe('Pavel Dorn');
  });
});
