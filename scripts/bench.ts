/**
 * `npm run bench`: builds the site and prints what it costs. Numbers, not assertions: the asserted budgets live in
 * the tests. Set BENCH=weights,print,search,field,lighthouse,scale,suite to run only some parts
 * (suite runs every stage of `npm test` and prints its wall time; questions runs only the reader questions of search).
 */
import { articleFirstLoads, pageWeights } from './bench/page-weight.ts';
import { engineQueries, indexSizes, searchOverhead, searchPhases, searchTimings } from './bench/search.ts';
import { readerQuestions } from './bench/reader-questions.ts';
import { readReaderQuestions } from '../tests/fixtures/reader-questions.ts';
import { listedQueries, termRecall, unlistedQueries } from './bench/term-recall.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { scaleRuns } from './bench/scale.ts';
import { runStages, stageTable } from './run-tests.ts';
import { offlineEditions, phoneFirstScreen } from './bench/field.ts';
import { handoutSheets, protocolPdfs } from './bench/print.ts';

const parts = new Set((process.env.BENCH ?? 'weights,print,search,field,lighthouse,scale,suite').split(','));
const dist = 'dist';

if (parts.has('weights')) {
  console.log(`\n## Page weight (first visit, English pages; KB, gz = gzip -9)\n\n${pageWeights(dist)}`);
  console.log(`\n## Article pages' first load in a browser, all resources, against Starlight's\n\n${await articleFirstLoads(dist)}`);
}
if (parts.has('print')) {
  console.log(`\n## The Protocol's PDFs (made after the build)\n\n${await protocolPdfs(dist)}`);
  console.log(`\n## Handouts printed to PDF in Chromium\n\n${await handoutSheets(dist)}`);
}
if (parts.has('search')) {
  console.log(`\n## Search index\n\n${indexSizes(dist)}`);
  console.log(`\n## Every listed form of every glossary term, through the search page\n\n${await termRecall(dist, listedQueries())}`);
  console.log(`\n## Forms no list holds (tests/fixtures/unlisted-forms.tsv), through the search page\n\n${await termRecall(dist, unlistedQueries())}`);
}
if (parts.has('search') || parts.has('questions')) {
  console.log(`\n## Reader questions (tests/fixtures/reader-questions.tsv), through the search page (goals: 90 % first, 97 % in the first three, none without results)\n\n${await readerQuestions(dist)}`);
  console.log(`\n## Reader questions the search was never tuned against (tests/fixtures/reader-questions-unseen.tsv)\n\n${await readerQuestions(dist, 'reader-questions-unseen')}`);
  console.log(`\n## Reader questions written by someone who had not read the site's texts, the set the search is tuned against (tests/fixtures/reader-questions-dev.tsv)\n\n${await readerQuestions(dist, 'reader-questions-dev')}`);
  console.log(`\n## Reader questions written by someone who had not read the site's texts, never tuned against (tests/fixtures/reader-questions-fresh.tsv; goals in every edition: 75 % first, 90 % in the first three)\n\n${await readerQuestions(dist, 'reader-questions-fresh')}`);
}
if (parts.has('search')) {
  const readerQueries = (locale: string) => readReaderQuestions().filter((q) => q.locale === locale).map((q) => q.query);
  console.log(`\n## Where the search page spends a later query's time (medians)\n\n${await searchPhases(dist, readerQueries)}`);
  console.log(`\n## Search page time over the engine's own (search() and the first ten data()), side by side in one run (goal: ≤ 1.25)\n\n${await searchOverhead(dist, readerQueries, engineQueries(dist))}`);
  console.log(`\n## Search speed in Chromium (goals: first query after the engine loaded ≤ 100 ms to the first result, later ones ≤ 50 ms, ≤ 60 KB fetched per query)\n\n${await searchTimings(dist)}`);
}
if (parts.has('field')) {
  console.log(`\n## Phone (360×640), every article page\n\n${await phoneFirstScreen(dist)}`);
  console.log(`\n## Saved for offline use\n\n${await offlineEditions(dist)}`);
}
if (parts.has('lighthouse')) console.log(`\n## Lighthouse (mobile)\n\n${await lighthouseScores(dist)}`);
if (parts.has('scale')) console.log(`\n## Build at scale\n\n${await scaleRuns()}`);
if (parts.has('suite')) console.log(`\n## The test suite, wall time per stage (npm test)\n\n${stageTable(runStages())}`);
