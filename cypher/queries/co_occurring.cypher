// Strongest co-occurrences of one entity: who and what is named in the same
// sentences as it, strongest first, optionally only of one type.
// Parameters: $entity (an entity's id or name; see top_entities), $type
// ('Person', 'Place', 'Organization', or null for all), $limit.
// :param entity => 'person:volodymyr zelensky'
// :param type => 'Place'
// :param limit => 10
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity
MATCH (e)-[r:CO_OCCURS_WITH]-(other:Entity)
WHERE $type IS NULL OR $type IN labels(other)
RETURN e.name AS entity, other.id AS id, other.name AS other,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS type,
       r.sentences AS sentences, r.articles AS articles
ORDER BY sentences DESC, articles DESC, other
LIMIT $limit
