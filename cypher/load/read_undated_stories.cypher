// A page of the stored articles with no published date whose SAME_STORY
// links are made (they carry minhash): an undated article may be one story
// with an article of any date. The $limit smallest ids greater than $after.
// A null is in no index, so this walks the articles in id order (the
// article_id constraint's index) and keeps the undated ones.
MATCH (a:Article)
WHERE a.id > $after
  AND a.published IS NULL
  AND a.minhash IS NOT NULL
RETURN a
ORDER BY a.id
LIMIT $limit
