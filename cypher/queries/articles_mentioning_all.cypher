// Articles that mention all of a given set of entities, newest first, with
// how often each mentions them.
// Parameters: $entities (a list of entities' ids or names). A name or id
// that matches no entity gives no rows.
// :param entities => ['person:volodymyr zelensky', 'place:kursk', 'place:north korea']
UNWIND $entities AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR e.name = wanted
WITH collect(DISTINCT wanted) AS found, collect(DISTINCT e) AS es
WHERE size(found) = size($entities) AND size(es) > 0
WITH es, es[0] AS first
MATCH (a:Article)-[:MENTIONS]->(first)
WHERE all(e IN es WHERE EXISTS { (a)-[:MENTIONS]->(e) })
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published,
       COLLECT { MATCH (a)-[m:MENTIONS]->(e) WHERE e IN es RETURN e.name + ' ' + toString(m.count) } AS mentions
ORDER BY published DESC, title
