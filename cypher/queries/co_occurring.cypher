// Strongest co-occurrences of one entity: who and what is named in the same
// sentences as it, strongest first.
// Parameters: $name (an entity's name or one of its aliases), $limit.
// :param name => 'Zelensky'
// :param limit => 10
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r:CO_OCCURS_WITH]-(other:Entity)
RETURN e.name AS entity, other.name AS other,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS type,
       r.sentences AS sentences, r.articles AS articles
ORDER BY sentences DESC, articles DESC, other
LIMIT $limit
