// (:Event)-[:OCCURRED_IN]->(:Place)
UNWIND $rows AS row
MATCH (v:Event {id: row.start})
MATCH (p:Place {id: row.end})
MERGE (v)-[:OCCURRED_IN]->(p)
