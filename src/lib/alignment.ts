import type { ProvisionId } from './provisions.ts';

export interface AlignmentProblem {
  id: ProvisionId;
  problem: 'missing' | 'extra';
}

/** Compares a translation's provision ids with the original's: what is missing, what is one too many. */
export function compareProvisionIds(original: readonly ProvisionId[], translation: readonly ProvisionId[]): AlignmentProblem[] {
  const inTranslation = new Set(translation);
  const inOriginal = new Set(original);
  return [
    ...original.filter((id) => !inTranslation.has(id)).map((id) => ({ id, problem: 'missing' as const })),
    ...translation.filter((id) => !inOriginal.has(id)).map((id) => ({ id, problem: 'extra' as const })),
  ];
}

export function describeAlignmentProblems(file: string, problems: AlignmentProblem[]): string {
  const lines = problems.map(({ id, problem }) =>
    problem === 'missing'
      ? `  - ${id} is in the English original but missing here: add the paragraph or point.`
      : `  - ${id} is here but not in the English original: remove it or fix its number or letter.`,
  );
  return `${file}: the provisions do not match the English original.\n${lines.join('\n')}`;
}
