// (:Entity)-[:TARGET_OF]->(:Event)
UNWIND $rows AS row
MATCH (e:Entity {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (e)-[:TARGET_OF]->(v)
