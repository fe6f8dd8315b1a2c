// (:Article)-[:SAME_STORY {similarity}]->(:Article), start id < end id:
// two outlets carrying one story; similarity is the estimated Jaccard
// similarity of their word 3-grams.
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (b:Article {id: row.end})
MERGE (a)-[r:SAME_STORY]->(b)
SET r.similarity = row.similarity
