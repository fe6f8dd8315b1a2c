// Events timeline for an entity or a place: the events it acted in, was the
// target of, or (a place) that happened there, with the other parties and
// the articles that report them, by date.
// Parameters: $entity (an entity's id or name), $since and $until (first
// and last day, 'YYYY-MM-DD', on Event.date; null leaves that end open and
// keeps undated events).
// :param entity => 'person:volodymyr zelensky'
// :param since => null
// :param until => null
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity
MATCH (e)-[role:ACTOR_IN|TARGET_OF|OCCURRED_IN]-(v:Event)
WHERE ($since IS NULL OR v.date >= $since) AND ($until IS NULL OR v.date <= $until)
OPTIONAL MATCH (v)-[:OCCURRED_IN]->(p:Place)
RETURN v.date AS date, v.type AS type,
       CASE type(role) WHEN 'ACTOR_IN' THEN 'actor' WHEN 'TARGET_OF' THEN 'target' ELSE 'place' END AS role,
       v.trigger AS trigger, p.name AS place,
       COLLECT { MATCH (x:Entity)-[:ACTOR_IN]->(v) RETURN x.name ORDER BY x.name } AS actors,
       COLLECT { MATCH (x:Entity)-[:TARGET_OF]->(v) RETURN x.name ORDER BY x.name } AS targets,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(v) RETURN a.title ORDER BY a.published } AS articles,
       v.text AS text
ORDER BY date, type, trigger
