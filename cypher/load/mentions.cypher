// (:Article)-[:MENTIONS {count, name, aliases, sentences}]->(:Entity): what
// the article calls the entity and in which sentences, so that its share
// of the counts can be taken away again.
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[r:MENTIONS]->(e)
SET r = row
REMOVE r.start, r.end
