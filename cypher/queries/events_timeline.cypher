// Events timeline for an entity: the events it acted in or was the target
// of, with where they happened and which articles report them, by date.
// Parameters: $name (an entity's name or one of its aliases).
// :param name => 'Volodymyr Zelensky'
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[role:ACTOR_IN|TARGET_OF]->(v:Event)
OPTIONAL MATCH (v)-[:OCCURRED_IN]->(p:Place)
OPTIONAL MATCH (a:Article)-[:REPORTS]->(v)
RETURN v.date AS date, v.type AS type, type(role) AS role, v.trigger AS trigger,
       p.name AS place, collect(DISTINCT a.title) AS articles, v.text AS text
ORDER BY date, type
