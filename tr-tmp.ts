import { termRecall } from './scripts/bench/term-recall.ts';
import { searchTimings } from './scripts/bench/search.ts';
import { offlineEditions, phoneFirstScreen } from './scripts/bench/field.ts';
console.log(await termRecall('/tmp/dist-bench'));
console.log(await phoneFirstScreen('/tmp/dist-bench'));
console.log(await offlineEditions('/tmp/dist-bench'));
