/**
 * The site's licences: its own work (the Serbian translation, explanations, summaries, notes, glossary, check texts
 * and the structure of its data files) under CC BY 4.0, its code under MIT. The Protocol's English and Slovenian
 * text is not the site's work: it is reproduced as printed in the Slovenian ratification act, and no licence here
 * speaks for it.
 */
export const contentLicence = {
  name: 'Creative Commons Attribution 4.0 International',
  shortName: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  spdx: 'CC-BY-4.0',
} as const;

export const codeLicence = { name: 'MIT License', shortName: 'MIT', spdx: 'MIT' } as const;
