// A page of the stored articles a run's articles may be SAME_STORY with:
// those whose links are made (they carry their MinHash signature, minhash)
// published from $since to $until (YYYY-MM-DD, inclusive), the $limit
// smallest ids greater than $after. The article_published index finds the
// window; the page is the window's first ids.
MATCH (a:Article)
WHERE a.published >= $since AND a.published <= $until
  AND a.id > $after
  AND a.minhash IS NOT NULL
RETURN a
ORDER BY a.id
LIMIT $limit
