// What the stored articles among $ids contributed: their MENTIONS with the
// entities, their REPORTS with the events.
MATCH (a:Article)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r:MENTIONS|REPORTS]->(x)
RETURN a, r, x
