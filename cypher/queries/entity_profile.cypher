// An entity's profile in one row: its names, the articles that mention it,
// the entities it shares most sentences with, and the events it acted in
// and was the target of.
// Parameters: $entity (an entity's id or name), $limit (how many articles,
// co-occurring entities and events of each kind to list).
// :param entity => 'person:volodymyr zelensky'
// :param limit => 10
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.aliases AS aliases, e.articles AS articles, e.mentions AS mentions,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(e)
         RETURN {id: a.id, title: a.title, source: a.source, published: a.published, mentions: m.count}
         ORDER BY a.published DESC, m.count DESC
         LIMIT $limit
       } AS in_articles,
       COLLECT {
         MATCH (e)-[r:CO_OCCURS_WITH]-(o:Entity)
         RETURN {id: o.id, name: o.name, sentences: r.sentences, articles: r.articles}
         ORDER BY r.sentences DESC, r.articles DESC, o.name
         LIMIT $limit
       } AS co_occurring,
       COLLECT {
         MATCH (e)-[:ACTOR_IN]->(v:Event)
         OPTIONAL MATCH (t:Entity)-[:TARGET_OF]->(v)
         WITH v, collect(t.name) AS targets
         RETURN {date: v.date, type: v.type, trigger: v.trigger, targets: targets, text: v.text}
         ORDER BY v.date, v.type
         LIMIT $limit
       } AS acted_in,
       COLLECT {
         MATCH (e)-[:TARGET_OF]->(v:Event)
         OPTIONAL MATCH (x:Entity)-[:ACTOR_IN]->(v)
         WITH v, collect(x.name) AS actors
         RETURN {date: v.date, type: v.type, trigger: v.trigger, actors: actors, text: v.text}
         ORDER BY v.date, v.type
         LIMIT $limit
       } AS target_of
