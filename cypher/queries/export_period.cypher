// Export, a period: the articles published in it, the entities they mention
// and the events they report, one node a row, for 'newsgraph export
// --since/--until' (export_relationships then adds the relationships).
// Parameters: $since and $until ('YYYY-MM-DD' on Article.published; null
// leaves that end open). Only dated articles fall in a period.
// :param since => '2025-01-01'
// :param until => '2025-01-31'
MATCH (a:Article)
WHERE a.published >= coalesce($since, '') AND a.published <= coalesce($until, '9999-12-31')
RETURN a AS n
UNION
MATCH (a:Article)-[:MENTIONS|REPORTS]->(x)
WHERE a.published >= coalesce($since, '') AND a.published <= coalesce($until, '9999-12-31')
RETURN x AS n
