import type { Berita, Kisah, Program } from './entryTypes.ts';
import { programCategories, type ProgramCategory } from './grouping.ts';

/** Headlines beside the lead story: as many as fit beside its card on a wide screen. */
const LATEST_NEWS = 4;
const RECENT_STORIES = 3;

export interface HomePageData {
  /** The story the home page opens with; none until the first article is published. */
  lead: Berita | undefined;
  latest: Berita[];
  categories: ProgramCategory[];
  stories: Kisah[];
}

/**
 * What the home page shows, from the published entries (news and stories newest first, programs
 * in reading order). The lead is the newest article an editor marked `featured`, so an older
 * announcement can stay on top while routine news comes and goes; without one, the newest article.
 */
export function homePageData(entries: {
  news: Berita[];
  programs: Program[];
  stories: Kisah[];
}): HomePageData {
  const { news, programs, stories } = entries;
  const lead = news.find((entry) => entry.data.featured) ?? news[0];
  return {
    lead,
    latest: news.filter((entry) => entry !== lead).slice(0, LATEST_NEWS),
    categories: programCategories(programs),
    stories: stories.slice(0, RECENT_STORIES),
  };
}
