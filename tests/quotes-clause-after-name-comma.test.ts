import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a name, a comma, then a description that opens a clause of its own with its
// verb ("According to NAME, the mayor told her:"), not a role set off for the name.
describe('"PHRASE NAME, the ROLE said:": the description is the subject of its own clause, not the name\'s role', () => {
  it('`According to NAME, the mayor told her: "..."` is not NAME\'s: the mayor is no role of hers', () => {
    const paras = ['According to Tessa Mulders, the mayor told her: "The park is finished."'];
    expect(speakerOf(paras, 'The park is finished')).not.toBe('Tessa Mulders');
  });
  it('`Unlike NAME, the mayor said: "..."` is not NAME\'s', () => {
    const paras = ['Unlike Tessa Mulders, the mayor said: "The park is finished."'];
    expect(speakerOf(paras, 'The park is finished')).not.toBe('Tessa Mulders');
  });
  it('`NAME, the mayor said, "..."`: the mayor speaks of NAME', () => {
    const paras = ['Tessa Mulders, the mayor said, "is finished in this town."'];
    expect(speakerOf(paras, 'is finished in this town')).not.toBe('Tessa Mulders');
  });
  it('a role closed by its comma stays the name\'s: `NAME, the mayor, said:`', () => {
    const paras = ['Tessa Mulders, the mayor, said: "The park is finished."'];
    expect(speakerOf(paras, 'The park is finished')).toBe('Tessa Mulders');
  });
  it('and a role with a clause of "who" in it: `NAME, the official who told reporters of it, said:`', () => {
    const paras = ['Jan Oort, the official who told reporters of the leak, said: "Yes."', '"No," the official said later.'];
    expect(speakerOf(paras, 'No')).toBe('Jan Oort');
  });
  it('`Dr NAME, the mayor, said:` stays the name\'s (a title is no phrase of its own)', () => {
    const paras = ['Dr Tessa Mulders, the mayor, said: "The park is finished."'];
    expect(speakerOf(paras, 'The park is finished')).toBe('Tessa Mulders');
  });
});
