// Export, one step wider: every node next to the given nodes, by any
// relationship in either direction, leaving out articles outside the period
// when one is given. 'newsgraph export --depth N' runs it N times.
// Parameters: $ids (nodes' element ids), $since and $until ('YYYY-MM-DD'
// on Article.published, or null).
// :param ids => []
// :param since => null
// :param until => null
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
MATCH (n)--(m)
WHERE (m:Entity OR m:Event OR m:Article)
  AND (NOT m:Article OR ($since IS NULL AND $until IS NULL)
       OR (m.published >= coalesce($since, '') AND m.published <= coalesce($until, '9999-12-31')))
RETURN DISTINCT m AS n
