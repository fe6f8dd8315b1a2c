// A page of the stored articles a run's articles may be SAME_STORY with:
// those whose links are made (they carry their MinHash signature, minhash)
// published from $since to $until (YYYY-MM-DD, inclusive), the $limit first
// after ($afterPublished, $after) in the order of date, then id. Paging on
// the date first lets the article_published index seek each page's start
// instead of walking the window from its beginning on every page.
MATCH (a:Article)
WHERE a.published >= $since AND a.published <= $until
  AND (a.published > $afterPublished OR (a.published = $afterPublished AND a.id > $after))
  AND a.minhash IS NOT NULL
RETURN a
ORDER BY a.published, a.id
LIMIT $limit
