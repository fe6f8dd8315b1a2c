// Emerging links: pairs of entities that appear together in an article of
// the period for the first time, named together in no article published
// before $since. Pairs are ranked by articles of the period, then by the
// sentences they share in all.
// Parameters: $since (first day, 'YYYY-MM-DD', required), $until (last
// day, or null for open), $type (an entity label for both ends, or null),
// $limit. Only dated articles count.
// :param since => '2025-01-01'
// :param until => null
// :param type => null
// :param limit => 25
MATCH (a:Article)
WHERE a.published >= $since AND a.published <= coalesce($until, '9999-12-31')
MATCH (x:Entity)<-[:MENTIONS]-(a)-[:MENTIONS]->(y:Entity)
WHERE x.id < y.id AND ($type IS NULL OR ($type IN labels(x) AND $type IN labels(y)))
WITH x, y, count(DISTINCT a) AS articles, min(a.published) AS first_seen
WHERE NOT EXISTS {
  MATCH (x)<-[:MENTIONS]-(b:Article)-[:MENTIONS]->(y)
  WHERE b.published < $since
}
MATCH (x)-[r:CO_OCCURS_WITH]-(y)
RETURN x.name AS a, y.name AS b, first_seen, articles, r.sentences AS sentences
ORDER BY articles DESC, sentences DESC, first_seen, a, b
LIMIT $limit
