import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-52 helper w3's invented probe articles (tests/fixtures/probes/s52-w3, README there), aimed at wrong
// speakers from the session's new rules: fresh epithets read back to one person a paragraph tells of, a fellowship
// word before a role that tells of someone else, fields taught ("a professor of Russian"), the diplomat category,
// bodies "called"/"named", "Said SURNAME, the former ROLE's son:", messages read out, "Adding,", senders with a time,
// "texted" in a reported clause, "quick to answer", a newcomer of a role in the quote's paragraph, "what he called".
// First run 16 right / 7 wrong / 0 none of 35 written (8 no one where no one is right, 4 untied descriptions; one
// wrong judged after as acceptable); each real wrong fixed by a rule with its own test file, so none is left: any
// wrong speaker here fails.
const DIR = 'tests/fixtures/probes/s52-w3';
pinProbeAnswers(DIR);
pinWrittenAnswers(DIR, []);
