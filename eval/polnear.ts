/**
 * Reading PolNeAR (networkdynamics/PolNeAR: US political news of 2016 with hand-annotated attributions) into
 * articles and gold direct quotes. The data is read from where the user put it and never copied into the
 * repository (its licence is not stated).
 *
 * A gold direct quote is a span in quotation marks inside the Content of an annotated attribution; its gold
 * speaker is the attribution's Source. A source that is a pronoun or a description is resolved to the proper
 * name its CoreNLP coreference chain (shipped with PolNeAR, made by a machine) gives before it, when there is
 * one; otherwise it stays a description. A name source is kept as written (the span widened to whole words):
 * `samePerson` reads a bare surname as the article does, not as the machine's chain joins it. Each pronoun or
 * description source is also read from the attributions themselves (`GoldQuote.read`, `antecedent.ts`), for the
 * row that judges by that reading instead of the chain.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstNameGender } from '../src/quotes/first-names.ts';
import { lexTags } from '../src/quotes/names.ts';
import { isKindOf } from '../src/text/wordnet.ts';
import { nameSex, readSources, type SourceSpan } from './antecedent.ts';
import { bareName, decodeMojibake, isJunkName, LEADING_TITLES, sameFirstName } from './same-person.ts';

/** One article of a split: its text, cut into paragraphs with their offsets. */
export interface PolnearArticle {
  id: string;
  text: string;
  paragraphs: { start: number; text: string }[];
  gold: GoldQuote[];
  /** Capitalised runs of two words or more, with their offsets: the names the text gives in full. */
  fullNames: { at: number; words: string[] }[];
}

/** A quotation the annotators credited to a source. */
export interface GoldQuote {
  open: number;
  close: number;
  source: string;
  sourceStart: number;
  /** "name": the source holds a proper noun; "other": a pronoun or a description. */
  sourceKind: 'name' | 'other';
  /** The name the source stands for (itself for names; the coreference antecedent for the others), or null. */
  resolved: string | null;
  /**
   * Where `resolved` comes from: the source itself (a name), its coreference chain, or, for a pronoun the
   * chains leave open, the last source named before it (the measure's own guess, not the gold's).
   */
  resolvedBy?: 'source' | 'chain' | 'last source';
  /**
   * For a name source that reads as a description ("the Vermont senator": a proper word inside it), the name
   * its coreference chain gives before it, as a pronoun's or a description's is found; absent otherwise.
   */
  chained?: string;
  /**
   * For a pronoun or description source, who it stands for as the annotated attributions read it (see
   * `readSources` in `antecedent.ts`: the nearest earlier Source of its gender for "he", the named Source the
   * text titles so for "the governor"): a name, an unnamed speaker's description, or null; absent for names.
   */
  read?: { name: string } | { description: string } | null;
}

/**
 * Whether a source the tagger files as a name reads as a description: a determiner opens it and its head (the
 * words before a comma or a preposition) ends in a lowercase noun ("The Vermont senator", "a senior Roe
 * adviser", "the campaign of the former mayor") and it gives no name after it, so it is judged as descriptions
 * are as well.
 */
export function describedName(source: string): boolean {
  // (One that gives the name after it, "the harbour spokesman, Ivo Tamm,", is that name.)
  const s = headName(source).trim();
  if (!/^(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s/u.test(s)) return false;
  const head = s.split(/,|\s(?:of|from|in|at|for|to|with|on|who|which|that)\s/u)[0]!.trim().split(/\s+/u);
  return head.length >= 2 && /^[\p{Ll}]/u.test(head[head.length - 1]!);
}

interface Span {
  type: string;
  ranges: [number, number][];
  text: string;
}

/** The articles of one split (`train`, `dev` or `test`) under `root` (the repository's `data` folder or a copy of it). */
export function readSplit(root: string, split: string): PolnearArticle[] {
  const base = existsSync(join(root, split)) ? join(root, split) : join(root, 'data', split);
  const textDir = join(base, 'text');
  if (!existsSync(textDir)) throw new Error(`eval: no PolNeAR split "${split}" under ${root} (looked for ${textDir})`);
  const annFiles = readdirSync(join(base, 'attributions')).sort();
  const out: PolnearArticle[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const id = file.slice(0, -4);
    // Some articles were annotated by several annotators: the first annotation file (in name order) is used.
    const ann = annFiles.find((a) => a.startsWith(`${id}_`) && a.endsWith('.ann'));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const xmlPath = join(base, 'corenlp', `${file}.xml`);
    const xml = existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : null;
    out.push(readArticle(id, text, readFileSync(join(base, 'attributions', ann), 'utf8'), xml));
  }
  return out;
}

function readArticle(id: string, text: string, ann: string, xml: string | null): PolnearArticle {
  const paragraphs: { start: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/gu;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) paragraphs.push({ start: m.index + lead, text: t });
  }
  const spans = new Map<string, Span>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/u.test(cols[0] ?? '') && cols[1]) {
      const [type, ...rest] = cols[1].split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      spans.set(cols[0]!, { type: type!, ranges, text: cols[2] ?? '' });
    } else if (/^E\d+$/u.test(cols[0] ?? '') && cols[1]) {
      const rel: Record<string, string> = {};
      for (const part of cols[1].split(' ')) {
        const [role, ref] = part.split(':');
        if (role && ref) rel[role.replace(/\d+$/u, '')] = ref;
      }
      relations.push(rel);
    }
  }
  const nlp = xml ? readCoreNlp(xml) : null;
  const marks = quoteMarks(text);
  const gold: GoldQuote[] = [];
  const seen = new Set<number>();
  for (const rel of relations) {
    const content = rel.Content ? spans.get(rel.Content) : undefined;
    const source = rel.Source ? spans.get(rel.Source) : undefined;
    if (!content || !source) continue;
    const [ss, se] = wholeWords(text, source.ranges[0]!);
    const sourceText = text.slice(ss, se);
    const proper = nlp ? nlp.tokens.some((t) => t.begin >= ss && t.end <= se && /^NNPS?$/u.test(t.pos)) : /(?:^|\s)[\p{Lu}]/u.test(sourceText.replace(/^(?:The|A|An|He|She|They|It|We|I)\b/u, ''));
    const kind: GoldQuote['sourceKind'] = proper ? 'name' : 'other';
    const resolved = kind === 'name' ? headName(sourceText) : nlp ? antecedentName(nlp, ss, se, marks) : null;
    const chained = kind === 'name' && describedName(sourceText) && nlp ? antecedentName(nlp, ss, se, marks) : null;
    // A bare surname ("Cruz", "Mr. Obama") is left as written: `samePerson` reads it as the article does (see
    // `expandName`). The machine's coreference chain is not asked: it joins namesakes ("Murphy" to a victim
    // named Anne Marie Murphy, "Sanders" to Jane Sanders) and gives placeholders ("X Sexton").
    for (const [open, close] of marks) {
      if (seen.has(open)) continue;
      if (!content.ranges.some(([cs, ce]) => open >= cs - 1 && close <= ce + 1)) continue;
      seen.add(open);
      gold.push({ open, close, source: sourceText, sourceStart: ss, sourceKind: kind, resolved, resolvedBy: kind === 'name' ? 'source' : 'chain', ...(chained ? { chained } : {}) });
    }
  }
  gold.sort((a, b) => a.open - b.open);
  // Every Source of the article, quoted or not, read as a reader of news reads it (`readSources`).
  const sourceSpans = new Map<number, SourceSpan>();
  for (const rel of relations) {
    const source = rel.Source ? spans.get(rel.Source) : undefined;
    if (!source) continue;
    const [ss, se] = wholeWords(text, source.ranges[0]!);
    const toks = nlp ? nlp.tokens.filter((t) => t.begin >= ss && t.end <= se) : [];
    const sourceText = text.slice(ss, se);
    const proper = nlp ? toks.some((t) => /^NNPS?$/u.test(t.pos)) : /(?:^|\s)[\p{Lu}]/u.test(sourceText.replace(/^(?:The|A|An|He|She|They|It|We|I)\b/u, ''));
    const ner = toks.some((t) => t.ner === 'PERSON') ? 'person' : toks.some((t) => t.ner === 'ORGANIZATION') ? 'org' : null;
    const person = personRun(toks);
    sourceSpans.set(ss, { start: ss, end: se, text: sourceText, proper, ner, ...(person ? { person } : {}) });
  }
  const article: PolnearArticle = { id, text, paragraphs, gold, fullNames: nlp ? personNames(nlp, text) : capitalisedRuns(text) };
  const subjects = nlp ? sentenceSubjects(nlp, marks, article.fullNames) : [];
  const readings = readSources(text, [...sourceSpans.values(), ...subjects], marks, {
    headName,
    sexOf: (name, at) => nameSex(name) ?? (nameKey(name).length === 1 ? nameSex(expandName(article, name, at).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')) : null),
    knownSurname: (word) => article.fullNames.some((f) => f.words.length >= 2 && f.words[f.words.length - 1] === nameKey(word)[0]),
    chainName: nlp ? (s0, e0) => antecedentName(nlp, s0, e0, marks) : undefined,
    personNoun: (noun) => isKindOf(noun, 'person', 10, 3),
  }, describedName);
  for (const g of gold) if (g.sourceKind === 'other') g.read = readings.get(g.sourceStart) ?? null;
  // A pronoun the coreference chains leave open stands for the last source named before it ("he" and "she" for
  // the last one whose title or first name, or the first name the article gives the surname, is not of the
  // other sex).
  const lastSources: GoldQuote[] = [];
  for (const g of gold) {
    if (g.resolved || !/^(?:he|she|they|it|i|we)$/iu.test(g.source.trim())) continue;
    lastSources.push(g);
  }
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  for (const g of lastSources) {
    const p = g.source.trim();
    const fits = (name: string): boolean => !genderClash(p, name) && !genderClash(p, expandName(article, name, g.open).map(cap).join(' '));
    const named = gold.filter((o) => o.sourceKind === 'name' && o.sourceStart < g.sourceStart && o.resolved !== null && fits(o.resolved)).sort((a, b) => a.sourceStart - b.sourceStart);
    g.resolved = named[named.length - 1]?.resolved ?? null;
    g.resolvedBy = 'last source';
  }
  return article;
}

/** Runs of tokens CoreNLP tags PERSON, two words or more: the people the text names in full. */
function personNames(nlp: CoreNlp, text: string): PolnearArticle['fullNames'] {
  const fullNames: PolnearArticle['fullNames'] = [];
  let run: CoreNlp['tokens'] = [];
  for (const t of [...nlp.tokens, null]) {
    if (t && t.ner === 'PERSON' && (run.length === 0 || t.begin - run[run.length - 1]!.end <= 1)) run.push(t);
    else {
      if (run.length >= 2) fullNames.push({ at: run[0]!.begin, words: nameKey(text.slice(run[0]!.begin, run[run.length - 1]!.end)) });
      run = t && t.ner === 'PERSON' ? [t] : [];
    }
  }
  return fullNames;
}

/** Without the tagger: capitalised runs of two words or more. */
function capitalisedRuns(text: string): PolnearArticle['fullNames'] {
  return [...text.matchAll(/[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*)+/gu)].map((m) => ({ at: m.index, words: nameKey(m[0]) }));
}

/** The words of a span the tagger marks PERSON, in their longest run, or null. */
function personRun(toks: CoreNlp['tokens']): string | null {
  let best: string[] = [];
  let run: string[] = [];
  for (const t of toks) {
    if (t.ner === 'PERSON') run.push(t.word);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  return best.length ? best.join(' ') : null;
}

/**
 * Speakers a pronoun may continue though no attribution marks them, outside quotation marks: the person named at
 * the head of a sentence ("But Mr. Roe disagreed.", "Jo Marsh, 34, a nurse, ..."), and the person named next to a
 * verb of saying ('..." said Jo Marsh', "Marsh told", and the one a question is put to: "a reporter asked Marsh").
 */
function sentenceSubjects(nlp: CoreNlp, marks: readonly [number, number][], fullNames: PolnearArticle['fullNames'] = []): SourceSpan[] {
  const out: SourceSpan[] = [];
  // A lone capitalised word that is the surname of someone the text named in full before it is that person,
  // though the tagger left it untagged or called it a firm ("Trump/ORGANIZATION launched into ..."); not a place
  // ("Delaware", after a headline the tagger read as a name, "Roe Wins Delaware").
  const surnameBefore = (t: CoreNlp['tokens'][number]): boolean =>
    /^NNP$/u.test(t.pos) && t.ner !== 'LOCATION' && fullNames.some((f) => f.at < t.begin && f.words.length >= 2 && f.words[f.words.length - 1] === nameKey(t.word)[0]);
  const personAt = (sent: CoreNlp['sentences'][number], k: number): boolean => {
    const t = sent[k];
    if (!t) return false;
    if (t.ner === 'PERSON') return true;
    // (Standing alone, not the first word of a longer proper name: "Trump Tower", "Olsen Group".)
    return surnameBefore(t) && !/^NNPS?$/u.test(sent[k + 1]?.pos ?? '') && !/^NNPS?$/u.test(sent[k - 1]?.pos ?? '');
  };
  for (const sent of nlp.sentences) {
    // The first person named before the sentence's first finite verb, within its opening words ("On Friday, the
    // harbour's pilot Ivo Tamm ..."; "Speaking in Oslo, Tamm ...").
    // (Not inside a clause of its own: "Asked whether Olsen would run, he said".) A name owning something
    // ("Olsen's wife, Mara, ...") is passed over for the one after it.
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < Math.min(sent.length, 16) && !personAt(sent, i) && !(i > 0 && /^(?:VBD|VBZ|VBP|MD)$/u.test(sent[i]!.pos)) && !/^(?:that|whether|if|when|who|which|because|while|as)$/iu.test(sent[i]!.word)) i++;
      if (i < sent.length && !personAt(sent, i) && /^(?:whether|if|when|because|while|as)$/iu.test(sent[i]!.word) && (i === 0 || (i <= 2 && /^VB[NG]$/u.test(sent[0]!.pos)))) {
        // A fronted clause opening the sentence, or after the participle opening it ("Asked whether he would run,
        // Olsen demurred."; "When the vote came, Olsen left."): the person named right after the comma closing it,
        // before a finite verb, is the sentence's subject. ("In that sense, ..." opens on no clause.)
        let c = i + 1;
        while (c < sent.length && sent[c]!.word !== ',' && !/^(?:''|``|:|;)$/u.test(sent[c]!.word)) c++;
        let a = c + 1;
        while (a < sent.length && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(sent[a]!.word)) a++;
        let b = a;
        while (b < sent.length && personAt(sent, b)) b++;
        if (sent[c]?.word === ',' && b > a && /^(?:VBD|VBZ|VBP|MD)$/u.test(sent[b]?.pos ?? '')) [i, j] = [a, b];
        break;
      }
      if (i >= sent.length || !personAt(sent, i)) break;
      j = i;
      while (j < sent.length && personAt(sent, j)) j++;
      if (sent[j]?.pos !== 'POS') break;
      i = j + 1;
    }
    if (i >= sent.length || !personAt(sent, i) || sent.slice(0, i).some((t) => /^(?:''|``)$/u.test(t.word))) continue;
    const begin = sent[i]!.begin;
    const end = sent[j - 1]!.end;
    if (marks.some(([o, c]) => begin > o && end <= c)) continue;
    // (Titles before the name are kept for the name's sex: "Mrs. Olsen".)
    let t0 = i;
    while (t0 > 0 && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(sent[t0 - 1]!.word)) t0--;
    out.push({ start: sent[t0]!.begin, end, text: sent.slice(t0, j).map((t) => t.word).join(' '), proper: true, ner: 'person', person: sent.slice(t0, j).map((t) => t.word).join(' '), subject: true });
  }
  // A person named next to a verb of saying ("said Ivo Tamm", "Ivo Tamm told"): a speaker whether or not the
  // annotators marked the attribution.
  for (const sent of nlp.sentences) {
    for (let k = 0; k < sent.length; k++) {
      if (!SPEECH_VERB.test(sent[k]!.word)) continue;
      let a = k + 1;
      while (a < sent.length && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(sent[a]!.word)) a++;
      let b = a;
      while (b < sent.length && sent[b]!.ner === 'PERSON') b++;
      let c = k;
      while (c > 0 && sent[c - 1]!.ner === 'PERSON') c--;
      // (After the verb, only a name that ends its clause: "said Ivo Tamm, a pilot", not "said Tamm had erred".)
      // And only after a quotation or a comma: '..." said Ivo Tamm', not 'he said Tamm' nor 'told Tamm'.
      const inverted = k > 0 && /^(?:''|,|``)$/u.test(sent[k - 1]!.word) && !/^(?:told|tells|asked|asks)$/u.test(sent[k]!.word);
      const ends = inverted && b > a && (b >= sent.length || /^(?:,|\.|''|``|-RRB-|:|;)$/u.test(sent[b]!.word));
      // The one asked ("a reporter asked Ivo Tamm whether ...") is who answers next: named after the asker.
      const asked = /^(?:asked|asks)$/u.test(sent[k]!.word) && b > a;
      const [i0, j0] = ends || asked ? [a, b] : c < k ? [c, k] : [0, 0];
      if (j0 <= i0 || sent[j0]?.pos === 'POS') continue;
      const begin = sent[i0]!.begin;
      const end = sent[j0 - 1]!.end;
      if (marks.some(([o, cl]) => begin > o && end <= cl)) continue;
      const words = sent.slice(i0, j0);
      out.push({ start: begin, end, text: words.map((t) => t.word).join(' '), proper: true, ner: 'person', person: words.filter((t) => t.ner === 'PERSON').map((t) => t.word).join(' '), subject: true, verbAt: sent[k]!.begin });
    }
  }
  return out;
}

const SPEECH_VERB = /^(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|recalled|argued|noted|insisted|tweeted|replied|responded|acknowledged|admitted|warned)$/u;

/**
 * Quotation spans of the text, `[open mark, close mark]`, by a reader of the eval's own (so that the engine's
 * reader is measured, not copied): curly or straight double quotes, `''...''` and ``` ``...'' ```, guillemets,
 * within one paragraph. Single quotes are left out: in this American corpus they are quotes within quotes.
 */
export function quoteMarks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“|"|''|``|«/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index;
    const closer = m[0] === '“' ? /[”"]|\n\s*\n/gu : m[0] === '«' ? /»|\n\s*\n/gu : m[0] === '"' ? /"|\n\s*\n/gu : /''|\n\s*\n/gu;
    closer.lastIndex = open + m[0].length;
    const c = closer.exec(text);
    if (!c || c[0].includes('\n')) {
      re.lastIndex = c ? c.index : text.length;
      continue;
    }
    if (c.index > open + m[0].length) out.push([open, c.index]);
    re.lastIndex = c.index + c[0].length;
  }
  return out;
}

export interface CoreNlp {
  tokens: { begin: number; end: number; pos: string; word: string; ner: string }[];
  /** The tokens of each sentence. */
  sentences: { begin: number; end: number; pos: string; word: string; ner: string }[][];
  /** Coreference chains: mentions as character ranges, with whether the head is a proper noun. */
  chains: { begin: number; end: number; proper: boolean; text: string; person: string | null }[][];
}

export function readCoreNlp(xml: string): CoreNlp {
  const tokens: CoreNlp['tokens'] = [];
  const bySentence: { begin: number; end: number; pos: string; ner: string; word: string }[][] = [];
  const docEnd = xml.indexOf('<coreference>');
  const sentencesXml = docEnd >= 0 ? xml.slice(0, docEnd) : xml;
  for (const s of sentencesXml.split(/<sentence id="/u).slice(1)) {
    const list: { begin: number; end: number; pos: string; ner: string; word: string }[] = [];
    for (const t of s.matchAll(/<word>([^<]*)<\/word>[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>\s*<POS>([^<]*)<\/POS>\s*<NER>([^<]*)<\/NER>/gu)) {
      const tok = { word: t[1]!, begin: Number(t[2]), end: Number(t[3]), pos: t[4]!, ner: t[5]! };
      tokens.push(tok);
      list.push(tok);
    }
    bySentence.push(list);
  }
  const chains: CoreNlp['chains'] = [];
  if (docEnd >= 0) {
    for (const c of xml.slice(docEnd).split(/<coreference>\s*<mention/u).slice(1)) {
      const chain: CoreNlp['chains'][number] = [];
      for (const m of c.matchAll(/<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>\s*<head>(\d+)<\/head>\s*<text>([^<]*)<\/text>/gu)) {
        const sent = bySentence[Number(m[1]) - 1];
        const a = sent?.[Number(m[2]) - 1];
        const b = sent?.[Number(m[3]) - 2];
        const h = sent?.[Number(m[4]) - 1];
        if (!a || !b || !h || !sent) continue;
        // The run of PERSON tokens around the head, within the mention: the person's name as written there.
        let person: string | null = null;
        if (h.ner === 'PERSON') {
          let i = Number(m[4]) - 1;
          let j = i;
          while (i - 1 >= Number(m[2]) - 1 && sent[i - 1]!.ner === 'PERSON') i--;
          while (j + 1 <= Number(m[3]) - 2 && sent[j + 1]!.ner === 'PERSON') j++;
          person = sent.slice(i, j + 1).map((t) => t.word).join(' ');
        }
        chain.push({ begin: a.begin, end: b.end, proper: /^NNPS?$/u.test(h.pos) && /^(?:PERSON|ORGANIZATION)$/u.test(h.ner), text: m[5]!, person });
      }
      chains.push(chain);
    }
  }
  return { tokens, sentences: bySentence, chains };
}

/**
 * The last mention of a person or organisation by name before the source, outside quotation marks, in the
 * coreference chain holding it, or null.
 */
function antecedentName(nlp: CoreNlp, ss: number, se: number, marks: readonly [number, number][]): string | null {
  for (const chain of nlp.chains) {
    if (!chain.some((m) => m.begin < se && m.end > ss)) continue;
    const before = chain.filter((m) => m.proper && m.begin < ss && !marks.some(([o, c]) => m.begin > o && m.end <= c));
    const pick = before[before.length - 1];
    if (pick) return headName(pick.text.replace(/-LRB-/gu, '(').replace(/-RRB-/gu, ')').replace(/\s*'s$/u, '').replace(/ ([,.)])/gu, '$1').replace(/\( /gu, '('));
  }
  return null;
}

/** The name part of a source: "Sen. Bernie Sanders of Vermont, who ..." → "Sen. Bernie Sanders". */
export function headName(source: string): string {
  // "the palace spokesman, John Roe,": a description (a determiner or an owner, and a lowercase
  // word), then the name it gives between commas; the name is who it is. (A role may follow the name: "One early
  // supporter, Rep. Jo Marsh, Republican of Vermont,".)
  // (A nickname in quotation marks may stand inside the name and a party tag in brackets after it: "Roe's niece,
  // state Del. Ana "Nan" Roe (D-Dover),".)
  // (The determiners are spelt in both cases rather than under the i flag, which would let [\p{Lu}] take a
  // lowercase word: "..., who backs Roe" and "..., one of the signers" are no names; one lowercase word of
  // trade may stand before the name: "Roe's guest, actress Jo Marsh".)
  const named = /^((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s[^,]*|(?:[\p{Lu}][^,\s]*\s)*[\p{Lu}][^,\s]*['’]s?\s[^,]*),\s*((?:(?!(?:who|whose|which|that|one|and|or|but)\s)[\p{Ll}][\p{L}-]*\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|["“][\p{Lu}][\p{L}.'’-]*["”])\s+){0,3}[\p{Lu}][\p{L}.'’-]*)(?:\s+\([^()]*\))?\s*(?:,\s*(?![\s,])(?!(?:and|or)\s)[^,]+?)?\s*,?\s*$/u.exec(source.trim());
  if (named && /\s\p{Ll}/u.test(` ${named[1]!.replace(/^(?:the|a|an|another|one|his|her|its|their)\s/iu, '')}`)) return named[2]!;
  let s = source.split(/,\s|\s(?:who|whose|which|from|--|—|–)\s/u)[0]!;
  // "in Jo Marsh's words": the words are the owner's.
  s = s.replace(/^(?:in\s+)?(.*[\p{Lu}].*?)['’]s?\s+(?:own\s+)?words$/u, '$1');
  const of = /\sof\s/u.exec(s);
  // (Not after title words alone: "Former Secretary of State Jo Marsh" is Jo Marsh, not "Former Secretary".)
  if (of && (s.slice(0, of.index).match(/\b[\p{Lu}][\p{L}'’.-]+/gu) ?? []).length >= 2 && nameKey(s.slice(0, of.index)).length > 0) s = s.slice(0, of.index);
  // A name and the lowercase words the coreference span runs on into: "Dan Roe at the Daily Star", "Sen. Jo
  // Marsh (D-Vt.) on Wednesday", "Ann Vos also spoke out ...": the name ends before them. Only when every word
  // before is capitalised (a parenthesis aside), and there are two or more (a first name and a surname), so that
  // a description keeps its words: "Officials at the Lind Agency" opens a sentence on a common noun, and "The
  // Council on Harbour Relations Director Ann Vos" on a body's name.
  const tail = /\s(?:at|in|on|that|as|during|after|before|also|then)\s/u.exec(s);
  const head = tail ? s.slice(0, tail.index).replace(/\([^)]*\)/gu, ' ').trim().split(/\s+/u) : [];
  if (tail && head.length >= 2 && !/^(?:the|a|an)$/iu.test(head[0]!) && head.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w))) s = s.slice(0, tail.index);
  return s;
}

const TITLE_WORDS = new Set(
  'mr mrs ms dr sen rep gov president senator governor representative rev gen secretary former vice candidate nominee presidential republican democratic democrat gop rival sir'.split(' '),
);

/**
 * A source span of the annotation widened to whole words: a span cut inside a word ("eb Bush" for "Jeb Bush",
 * "the senior Cruz advise") takes the rest of the word, and one that stops after an initial ("Ian H" before
 * ". Solomon") takes the surname the initial stands before: an initial never ends a name.
 */
export function wholeWords(text: string, [ss, se]: [number, number]): [number, number] {
  let s = ss;
  let e = se;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!) && /\p{L}/u.test(text[s] ?? '')) s--;
  while (e < text.length && /\p{L}/u.test(text[e]!) && /\p{L}/u.test(text[e - 1] ?? '')) e++;
  const initial = /(?:^|\s)\p{Lu}$/u.test(text.slice(s, e)) ? /^\.\s+[\p{Lu}][\p{L}'’-]+/u.exec(text.slice(e)) : null;
  if (initial) e += initial[0].length;
  return [s, e];
}

/**
 * A name's words for comparing: lowercase, no accents (mojibake read back first: "FranÃ§ois" is "François"),
 * no possessive, no titles (anywhere: "Sen.", "Mr."; at the head only: "Professor", "Justice", "Admiral"), no
 * determiner and adjective before the name ("an angry Hollande"), no reflexive after it ("Cruz himself"), no
 * parenthesis (party tags, even one the span cuts before it closes), no final "Jr.".
 */
export function nameKey(name: string): string[] {
  const words = decodeMojibake(bareName(name))
    .replace(/\([^)]*\)/gu, ' ')
    // A party tag the annotation's span cuts before its parenthesis closes: "Sen. Jo Marsh (D-Vt.".
    .replace(/\([^)]*$/u, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    // One word however its hyphen or apostrophe is written: "Holtz-Eakin", "O'Neill" / "O’Neill".
    .replace(/(?<=\p{L})[-'’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w, i, all) => w && w !== 'the' && !TITLE_WORDS.has(w) && !(i === all.length - 1 && i >= 2 && GENERATION.test(w)));
  while (words.length > 1 && LEADING_TITLES.has(words[0]!)) words.shift();
  return words;
}

// The particles that open a surname ("de Blasio", "van Hollen").
const PARTICLE = /^(?:de|del|della|der|di|du|da|dos|van|von|le|la|ter|ten)$/u;

// A generation after a surname is no part of what "Mr. Biden" names: "Joseph R. Biden Jr." is Mr. Biden.
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/u;

/**
 * A name as the article means it at `at`. A bare word that is a surname the article gives in full stands for
 * the person of that surname the article names first: news writing names its principal person in full and
 * then by surname alone, and names any namesake in full each time ("Margaret Quinlan ... Frank Quinlan ...
 * Quinlan said" is Margaret Quinlan; "Carl Penner ... a school nurse, Ruth Ann Penner ... Penner said" is
 * Carl Penner). A title's gender ("Mrs.", "Mr.") first rules out people of the other gender.
 */
export function expandName(article: PolnearArticle, name: string, at: number): string[] {
  const key = nameKey(name);
  if (key.length !== 1) return key;
  const w = key[0]!;
  // "Mrs. Clinton" is not Bill Clinton, nor "Mr. Trump" Ivanka Trump: a title's gender rules out a full name
  // whose first name is of the other gender.
  const bare = bareName(name).trim();
  const title = /^(?:mrs|ms|miss)\.?\s/iu.test(bare) ? 'f' : /^mr\.?\s/iu.test(bare) ? 'm' : null;
  const all = article.fullNames.filter((f) => f.words.length >= 2 && f.words.length <= 4 && f.words[f.words.length - 1] === w && !(title && (firstNameGender(f.words[0]!) ?? title) !== title));
  // Among them, one whose first name tells the title's gender comes first ("Hillary" over "Bill", which the
  // name lists give to either).
  const told = title ? all.filter((f) => firstNameGender(f.words[0]!) === title) : [];
  const candidates = told.length ? told : all;
  // The first paragraph is the headline, in Title Case, where the tagger runs words together ("Chuck
  // Grassley Compares Trump", "Will Sanders Come Down"): a full name there counts only when the body gives it
  // too.
  const bodyStart = article.paragraphs[1]?.start ?? 0;
  const inBody = (f: { words: string[] }): boolean => candidates.some((c) => c.at >= bodyStart && c.words.join(' ') === f.words.join(' '));
  const kept = candidates.filter((f) => f.at >= bodyStart || inBody(f));
  const pool = kept.length ? kept : candidates;
  // A tagger's one-off run elsewhere ("PMTed Cruz") is no person either: among the candidates, those the
  // article names in full more than once come first, the first of them named.
  const times = (f: { words: string[] }): number => pool.filter((c) => c.words.join(' ') === f.words.join(' ')).length;
  const repeated = pool.filter((f) => times(f) > 1);
  return (repeated.length ? repeated : pool)[0]?.words ?? key;
}

/**
 * Whether a one-word name `w` that no full name of the article ends in is the opening word of the full name
 * `found`: a first name ("Hillary", "Freddy") or a surname written first ("Mr. Lou" for "Lou Jiwei", "Ms. Gao"
 * for "Gao Junlan"). Only when every person the article names in full with that opening word is that one
 * person: an article with a Tom Smith and a Tom Jones leaves "Tom" to no one.
 */
function opensOnlyName(article: PolnearArticle, w: string, found: string[]): boolean {
  if (found.length < 2 || found[0] !== w) return false;
  if (article.fullNames.some((f) => f.words.length >= 2 && f.words[f.words.length - 1] === w)) return false;
  const opening = article.fullNames.filter((f) => f.words.length >= 2 && f.words.length <= 4 && f.words[0] === w);
  return opening.length > 0 && opening.every((f) => f.words[f.words.length - 1] === found[found.length - 1]);
}

/**
 * Whether a speaker named `found` is the gold speaker, as the article shows them: the same surname (a bare
 * surname read as `expandName` reads it) and, when the gold gives a first name, the same first name or a
 * well-known nickname of it ("Chuck" for "Charles"). Same surname and another first name is another person;
 * a place or a firm named after a person is not that person; a piece of a sentence ("for Clinton") is no one.
 */
export function samePerson(article: PolnearArticle, found: string, gold: string, at: number): boolean {
  if (isJunkName(found)) return false;
  // "the Research and Survey Office of the Department of Harbour Safety" for the gold's "the Research
  // and Survey Office" (`headName` cut the source at "of"): the name found runs on from the gold's with
  // where it belongs.
  const plain = (s: string): string => s.toLowerCase().replace(/^the\s+/u, '').trim();
  if (plain(gold).split(/\s+/u).length >= 2 && plain(found).startsWith(`${plain(gold)} of `)) return true;
  const f = expandName(article, found, at);
  const g = expandName(article, gold, at);
  if (f.length === 0 || g.length === 0) return false;
  if (g.length === 1 && f[f.length - 1] !== g[0] && opensOnlyName(article, g[0]!, f)) return true;
  if (f[f.length - 1] !== g[g.length - 1]) return false;
  // A surname the article never gives in full ("Mr. Obama" throughout): the surname is all there is to compare.
  if (g.length === 1) return true;
  // "De Blasio" for "Bill de Blasio": a particle and a surname are a surname too.
  // So is a surname of two words, the whole gold name ending the name found ("Wasserman Schultz" for "Debbie
  // Wasserman Schultz", "Vargas Llosa" for "Mario Vargas Llosa").
  if (g.length === 2 && f.length >= 3 && f[f.length - 2] === g[0]) return true;
  // Middle names and initials ("Donald J. Trump", "Hillary Rodham Clinton") are left out of the comparison.
  return g.some((x) => sameFirstName(x, f[0]!));
}

/** Whether "he"/"she" is resolved to a name whose title or first name tells the other gender. */
export function genderClash(pronoun: string, name: string): boolean {
  const want = /^he$/iu.test(pronoun) ? 'm' : /^she$/iu.test(pronoun) ? 'f' : null;
  if (!want) return false;
  const words = name.trim().split(/\s+/u);
  const title = (words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  if (['mr', 'sir'].includes(title)) return want === 'f';
  if (['mrs', 'ms', 'miss'].includes(title)) return want === 'm';
  // The first word of a name of two words or more, when the lexicon knows it as a first name of one gender
  // only (a surname alone, "Christie", "Bradley", tells nothing).
  if (words.length < 2) return false;
  const tags = lexTags(words[0]!.replace(/[.,']+$/u, ''));
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male !== female && (male ? want === 'f' : want === 'm');
}
