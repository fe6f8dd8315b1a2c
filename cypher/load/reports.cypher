// (:Article)-[:REPORTS]->(:Event)
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (a)-[:REPORTS]->(v)
