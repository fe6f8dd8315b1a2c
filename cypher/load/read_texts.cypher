// The stored articles whose text has a sha256 among $shas, whatever their
// id: an article with the same text and date as one stored under another id
// is a duplicate. The article_sha256 index serves it.
MATCH (a:Article)
WHERE a.sha256 IN $shas
RETURN a
