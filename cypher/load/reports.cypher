// (:Article)-[:REPORTS {n, type, trigger, text, sentence, date, place, actors,
// targets, confidence, ...}]->(:Event): one relationship a report, n its
// place among the article's reports. It keeps the report as the article
// made it, so that events can be merged again when articles come or go.
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (a)-[r:REPORTS {n: row.n}]->(v)
SET r = row
REMOVE r.start, r.end
