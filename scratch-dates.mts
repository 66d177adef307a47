import { readFileSync } from 'node:fs';
import { findDates } from './src/engine/dates.ts';
import { splitSentences } from './src/text/sentences.ts';
const raw = readFileSync('tests/fixtures/yonhap-kim-putin-summit.txt', 'utf8');
const blocks = raw.split(/\n\s*\n/).map(b => b.trim()).filter(Boolean).slice(1).filter(b => !/^Source:/.test(b) && b !== 'scroll to top');
console.log(blocks.length);
blocks.forEach((b, i) => { for (const s of splitSentences(b)) for (const d of findDates(s.text, '2023-09-14')) console.log(i+1, JSON.stringify(d)); });
const extra = process.argv.slice(2);
