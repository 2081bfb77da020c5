/**
 * Where the first line of treaty words ends on an article page: the first text in the article outside its heading,
 * notice and tools. Runs in the page (`locator.evaluate`), so it uses nothing from outside its own body. Shared by
 * tests/e2e/phone.spec.ts and the bench (scripts/bench/field.ts).
 */
export function firstTreatyLineBottom(article: Element): number {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.textContent!.trim() && !node.parentElement!.closest('.article-header, .notice, .provision-num, .permalink-tools')
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  });
  const text = walker.nextNode();
  if (!text) return Infinity;
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getClientRects()[0]!.bottom;
}
