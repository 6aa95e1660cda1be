/** A caption track's language matches a course language: "fr" is "fr-CA", "zh" is "zh-Hans". */
export function captionMatches(trackLanguage: string | undefined, language: string | undefined): boolean {
  if (!trackLanguage || !language) return false;
  return trackLanguage.toLowerCase().split("-")[0] === language.toLowerCase().split("-")[0];
}
