// Top entities: the people, places and organizations mentioned in the most
// articles, with how often they are mentioned in all.
// Parameters: $label ('Person', 'Place', 'Organization', or null for all),
// $limit (how many rows).
// :param label => 'Person'
// :param limit => 25
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.articles AS articles, e.mentions AS mentions, e.aliases AS aliases
ORDER BY articles DESC, mentions DESC, name
LIMIT $limit
