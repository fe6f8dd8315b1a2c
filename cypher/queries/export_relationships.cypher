// Export: the relationships between the given nodes, one a row, for
// 'newsgraph export' with --entity or --since/--until.
// Parameters: $ids (nodes' element ids).
// :param ids => []
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
MATCH (n)-[r]->(m)
WHERE elementId(m) IN $ids
RETURN r
