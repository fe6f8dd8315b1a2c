// Strongest co-occurring pairs overall, or between two types (for example
// Person-Organization): the pairs of entities named together in the most
// sentences.
// Parameters: $type_a and $type_b ('Person', 'Place', 'Organization', or
// null for any), $min_sentences, $limit. The first column is of $type_a.
// :param type_a => 'Person'
// :param type_b => 'Place'
// :param min_sentences => 1
// :param limit => 25
MATCH (x:Entity)-[r:CO_OCCURS_WITH]->(y:Entity)
WHERE r.sentences >= $min_sentences
WITH r, CASE
         WHEN ($type_a IS NULL OR $type_a IN labels(x)) AND ($type_b IS NULL OR $type_b IN labels(y)) THEN [x, y]
         WHEN ($type_a IS NULL OR $type_a IN labels(y)) AND ($type_b IS NULL OR $type_b IN labels(x)) THEN [y, x]
       END AS ends
WHERE ends IS NOT NULL
WITH r, ends[0] AS a, ends[1] AS b
RETURN a.name AS a, [l IN labels(a) WHERE l <> 'Entity'][0] AS type_a,
       b.name AS b, [l IN labels(b) WHERE l <> 'Entity'][0] AS type_b,
       r.sentences AS sentences, r.articles AS articles
ORDER BY sentences DESC, articles DESC, a, b
LIMIT $limit
