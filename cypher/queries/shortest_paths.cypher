// Shortest paths between two entities through co-occurrence: every shortest
// chain of entities named in the same sentences or articles, up to 6 steps,
// with the weakest link's shared sentences. See event_paths for chains
// through events.
// Parameters: $from and $to (entities' ids or names).
// :param from => 'person:oleksandr syrskyi'
// :param to => 'place:china'
MATCH (a:Entity)
WHERE a.id = $from OR a.name = $from
MATCH (b:Entity)
WHERE (b.id = $to OR b.name = $to) AND a <> b
MATCH p = allShortestPaths((a)-[:CO_OCCURS_WITH*..6]-(b))
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS chain,
       reduce(w = null, r IN relationships(p) | CASE WHEN w IS NULL OR r.sentences < w THEN r.sentences ELSE w END) AS weakest_sentences
ORDER BY weakest_sentences DESC
