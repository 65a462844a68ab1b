import type { Translation } from '../i18n.ts'

export const en: Translation = {
  app: {
    name: 'Tandem',
    tagline: 'Russian news with translation and notes',
    skipToArticle: 'Skip to article',
    skipToContent: 'Skip to main content',
  },
  language: { label: 'Language' },
  notes: {
    label: 'Glossary notes',
    kind: {
      person: 'Person',
      place: 'Place',
      concept: 'Concept',
      language: 'Language and usage',
    },
  },
  article: {
    editorialHeadline: 'Headline by Tandem editors',
    published: 'Published',
    source: 'Source',
    translation: 'English translation',
    reportedBy: 'Reported speech: {{name}}',
  },
  toolbar: {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    print: 'Print',
  },
  print: {
    speakerIndex: 'Index of speakers',
    quote: 'Quote {{number}}',
    quotes: 'quotes {{numbers}}',
    noQuotes: 'no direct quotes',
  },
  view: {
    label: 'Reading mode',
    ru: 'Russian',
    parallel: 'Side by side',
    en: 'English',
    draftOnly: 'Side by side and English open once the article has a translation.',
  },
  quote: {
    toggle: 'Translation and details',
    toggleDetails: 'Details',
    toggleContext: 'quote {{number}}, {{name}}',
    translation: 'English translation',
    speaker: 'Speaker',
    introduced: 'Introduced in the article as',
    attribution: 'Attribution in the original',
    link: 'Link to this quote',
    copy: 'Copy citation',
    copied: 'Citation copied',
    copyByHand: 'Could not copy: the citation is selected below, copy it yourself (Ctrl+C or ⌘C).',
    citation: 'Citation to copy',
  },
  // English needs only "one" and "other"; "few" and "many" exist because the keys are typed
  // from the Russian locale, and English never selects them.
  speakers: {
    heading: 'Speakers',
    legend: 'Show quotes by',
    showAll: 'Show all',
    quoteCount_one: '{{count}} quote',
    quoteCount_few: '{{count}} quotes',
    quoteCount_many: '{{count}} quotes',
    quoteCount_other: '{{count}} quotes',
  },
  status: {
    shown_one: 'Showing {{shown}} of {{count}} quote',
    shown_few: 'Showing {{shown}} of {{count}} quotes',
    shown_many: 'Showing {{shown}} of {{count}} quotes',
    shown_other: 'Showing {{shown}} of {{count}} quotes',
  },
  about: {
    heading: 'About this text',
    verbatim:
      'The Russian text is reproduced word for word as published, typos included; they are marked [sic].',
    sicIntended: 'as in the source; probably meant',
    headline: 'The headline is by Tandem editors: the source has none.',
    translation: 'The English translation and the glossary notes are by Tandem editors.',
  },
  draft: {
    label: 'Draft: not translated yet',
    noTranslation: 'Not translated yet.',
    about:
      'This article is a draft: imported from its raw text, with its quotes and speakers found automatically. It has no English translation or glossary notes yet.',
  },
  library: {
    title: 'Articles',
    intro: 'News in Russian with an English translation and notes on names and terms.',
    speakers: 'Speakers',
    noSpeakers: 'no direct speech',
    untranslated: 'Untranslated',
    home: 'All articles',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address: the link may be out of date or mistyped.',
    home: 'Go to the list of articles',
  },
}
