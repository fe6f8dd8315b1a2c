// (:Entity)-[:CO_OCCURS_WITH {sentences, articles}]->(:Entity), start id < end id
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:CO_OCCURS_WITH]->(b)
SET r.sentences = row.sentences, r.articles = row.articles
