import { termRecall } from '/work/main/scripts/bench/term-recall.ts';
console.log(await termRecall('dist'));
