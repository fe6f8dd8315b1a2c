// (:Article)-[:MENTIONS {count}]->(:Entity)
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[r:MENTIONS]->(e)
SET r.count = row.count
