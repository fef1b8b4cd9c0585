// Where the static rule pages live under the site root (built by src/pages/rule-pages.ts): English at rules/<id>/,
// Chinese at zh-CN/rules/<id>/. The wizard, the CLI and the pages themselves link by these.
export type RulePageLang = 'en' | 'zh';

export const rulesIndexPath = (lang: RulePageLang): string => `${lang === 'zh' ? 'zh-CN/' : ''}rules/`;
export const rulePagePath = (id: string, lang: RulePageLang): string => `${rulesIndexPath(lang)}${id}/`;
