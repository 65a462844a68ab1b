export const ru = {
  app: {
    name: 'Tandem',
    tagline: 'Русские новости с переводом и пояснениями',
    skipToArticle: 'Перейти к статье',
    skipToContent: 'Перейти к основному содержанию',
  },
  language: { label: 'Язык' },
  notes: {
    label: 'Глоссарий',
    kind: {
      person: 'Персона',
      place: 'Место',
      concept: 'Понятие',
      language: 'Язык и стиль',
    },
  },
  article: {
    editorialHeadline: 'Заголовок редакции Tandem',
    published: 'Опубликовано',
    source: 'Источник',
    translation: 'Перевод на английский',
    reportedBy: 'Пересказ слов: {{name}}',
  },
  toolbar: {
    expandAll: 'Развернуть все',
    collapseAll: 'Свернуть все',
    print: 'Печать',
  },
  print: {
    speakerIndex: 'Указатель спикеров',
    quote: 'Цитата {{number}}',
    quotes: 'цитаты: {{numbers}}',
    noQuotes: 'нет прямых цитат',
  },
  view: {
    label: 'Режим чтения',
    ru: 'Русский',
    parallel: 'Параллельно',
    en: 'Английский',
    draftOnly: 'Параллельный и английский режимы появятся, когда у статьи будет перевод.',
  },
  quote: {
    toggle: 'Перевод и подробности',
    toggleDetails: 'Подробности',
    toggleContext: 'цитата {{number}}, {{name}}',
    translation: 'Перевод на английский',
    speaker: 'Спикер',
    introduced: 'Как представлен в статье',
    attribution: 'Атрибуция в оригинале',
    link: 'Ссылка на эту цитату',
    copy: 'Скопировать цитату',
    copied: 'Цитата скопирована',
    copyByHand:
      'Не удалось скопировать: текст цитаты выделен ниже, скопируйте его (Ctrl+C или ⌘C).',
    citation: 'Цитата для копирования',
  },
  speakers: {
    heading: 'Спикеры',
    legend: 'Показать цитаты спикеров',
    showAll: 'Показать всех',
    quoteCount_one: '{{count}} цитата',
    quoteCount_few: '{{count}} цитаты',
    quoteCount_many: '{{count}} цитат',
    quoteCount_other: '{{count}} цитаты',
  },
  status: {
    // "из N" takes the genitive: "из 1 цитаты", "из 2 цитат", "из 5 цитат".
    shown_one: 'Показано {{shown}} из {{count}} цитаты',
    shown_few: 'Показано {{shown}} из {{count}} цитат',
    shown_many: 'Показано {{shown}} из {{count}} цитат',
    shown_other: 'Показано {{shown}} из {{count}} цитаты',
  },
  about: {
    heading: 'О тексте',
    verbatim:
      'Русский текст воспроизведён дословно, как в источнике, вместе с его опечатками; они отмечены [sic].',
    sicIntended: 'так в источнике; вероятно, имелось в виду',
    headline: 'Заголовок написан редакцией Tandem: в исходном тексте его нет.',
    translation: 'Перевод на английский и пояснения глоссария подготовлены редакцией Tandem.',
  },
  draft: {
    label: 'Черновик: перевода пока нет',
    noTranslation: 'Перевода пока нет.',
    about:
      'Эта статья — черновик: она импортирована из исходного текста, цитаты и спикеры найдены автоматически. Перевода на английский и пояснений пока нет.',
  },
  library: {
    title: 'Статьи',
    intro: 'Новости на русском языке с переводом на английский и пояснениями имён и терминов.',
    speakers: 'Спикеры',
    noSpeakers: 'без прямой речи',
    untranslated: 'Без перевода',
    home: 'Все статьи',
  },
  notFound: {
    title: 'Страница не найдена',
    text: 'По этому адресу ничего нет: возможно, ссылка устарела или в ней опечатка.',
    home: 'К списку статей',
  },
}
