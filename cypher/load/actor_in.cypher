// (:Entity)-[:ACTOR_IN]->(:Event)
UNWIND $rows AS row
MATCH (e:Entity {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (e)-[:ACTOR_IN]->(v)
