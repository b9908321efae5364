/**
 * Every user-facing string of the site, in one place (as Starlight keeps its UI strings).
 * Plain data: no Astro imports, so the Markdown plugins can use it too.
 */
export const strings = {
  siteName: '江门市政府工作报告',
  /** The name under an installed app's icon, where the full name does not fit. */
  siteShortName: '江门报告',
  // No-break spaces: a line may break after a dot (src/styles/home.css), not before it or in 2016 年.
  siteTagline: (years: number[]) => `${years.join('、')}\u00a0年报告\u00a0· 脚注释义\u00a0· 原文可查`,
  skipToContent: '跳到正文',
  navHome: '首页',
  navReports: '报告',
  navAbout: '关于本站',
  reportsHeading: '收录的报告',
  homeIntro: (years: number[]) =>
    `本站收录江门市人民政府${years.map((y) => `${y}年`).join('、')}的政府工作报告，逐字照录来源文本，配以目录、段落锚点和脚注释义，便于研究者、记者、学生和公务人员阅读、引用与核对。`,
  homeAboutLink: '来源、年份依据与编辑方法 →',
  printedFrom: '本页网址：',
  /** The footer: where the text comes from, what the editors added and under which licence (linked to /about/). */
  footer: {
    note: '报告正文录自2017年5月12日网络转载文本，一字未改；标题层级、编者注和注释释义为编者所加，',
    licence: '以 CC BY 4.0 许可发布',
    end: '。本站不是政府官方网站。',
  },
  /** The licence of the editors' content and data (content/LICENSE.md), as the downloads state it. */
  licence: {
    spdx: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: '江门市政府工作报告网站编者（jiangmen-reports contributors）',
    dataNote: '指标数据由编者从报告原文摘录整理；quote 一栏照录报告原文，报告属官方文件，不在此许可之列。',
    /** Where /about/ states both licences, the reports' status included. */
    aboutSection: '/about/#版权',
  },

  // The two editions: the source text (简体) and its machine conversion (繁體)
  edition: {
    /** The switch's label, in the script it leads to (written 繁體 whatever the page). */
    toHant: '繁體',
    toHans: '简体',
    /** On every traditional page; converted with the page. */
    hantNotice: '本页由简体来源文本经 OpenCC 自动转换为繁体（香港标准），转换或有错漏，以',
    hantNoticeLink: '简体原文',
    hantNoticeEnd: '为准。',
  },

  // Report page
  reportDescription: (title: string, reviews: string, plans: string) => `${title}：回顾${reviews}，部署${plans}。`,
  tocHeading: '目录',
  /** The phone's contents bar: back to the top of the report. */
  tocTop: '回到顶部',
  delivered: '作报告日期',
  deliveredUnknown: '不详',
  reviews: '回顾',
  plans: '部署',
  sourcePosition: (n: number) => `来源文本第 ${n} 篇（原题“江门市政府工作报告篇${n}”）`,
  source: '来源',
  officialCopy: '官方文本',
  /** The report's text file, the same in both editions (simplified, as the source). */
  sourceText: '纯文本（简体）',
  yearConfirmed: '年份已确认',
  yearInferred: '年份为编者推定',
  yearEvidence: '年份依据',
  /** A report's folded details, under its title. */
  reportMore: '回顾与部署、来源、年份依据',
  editorialLegend: '正文为来源文本原文，一字未改；标题层级、〔〕内的编者注和脚注释义为编者所加，以不同样式标出。',
  editorialLabel: '编者',
  /** Editorial marks in the text: 〔2015〕 and 〔合〕, each with its note (src/lib/markdown/annotate.ts). */
  editorialNote: '编者注：',
  seamSign: '合',
  /** Filled in by the permalink script. */
  paragraphLinkLabel: '第 {n} 段的链接，并复制其引文',
  /** Said when a paragraph's link has copied its GB/T 7714 citation (src/scripts/cite.ts). */
  citationCopied: '已复制第 {n} 段的引文（GB/T 7714）',
  /** How to cite a report (src/lib/cite/): the panel under its title, the files, the metadata. */
  cite: {
    /** The report's author, an institution (主要责任者). */
    author: '江门市人民政府',
    /** This site, as a citation names the website a page is on. */
    website: '江门市政府工作报告网站',
    summary: '引用本报告',
    gbt7714: 'GB/T 7714',
    apa: 'APA',
    /** APA's "no date", as APA writes it in any language. */
    noDate: 'n.d.',
    /** Where the reader's today goes until the page's script writes it in. */
    accessed: '引用日期',
    files: '文件',
    /** The reference managers that read each file. */
    bibtex: 'BibTeX',
    ris: 'RIS（EndNote、NoteExpress）',
    csl: 'CSL-JSON',
    /** Under the two citations: whose date is whose, and what a paragraph's link copies. */
    note: '圆括号内为作报告日期，方括号内为引用日期（今天）。点击段落的 ¶ 可复制该段的引文。',
    /** The share image's alternative text and its line of when. */
    shareImageAlt: (title: string, when: string) => `${title}（${when}）`,
  },
  headingLinkLabel: '本节标题的链接',
  prevReport: '上一篇',
  nextReport: '下一篇',
  reportNavLabel: '其他报告',

  // Footnotes (remark-rehype options and the rendered glossary entries)
  footnotesHeading: '注释',
  /** The way back from a note; the note's own number is its context (WCAG 2.4.4). */
  footnoteBackLabel: '返回正文',
  footnoteBasisLabel: '释义依据',
  footnoteEditorialNote: '注释释义为编者依据公开资料所撰，原注释已佚。正文中注号下有虚线的，释义尚不详。',
  basis: {
    report: '报告原文',
    national: '国家或省级通行提法',
    local: '地方行政区划',
    source: '公开来源',
    unknown: '不详',
  },
  unknownDefinition: '原注释缺失，释义待补。',
  /** A report's note on a term whose meaning is unknown: one line, the term and this mark. */
  unknownMark: '释义不详',
  clues: '已知线索',
  cluesInGlossary: '已知线索',
  seeParagraph: (year: number, paragraph: string) => `见${year}年报告第${paragraph.slice(2)}段`,
  sourceCitation: '出处',
  /** A source page that copies another site's article: 转载于 中国红豆网 chinahongdou.com. */
  sourceVia: '转载于',
  sourcePublisherUnknown: '原发媒体不详',
  sourceTitleUnknown: '标题不详',
  sourceDateUnknown: '日期不详',

  // Footnote popover
  popoverLabel: '注释',
  popoverClose: '关闭注释',
  popoverGoToNote: '跳到文末注释',
  popoverGlossary: '术语表中的条目',

  // Glossary page
  navGlossary: '术语表',
  glossaryTitle: '术语表',
  glossaryDescription: '各篇报告脚注中的全部术语：释义、释义依据，以及每个术语在各篇报告中出现的位置。',
  glossaryIntro: (terms: number, notes: number) =>
    `各篇报告共有 ${notes} 个脚注，涉及 ${terms} 个术语，按拼音排列。释义为编者依据报告原文和公开资料所撰，原注释已佚。`,
  glossaryUnknownIntro: (n: number) => `以下 ${n} 个术语尚未找到可靠释义，待补：`,
  glossaryLetterNav: '按拼音首字母',
  glossaryFilterLabel: '筛选术语',
  glossaryFilterPlaceholder: '输入术语或释义中的字词',
  /** Filled in by the glossary's filter script. */
  glossaryFilterCount: '显示 {shown} / {total} 个术语',
  glossaryFootnotedIn: '注释位置',
  glossaryFootnoteLink: (year: number, label: string) => `${year}年报告 注${label}`,
  glossaryParagraphLink: '所在段落',
  glossaryMentions: (n: number) => `在报告中出现 ${n} 处`,
  glossaryNoMentions: '报告正文中没有与术语完全一致的写法。',
  glossaryMentionPlace: (year: number, blockId: string) =>
    `${year}年报告 · ${blockId.startsWith('p-') ? `第 ${blockId.slice(2)} 段` : '标题'}`,

  // Search: the header box and the /search/ page
  searchLabel: '搜索报告',
  searchPlaceholder: '输入字词，如 中微子',
  searchButton: '搜索',
  searchShortcutHint: '按 / 键可直接输入',
  searchTitle: '搜索',
  searchDescription: '在全部报告和术语表中按字词精确查找，直达所在段落。',
  searchHint: '只列出含有所输入字词的段落。多个词用空格分开，表示同一段中都要出现；用英文双引号 "…" 括起的词语（可含空格）作为整体查找。',
  searchScopeLegend: '查找范围',
  searchScopeGlossary: '术语表',
  searchNoScript: '搜索需要浏览器启用 JavaScript。也可以直接阅读各篇报告：',
  /** Messages of the search page's script; {placeholders} are filled in there. */
  search: {
    searching: '正在查找……',
    empty: '请输入要查找的字词。',
    tooLong: '查询过长（最多 {max} 个字），请缩短后再试。',
    noIndexable: '请至少输入一个汉字、字母或数字。',
    none: '没有找到同时含有 {query} 的段落。',
    /** Paragraphs (段: a heading or a glossary entry counts as one) and the places the terms occur in them (处). */
    summary: '找到 {count} 段，共 {occurrences} 处：{groups}。',
    summaryGroup: '{name} {count} 段',
    partial: '至少找到 {count} 段，共 {occurrences} 处（各篇段数也是至少）：{groups}；还有 {left} 个段落尚未核对。',
    moreLeft: '还有 {left} 个可能相关的段落尚未核对。',
    more: '继续查找',
    filteredOut: '所选范围内没有找到同时含有 {query} 的段落；勾选全部范围可在全部报告和术语表中查找。',
    noScope: '请至少勾选一个查找范围。',
    /** A term as the status line and the frequency table name it. */
    quoted: '“{term}”',
    failed: '搜索暂时无法使用，请稍后重试。',
    timedOut: '搜索没有在 {seconds} 秒内完成（网络可能中断），请稍后重试。',
    /** The index could not be fetched: offline, the pages read before still open, search does not. */
    offline: '搜索需要网络连接。没有网络时，本站读过的报告、术语表、指标和说明页仍可打开。',
    busyButton: '正在查找',
    reportGroup: '{year}年报告',
    glossaryGroup: '术语表',
    glossaryKind: '术语',
    paragraph: '第 {n} 段',
    heading: '标题',
    count: '{count} 段',
    frequencyHeading: '各篇出现频率',
    frequencyCaption: '每万字出现次数（括号内为出现处数，一段中出现几处计几处）。每个词单独统计；字数为各篇标题和正文的字数，不计空白。',
    frequencyReport: '报告',
    frequencyYear: '{year}年',
    frequencyCell: '{rate}（{count} 处）',
    frequencyAsk: '统计各篇出现频率需要核对 {paragraphs} 个段落。',
    frequencyButton: '统计',
    frequencyFailed: '统计没有完成（网络可能中断），请重试。',
  },

  // Indicators and their charts
  indicators: {
    navLabel: '指标',
    pageTitle: '主要指标',
    pageDescription: '各篇报告所述的经济与民生指标：跨年份对照图表，每个数字都链接到报告原文。',
    pageIntro:
      '下列数字由编者从各篇报告原文中逐一摘录，每个数字都链接到陈述它的段落。实绩、预计和目标分开标示；报告写作“突破”“以上”“左右”的，照原文标为下限或约数。',
    reportSection: '主要指标',
    reportSectionIntro: '编者据本篇报告原文整理。每个数字都可点击，直达陈述它的段落。',
    allValues: (n: number) => `本篇报告的全部指标（${n} 项）`,
    allValuesLink: (n: number) => `本篇报告的全部指标（${n} 项），逐项附原文 →`,
    allValuesHeading: '各篇报告的全部指标',
    downloads: '下载全部指标数据：',
    downloadCsv: 'CSV(UTF-8)',
    /** Said in both editions: the files are the source text, in simplified characters. */
    downloadsScript: '。数据中的引文与报告原文一致，用简体字。数据（含各图的 CSV）以 ',
    downloadsLicence: 'CC BY 4.0 许可',
    downloadsLicenceEnd: '发布。',
    downloadJson: 'JSON',
    seriesHeading: '跨年份对照',
    jumpLabel: '图表目录',
    chartCsv: '本指标全部数值（CSV）',
    /** Followed by the chart's address. */
    chartCite: (title: string) => `引用本图：江门市政府工作报告·主要指标·${title}，`,
    tableCaption: (title: string) => `${title}（数据表）`,
    tableIndicator: '指标',
    tableYearHeading: '年份',
    tableValue: '数值',
    tableYear: '所指年份',
    tableKind: '类型',
    tableSource: '出处',
    notesHeading: '说明',
    reportGrowthTitle: (review: number, plan: number) => `${review}年主要指标增长与${plan}年目标`,
    reportGrowthSummary: (review: number, plan: number, n: number) =>
      `本图对照${review}年主要指标的增长率与报告为${plan}年定下的增长目标，共 ${n} 个数值；目标以空心柱表示。`,
    reportTargetsTitle: (plan: number) => `${plan}年主要指标增长目标`,
    reportTargetsSummary: (plan: number, n: number) => `本图列出报告为${plan}年定下的主要指标增长目标，共 ${n} 个数值；目标以空心柱表示。`,
    reportAmountsTitle: (review: number) => `${review}年主要总量指标（亿元）`,
    reportAmountsSummary: (review: number, list: string) => `${review}年：${list}。`,
    seriesActual: (year: number) => `${year}年实绩或预计`,
    seriesTarget: (year: number) => `${year}年目标`,
    seriesActuals: '实绩或预计',
    seriesTargets: '目标',
    seriesSummary: (name: string, list: string) => `${name}：${list}。`,
    noteEstimates: '标“预计”的数字（图中斜纹柱）是报告作出时的预计数，不是最终统计数。',
    noteQualifier: (year: number, name: string, quote: string) => `${year}年${name}：原文为“${quote}”，图中按所写数字绘出。`,
    noteAverage: (period: string, name: string) => `${period}年均：${name}在这几年间的年均数，不是其中某一年的数。`,
    averageCategory: (period: string) => `${period}年均`,
    chartLoading: '图表将在滚动到此处时绘出；下表列出全部数据。',
    chartFailed: '图表未能载入（网络可能中断）；下表列出全部数据。',
    /** Under a drawn chart: the chart as an image file. */
    chartPng: '下载本图（PNG）',
    kind: { actual: '实绩', estimate: '预计', target: '目标', cumulative: '累计', average: '年均' },
    /** Written at a bar, before its number: 约8 for 8%左右. */
    barQualifier: { 'at-least': '≥', about: '约', 'at-most': '≤' },
    qualifier: {
      'at-least': { before: '', after: '以上' },
      about: { before: '', after: '左右' },
      'at-most': { before: '', after: '以内' },
    },
  },

  // About and 404
  aboutYearEvidenceHeading: '各篇报告的年份依据',
  notFoundTitle: '页面不存在',
  notFoundBody: '您要找的页面不存在。可以从下面的报告开始阅读：',
} as const;

export type BasisCode = keyof typeof strings.basis;
