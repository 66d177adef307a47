import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "asked" with the questions themselves as its quoted object
// ("the visitors asked "many questions"") reports none of the askers' words; whoever tells it speaks.

describe('asked "... questions ..."', () => {
  it('the teller, not the ones who asked, speaks the words that describe the questions', () => {
    const text = ['The harbour master, Harriet Quill, told local radio that the visiting trade mission had asked "plenty of sharp questions about the dredging."'];
    expect(speakerOf(text, 'plenty of sharp questions')).toBe('Harriet Quill');
  });

  it('a body asking "tough questions" in what a named person says is not credited', () => {
    const text = ['Anna Vell told reporters that the committee had asked "tough questions" about the ferry budget.'];
    expect(speakerOf(text, 'tough questions')).toBe('Anna Vell');
  });

  it('a question asked is still the asker\'s ("asked "whether ...""), as before', () => {
    const text = ['The inspectors asked "whether the cranes were insured at all," according to the minutes.'];
    expect(speakerOf(text, 'whether the cranes')).not.toBe('Anna Vell');
    const asked = ['Gerald Moss asked "why the cranes were idle."'];
    expect(speakerOf(asked, 'why the cranes')).toBe('Gerald Moss');
  });
});
