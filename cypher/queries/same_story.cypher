// Same-story clusters: groups of articles linked, directly or through one
// another, by SAME_STORY at least $min_similarity (several outlets
// carrying one story), largest first, each article with its source and date.
// Parameters: $min_similarity (0 to 1, on SAME_STORY.similarity), $limit.
// :param min_similarity => 0.05
// :param limit => 25
MATCH (a:Article)-[rs:SAME_STORY*]-(b:Article)
WHERE all(s IN rs WHERE s.similarity >= $min_similarity)
WITH a, collect(DISTINCT b) AS others
WHERE all(o IN others WHERE a.id < o.id)
WITH a, [a] + others AS members
RETURN a.id AS story, size(members) AS size,
       COLLECT {
         UNWIND members AS m
         RETURN {id: m.id, title: m.title, source: m.source, published: m.published}
         ORDER BY m.published, m.id
       } AS articles,
       COLLECT {
         UNWIND members AS x
         MATCH (x)-[s:SAME_STORY]->(y:Article)
         WHERE y IN members
         RETURN s.similarity
       } AS similarities
ORDER BY size DESC, story
LIMIT $limit
